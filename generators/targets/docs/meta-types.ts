/**
 * A meta property's type as the docs' meta table shows it: in words
 * ("string or null", "one of `bytes`, `kilobytes` or null", "array of
 * integer"), not as a raw union (`"bytes" \| "kilobytes" \| null`) whose
 * escaped bars a reader has to decode, with the unit the catalog gives a
 * property (`x-unit: bytes` gives "integer, in bytes").
 */
import { cellCode, cellText, joinMarkdown, trusted, type Markdown } from '../../escape/markdown.js';
import type { JsonSchema } from '../../model.js';

/** The unit keyword of a meta property (an annotation; meta-schema.ts lets ajv accept it). */
export const UNIT_KEYWORD = 'x-unit';

/** A property's type in words, for a table cell. */
export function readableType(schema: JsonSchema): Markdown {
  const base = typeWords(schema, 0);
  const unit = schema[UNIT_KEYWORD];
  return typeof unit === 'string' ? joinMarkdown([base, trusted(', in '), cellText(unit)], '') : base;
}

/** A JSON value of an enum or const: a string as code (as JSON when it reads like another literal), anything else as JSON. */
function value(v: unknown): Markdown {
  if (v === null) return trusted('null');
  if (typeof v === 'string') return cellCode(/^(?:null|true|false|-?\d.*)$/.test(v) || v.trim() !== v || v === '' ? JSON.stringify(v) : v);
  return cellCode(JSON.stringify(v));
}

/** `a`, `a or b`, `a, b or c`. */
function orWords(items: readonly Markdown[]): Markdown {
  if (items.length <= 1) return joinMarkdown(items, '');
  return joinMarkdown([joinMarkdown(items.slice(0, -1), ', '), items[items.length - 1]!], ' or ');
}

function typeWords(schema: JsonSchema, depth: number): Markdown {
  if (Array.isArray(schema.enum)) return joinMarkdown([trusted('one of '), orWords(schema.enum.map(value))], '');
  if (schema.const !== undefined) return joinMarkdown([trusted('always '), value(schema.const)], '');
  const type = schema.type;
  if (Array.isArray(type)) return orWords(type.map((t) => trusted(String(t))));
  if (type === 'array') {
    const items = schema.items;
    // Nested arrays read as "array of array of integer"; past a few levels, "array".
    if (items && typeof items === 'object' && !Array.isArray(items) && depth < 4) return joinMarkdown([trusted('array of '), typeWords(items as JsonSchema, depth + 1)], '');
    return trusted('array');
  }
  return trusted(typeof type === 'string' ? type : 'any');
}
