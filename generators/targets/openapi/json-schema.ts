/**
 * Moves a catalog's meta schemas (standalone JSON Schema 2020-12 documents)
 * into an OpenAPI document, where they stop being standalone:
 *
 * - a local `$ref` such as `#/$defs/range` is resolved against the schema's
 *   own root when ajv validates the catalog, but against the OpenAPI
 *   document's root once the schema sits in `components/schemas`; every
 *   local reference is therefore rewritten to an absolute pointer;
 * - a reference to a shared meta schema (`#/schemas/ErrorInfo`) becomes a
 *   reference to its component (`#/components/schemas/ErrorInfo`);
 * - `$schema` and `$id` would make the component a new resource with a new
 *   base URI (tools disagree on how to treat that), so they are dropped;
 * - for OpenAPI 3.0, whose Schema Object is a JSON Schema draft 5 subset,
 *   2020-12 keywords are translated where 3.0 has an equivalent and kept
 *   under an `x-errcat-json-schema` extension otherwise, so nothing the
 *   author wrote is silently lost.
 *
 * The walk recurses once per nesting level; the validator has already bound
 * meta schemas to `limits.maxSchemaDepth` levels, so depth is not input-controlled.
 */
import { commonMarkText } from '../../escape/markdown.js';
import type { JsonSchema } from '../../model.js';
import { hasKeyOrder, keysInOrder, withKeyOrder } from '../../key-order.js';
import { sharedRefName } from '../../shared-schemas.js';

/** Which OpenAPI flavour of JSON Schema to emit. */
export type OpenApiVersion = '3.1' | '3.0';

/** A schema moved into the document, plus the component schemas it needs next to it (3.0 `$defs`). */
export interface PlacedSchema {
  schema: JsonSchema;
  /** Extra component schemas, by component name: hoisted `$defs` for 3.0. */
  hoisted: Map<string, JsonSchema>;
}

/** Keywords whose value is one subschema. */
const SCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems', 'contentSchema']);
/** Keywords whose value is an array of subschemas. */
const SCHEMA_ARRAY_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** The keywords an OpenAPI 3.0 Schema Object accepts (3.0.3 §4.7.24), besides `x-` extensions. */
const OPENAPI_30_KEYWORDS = new Set([
  'title', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern',
  'maxItems', 'minItems', 'uniqueItems', 'maxProperties', 'minProperties', 'required', 'enum', 'type', 'allOf', 'oneOf',
  'anyOf', 'not', 'items', 'properties', 'additionalProperties', 'description', 'format', 'default', 'nullable',
  'discriminator', 'readOnly', 'writeOnly', 'xml', 'externalDocs', 'example', 'deprecated', '$ref',
]);

const VALID_KEY = /^[a-zA-Z0-9._-]+$/;

/** The extension under which 3.0 output keeps 2020-12 keywords that 3.0 cannot express. */
export const UNSUPPORTED_30_EXTENSION = 'x-errcat-json-schema';

/** Escapes one JSON Pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Keywords whose value is a map from names to schemas: their keys are names, not keywords. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * A meta schema as clients read responses: open where the catalog closes
 * it. `errcat diff` calls a new optional meta property compatible, so a
 * client validating a newer server's response must accept properties its
 * version does not list; `additionalProperties: false` (and
 * `unevaluatedProperties: false`) is the producer's promise. The closed
 * form stays in the document as `x-errcat-additionalProperties: false`,
 * for producers that validate what they send (the generated package does:
 * `validateMeta(code, meta, { strict: true })`), and in out/model.
 *
 * @example openForClients({ type: 'object', additionalProperties: false }) // { type: 'object', 'x-errcat-additionalProperties': false }
 */
