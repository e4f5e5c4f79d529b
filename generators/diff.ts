/**
 * Compares two versions of a catalog's model and classifies every change to
 * the code contract: what clients match on (codes, statuses, transport) and
 * what they read or servers must send (meta). CI runs it against the
 * model committed on the main branch to catch breaking changes in review.
 *
 * Pure: two models in, a sorted list of changes out.
 */
import { compareStrings } from './diagnostics.js';
import { stableStringify } from './meta-schema.js';
import type { CatalogModel, ErrorDefinition, MetaModel } from './model.js';

/** How a change affects consumers of the generated code and API. */
export type Impact = 'breaking' | 'compatible' | 'notice';

/** One change between two catalogs. */
export interface CatalogChange {
  impact: Impact;
  /** A stable id, for CI to match on. */
  kind:
    | 'package-renamed'
    | 'code-removed'
    | 'code-added'
    | 'status-changed'
    | 'transport-changed'
    | 'meta-removed'
    | 'meta-added'
    | 'meta-property-removed'
    | 'meta-property-added'
    | 'meta-property-type-changed'
    | 'meta-property-now-required'
    | 'meta-property-now-optional'
    | 'meta-property-constraints-changed'
    | 'meta-schema-changed'
    | 'code-deprecated'
    | 'code-undeprecated'
    | 'retry-changed'
    | 'description-changed';
  code: string;
  message: string;
}

const IMPACT_ORDER: Record<Impact, number> = { breaking: 0, compatible: 1, notice: 2 };

/** Every change from `before` to `after`, breaking first, then by code. */
export function diffCatalogs(before: CatalogModel, after: CatalogModel): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const add = (impact: Impact, kind: CatalogChange['kind'], code: string, message: string) => changes.push({ impact, kind, code, message });

  if (before.package.name !== after.package.name) {
    add('breaking', 'package-renamed', '', `package ${before.package.name} is now ${after.package.name}`);
  }

  const beforeDefs = new Map(before.definitions.map((d) => [d.code, d]));
  const afterDefs = new Map(after.definitions.map((d) => [d.code, d]));
  const afterWire = new Map(after.wireCodes.map((w) => [w.code, w]));
  const beforeWire = new Map(before.wireCodes.map((w) => [w.code, w]));

  for (const wire of before.wireCodes) {
    const now = afterWire.get(wire.code);
    if (!now) {
      add('breaking', 'code-removed', wire.code, 'clients that match on it no longer compile, and servers can no longer send it');
      continue;
    }
    // Compare what the code means on the wire: the definitions behind it.
    compareDefinitions(wire.code, beforeDefs.get(wire.definition)!, afterDefs.get(now.definition)!, add);
  }
  for (const wire of after.wireCodes) {
    if (!beforeWire.has(wire.code)) add('compatible', 'code-added', wire.code, 'new code');
  }

  return changes.sort((a, b) => IMPACT_ORDER[a.impact] - IMPACT_ORDER[b.impact] || compareStrings(a.code, b.code) || compareStrings(a.kind, b.kind));
}

function compareDefinitions(code: string, a: ErrorDefinition, b: ErrorDefinition, add: (impact: Impact, kind: CatalogChange['kind'], code: string, message: string) => void): void {
  if (a.transport !== b.transport) add('breaking', 'transport-changed', code, `travels as ${b.transport} instead of ${a.transport}`);
  if (a.status !== b.status) add('breaking', 'status-changed', code, `status ${a.status ?? 'none'} is now ${b.status ?? 'none'}`);
  compareMeta(code, a.meta, b.meta, add);
  if (!a.deprecated && b.deprecated) add('notice', 'code-deprecated', code, `deprecated since ${b.deprecated.since}${b.deprecated.replacement ? `; use ${b.deprecated.replacement}` : ''}`);
  if (a.deprecated && !b.deprecated) add('notice', 'code-undeprecated', code, 'no longer deprecated');
  if (a.retry.policy !== b.retry.policy) add('notice', 'retry-changed', code, `retry policy ${a.retry.policy} is now ${b.retry.policy}`);
  if (a.description !== b.description) add('notice', 'description-changed', code, 'description changed');
}

function compareMeta(code: string, a: MetaModel, b: MetaModel, add: (impact: Impact, kind: CatalogChange['kind'], code: string, message: string) => void): void {
  if (a.kind === 'none' && b.kind === 'none') return;
  if (a.kind === 'schema' && b.kind === 'none') {
    add('breaking', 'meta-removed', code, 'no longer carries meta');
    return;
  }
  if (a.kind === 'none' && b.kind === 'schema') {
    add(b.required ? 'breaking' : 'compatible', 'meta-added', code, b.required ? 'now carries required meta: servers must send it' : 'now carries optional meta');
    return;
  }
  if (a.kind !== 'schema' || b.kind !== 'schema') return;
  const before = new Map(a.properties.map((p) => [p.name, p]));
  const after = new Map(b.properties.map((p) => [p.name, p]));
  for (const [name, p] of before) {
    const q = after.get(name);
    if (!q) {
      add('breaking', 'meta-property-removed', code, `meta.${name} is gone`);
      continue;
    }
    if (p.type !== q.type) add('breaking', 'meta-property-type-changed', code, `meta.${name} is ${q.type} instead of ${p.type}`);
    if (!p.required && q.required) add('breaking', 'meta-property-now-required', code, `meta.${name} is now required: servers must send it`);
    if (p.required && !q.required) add('breaking', 'meta-property-now-optional', code, `meta.${name} is now optional: clients must handle its absence`);
    if (p.type === q.type && !sameConstraints(propertySchema(a, name), propertySchema(b, name))) {
      add('breaking', 'meta-property-constraints-changed', code, `meta.${name} has other constraints (format, range, pattern, enum or shape): check what servers send and clients accept`);
    }
  }
  const { properties: _a, required: _ar, ...restA } = a.schema as Record<string, unknown>;
  const { properties: _b, required: _br, ...restB } = b.schema as Record<string, unknown>;
  if (!sameConstraints(restA, restB)) add('breaking', 'meta-schema-changed', code, 'the meta schema changed beyond its properties (additionalProperties, $defs, composition)');
  for (const [name, q] of after) {
    if (!before.has(name)) add(q.required ? 'breaking' : 'compatible', 'meta-property-added', code, `meta.${name} added${q.required ? ' as required: servers must send it' : ''}`);
  }
}

function propertySchema(meta: Extract<MetaModel, { kind: 'schema' }>, name: string): unknown {
  const properties = meta.schema.properties as Record<string, unknown> | undefined;
  return properties && Object.hasOwn(properties, name) ? properties[name] : undefined;
}

/** Words for people (description, title, examples) do not change the contract. */
const PROSE_KEYWORDS = new Set(['description', 'title', 'examples', '$comment']);
/** Keywords whose value maps names to subschemas: the names are data, not keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is data (compared as it is). */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'required']);

/** Whether two schemas accept the same values, judged on their text without prose. */
function sameConstraints(a: unknown, b: unknown): boolean {
  return stableStringify(stripProse(a)) === stableStringify(stripProse(b));
}

/** A schema without its prose keywords, at schema positions only (a property may be called "description"). */
function stripProse(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripProse);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(schema)) {
    if (PROSE_KEYWORDS.has(key)) continue;
    if (DATA_KEYWORDS.has(key)) {
      out[key] = value;
    } else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const map: Record<string, unknown> = Object.create(null);
      for (const [name, sub] of Object.entries(value)) map[name] = stripProse(sub);
      out[key] = map;
    } else {
      out[key] = stripProse(value);
    }
  }
  return out;
}
