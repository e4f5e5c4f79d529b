/** Types of corpus.mjs for the TypeScript tests. */
export declare const GROUPS: Readonly<Record<string, readonly string[]>>;
export declare const CORPUS: readonly string[];
export declare function isCatalogText(text: string): boolean;
