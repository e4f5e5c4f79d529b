/**
 * The shape of one change between two versions of a catalog, shared by the
 * comparisons (model.ts, schema.ts), the rules that judge them (rules.ts),
 * the semver check and the changelog.
 */

/** How a change affects the clients that read errors (and, with --strict, the servers that send them). */
export type Verdict = 'breaking' | 'compatible' | 'notice';

/**
 * Which way a change moves what the server may send. `wider`: it may send
 * something it could not before (a new enum value, a removed constraint, a
 * property made optional). `narrower`: the reverse. `changed`: neither
 * contains the other (a new pattern in place of an old one). `none`: the
 * change is about words or advice, not about what is sent.
 */
export type Direction = 'wider' | 'narrower' | 'changed' | 'none';

/** The semver part a change needs bumped in the generated package. */
export type Bump = 'major' | 'minor' | 'patch';

/** A place in the newer catalog (null parts when the newer version is a model JSON, which has no positions). */
export interface Position {
  file: string | null;
  line: number | null;
  column: number | null;
}

/**
 * Where a change sits in the catalog, as data the locator (locate.ts) turns
 * into a file, line and column: the catalog object it belongs to and the
 * path below it. `code` entries follow the defaults cascade, so a status
 * forwarding inherited from a namespace points at the namespace.
 */
export type Anchor =
  | { readonly on: 'header'; readonly path: readonly (string | number)[] }
  | { readonly on: 'code'; readonly code: string; readonly path: readonly (string | number)[]; /** For a removed code: the file that held it, in the older version. */ readonly formerFile?: string }
  | { readonly on: 'namespace'; readonly name: string; readonly path: readonly (string | number)[] }
  | { readonly on: 'parameter'; readonly name: string; readonly path: readonly (string | number)[] }
  | { readonly on: 'section'; readonly id: string; readonly path: readonly (string | number)[] }
  | { readonly on: 'guidance'; readonly id: string; readonly path: readonly (string | number)[] }
  | { readonly on: 'schema'; readonly name: string; readonly path: readonly (string | number)[] }
  | { readonly on: 'retired'; readonly code: string };

/** A change found by a comparison, before the rules judge it. */
export interface RawChange {
  /** A stable id of the kind of change (`meta-constraint`, `alias-added`): rules.ts lists them all. */
  readonly kind: string;
  /** The code (the family code for a family's change), or '' for the catalog as a whole. */
  readonly code: string;
  /** What changed, as a path: `meta.limits.max`, `status`, `envelope.request_id_header`. */
  readonly property: string;
  /** The JSON Schema keyword, for a meta schema change (`maxLength`). */
  readonly keyword: string | null;
  readonly from: unknown;
  readonly to: unknown;
  readonly direction: Direction;
  /** Why it matters, in words, without the verdict (rules.ts adds it). */
  readonly detail: string;
  readonly anchor: Anchor;
}

/**
 * One judged change, as `errcat diff --format json` prints it. `file`,
 * `line`, `column`, `verdict`, `kind`, `code` and `message` are the
 * stable core every report format uses; the rest says exactly what changed.
 */
export interface CatalogChange extends Position {
  verdict: Verdict;
  kind: string;
  code: string;
  message: string;
  property: string;
  keyword: string | null;
  from: unknown;
  to: unknown;
  direction: Direction;
  bump: Bump;
}
