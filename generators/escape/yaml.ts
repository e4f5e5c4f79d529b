/**
 * YAML text for catalog values that the `yaml` library would otherwise
 * write raw. `yaml` writes YAML 1.2, which allows NEL, LS and PS raw and
 * leaves DEL, C1 and bidirectional characters raw; YAML 1.1 readers (PyYAML,
 * and with it much of the Python OpenAPI tooling) read NEL, LS and PS as
 * line breaks, and PyYAML and js-yaml refuse the controls. A string holding
 * any unsafe character (escape/characters.ts) is therefore written
 * double-quoted with every such character escaped, in escapes that YAML
 * 1.1 and 1.2 define alike: `\xHH`, `\uHHHH`, `\UHHHHHHHH`.
 */
import { showUnsafe, UNSAFE_CHARACTERS } from './characters.js';

/** One unsafe character as a YAML double-quoted escape. */
function yamlEscape(ch: string): string {
  const cp = ch.codePointAt(0)!;
  // Lone surrogates are refused by validate (text-lone-surrogate): a YAML escape of one reads back differently per reader.
  if (cp >= 0xd800 && cp <= 0xdfff) throw new Error('errcat bug: a lone surrogate reached the YAML writer');
  const hex = cp.toString(16);
  if (cp < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

/**
 * `value` as a one-line double-quoted YAML scalar: `"` and `\` escaped, LF
 * and tab as `\n` and `\t`, unsafe characters as hexadecimal escapes,
 * everything else raw. For text without unsafe characters this is exactly
 * JSON.stringify's output.
 *
 * @example yamlDoubleQuoted('a\u0085b') // the 8 characters "a\x85b"
 */
export function yamlDoubleQuoted(value: string): string {
  const body = value
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(UNSAFE_CHARACTERS, yamlEscape);
  return `"${body}"`;
}

/**
 * The lines of a `#` comment for `text`: split at LF only, every other
 * line break of any YAML version (CR, NEL, LS, PS) and every other unsafe
 * character shown as an escape, so the comment cannot end early and a
 * YAML 1.1 reader cannot see a key in it.
 */
export function yamlCommentLines(text: string): string[] {
  return showUnsafe(text).split('\n');
}