export function openForClients(schema: JsonSchema): JsonSchema {
  const walk = (value: unknown, names: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, false));
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const key of keysInOrder(value)) {
      const child = value[key];
      // A key of a name map is a property name: `properties: { additionalProperties: false }` forbids a property so named.
      const closes = !names && (key === 'additionalProperties' || key === 'unevaluatedProperties') && child === false;
      Object.defineProperty(out, closes ? `x-errcat-${key}` : key, { value: names ? walk(child, false) : walk(child, NAME_MAPS.has(key) && isObject(child)), enumerable: true, writable: true, configurable: true });
    }
    // The copy keeps the order the model recorded on a properties map (authored order, key-order.ts).
    return names && hasKeyOrder(value) ? withKeyOrder(out, keysInOrder(value)) : out;
  };
  return walk(schema, false) as JsonSchema;
}

/**
 * Places a meta schema at `#/components/schemas/<componentName>`.
 *
 * @example placeSchema({ type: 'object', $defs: { r: { type: 'integer' } }, properties: { n: { $ref: '#/$defs/r' } } }, 'XMeta', '3.1')
 * // properties.n.$ref becomes '#/components/schemas/XMeta/$defs/r'
 */
export function placeSchema(source: JsonSchema, componentName: string, version: OpenApiVersion): PlacedSchema {
  const base = `#/components/schemas/${escapePointerSegment(componentName)}`;
  const anchors = collectAnchors(source);
  const hoisted = new Map<string, JsonSchema>();
  // For 3.0, $defs cannot stay inside the schema: each becomes a component of its own.
  const defNames = new Map<string, string>();
  if (version === '3.0') {
    for (const container of ['$defs', 'definitions']) {
      const defs = source[container];
      if (!isObject(defs)) continue;
      const names = Object.keys(defs).sort();
      // Component keys allow [a-zA-Z0-9._-]; a def name outside that set gets a positional
      // name, lengthened until it is taken by no other def of the schema.
      const taken = new Set(names.filter((n) => VALID_KEY.test(n)).map((n) => `${container}/${n}`));
      names.forEach((name, i) => {
        let key = name;
        if (!VALID_KEY.test(name)) {
          key = `def${i}`;
          while (taken.has(`${container}/${key}`)) key += '_';
          taken.add(`${container}/${key}`);
        }
        // `definitions` (draft 7) and `$defs` may both be present: keep their names apart.
        defNames.set(`/${container}/${escapePointerSegment(name)}`, `${componentName}.${container === '$defs' ? '' : 'definitions.'}${key}`);
      });
    }
  }

  const rewriteRef = (ref: string): string => {
    if (!ref.startsWith('#')) return ref;
    // A shared meta schema is a component of its own, under its name.
    const shared = sharedRefName(ref);
    if (shared !== null) return `#/components/schemas/${escapePointerSegment(shared)}`;
    let pointer = ref.slice(1);
    if (pointer !== '' && !pointer.startsWith('/')) pointer = anchors.get(safeDecode(pointer)) ?? pointer;
    if (pointer !== '' && !pointer.startsWith('/')) return ref; // an unknown anchor: the catalog validator rejects these
    // A fragment is URI-encoded (a space is %20); the def names are not.
    const decoded = safeDecode(pointer);
    for (const [defPointer, name] of defNames) {
      if (decoded === defPointer || decoded.startsWith(`${defPointer}/`)) {
        return `#/components/schemas/${escapePointerSegment(name)}${encodeURI(decoded.slice(defPointer.length))}`;
      }
    }
    return `${base}${pointer}`;
  };

  const convert = (schema: unknown): unknown => {
    if (typeof schema === 'boolean') return version === '3.0' ? (schema ? {} : { not: {} }) : schema;
    if (!isObject(schema)) return schema;
    const entries: [string, unknown][] = [];
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$schema' || key === '$id' || key === '$anchor') continue;
      if (key === '$ref' && typeof value === 'string') entries.push([key, rewriteRef(value)]);
      // A schema's description is CommonMark to OpenAPI tools; the catalog's is plain text.
      // An empty one says nothing and some tools show an empty paragraph for it: it is left out
      // (validate refuses a blank one, text-blank; this keeps the output right whatever reaches it).
      else if (key === 'description' && typeof value === 'string') {
        if (value !== '') entries.push([key, commonMarkText(value)]);
      }
      // 3.0 takes a boolean additionalProperties as is; other boolean subschemas become objects.
      else if (key === 'additionalProperties' && typeof value === 'boolean') entries.push([key, value]);
      else if (SCHEMA_KEYWORDS.has(key)) entries.push([key, convert(value)]);
      else if (SCHEMA_ARRAY_KEYWORDS.has(key) && Array.isArray(value)) entries.push([key, value.map(convert)]);
      else if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) entries.push([key, mapValues(value, convert)]);
      else entries.push([key, value]);
    }
    // fromEntries defines own properties: a hostile "__proto__" key stays a key.
    let out: Record<string, unknown> = Object.fromEntries(entries);
    if (version === '3.0') out = downgrade(out);
    return out;
  };

  const placed = convert(source) as Record<string, unknown>;
  if (version === '3.0') {
    for (const container of ['$defs', 'definitions']) {
      const defs = placed[container];
      if (!isObject(defs)) continue;
      for (const [name, def] of Object.entries(defs)) {
        hoisted.set(defNames.get(`/${container}/${escapePointerSegment(name)}`)!, def as JsonSchema);
      }
      delete placed[container];
    }
  }
  return { schema: placed, hoisted };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a malformed escape: compare the text as written
  }
}

