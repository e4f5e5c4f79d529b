/**
 * Compares two JSON Schemas of what a server sends (a code's `meta`) and
 * says, keyword by keyword, which way each change moves the set of values
 * the server may send: wider (a new enum value, a bound raised or dropped,
 * a property made optional or nullable), narrower (a new constraint,
 * `number` → `integer`, a string becoming an enum, a property made
 * required) or changed (neither contains the other). rules.ts turns the
 * direction into a verdict. Order never matters: enum values, `type`
 * arrays and `required` lists are compared as sets, properties by name.
 */
import { stableStringify } from '../meta-schema.js';
import type { Direction } from './types.js';

/** One schema change, relative to the schema compared. */
export interface SchemaChange {
  kind: 'meta-constraint' | 'meta-type' | 'meta-values' | 'meta-property-added' | 'meta-property-removed' | 'meta-property-required' | 'meta-property-optional' | 'meta-shape' | 'meta-wording';
  /** The property path below meta: '' for meta itself, `limits.max`, `hints[]`. */
  property: string;
  keyword: string | null;
  from: unknown;
  to: unknown;
  direction: Direction;
  detail: string;
  /** The path of the keyword below the compared schema, for locating it in the newer YAML. */
  path: (string | number)[];
  /** For an added property: whether the newer schema requires it. */
  required?: boolean;
}

type Schema = Record<string, unknown> | boolean;

