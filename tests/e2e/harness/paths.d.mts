export declare const repoRoot: string;
export declare const extensionDir: string;
export declare const fixturesDist: string;
export declare function ensureBuilt(): void;
