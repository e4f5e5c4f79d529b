/**
 * Meta JSON Schemas as data for the generated package's checks
 * (templates/typescript/validate.ts.hbs walks them): each catalog schema is
 * converted once, here, into a small node form with the keywords the
 * runtime checks (types, enum/const, required, properties,
 * additionalProperties, string length and pattern, number bounds and
 * multipleOf, items and array bounds, anyOf/oneOf/allOf/not, $ref to the
 * root, to $defs or to a shared schema), and printed as an object literal.
 *
 * Shared schemas (`$ref: '#/schemas/<Name>'`) are printed once each, as
 * their own roots, and a reference to one is a node `{ shared: '<Name>' }`
 * that the runtime follows by name: a schema that a hundred codes use is
 * one entry in the data, not a hundred copies.
 *
 * Layout. Every object literal is printed expanded, one property per line
 * (Prettier keeps an object expanded when its first property starts on a
 * new line), and lists of nodes are arrays of those objects (Prettier
 * breaks an array that holds a broken object), so the text is final as
 * printed. Property names are catalog text, so they are values
 * (`{ name: '__proto__', schema }`), never keys of a literal, where
 * `__proto__` would set the prototype.
 *
 * Keywords the runtime does not check are listed by {@link uncheckedKeywords}
 * and named in the data's JSDoc; validate warns of none of them today
 * because catalog schemas are checked strictly by ajv at validate time.
 */
import { tsLiteral, tsRegExp, tsString } from '../../escape/typescript.js';
import { keysInOrder } from '../../key-order.js';
import type { JsonSchema } from '../../model.js';
import { isSharedRef, sharedRefName } from '../../shared-schemas.js';
import { printArray, printStringAfter } from './layout.js';

/** The keywords the generated checks read; any other assertion keyword is not checked at run time. */
const CHECKED = new Set([
  'type', 'enum', 'const', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'items', 'minItems', 'maxItems', 'uniqueItems', 'properties', 'required', 'additionalProperties',
  'minProperties', 'maxProperties', 'anyOf', 'oneOf', 'allOf', 'not', '$ref', '$defs',
]);

/** Keywords that assert nothing (annotations, identifiers): never worth a note. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', '$anchor', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'format', 'contentMediaType', 'contentEncoding']);

const isObject = (value: unknown): value is JsonSchema => value !== null && typeof value === 'object' && !Array.isArray(value);
const isPrimitive = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** JSON text with object keys sorted, the form the runtime compares non-primitive enum values in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Assertion keywords of a schema (at any depth) that the generated checks do not read, sorted. */
export function uncheckedKeywords(schema: unknown): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (!CHECKED.has(key) && !ANNOTATIONS.has(key)) found.add(key);
        // properties and $defs hold names, not keywords, at their own level.
        if ((key === 'properties' || key === '$defs') && isObject(child)) stack.push(...Object.values(child));
        else if (typeof child === 'object') stack.push(child);
      }
    }
  }
  return [...found].sort();
}

/** A line `key: value,` at `indent`, or lines when the value spans several. */
type Entry = readonly [key: string, text: string];

function printObject(entries: readonly Entry[], indent: number): string {
  if (entries.length === 0) return '{}';
  const pad = ' '.repeat(indent);
  return ['{', ...entries.map(([key, text]) => (text.startsWith('\n') ? text.slice(1) : `${pad}  ${key}: ${text},`)), `${pad}}`].join('\n');
}

/** An array of nodes: one expanded object per item. */
function printNodes(nodes: readonly string[], indent: number): string {
  if (nodes.length === 0) return '[]';
  const pad = ' '.repeat(indent);
  return ['[', ...nodes.map((n) => `${pad}  ${n},`), `${pad}]`].join('\n');
}

/** A name/schema pair, for properties and $defs. */
function printNamed(name: string, schema: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  return ['{', printStringAfter('name:', tsString(name), ',', indent + 2, 'name'), `${pad}  schema: ${printNode(schema, indent + 2)},`, `${pad}}`].join('\n');
}

const NUMBER_KEYWORDS = ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const;

