/**
 * Meta that extends what it would inherit instead of replacing it:
 * `meta: {extends: inherited, properties: {...}, required: [...]}` on a
 * code or a namespace takes the meta the defaults cascade gives it (its
 * namespaces', then catalog.defaults') and adds its own properties and
 * required names. Without `extends`, meta replaces as it always has. The
 * form says so explicitly, and merging is refused wherever it would have
 * to guess (meta-extends-invalid): nothing to extend, an inherited schema
 * that is not a plain object schema (a $ref, allOf, oneOf…), or the same
 * property or keyword on both sides with different values.
 */
import type { JsonSchema } from './model.js';

/** The value of `extends` that asks for the inherited meta. */
export const EXTENDS_INHERITED = 'inherited';

/** Keywords an extended schema may hold besides properties and required: they must agree with the inherited ones. */
const COMBINERS = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', '$dynamicRef', 'dependentSchemas', 'patternProperties', 'unevaluatedProperties'];

/** True for a meta that asks to extend the inherited one. */
export function isExtending(meta: unknown): meta is JsonSchema & { extends: string } {
  return meta !== null && typeof meta === 'object' && !Array.isArray(meta) && (meta as { extends?: unknown }).extends !== undefined;
}

/** Why two schemas cannot merge, with the path in the extending one; null when they can. */
export function mergeProblem(inherited: unknown, own: JsonSchema): { message: string; path: (string | number)[] } | null {
  if (inherited === undefined || inherited === false) return { message: 'there is no inherited meta to extend (no namespace or catalog default sets one): drop extends', path: ['extends'] };
  const base = inherited as JsonSchema;
  const combiner = COMBINERS.find((k) => k in base);
  if (combiner !== undefined) return { message: `the inherited meta uses ${combiner}, which errcat cannot merge without guessing; write the whole schema, or refer to a shared schema`, path: ['extends'] };
  const baseProps = (base.properties ?? {}) as Record<string, unknown>;
  const ownProps = (own.properties ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(ownProps)) {
    if (Object.hasOwn(baseProps, name) && JSON.stringify(baseProps[name]) !== JSON.stringify(ownProps[name])) {
      return { message: `property ${JSON.stringify(name)} is in the inherited meta already, with another schema; extending adds properties, it never replaces one`, path: ['properties', name] };
    }
  }
  for (const key of Object.keys(own)) {
    if (key === 'extends' || key === 'properties' || key === 'required') continue;
    if (COMBINERS.includes(key)) return { message: `${key} in an extending meta: errcat cannot merge it without guessing; write the whole schema instead`, path: [key] };
    if (Object.hasOwn(base, key) && JSON.stringify(base[key]) !== JSON.stringify(own[key])) {
      return { message: `${key} differs from the inherited meta's; extending adds properties and required names, it never changes the rest`, path: [key] };
    }
  }
  return null;
}

/** The merged schema: inherited, plus the own keywords, properties (in order: inherited first) and required names. */
export function mergeMeta(inherited: JsonSchema, own: JsonSchema): JsonSchema {
  const out: Record<string, unknown> = {};
  const put = (k: string, v: unknown) => Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const [k, v] of Object.entries(inherited)) put(k, v);
  for (const [k, v] of Object.entries(own)) if (k !== 'extends' && k !== 'properties' && k !== 'required') put(k, v);
  const properties: Record<string, unknown> = {};
  for (const source of [inherited.properties, own.properties]) {
    if (source && typeof source === 'object') for (const [k, v] of Object.entries(source)) Object.defineProperty(properties, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  if (Object.keys(properties).length > 0 || inherited.properties !== undefined) put('properties', properties);
  const required = [...new Set([...(Array.isArray(inherited.required) ? inherited.required : []), ...(Array.isArray(own.required) ? own.required : [])])];
  if (required.length > 0) put('required', required);
  if (out.type === undefined) put('type', 'object');
  return out;
}
