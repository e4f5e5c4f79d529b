/**
 * The one options object of errcat, with every default in one place. The CLI
 * maps its flags onto it; stages receive the parts they need.
 */
export interface ErrcatOptions {
  /** Folder holding the catalog's *.yaml files. */
  catalogDir: string;
  /** Folder the targets write under; each target owns one sub-folder. */
  outDir: string;
  /** Targets to render, by name; empty means every registered target. */
  targets: readonly string[];
  /** Report stale outputs and exit non-zero instead of writing. */
  check: boolean;
  /**
   * Let generate overwrite files at paths it renders that it did not write
   * (not in the output folder's manifest). Never makes it remove one.
   */
  adopt: boolean;
  limits: Limits;
  openapi: { version: '3.1' | '3.0' };
}

/**
 * Bounds that keep hostile input from exhausting memory or time. Each has a
 * name for `--limit name=value` (LIMIT_NAMES) and is documented in the
 * README's "Limits".
 */
export interface Limits {
  /** Largest catalog file read, in bytes. */
  maxFileBytes: number;
  /** Most bytes read for the whole catalog. */
  maxCatalogBytes: number;
  /** Most YAML lexical tokens (scalars, indicators, comments, line breaks) in one file. */
  maxFileTokens: number;
  /** Most YAML lexical tokens in the whole catalog. */
  maxCatalogTokens: number;
  /** Deepest YAML nesting accepted. */
  maxYamlDepth: number;
  /** Deepest nesting accepted inside one meta schema. */
  maxSchemaDepth: number;
}

/** The name of each limit on the command line (`--limit file-tokens=4000000`). */
export const LIMIT_NAMES = {
  'file-bytes': 'maxFileBytes',
  'catalog-bytes': 'maxCatalogBytes',
  'file-tokens': 'maxFileTokens',
  'catalog-tokens': 'maxCatalogTokens',
  'yaml-depth': 'maxYamlDepth',
  'schema-depth': 'maxSchemaDepth',
} as const satisfies Record<string, keyof Limits>;

/**
 * Reads one `name=value` override onto `limits` (a copy); the value is a
 * positive integer, `_` allowed as a separator. Returns an error message
 * for anything else.
 *
 * @example applyLimit(DEFAULT_OPTIONS.limits, 'file-tokens=4_000_000')
 */
export function applyLimit(limits: Limits, text: string): Limits | { error: string } {
  const match = /^([a-z-]+)=([0-9][0-9_]*)$/.exec(text);
  const key = match ? LIMIT_NAMES[match[1] as keyof typeof LIMIT_NAMES] : undefined;
  if (!match || key === undefined || !Object.hasOwn(LIMIT_NAMES, match[1]!)) {
    return { error: `expected name=value, a name of ${Object.keys(LIMIT_NAMES).join(', ')} and a positive integer` };
  }
  const value = Number(match[2]!.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < 1) return { error: `${match[1]} must be a positive integer` };
  return { ...limits, [key]: value };
}

/** The defaults, for the embedded catalog in this repository. */
export const DEFAULT_OPTIONS: ErrcatOptions = {
  catalogDir: 'catalog',
  outDir: 'out',
  targets: [],
  check: false,
  adopt: false,
  // The 100,000-code bench catalog (make bench) is 26 MB and 7.1 million
  // tokens in 102 files of at most 71,000: these leave it 1.7 times room.
  // At 1.7 µs and about 200 bytes per token, a file at the token limit parses
  // in about 4 s and 0.5 GB; the catalog's Documents are dropped file by file.
  limits: {
    maxFileBytes: 64 * 1024 * 1024,
    maxCatalogBytes: 256 * 1024 * 1024,
    maxFileTokens: 2_000_000,
    maxCatalogTokens: 12_000_000,
    maxYamlDepth: 64,
    maxSchemaDepth: 32,
  },
  openapi: { version: '3.1' },
};