/** One schema as a node literal whose first line continues the current line, at `indent`. */
export function printNode(schema: unknown, indent: number): string {
  const entries: Entry[] = [];
  const pad = ' '.repeat(indent + 2);
  if (schema === false) return printObject([['never', 'true']], indent);
  if (!isObject(schema)) return '{}';
  if (typeof schema.$ref === 'string' && isSharedRef(schema.$ref)) {
    // Validation refuses a reference that names no shared schema (a pointer inside one gives ''); that one checks nothing.
    const name = sharedRefName(schema.$ref);
    if (name) entries.push(['\n', `\n${printStringAfter('shared:', tsString(name), ',', indent + 2, 'shared')}`]);
  } else if (typeof schema.$ref === 'string') {
    const ref = schema.$ref === '#' ? '#' : /^#\/\$defs\/([^/]+)$/.exec(schema.$ref)?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
    // Validation refuses other references (meta-schema-remote-ref); an unresolvable one checks nothing.
    if (ref !== undefined) entries.push(['ref', tsString(ref)]);
  }
  const types = Array.isArray(schema.type) ? schema.type : typeof schema.type === 'string' ? [schema.type] : null;
  if (types) entries.push(['\n', `\n${printArray('types: ', types.map((t) => tsString(String(t))), ',', indent + 2)}`]);
  const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : null;
  if (values) {
    const primitive = values.filter(isPrimitive);
    const other = values.filter((v) => !isPrimitive(v));
    entries.push(['\n', `\n${printArray('enum: ', primitive.map((v) => tsLiteral(v)), ',', indent + 2)}`]);
    if (other.length > 0) entries.push(['\n', `\n${printArray('enumJson: ', other.map((v) => tsString(canonicalJson(v))), ',', indent + 2)}`]);
  }
  for (const keyword of NUMBER_KEYWORDS) {
    const value = schema[keyword];
    if (typeof value === 'number' && Number.isFinite(value)) entries.push([keyword, tsLiteral(value)]);
  }
  if (typeof schema.pattern === 'string') entries.push(['pattern', tsRegExp(schema.pattern)]);
  if (schema.uniqueItems === true) entries.push(['uniqueItems', 'true']);
  if ('items' in schema && (isObject(schema.items) || typeof schema.items === 'boolean')) entries.push(['items', printNode(schema.items, indent + 2)]);
  if (isObject(schema.properties)) {
    // The model's order (authored or by name), recorded on the properties map by normalization.
    const names = keysInOrder(schema.properties);
    entries.push(['properties', printNodes(names.map((n) => printNamed(n, (schema.properties as JsonSchema)[n], indent + 4)), indent + 2)]);
  }
  if (Array.isArray(schema.required) && schema.required.length > 0) {
    entries.push(['\n', `\n${printArray('required: ', schema.required.filter((r): r is string => typeof r === 'string').map((r) => tsString(r)), ',', indent + 2)}`]);
  }
  if (schema.additionalProperties === false) entries.push(['additionalProperties', 'false']);
  else if (isObject(schema.additionalProperties)) entries.push(['additionalProperties', printNode(schema.additionalProperties, indent + 2)]);
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches)) entries.push([keyword, printNodes(branches.map((b) => printNode(b, indent + 4)), indent + 2)]);
  }
  if ('not' in schema) entries.push(['not', printNode(schema.not, indent + 2)]);
  void pad;
  return printObject(entries, indent);
}

/**
 * A schema as a root entry, `{ <key>: '<id>', schema, defs }`: a
 * definition's meta schema (`definition`) or a shared schema (`name`), with
 * its $defs, which `#/$defs/…` inside it name.
 */
export function printMetaRoot(key: 'definition' | 'name', id: string, schema: JsonSchema, indent: number): string {
  const pad = ' '.repeat(indent);
  const defs = isObject(schema.$defs) ? schema.$defs : {};
  const names = Object.keys(defs).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    '{',
    printStringAfter(`${key}:`, tsString(id), ',', indent + 2, key),
    `${pad}  schema: ${printNode(schema, indent + 2)},`,
    `${pad}  defs: ${printNodes(names.map((n) => printNamed(n, defs[n], indent + 4)), indent + 2)},`,
    `${pad}}`,
  ].join('\n');
}
