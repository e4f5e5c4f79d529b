/**
 * Data literals (the frozen catalog constant) printed from values, never
 * templated: top-level entries expanded one property per line (Prettier
 * keeps an object expanded when its first property starts on a new line),
 * nested objects of primitives and arrays of primitives on one line when
 * they fit, literals through the escaping module.
 */
import { tsLiteral, tsPropertyKey } from '../../escape/typescript.js';
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
  return entries.map(([key, value]) => printEntry(tsPropertyKey(key), value, indent, ',', inline)).join('\n');
}

function isPrimitive(value: DataValue): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function printEntry(key: string, value: DataValue, indent: number, tail: string, inline: boolean): string {
  const pad = ' '.repeat(indent);
  const head = `${key}: `;
  if (typeof value === 'string') return printStringAfter(`${key}:`, tsLiteral(value), tail, indent, key);
  if (value === null || typeof value !== 'object') return `${pad}${head}${tsLiteral(value)}${tail}`;
  if (isArray(value)) {
    const items = value.map((item) => {
      if (item !== null && typeof item === 'object') throw new Error('errcat bug: only arrays of primitives are printed as data');
      return tsLiteral(item);
    });
    return printArray(head, items, tail, indent);
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return `${pad}${head}{}${tail}`;
  // A small object of primitives goes on one line when it fits: Prettier
  // keeps an object on one line when it was written so and fits.
  if (inline && keys.every((k) => isPrimitive(value[k]!))) {
    const flat = `${pad}${head}{ ${keys.map((k) => `${tsPropertyKey(k)}: ${tsLiteral(value[k] as string | number | boolean | null)}`).join(', ')} }${tail}`;
    if (textWidth(flat) <= PRINT_WIDTH) return flat;
  }
  // A key so long that `key: {` overflows: Prettier breaks after the colon and indents the object.
  if (textWidth(`${pad}${head}{`) > PRINT_WIDTH) {
    const inner = ' '.repeat(indent + 2);
    return [`${pad}${key}:`, `${inner}{`, printEntries(keys.map((k) => [k, value[k]!] as const), indent + 4, true), `${inner}}${tail}`].join('\n');
  }
  return [`${pad}${head}{`, printEntries(keys.map((k) => [k, value[k]!] as const), indent + 2, true), `${pad}}${tail}`].join('\n');
}

function isArray(value: DataValue): value is readonly DataValue[] {
  return Array.isArray(value);
}
