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

/**
 * A YAML front matter block (`---` … `---`) for a docs page: each entry a
 * key path (errcat's own keys, checked, dotted paths nested one level) and
 * a string or an integer. Strings are {@link yamlDoubleQuoted}, with
 * `{ } < > [ ]` also written as `\xHH` escapes: every YAML reader reads the
 * text back, and a pipeline that does not strip front matter (MDX compiled
 * without a front matter plugin shows it as a paragraph and a heading)
 * finds no expression, JSX or link syntax in it.
 *
 * @example yamlFrontMatter([[['title'], 'Errors {v2}'], [['sidebar', 'order'], 3]]) // '---\ntitle: "Errors \\x7bv2\\x7d"\nsidebar:\n  order: 3\n---'
 */
export function yamlFrontMatter(entries: readonly (readonly [readonly string[], string | number])[]): string {
  const lines = ['---'];
  const opened = new Set<string>();
  for (const [keys, value] of entries) {
    for (const key of keys) if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) throw new Error(`front matter key ${JSON.stringify(key)} is not a plain key`);
    if (keys.length < 1 || keys.length > 2) throw new Error('front matter keys are one or two levels deep');
    const printed = typeof value === 'number' ? String(value) : yamlDoubleQuoted(value).replace(/[{}<>[\]]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16)}`);
    if (keys.length === 1) lines.push(`${keys[0]}: ${printed}`);
    else {
      if (!opened.has(keys[0]!)) lines.push(`${keys[0]}:`);
      opened.add(keys[0]!);
      lines.push(`  ${keys[1]}: ${printed}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}
