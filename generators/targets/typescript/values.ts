/**
 * Data literals (the frozen catalog constant) printed from values, never
 * templated: objects always expanded one property per line (Prettier keeps
 * an object expanded when its first property starts on a new line), arrays
 * of primitives on one line when they fit, literals through the escaping
 * module.
 */
import { tsLiteral, tsPropertyKey } from '../../escape/typescript.js';
import { printArray, printStringAfter } from './layout.js';

/** A JSON-like value errcat prints as a literal. */
export type DataValue = string | number | boolean | null | readonly DataValue[] | { readonly [key: string]: DataValue };

/**
 * The properties of an object literal, one per line at `indent`, each
 * followed by a comma. Keys are printed in the order given: callers pass
 * them in a fixed, documented order.
 */
export function printProperties(entries: readonly (readonly [string, DataValue])[], indent: number): string {
  return entries.map(([key, value]) => printEntry(tsPropertyKey(key), value, indent, ',')).join('\n');
}

function printEntry(key: string, value: DataValue, indent: number, tail: string): string {
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
  return [`${pad}${head}{`, printProperties(keys.map((k) => [k, value[k]!] as const), indent + 2), `${pad}}${tail}`].join('\n');
}

function isArray(value: DataValue): value is readonly DataValue[] {
  return Array.isArray(value);
}
