/**
 * The one definition of the characters no generated file, and nothing
 * errcat prints, may hold raw. Every sink (TypeScript, YAML, JSON, the
 * terminal) escapes exactly these, each in its own notation, so a new case
 * is a change here and every sink follows.
 *
 * Why each is unsafe:
 * - C0 controls except tab and LF (NUL makes git treat a file as binary,
 *   ESC drives terminals, CR and VT are line breaks to some readers), DEL
 *   and the C1 controls (NEL U+0085 is a line break to YAML 1.1 readers
 *   such as PyYAML): invisible, and unreadable for several parsers.
 * - U+2028 and U+2029: line terminators to JavaScript and YAML 1.1.
 * - Bidirectional controls (U+202A–202E, U+2066–2069, U+200E, U+200F,
 *   U+061C): they reorder what a reviewer sees ("Trojan Source").
 * - Zero-width and invisible format characters (U+200B–200D, U+2060, the
 *   invisible operators U+2061–2064 and the unassigned U+2065 of that
 *   block, the soft hyphen U+00AD, U+FEFF): invisible, U+FEFF is a
 *   byte-order mark to many readers, and width measures disagree on them
 *   (Prettier counts a soft hyphen one column, markdownlint none, so a
 *   table aligned by one is misaligned to the other).
 * - Lone surrogates: not Unicode text; UTF-8 cannot encode them, and YAML
 *   and JSON readers disagree on them. validate refuses them (see
 *   textProblem), so the sinks never meet one.
 * - Noncharacters (U+FDD0–FDEF and the last two code points of every
 *   plane): reserved for internal use; YAML readers refuse U+FFFE/U+FFFF raw.
 */

/** The unsafe characters, one code point per match (the `u` flag: a lone surrogate is one match, a pair is not). */
const UNSAFE_SOURCE =
  '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2069\\uFEFF' +
  '\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFFFE\\uFFFF' +
  Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}FFFE}\\u{${(i + 1).toString(16)}FFFF}`).join('') +
  ']';

/** Matches every unsafe character (global: use with replace). */
export const UNSAFE_CHARACTERS = new RegExp(UNSAFE_SOURCE, 'gu');

const UNSAFE_TEST = new RegExp(UNSAFE_SOURCE, 'u');

/** True when `text` holds at least one unsafe character. */
export function hasUnsafeCharacter(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

/** A lone (unpaired) surrogate: in `u` mode a pair is one code point, so this matches only lone halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** White space: JavaScript's `\s` (space, tab, line breaks, NBSP, U+1680, U+2000–200A, U+202F, U+205F, U+3000, U+FEFF). */
const WHITE_SPACE = /\s/gu;

/**
 * True when `text` shows a reader nothing: it holds only white space and
 * unsafe characters (zero-width and directional marks, controls), or
 * nothing at all. Such a text is no description; in a Markdown page or a
 * tooltip it is an empty line.
 */
function isBlank(text: string): boolean {
  return text.replace(WHITE_SPACE, '').replace(UNSAFE_CHARACTERS, '') === '';
}

/** Why a catalog text cannot be rendered, or null when it can. The rules text-blank and text-lone-surrogate report it. */
export type TextProblem = 'blank' | 'lone-surrogate';

/**
 * The one test of whether a text can be rendered: validate reports what it
 * returns, and the sinks treat a non-null answer as an errcat bug, so
 * validate accepts exactly what generate renders.
 *
 * @example textProblem(' \u00a0') // 'blank'
 * @example textProblem('a\ud800') // 'lone-surrogate'
 */
export function textProblem(text: string): TextProblem | null {
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate';
  if (isBlank(text)) return 'blank';
  return null;
}

/** True when `text` holds an unpaired surrogate, which no output format carries portably. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** `\uXXXX` for a BMP code point (a lone surrogate included), the surrogate pair's `\uXXXX\uXXXX` above it. */
export function utf16Escape(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * The shortest unambiguous escape of one character as text: `\x1b` below
 * U+0100, `\u202e` in the BMP, `\u{1fffe}` above. What the terminal and
 * comments show; a reader recognizes it, and nothing parses it back.
 */
export function visibleEscape(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = cp.toString(16);
  if (cp < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\u{${hex}}`;
}

/**
 * `text` with every unsafe character replaced by its visible escape
 * (see visibleEscape); everything else, backslashes included, unchanged.
 *
 * @example showUnsafe('a\u202eb\x1b[2J') // 'a\\u202eb\\x1b[2J'
 */
export function showUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, visibleEscape);
}
