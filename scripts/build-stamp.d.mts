export declare const STAMP_FILE: string;
export declare function writeAtomic(path: string, data: string | Uint8Array): void;
export declare function writeStamp(root: string, outDir: string, inputs: Iterable<string>): void;
export declare function staleReason(root: string, outDir: string): string | null;
