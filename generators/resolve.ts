/**
 * The merged catalog and the resolution rules that validation and
 * normalization share: which namespace a code belongs to, how defaults
 * cascade, and what a family code expands to.
 */
import { isExtending, mergeMeta } from './meta-extends.js';
import type { JsonSchema } from './model.js';
import { derivedNamespaces, parentNamespaces, parseFamilyCode, resolveCodeSyntax, type CodeSyntax, type FamilyParts, type RawCodeSyntax } from './code-syntax.js';

/** Where an entry is written: a file and a data path in it. */
export interface Origin {
  file: string;
  path: (string | number)[];
}

/** A raw entry with the place it came from. */
export interface Located<T> {
  value: T;
  origin: Origin;
}

/** Raw shapes as the catalog schema allows them (after schema validation). */
export interface RawRetry { policy: string; after_seconds?: number; note?: string }
export interface RawEvents { names: string[]; field: string }
export interface RawForwarding { fallback: number; statuses?: number[]; note?: string }
export type RawMeta = false | { [key: string]: unknown };
/** `x-*` fields: allowed on the header, sections, namespaces and codes, any JSON value. */
export interface RawExtensions { [key: `x-${string}`]: unknown }
export interface RawCode extends RawExtensions {
  status?: number;
  description: string;
  details?: string;
  transport?: 'http' | 'event';
  events?: RawEvents;
  meta?: RawMeta;
  retry?: RawRetry;
  status_forwarding?: RawForwarding;
  aliases?: string[];
  /** The code's second identifiers, by declared name. */
  identifiers?: { [name: string]: string | number };
  /** The code's namespace, for syntaxes that do not derive one (or to override the derived one). */
  namespace?: string;
  /** The code whose description this one's is written relative to ("Same as above …"). */
  same_as?: string;
  since?: string;
  deprecated?: { since: string; replacement?: string; reason?: string };
  example: { message: string; meta?: { [key: string]: unknown }; params?: { [key: string]: string } };
  type_uri?: string;
}
export interface RawNamespace extends RawExtensions {
  description: string;
  section?: string;
  transport?: 'http' | 'event';
  events?: RawEvents;
  meta?: RawMeta;
  retry?: RawRetry;
  status_forwarding?: RawForwarding;
}
export interface RawParameter { description?: string; placeholder?: string; values: { value: string; title?: string }[] }
export interface RawSection extends RawExtensions { id: string; title: string; intro?: string; outro?: string }
/** An entry of `retired:`: a code no longer sent, kept reserved. */
export interface RawRetired { code: string; since: string; replacement?: string; reason?: string }
export interface RawGuidance { id: string; title: string; codes: string[]; body: string; samples?: { language: string; title?: string; code: string }[] }
export interface RawBodyMember { name?: string; value: string; required?: boolean; description?: string }
export interface RawBody {
  preset?: 'rfc9457' | 'jsonapi';
  media_type?: string;
  error_member?: string;
  list?: boolean;
  members?: RawBodyMember[];
  envelope_members?: RawBodyMember[];
  code_member?: string;
  request_id_member?: string;
  type_base?: string;
  retry_after_header?: boolean;
  headers?: { name: string; description: string; required?: boolean }[];
}
export interface RawHeader extends RawExtensions {
  id: string;
  title: string;
  version: string;
  description?: string;
  package: { name: string; description?: string; license?: string };
  docs?: {
    title?: string;
    intro?: string;
    base_url?: string;
    status_phrases?: Record<string, string>;
    front_matter?: { description?: string; sidebar_position?: number; sidebar_key?: string };
    extensions?: { [name: string]: string };
  };
  envelope: {
    description?: string;
    body?: RawBody;
    request_id_header?: string;
    fields?: { code?: string; message?: string; meta?: string; request_id?: string };
    code_grammar?: string;
  };
  defaults?: { meta?: RawMeta; retry?: RawRetry };
  code_syntax?: RawCodeSyntax;
  order?: 'authored' | 'code';
  wording?: { retry?: { [policy: string]: string } };
  identifiers?: { [name: string]: { title: string; type?: 'string' | 'integer'; description?: string } };
}

/** Every file's entries merged, each keeping its origin. */
export interface MergedCatalog {
  /** The header, when it passed the schema. */
  header: Located<RawHeader> | null;
  /** The file that has a header, valid or not. */
  headerFile: string | null;
  parameters: Map<string, Located<RawParameter>>;
  sections: Located<RawSection>[];
  namespaces: Map<string, Located<RawNamespace>>;
  codes: Map<string, Located<RawCode>>;
  /** Each file's top-level `namespace:`, the namespace of its codes that name none, by file. */
  fileNamespaces: Map<string, Located<string>>;
  /** Shared meta schemas (top-level `schemas:`), by name. */
  schemas: Map<string, Located<{ [key: string]: unknown }>>;
  guidance: Located<RawGuidance>[];
  /** Codes retired and reserved, from every file's `retired:` list. */
  retired: Located<RawRetired>[];
  /** Codes whose entries failed the schema, with where they are: checked by name only, never resolved. */
  invalidCodes: Map<string, Origin>;
  /** Paths of the files, for banners. */
  files: string[];
  /** False when a file could not be parsed: it may hold what seems missing. */
  allParsed: boolean;
}