/** Words for people: a change is a notice. */
const PROSE = new Set(['description', 'title', '$comment', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly']);
/** Upper bounds (a smaller value, or a new one, is narrower) and lower bounds. */
const UPPER = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains']);
const LOWER = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains']);
/** Keywords that restrict a value when present and cannot be ordered when both differ. */
const OPAQUE_RESTRICTIONS = new Set(['pattern', 'format', 'contentEncoding', 'contentMediaType']);
/** Keywords handled by the structural comparison. */
const STRUCTURAL = new Set(['type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'uniqueItems', 'multipleOf']);

/** Every change from schema `a` to schema `b`, in a fixed order (keywords, then properties by name). */
export function compareSchemas(a: unknown, b: unknown): SchemaChange[] {
  const out: SchemaChange[] = [];
  compareAt(asSchema(a), asSchema(b), '', [], out);
  return out;
}

function asSchema(value: unknown): Schema {
  if (typeof value === 'boolean') return value;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : true;
}

const show = (value: unknown): string => (value === undefined ? 'none' : stableStringify(value));
const child = (property: string, name: string): string => (property === '' ? name : `${property}.${name}`);

function compareAt(a: Schema, b: Schema, property: string, path: (string | number)[], out: SchemaChange[]): void {
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    if (stableStringify(a) === stableStringify(b)) return;
    // `true` accepts anything, `false` nothing; a schema object lies between.
    const direction: Direction = a === true || b === false ? 'narrower' : 'wider';
    out.push({ kind: 'meta-shape', property, keyword: null, from: a, to: b, direction, detail: `schema ${show(a)} → ${show(b)}`, path });
    return;
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (STRUCTURAL.has(key) || key === 'properties') continue;
    if (stableStringify(x) === stableStringify(y)) continue;
    const at = [...path, key];
    if (PROSE.has(key)) {
      out.push({ kind: 'meta-wording', property, keyword: key, from: x, to: y, direction: 'none', detail: `${key} reworded`, path: at });
    } else if (UPPER.has(key) || LOWER.has(key)) {
      out.push(bound(key, x, y, property, at));
    } else if (OPAQUE_RESTRICTIONS.has(key)) {
      const direction: Direction = x === undefined ? 'narrower' : y === undefined ? 'wider' : 'changed';
      out.push({ kind: 'meta-constraint', property, keyword: key, from: x, to: y, direction, detail: `${key} ${show(x)} → ${show(y)}`, path: at });
    } else {
      // Composition, references and anything else: errcat does not reason about them, so any change may widen.
      out.push({ kind: 'meta-shape', property, keyword: key, from: x, to: y, direction: 'changed', detail: `${key} changed`, path: at });
    }
  }
  compareTypes(a, b, property, path, out);
  compareValues(a, b, property, path, out);
  compareMultipleOf(a, b, property, path, out);
  if (Boolean(a.uniqueItems) !== Boolean(b.uniqueItems)) {
    out.push({ kind: 'meta-constraint', property, keyword: 'uniqueItems', from: a.uniqueItems, to: b.uniqueItems, direction: b.uniqueItems ? 'narrower' : 'wider', detail: `uniqueItems ${show(a.uniqueItems)} → ${show(b.uniqueItems)}`, path: [...path, 'uniqueItems'] });
  }
  compareProperties(a, b, property, path, out);
  compareSubschema(a.additionalProperties, b.additionalProperties, 'additionalProperties', child(property, '*'), property, path, out);
  compareSubschema(a.items, b.items, 'items', `${property}[]`, property, path, out);
}

function bound(key: string, x: unknown, y: unknown, property: string, path: (string | number)[]): SchemaChange {
  const upper = UPPER.has(key);
  let direction: Direction;
  if (typeof x !== 'number' || typeof y !== 'number') direction = x === undefined ? 'narrower' : 'wider';
  else direction = (upper ? y < x : y > x) ? 'narrower' : 'wider';
  return { kind: 'meta-constraint', property, keyword: key, from: x, to: y, direction, detail: `${key} ${show(x)} → ${show(y)}`, path };
}

/** The types a schema allows, `number` including `integer`; null for any type. */
function typeSet(s: Record<string, unknown>): Set<string> | null {
  if (s.type === undefined) return null;
  return new Set(Array.isArray(s.type) ? (s.type as string[]) : [s.type as string]);
}

function typeCovered(t: string, set: Set<string> | null): boolean {
  return set === null || set.has(t) || (t === 'integer' && set.has('number'));
}

function compareTypes(a: Record<string, unknown>, b: Record<string, unknown>, property: string, path: (string | number)[], out: SchemaChange[]): void {
  const x = typeSet(a);
  const y = typeSet(b);
  if (stableStringify(x && [...x].sort()) === stableStringify(y && [...y].sort())) return;
  const narrower = y !== null && [...y].every((t) => typeCovered(t, x));
  const wider = x !== null && [...x].every((t) => typeCovered(t, y));
  const direction: Direction = narrower ? 'narrower' : wider ? 'wider' : 'changed';
  const nullable = y?.has('null') && !(x?.has('null') ?? true) ? ' (now nullable)' : '';
  out.push({ kind: 'meta-type', property, keyword: 'type', from: a.type, to: b.type, direction, detail: `type ${show(a.type)} → ${show(b.type)}${nullable}`, path: [...path, 'type'] });
}

/** enum and const together: the values allowed, as canonical JSON; null for any value. */
function valueSet(s: Record<string, unknown>): Set<string> | null {
  let set: Set<string> | null = null;
  if (Array.isArray(s.enum)) set = new Set(s.enum.map((v) => stableStringify(v)));
  if (s.const !== undefined) {
    const c = stableStringify(s.const);
    set = set === null ? new Set([c]) : new Set(set.has(c) ? [c] : []);
  }
  return set;
}

function compareValues(a: Record<string, unknown>, b: Record<string, unknown>, property: string, path: (string | number)[], out: SchemaChange[]): void {
  const x = valueSet(a);
  const y = valueSet(b);
  const sorted = (s: Set<string> | null) => (s === null ? null : [...s].sort());
  if (stableStringify(sorted(x)) === stableStringify(sorted(y))) return;
  const keyword = b.enum !== undefined || a.enum !== undefined ? 'enum' : 'const';
  const added = y === null ? null : [...y].filter((v) => x !== null && !x.has(v));
  const removed = x === null ? null : [...x].filter((v) => y !== null && !y.has(v));
  let direction: Direction;
  let detail: string;
  if (x === null) {
    direction = 'narrower';
    detail = `${keyword} added: only ${sorted(y)!.join(', ')}`;
  } else if (y === null) {
    direction = 'wider';
    detail = `${keyword} removed: any value`;
  } else {
    direction = added!.length === 0 ? 'narrower' : removed!.length === 0 ? 'wider' : 'changed';
    const parts = [added!.length ? `${added!.sort().join(', ')} added` : '', removed!.length ? `${removed!.sort().join(', ')} removed` : ''].filter(Boolean);
    detail = `${keyword}: ${parts.join('; ')}`;
  }
  const from = a.enum ?? (a.const === undefined ? undefined : [a.const]);
  const to = b.enum ?? (b.const === undefined ? undefined : [b.const]);
  out.push({ kind: 'meta-values', property, keyword, from, to, direction, detail, path: [...path, keyword] });
}

function compareMultipleOf(a: Record<string, unknown>, b: Record<string, unknown>, property: string, path: (string | number)[], out: SchemaChange[]): void {
  const x = a.multipleOf;
  const y = b.multipleOf;
  if (x === y) return;
  let direction: Direction;
  if (typeof x !== 'number') direction = 'narrower';
  else if (typeof y !== 'number') direction = 'wider';
  else direction = Number.isInteger(y / x) ? 'narrower' : Number.isInteger(x / y) ? 'wider' : 'changed';
  out.push({ kind: 'meta-constraint', property, keyword: 'multipleOf', from: x, to: y, direction, detail: `multipleOf ${show(x)} → ${show(y)}`, path: [...path, 'multipleOf'] });
}

function objectOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function compareProperties(a: Record<string, unknown>, b: Record<string, unknown>, property: string, path: (string | number)[], out: SchemaChange[]): void {
  const pa = objectOf(a.properties);
  const pb = objectOf(b.properties);
  const ra = new Set(Array.isArray(a.required) ? (a.required as string[]) : []);
  const rb = new Set(Array.isArray(b.required) ? (b.required as string[]) : []);
  const names = [...new Set([...Object.keys(pa), ...Object.keys(pb), ...ra, ...rb])].sort();
  for (const name of names) {
    const prop = child(property, name);
    const at = [...path, 'properties', name];
    const inA = Object.hasOwn(pa, name);
    const inB = Object.hasOwn(pb, name);
    if (inA && !inB) {
      out.push({ kind: 'meta-property-removed', property: prop, keyword: 'properties', from: pa[name], to: undefined, direction: 'wider', detail: `${prop} removed`, path: [...path, 'properties'] });
      continue;
    }
    if (!inA && inB) {
      out.push({ kind: 'meta-property-added', property: prop, keyword: 'properties', from: undefined, to: pb[name], direction: 'narrower', detail: `${prop} added${rb.has(name) ? ' (required)' : ' (optional)'}`, path: at, required: rb.has(name) });
      continue;
    }
    if (ra.has(name) !== rb.has(name)) {
      const now = rb.has(name);
      out.push({ kind: now ? 'meta-property-required' : 'meta-property-optional', property: prop, keyword: 'required', from: ra.has(name), to: now, direction: now ? 'narrower' : 'wider', detail: `${prop} ${now ? 'optional → required' : 'required → optional'}`, path: [...path, 'required'] });
    }
    if (inA && inB) compareAt(asSchema(pa[name]), asSchema(pb[name]), prop, at, out);
  }
}

function compareSubschema(x: unknown, y: unknown, keyword: string, property: string, parent: string, path: (string | number)[], out: SchemaChange[]): void {
  if (stableStringify(x) === stableStringify(y)) return;
  const at = [...path, keyword];
  // Absent means any value: the same as `true`.
  const sx = x === undefined ? true : asSchema(x);
  const sy = y === undefined ? true : asSchema(y);
  if (typeof sx === 'object' && typeof sy === 'object') {
    compareAt(sx, sy, property, at, out);
    return;
  }
  if (stableStringify(sx) === stableStringify(sy)) return;
  const direction: Direction = sx === true || sy === false ? 'narrower' : 'wider';
  out.push({ kind: keyword === 'additionalProperties' ? 'meta-shape' : 'meta-constraint', property: parent, keyword, from: x, to: y, direction, detail: `${keyword} ${show(x)} → ${show(y)}`, path: at });
}
