import type { Plugin } from 'vite';

export declare function earlyEntry(root: string): { early: string };
export declare function earlyScript(): Plugin;
