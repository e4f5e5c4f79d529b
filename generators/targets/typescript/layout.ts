/**
 * Layout of the few constructs whose shape depends on their width: unions
 * and lists. The TypeScript sources are written final (a 100,000-code
 * catalog is too big to hand to Prettier, whose cost grows faster than
 * linearly), so these print exactly what Prettier prints with errcat's
 * options: one line when it fits in the print width, one item per line
 * otherwise. test/typescript.test.ts checks that Prettier leaves every
 * generated source unchanged.
 */
import { PRETTIER_OPTIONS } from '../../format.js';
import { textWidth } from '../../text-width.js';

/** Prettier's print width, from the one options object. */
export const PRINT_WIDTH = PRETTIER_OPTIONS.printWidth ?? 80;

function fits(line: string): boolean {
  return textWidth(line) <= PRINT_WIDTH;
}

/**
 * A union of single-line members after `head`, which ends with ` =` (a
 * type alias) or `:` (a property). Prettier tries three shapes in turn:
 * all on one line; the union alone on the next line; one `| member` per
 * line.
 */
export function printUnion(head: string, members: readonly string[], tail: string, indent: number): string {
  const pad = ' '.repeat(indent);
  if (members.length === 0) return `${pad}${head} never${tail}`;
  const joined = members.join(' | ');
  const flat = `${pad}${head} ${joined}${tail}`;
  if (members.length === 1 || fits(flat)) return flat;
  const nextLine = `${pad}  ${joined}${tail}`;
  if (fits(nextLine)) return `${pad}${head}\n${nextLine}`;
  return [`${pad}${head}`, ...members.map((m, i) => `${pad}  | ${m}${i === members.length - 1 ? tail : ''}`)].join('\n');
}

/** `export type X = A | B;` in Prettier's shape. */
export function printUnionAlias(head: string, members: readonly string[], indent = 0): string {
  return printUnion(`${head} =`, members, ';', indent);
}

/** `readonly name?: A | B;` in Prettier's shape. */
export function printUnionProperty(head: string, members: readonly string[], indent: number): string {
  return printUnion(`${head}:`, members, ';', indent);
}

/**
 * A string literal after `head` (ending with ` =` or `:`): Prettier moves
 * a string that makes the line too long to the next line, except after an
 * object key shorter than five columns (tabWidth + 3), which it never
 * breaks after.
 */
export function printStringAfter(head: string, literal: string, tail: string, indent: number, key: string | null = null): string {
  const pad = ' '.repeat(indent);
  const flat = `${pad}${head} ${literal}${tail}`;
  if (fits(flat) || (key !== null && textWidth(key) < 5)) return flat;
  return `${pad}${head}\n${pad}  ${literal}${tail}`;
}

/**
 * An array literal of single-line items after `head` (which ends with `= `
 * or `: `), closed by `tail`: on one line when it fits, else one item per
 * line with trailing commas.
 */
export function printArray(head: string, items: readonly string[], tail: string, indent: number): string {
  const pad = ' '.repeat(indent);
  if (items.length === 0) return `${pad}${head}[]${tail}`;
  const flat = `${pad}${head}[${items.join(', ')}]${tail}`;
  if (fits(flat)) return flat;
  return [`${pad}${head}[`, ...items.map((item) => `${pad}  ${item},`), `${pad}]${tail}`].join('\n');
}

/**
 * `export interface Name extends A, B {}` in Prettier's shape, which like a
 * union's has three: one line; the heritage clause alone on the next line;
 * one base per line.
 */
export function printInterfaceExtends(name: string, bases: readonly string[]): string {
  const flat = `export interface ${name} extends ${bases.join(', ')} {}`;
  if (bases.length <= 1 || fits(flat)) return flat;
  const nextLine = `  extends ${bases.join(', ')} {}`;
  if (fits(nextLine)) return `export interface ${name}\n${nextLine}`;
  return [`export interface ${name}`, '  extends', ...bases.map((b, i) => `    ${b}${i === bases.length - 1 ? ' {}' : ','}`)].join('\n');
}
