/**
 * JSON text without raw unsafe characters (escape/characters.ts).
 * JSON.stringify escapes C0 controls and lone surrogates, but leaves DEL,
 * C1, U+2028/2029, bidirectional and zero-width characters and
 * noncharacters raw: valid JSON, but invisible or reordering in a review,
 * and a NUL-free file can still hold a U+202E.
 */
import { UNSAFE_CHARACTERS, utf16Escape } from './characters.js';

/**
 * Escapes every unsafe character of JSON text as `\uXXXX` (a surrogate
 * pair's two escapes above the BMP). Exact on JSON.stringify's output:
 * outside strings it writes only ASCII, so every match is inside a string,
 * where `\uXXXX` means the same character.
 *
 * @example escapeJsonText(JSON.stringify('a\u202eb')) // the 10 characters "a\u202eb"
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_CHARACTERS, utf16Escape);
}

/** JSON.stringify(value, replacer, indent), then {@link escapeJsonText}: the one way errcat writes a JSON file. */
export function stringifyJson(value: unknown, replacer: ((key: string, value: unknown) => unknown) | null, indent: number): string {
  const text = JSON.stringify(value, replacer ?? undefined, indent);
  if (text === undefined) throw new Error(`errcat bug: ${typeof value} has no JSON form`);
  return escapeJsonText(text);
}
