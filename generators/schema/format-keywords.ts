/**
 * What the catalog format's two keywords of its own do when the validator
 * runs: `x-errcat-text` fails a non-empty blank string (an empty one is
 * minLength's), `x-errcat-markdown` never fails and records each Markdown
 * field it meets. The keywords' code (schema/compile-validator.ts) calls
 * these functions, both in the precompiled validator (catalog-validator.ts)
 * and in one compiled at run time, so the two behave alike. No ajv here:
 * loading this module compiles nothing.
 */
import { textProblem } from '../escape/characters.js';

/** The schema keyword that marks a text type. */
export const TEXT_KEYWORD = 'x-errcat-text';

/** The schema keyword that marks a Markdown field. */
export const MARKDOWN_KEYWORD = 'x-errcat-markdown';

/** True unless a non-empty string shows nothing (text-blank). */
export function textShows(data: string): boolean {
  return data === '' || textProblem(data) !== 'blank';
}

/** The Markdown fields the validator met in the file it is validating, by JSON pointer. */
let markdownSeen: Map<string, string> | null = null;

/** Records a Markdown field met at `pointer` (while {@link collectMarkdown} runs). */
export function markdownMet(data: string, pointer: string): void {
  markdownSeen?.set(pointer, data);
}

/** Runs `validate` and returns the Markdown fields it met, by JSON pointer. */
export function collectMarkdown(validate: () => void): Map<string, string> {
  const seen = new Map<string, string>();
  markdownSeen = seen;
  try {
    validate();
  } finally {
    markdownSeen = null;
  }
  return seen;
}
