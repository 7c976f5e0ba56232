export declare const webOutDir: string;
export declare function ensureNodeBuild(log: (text: string) => void): Promise<void>;
export declare function ensureWebBuild(log: (text: string) => void): Promise<void>;