/** The catalog's code syntax: declared in its header, or the default. */
export function syntaxOf(merged: MergedCatalog): CodeSyntax {
  return resolveCodeSyntax(merged.header?.value.code_syntax);
}

/** The parts of a family code, or null for a concrete code. */
export function parseFamily(code: string, syntax: CodeSyntax): FamilyParts | null {
  return parseFamilyCode(code, syntax);
}

/** Replaces a family's parameter segment with a value. */
export function expandFamily(family: { prefix: string; suffix: string }, value: string): string {
  return `${family.prefix}${value}${family.suffix}`;
}

/**
 * The namespace a code names: its own `namespace:`, else its file's
 * top-level one; null when neither says (the syntax then derives it).
 */
export function explicitNamespace(code: Located<RawCode>, merged: MergedCatalog): Located<string> | null {
  if (code.value.namespace !== undefined) return { value: code.value.namespace, origin: child(code.origin, 'namespace') };
  return merged.fileNamespaces.get(code.origin.file) ?? null;
}

/**
 * The declared namespaces a code belongs to, longest first: for
 * publishing.delivery.timeout, [publishing.delivery, publishing]. A code
 * that names its namespace (its own `namespace:` or its file's, see
 * {@link explicitNamespace}) belongs to it and its parents;
 * otherwise the syntax derives them. Family parameters end the search: a
 * namespace cannot contain one.
 */
export function namespaceChain(code: string, merged: MergedCatalog, explicit?: string): string[] {
  const syntax = syntaxOf(merged);
  if (explicit !== undefined) return merged.namespaces.has(explicit) ? [explicit, ...parentNamespaces(explicit, merged.namespaces, syntax)] : [];
  return derivedNamespaces(code, merged.namespaces, syntax);
}

/**
 * A field's value cascaded from the code, then its namespaces (longest
 * first), then the catalog defaults; with the origin of the value used.
 */
export function cascade<K extends 'meta' | 'retry' | 'transport' | 'events' | 'status_forwarding'>(
  key: K,
  code: Located<RawCode>,
  chain: readonly string[],
  merged: MergedCatalog,
): Located<NonNullable<RawCode[K]>> | null {
  if (key === 'meta') return cascadeMeta(code, chain, merged) as Located<NonNullable<RawCode[K]>> | null;
  if (code.value[key] !== undefined) return { value: code.value[key]!, origin: child(code.origin, key) };
  for (const name of chain) {
    const ns = merged.namespaces.get(name);
    if (ns && ns.value[key] !== undefined) return { value: ns.value[key] as NonNullable<RawCode[K]>, origin: child(ns.origin, key) };
  }
  const defaults = merged.header?.value.defaults;
  if ((key === 'meta' || key === 'retry') && defaults && defaults[key as 'meta' | 'retry'] !== undefined) {
    return { value: defaults[key as 'meta' | 'retry'] as NonNullable<RawCode[K]>, origin: child(merged.header!.origin, 'defaults', key) };
  }
  return null;
}

/**
 * Meta down the cascade: the most specific one set, and when it says
 * `extends: inherited`, merged with the next one down (meta-extends.ts);
 * validation reports what cannot merge, here it merges as best it can.
 * The origin is the most specific one's.
 */
export function cascadeMeta(code: Located<RawCode>, chain: readonly string[], merged: MergedCatalog): Located<RawMeta> | null {
  const levels = metaLevels(code, chain, merged);
  if (levels.length === 0) return null;
  return { value: resolveLevels(levels, 0), origin: levels[0]!.origin };
}

/** Every meta set for a code, most specific first: its own, its namespaces', the catalog default. */
export function metaLevels(code: Located<RawCode> | null, chain: readonly string[], merged: MergedCatalog): Located<RawMeta>[] {
  const levels: Located<RawMeta>[] = [];
  if (code && code.value.meta !== undefined) levels.push({ value: code.value.meta, origin: child(code.origin, 'meta') });
  for (const name of chain) {
    const ns = merged.namespaces.get(name);
    if (ns && ns.value.meta !== undefined) levels.push({ value: ns.value.meta, origin: child(ns.origin, 'meta') });
  }
  const defaults = merged.header?.value.defaults;
  if (defaults?.meta !== undefined) levels.push({ value: defaults.meta, origin: child(merged.header!.origin, 'defaults', 'meta') });
  return levels;
}

/** The meta of levels[i], extended down the levels as each asks. */
export function resolveLevels(levels: readonly Located<RawMeta>[], i: number): RawMeta {
  const own = levels[i]!.value;
  if (!isExtending(own)) return own;
  const below = i + 1 < levels.length ? resolveLevels(levels, i + 1) : false;
  return mergeMeta(below === false ? {} : (below as JsonSchema), own);
}

/** The origin of a value below another. */
export function child(origin: Origin, ...path: (string | number)[]): Origin {
  return { file: origin.file, path: [...origin.path, ...path] };
}
