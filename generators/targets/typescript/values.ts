/**
 * Data literals (the frozen catalog constant) printed from values, never
 * templated: top-level entries expanded one property per line (Prettier
 * keeps an object expanded when its first property starts on a new line),
 * nested objects of primitives and arrays of primitives on one line when
 * they fit, literals through the escaping module.
 */
import { tsLiteral, tsObjectKey } from '../../escape/typescript.js';
import { PRINT_WIDTH, printArray, printStringAfter } from './layout.js';
import { textWidth } from '../../text-width.js';

/** A JSON-like value errcat prints as a literal. */
export type DataValue = string | number | boolean | null | readonly DataValue[] | { readonly [key: string]: DataValue };

/**
 * The properties of an object literal, one per line at `indent`, each
 * followed by a comma. Keys are printed in the order given: callers pass
 * them in a fixed, documented order.
 */
export function printProperties(entries: readonly (readonly [string, DataValue])[], indent: number): string {
  return printEntries(entries, indent, false);
}

function printEntries(entries: readonly (readonly [string, DataValue])[], indent: number, inline: boolean): string {
  return entries.map(([key, value]) => printEntry(tsObjectKey(key), value, indent, ',', inline)).join('\n');
}

function isPrimitive(value: DataValue): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function printEntry(key: string, value: DataValue, indent: number, tail: string, inline: boolean): string {
  const pad = ' '.repeat(indent);
  const head = `${key}: `;
  if (typeof value === 'string') return printStringAfter(`${key}:`, tsLiteral(value), tail, indent, key);
  // Prettier lays a property out "fluid": the value moves to the next line
  // when the key line cannot hold its start (`key: {`, `key: [`, a whole
  // number). Only extension names, which are the catalog's, get that long.
  const start = isPrimitive(value) ? `${tsLiteral(value)}${tail}` : isArray(value) ? (value.length === 0 ? `[]${tail}` : '[') : Object.keys(value).length === 0 ? `{}${tail}` : '{';
  if (textWidth(`${pad}${head}${start}`) > PRINT_WIDTH) return `${pad}${key}:\n${printItem(value, indent + 2).replace(/,$/, tail)}`;
  if (value === null || typeof value !== 'object') return `${pad}${head}${tsLiteral(value)}${tail}`;
  if (isArray(value)) return printArrayValue(head, value, tail, indent);
  const keys = Object.keys(value);
  if (keys.length === 0) return `${pad}${head}{}${tail}`;
  // A small object of primitives goes on one line when it fits: Prettier
  // keeps an object on one line when it was written so and fits.
  if (inline && keys.every((k) => isPrimitive(value[k]!))) {
    const flat = `${pad}${head}{ ${keys.map((k) => `${tsObjectKey(k)}: ${tsLiteral(value[k] as string | number | boolean | null)}`).join(', ')} }${tail}`;
    if (textWidth(flat) <= PRINT_WIDTH) return flat;
  }
  // A key so long that `key: {` overflows: Prettier breaks after the colon and indents the object.
  if (textWidth(`${pad}${head}{`) > PRINT_WIDTH) {
    const inner = ' '.repeat(indent + 2);
    return [`${pad}${key}:`, `${inner}{`, printEntries(keys.map((k) => [k, value[k]!] as const), indent + 4, true), `${inner}}${tail}`].join('\n');
  }
  return [`${pad}${head}{`, printEntries(keys.map((k) => [k, value[k]!] as const), indent + 2, true), `${pad}}${tail}`].join('\n');
}

/**
 * An array after `head`. Arrays of primitives as printArray lays them out.
 * Arrays holding objects or arrays (extension values are any JSON) follow
 * Prettier's rules: an object errcat prints is expanded (its first
 * property on a new line), which forces the array open, one item per line;
 * an array whose items are all arrays (or objects) of two or more entries
 * breaks too; otherwise it stays on one line when it fits.
 * Limitation: a too-long array of numbers only is printed one per line,
 * where Prettier fills lines (catalog data has no such arrays today).
 */
function printArrayValue(head: string, value: readonly DataValue[], tail: string, indent: number): string {
  const pad = ' '.repeat(indent);
  if (value.every(isPrimitive)) return printArray(head, value.map((item) => tsLiteral(item as string | number | boolean | null)), tail, indent);
  const flat = value.every(isFlat) ? `${pad}${head}${flatLiteral(value)}${tail}` : null;
  const shouldBreak =
    value.length > 1 && value.every((item) => (isArray(item) ? item.length > 1 : item !== null && typeof item === 'object' && Object.keys(item).length > 1)) &&
    value.every((item) => isArray(item) === isArray(value[0]!));
  if (flat !== null && !shouldBreak && textWidth(flat) <= PRINT_WIDTH) return flat;
  return [`${pad}${head}[`, ...value.map((item) => printItem(item, indent + 2)), `${pad}]${tail}`].join('\n');
}

/** One array item on lines of its own, followed by a comma. */
function printItem(item: DataValue, indent: number): string {
  const pad = ' '.repeat(indent);
  if (isPrimitive(item)) return `${pad}${tsLiteral(item)},`;
  if (isArray(item)) return printArrayValue('', item, ',', indent);
  const keys = Object.keys(item);
  if (keys.length === 0) return `${pad}{},`;
  return [`${pad}{`, printEntries(keys.map((k) => [k, item[k]!] as const), indent + 2, false), `${pad}},`].join('\n');
}

/** True for what prints on one line: primitives, empty objects, arrays of such. */
function isFlat(value: DataValue): boolean {
  if (isPrimitive(value)) return true;
  if (isArray(value)) return value.every(isFlat);
  return Object.keys(value).length === 0;
}

function flatLiteral(value: DataValue): string {
  if (isPrimitive(value)) return tsLiteral(value);
  if (isArray(value)) return `[${value.map(flatLiteral).join(', ')}]`;
  return '{}';
}

function isArray(value: DataValue): value is readonly DataValue[] {
  return Array.isArray(value);
}
