export declare const root: string;
export declare const nodeOutDir: string;
export declare function buildNode(): Promise<void>;