/** Finds `$anchor`s, so that `#name` references can become pointers. */
function collectAnchors(root: JsonSchema): Map<string, string> {
  const anchors = new Map<string, string>();
  const visit = (schema: unknown, pointer: string): void => {
    if (!isObject(schema)) return;
    if (typeof schema.$anchor === 'string') anchors.set(schema.$anchor, pointer);
    for (const [key, value] of Object.entries(schema)) {
      const at = `${pointer}/${escapePointerSegment(key)}`;
      if (SCHEMA_KEYWORDS.has(key)) visit(value, at);
      else if (SCHEMA_ARRAY_KEYWORDS.has(key) && Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}/${i}`));
      else if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) for (const [k, v] of Object.entries(value)) visit(v, `${at}/${escapePointerSegment(k)}`);
    }
  };
  visit(root, '');
  return anchors;
}

/**
 * Rewrites one 2020-12 schema object (whose subschemas are already
 * converted) into its OpenAPI 3.0 form.
 */
function downgrade(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...schema };
  const kept: Record<string, unknown> = {};

  if ('const' in out) {
    out.enum = [out.const];
    delete out.const;
  }
  if (Array.isArray(out.type)) {
    const types = out.type.filter((t) => t !== 'null');
    const nullable = types.length < out.type.length;
    delete out.type;
    if (types.length === 1) {
      out.type = types[0];
      if (nullable) out.nullable = true;
    } else if (types.length > 1) {
      // 3.0 has no type arrays: each type becomes an alternative. `nullable`
      // only qualifies a `type` in the same object (3.0.3 §4.7.24.1), so null
      // is admitted by each alternative, not by the wrapper that has no type.
      const alternatives = types.map((t) => (nullable ? { type: t, nullable: true } : { type: t }));
      out.allOf = [...((out.allOf as unknown[]) ?? []), { anyOf: alternatives }];
    } else if (nullable && !Array.isArray(out.enum)) {
      out.enum = [null]; // type: ['null']: null is the only value
    }
  } else if (out.type === 'null') {
    delete out.type;
    out.enum = [null];
  }
  // In 3.0 null is outside every `type` unless `nullable` says otherwise, so a
  // typed enum that lists null needs it to keep that value. Without a `type`,
  // null is already admitted and `nullable` means nothing (3.0.3 §4.7.24.1);
  // ajv, and with it Redocly, refuses `nullable` there.
  if (typeof out.type === 'string' && Array.isArray(out.enum) && out.enum.includes(null)) out.nullable = true;
  if (Array.isArray(out.examples)) {
    if (out.examples.length > 0 && !('example' in out)) out.example = out.examples[0];
    if (out.examples.length > 1) kept.examples = out.examples;
    delete out.examples;
  }
  // 2020-12 exclusive bounds are numbers; 3.0's are booleans qualifying minimum/maximum.
  for (const [exclusive, inclusive, stricter] of [
    ['exclusiveMinimum', 'minimum', Math.max],
    ['exclusiveMaximum', 'maximum', Math.min],
  ] as const) {
    const bound = out[exclusive];
    if (typeof bound !== 'number') continue;
    const current = out[inclusive];
    if (typeof current === 'number' && stricter(current, bound) === current && current !== bound) {
      delete out[exclusive]; // the inclusive bound is already the stricter one
    } else {
      out[inclusive] = bound;
      out[exclusive] = true;
    }
  }
  // In 3.0, keywords next to $ref are ignored; wrapping the reference keeps them.
  if (typeof out.$ref === 'string' && Object.keys(out).some((k) => k !== '$ref' && !k.startsWith('x-') && k !== 'description')) {
    const ref = out.$ref;
    delete out.$ref;
    out.allOf = [{ $ref: ref }, ...((out.allOf as unknown[]) ?? [])];
  } else if (typeof out.$ref === 'string' && 'description' in out) {
    const ref = out.$ref;
    delete out.$ref;
    out.allOf = [{ $ref: ref }];
  }
  // A 3.0 schema may be looser than its 2020-12 source, never stricter. Two
  // keywords change meaning when the keyword they pair with is dropped below:
  // - `items` next to `prefixItems` constrains only the elements after the
  //   tuple's; without prefixItems it would constrain every element (and
  //   `items: false` would reject every non-empty array). It is relaxed to
  //   `{}`, and `items: false` keeps what it said as a `maxItems`.
  // - `additionalProperties` next to `patternProperties` skips the properties
  //   the patterns match; without them it would apply to those too, so it is dropped.
  // Both keep their 2020-12 form under the extension, next to the keyword they pair with.
  if (Array.isArray(out.prefixItems)) {
    if ('items' in out) {
      kept.items = out.items;
      if (isFalseSchema(out.items)) {
        const length = out.prefixItems.length;
        out.maxItems = typeof out.maxItems === 'number' ? Math.min(out.maxItems, length) : length;
      }
      delete out.items;
    }
  }
  if (isObject(out.patternProperties) && 'additionalProperties' in out) {
    kept.additionalProperties = out.additionalProperties;
    delete out.additionalProperties;
  }
  // 3.0 requires items on every array schema; a tuple (prefixItems) or a bare `type: array` had none.
  if (out.type === 'array' && !('items' in out)) out.items = {};
  for (const key of Object.keys(out)) {
    if (key === '$defs' || key === 'definitions') continue; // hoisted by the caller
    if (OPENAPI_30_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    kept[key] = out[key];
    delete out[key];
  }
  if (Object.keys(kept).length > 0) out[UNSUPPORTED_30_EXTENSION] = kept;
  return out;
}

/** `false`, or its 3.0 spelling `{not: {}}`: the schema nothing satisfies. */
function isFalseSchema(schema: unknown): boolean {
  if (schema === false) return true;
  if (!isObject(schema) || Object.keys(schema).length !== 1 || !isObject(schema.not)) return false;
  return Object.keys(schema.not).length === 0;
}

/** A map with each value converted; a map whose order the model recorded (a `properties` map) keeps it. */
function mapValues(value: Record<string, unknown>, fn: (v: unknown) => unknown): Record<string, unknown> {
  const keys = keysInOrder(value);
  const out = Object.fromEntries(keys.map((k) => [k, fn(value[k])]));
  return hasKeyOrder(value) ? withKeyOrder(out, keys) : out;
}

/** A plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
