/**
 * The display width of text, as Prettier measures it (wide East Asian
 * characters and emoji count 2, combining marks 0). Targets that write
 * output already in Prettier's form (aligned Markdown tables, wrapped
 * TypeScript unions) must measure exactly as Prettier does, or the output
 * drifts from what Prettier prints; so they all use this one function.
 */
import { util } from 'prettier';

/** Columns that `text` takes in a monospace editor, by Prettier's rules. */
export function textWidth(text: string): number {
  return util.getStringWidth(text);
}
