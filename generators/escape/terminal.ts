/**
 * Text errcat prints to a terminal. Catalog text reaches stdout and stderr
 * through diagnostics (a quoted value, a key, a file name) and reports (the
 * paths of stale, extra and kept files): an ESC there would move the cursor,
 * clear the screen or retitle the window, a CR would overwrite the line, a
 * U+202E would reorder it. Every unsafe character (escape/characters.ts) is
 * shown as its escape (`\x1b`, `\u202e`) instead; LF and tab stay.
 */
import { showUnsafe } from './characters.js';

/**
 * `text` safe to write to a terminal.
 *
 * @example terminalText('codes."a\x1b[2J"') // 'codes."a\\x1b[2J"'
 */
export function terminalText(text: string): string {
  return showUnsafe(text);
}

/**
 * `text` as one terminal line: every line break (LF, CR, NEL, LS, PS) a
 * space, so one diagnostic stays one line for editors and CI annotations,
 * then {@link terminalText}.
 */
export function terminalLine(text: string): string {
  return terminalText(text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' '));
}
