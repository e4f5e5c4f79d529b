/**
 * The display width of text, as Prettier measures it (wide East Asian
 * characters and emoji count 2, combining marks 0). Targets that write
 * output already in Prettier's form (aligned Markdown tables, wrapped
 * TypeScript unions) must measure exactly as Prettier does, or the output
 * drifts from what Prettier prints; so they all use this one function.
 */
import { createRequire } from 'node:module';

type StringWidth = (text: string) => number;

/**
 * Loaded on first use, from Prettier's CommonJS entry: importing `prettier`
 * loads its whole 680 kB ES module (about 90 ms), and modules that only
 * sometimes measure text (the Markdown escaping, which validate and diff
 * import for other functions) would pay that on every start. The CommonJS
 * entry exposes the same `util` synchronously and loads formatting lazily.
 */
let stringWidth: StringWidth | undefined;

/** Columns that `text` takes in a monospace editor, by Prettier's rules. */
export function textWidth(text: string): number {
  stringWidth ??= (createRequire(import.meta.url)('prettier') as { util: { getStringWidth: StringWidth } }).util.getStringWidth;
  return stringWidth(text);
}
