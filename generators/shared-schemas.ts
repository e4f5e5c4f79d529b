/**
 * Shared meta schemas (`schemas:` at a file's top level): named JSON
 * Schemas that codes' meta, namespaces' and the catalog's default meta, and
 * other shared schemas refer to with `$ref: '#/schemas/<Name>'`. The
 * reference is a plain JSON Pointer into the catalog document, where
 * `schemas` sits beside `codes`; inside a shared schema, `#` and
 * `#/$defs/…` keep meaning that schema itself.
 *
 * ajv resolves references by URI, so for validation each shared schema is
 * registered under `https://errcat.invalid/schemas/<Name>` and references
 * to it are rewritten to that URI (ajvRefs). Targets read the model, whose
 * schemas keep `#/schemas/<Name>` as written, and map it to their own name
 * for the schema (a TypeScript type, an OpenAPI component, a docs anchor).
 */
import type { DataPath } from './diagnostics.js';

/** A reference to a shared schema, as written: `#/schemas/ErrorInfo`. */
const SHARED_REF = /^#\/schemas\/([^/]*)$/;

/** Keywords whose value is one subschema. */
const SCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems', 'contentSchema']);
/** Keywords whose value is an array of subschemas. */
const SCHEMA_ARRAY_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** The docs anchor of a shared schema's table: `schema--errorinfo`, a word, `--`, a name, like the page's own anchors (validate reports a clash). */
export function sharedSchemaAnchor(name: string): string {
  return `schema--${name.toLowerCase()}`;
}

/** The base URI ajv knows shared schemas by. */
export const SHARED_BASE = 'https://errcat.invalid/schemas/';

/** The shared schema a `$ref` names, or null when it names none (`#/$defs/x`, `#`). A pointer deeper into one (`#/schemas/A/properties/b`) names none either. */
export function sharedRefName(ref: string): string | null {
  if (!ref.startsWith('#/schemas/')) return null;
  const match = SHARED_REF.exec(ref);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1]!).replace(/~1/g, '/').replace(/~0/g, '~');
  } catch {
    return match[1]!;
  }
}

/** True for a `$ref` into `#/schemas/…`, well-formed or not. */
export function isSharedRef(ref: string): boolean {
  return ref.startsWith('#/schemas/');
}

/** One `$ref` to a shared schema: the name it gives ('' when it points inside one) and where it is. */
export interface SharedRef {
  readonly ref: string;
  readonly name: string;
  readonly path: DataPath;
}

/**
 * Every `$ref` into `#/schemas/` in a schema, walking subschema keywords
 * only (a `$ref` key inside `enum` or `examples` is data). Iterative: the
 * schema comes from untrusted input.
 */
export function sharedRefsOf(schema: unknown): SharedRef[] {
  const refs: SharedRef[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: schema, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (!isObject(value)) continue;
    if (typeof value.$ref === 'string' && isSharedRef(value.$ref)) refs.push({ ref: value.$ref, name: sharedRefName(value.$ref)!, path: [...path, '$ref'] });
    for (const [key, child] of Object.entries(value)) {
      if (SCHEMA_KEYWORDS.has(key)) stack.push({ value: child, path: [...path, key] });
      else if (SCHEMA_ARRAY_KEYWORDS.has(key) && Array.isArray(child)) child.forEach((c, i) => stack.push({ value: c, path: [...path, key, i] }));
      else if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(child)) for (const [k, c] of Object.entries(child)) stack.push({ value: c, path: [...path, key, k] });
    }
  }
  return refs.sort((a, b) => (a.path.join('\u0000') < b.path.join('\u0000') ? -1 : 1));
}

/**
 * A copy of a schema with each reference to a shared schema replaced by
 * `rename(name)`; everything else as it is. Recursion follows the schema's
 * nesting, which validation bounds (limits.maxSchemaDepth) before this runs.
 */
export function rewriteSharedRefs(schema: unknown, rename: (name: string) => string): unknown {
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    let next: unknown = value;
    if (key === '$ref' && typeof value === 'string' && isSharedRef(value)) next = rename(sharedRefName(value) ?? '');
    else if (SCHEMA_KEYWORDS.has(key)) next = rewriteSharedRefs(value, rename);
    else if (SCHEMA_ARRAY_KEYWORDS.has(key) && Array.isArray(value)) next = value.map((v) => rewriteSharedRefs(v, rename));
    else if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) next = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteSharedRefs(v, rename)]));
    // defineProperty: a "__proto__" property name stays a key.
    Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * A schema with each shared schema it refers to written in place (a `$ref`
 * with other keywords beside it keeps them next to the schema's own), for
 * comparing what two schemas mean. A shared schema already being written
 * in (recursion through properties) stays a `$ref`.
 */
export function inlineShared(schema: unknown, lookup: (name: string) => unknown, open: readonly string[] = []): unknown {
  if (!isObject(schema)) return schema;
  let base: Record<string, unknown> = schema;
  const name = typeof schema.$ref === 'string' ? sharedRefName(schema.$ref) : null;
  const target = name === null || open.includes(name) ? undefined : lookup(name);
  const inner = target === undefined ? open : [...open, name!];
  if (isObject(target)) {
    const { $ref: _ref, ...rest } = schema;
    void _ref;
    base = { ...target, ...rest };
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    let next: unknown = value;
    if (SCHEMA_KEYWORDS.has(key)) next = inlineShared(value, lookup, inner);
    else if (SCHEMA_ARRAY_KEYWORDS.has(key) && Array.isArray(value)) next = value.map((v) => inlineShared(v, lookup, inner));
    else if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) next = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inlineShared(v, lookup, inner)]));
    Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A schema with its shared references pointing at the URIs ajv registers them under. */
export function ajvRefs(schema: unknown): unknown {
  return rewriteSharedRefs(schema, (name) => `${SHARED_BASE}${encodeURIComponent(name)}`);
}

/**
 * The shared schemas a schema reaches, directly or through other shared
 * schemas, sorted; `direct` gives each shared schema's own references.
 */
export function reachableShared(schema: unknown, direct: ReadonlyMap<string, readonly string[]>): string[] {
  const seen = new Set<string>();
  const stack = sharedRefsOf(schema).map((r) => r.name);
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name) || !direct.has(name)) continue;
    seen.add(name);
    stack.push(...direct.get(name)!);
  }
  return [...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The schema a meta schema stands for at its top: itself, or, when it is a
 * `$ref` to a shared schema, that one (followed a few steps; validation
 * refuses cycles). For what a reader needs at the top: required, properties.
 */
export function followSharedRef(schema: unknown, lookup: (name: string) => unknown): unknown {
  let current = schema;
  for (let step = 0; step < 16; step++) {
    if (!isObject(current) || typeof current.$ref !== 'string' || Array.isArray(current.required) || isObject(current.properties)) return current;
    const name = sharedRefName(current.$ref);
    const next = name === null ? undefined : lookup(name);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** The shared schema a property schema is, or holds a list of (`items`), or null. */
export function sharedOfProperty(schema: unknown): string | null {
  if (!isObject(schema)) return null;
  const target = schema.type === 'array' && isObject(schema.items) ? schema.items : schema;
  return typeof target.$ref === 'string' ? sharedRefName(target.$ref) : null;
}

/** The properties a schema lists as required. */
export function requiredNames(schema: unknown): string[] {
  return isObject(schema) && Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
