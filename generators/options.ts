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

/** Bounds that keep hostile input from exhausting memory or time. */
export interface Limits {
  /** Largest catalog file read, in bytes. */
  maxFileBytes: number;
  /** Deepest YAML nesting accepted. */
  maxYamlDepth: number;
  /** Deepest nesting accepted inside one meta schema. */
  maxSchemaDepth: number;
}

/** The defaults, for the embedded catalog in this repository. */
export const DEFAULT_OPTIONS: ErrcatOptions = {
  catalogDir: 'catalog',
  outDir: 'out',
  targets: [],
  check: false,
  adopt: false,
  limits: {
    maxFileBytes: 64 * 1024 * 1024,
    maxYamlDepth: 64,
    maxSchemaDepth: 32,
  },
  openapi: { version: '3.1' },
};
