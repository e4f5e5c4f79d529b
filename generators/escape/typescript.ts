/**
 * The one module that turns values into TypeScript text. Every catalog
 * value that reaches a generated .ts file goes through one of these sinks:
 * a string literal, JSDoc text, or an identifier. Catalog text is hostile
 * by assumption (see test/fixtures/ledgerly): it may hold quotes, `*\/`,
 * backticks, Unicode line terminators, and the controls, bidirectional
 * and zero-width characters of escape/characters.ts: literals escape those
 * as `\uXXXX`, comments show them as `\u202e`-style text, so no generated
 * source holds one raw (git would call a NUL-holding file binary, and a raw
 * U+202E reorders what a reviewer sees).
 *
 * The generated sources are written in their final, Prettier-formatted form
 * (formatting 100,000 codes with Prettier would cost superlinear time), so
 * the literals here are the ones Prettier would print for the repository's
 * options: single quotes unless the text holds more single than double
 * quotes.
 */
import { showUnsafe, textProblem, UNSAFE_CHARACTERS, utf16Escape } from './characters.js';

/**
 * A piece of TypeScript built by errcat from escaped parts. Templates print
 * catalog values only through the helpers below, and print pre-built code
 * only when it is wrapped in this class, so an unescaped string cannot slip
 * into the output by accident.
 */
export class TsCode {
  constructor(readonly text: string) {}
}

/** Line terminators in JavaScript source: LF, CR, CRLF, LS, PS. */
const LINE_TERMINATORS = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * A string literal for `value`. JSON.stringify does the escaping (quotes,
 * backslashes, C0 controls, lone surrogates); every other unsafe character
 * (DEL, C1, U+2028/2029, bidirectional and zero-width characters,
 * noncharacters) is escaped on top as `\uXXXX`, so the literal's value is
 * the text and its source shows every such character. Then the quotes are
 * switched the way Prettier would switch them.
 *
 * @example tsString("it's") // the 6 characters "it's"
 * @example tsString('say "hi"') // the 10 characters 'say "hi"'
 */
export function tsString(value: string): string {
  // JSON.stringify's own quotes and escapes are ASCII, so every unsafe character in its output is one of the value's, escaped in place.
  const json = JSON.stringify(value).replace(UNSAFE_CHARACTERS, utf16Escape);
  const body = json.slice(1, -1);
  const doubles = countChar(value, '"');
  const singles = countChar(value, "'");
  if (singles > doubles) return json;
  // Inside single quotes, `\"` is needlessly escaped (Prettier removes the
  // backslash) and `'` must be escaped. A `\` before `"` in `body` always
  // belongs to JSON's `\"`, because JSON writes a literal backslash as `\\`:
  // scan pairwise so `\\"` (escaped backslash, then quote) is not misread.
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\') {
      const next = body[i + 1]!;
      out += next === '"' ? '"' : `\\${next}`;
      i++;
    } else if (ch === "'") {
      out += "\\'";
    } else {
      out += ch;
    }
  }
  return `'${out}'`;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/**
 * A regular expression literal, `u` flag, for a JSON Schema `pattern`
 * (ECMAScript syntax in `u` mode, which validate has already compiled):
 * the same matches as `new RegExp(pattern, 'u')`. A `/` would end the
 * literal, so it is written `\/` (a valid identity escape in `u` mode,
 * inside a class too); a line terminator cannot stand in a literal and a
 * tab or an unsafe character would hide in it, so those are written as
 * `\u{…}`, which means the code point itself in `u` mode. An escape's
 * second character is kept as it is: in `u` mode it is never one of those.
 *
 * @example tsRegExp('^a/b$') // the 10 characters /^a\/b$/u
 */
export function tsRegExp(pattern: string): string {
  if (pattern === '') return '/(?:)/u';
  const chars = [...pattern];
  let out = '';
  const visible = (ch: string): string => (ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u2028' || ch === '\u2029' || new RegExp(UNSAFE_CHARACTERS.source, 'u').test(ch) ? `\\u{${ch.codePointAt(0)!.toString(16)}}` : ch);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\\') {
      const next = chars[i + 1];
      if (next === undefined || visible(next) !== next) throw new Error(`errcat bug: pattern ${JSON.stringify(pattern)} is not a valid u-mode regular expression`);
      out += `\\${next}`;
      i++;
    } else if (ch === '/') out += '\\/';
    else out += visible(ch);
  }
  return `/${out}/u`;
}

/** A literal type or value for a JSON primitive: string, finite number, boolean or null. */
export function tsLiteral(value: string | number | boolean | null): string {
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`errcat bug: ${value} has no TypeScript literal`);
    return String(value);
  }
  return String(value);
}

/** Words that cannot name a binding or a type. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield await any boolean never number object string ' +
    'symbol undefined unknown bigint'
  ).split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Checks that `name` can be printed as an identifier and returns it. Names
 * are derived by errcat from validated codes, so a bad one is an errcat bug:
 * it is reported, never "sanitized" into some other name.
 */
export function tsIdentifier(name: string): string {
  if (!IDENTIFIER.test(name) || RESERVED.has(name)) throw new Error(`errcat bug: ${JSON.stringify(name)} is not a usable TypeScript identifier`);
  return name;
}

/**
 * A property key: bare when it is an identifier name (reserved words are
 * fine as property names), a string literal otherwise. This is also what
 * Prettier's `quoteProps: 'as-needed'` prints, so the key is final.
 */
export function tsPropertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : tsString(name);
}

/**
 * A property key in an object literal (a value, not a type): as
 * {@link tsPropertyKey}, except `__proto__`. Written bare or quoted in a
 * literal, `__proto__: v` sets the object's prototype instead of making a
 * key (ECMAScript's __proto__ literal rule), so catalog data keyed
 * `__proto__` would vanish from `Object.keys` and lend its members to every
 * lookup. Only a computed key, `['__proto__']`, makes it an own property,
 * as JSON.parse does; Prettier keeps a computed key as written.
 *
 * @example tsObjectKey('__proto__') // "['__proto__']"
 * @example tsObjectKey('constructor') // 'constructor' (an ordinary key in a literal)
 */
export function tsObjectKey(name: string): string {
  return name === '__proto__' ? `[${tsString(name)}]` : tsPropertyKey(name);
}

/** One JSDoc block tag, such as `@deprecated Use x.` */
export interface DocTag {
  readonly tag: string;
  readonly text: string;
}

/** What a JSDoc comment says: paragraphs of text, then block tags. */
export interface DocComment {
  readonly paragraphs: readonly string[];
  readonly tags: readonly DocTag[];
}

/**
 * Escapes text for the inside of a JSDoc comment: `*\/` would end the
 * comment, so its slash is escaped; a line starting with `@` would become a
 * block tag, so that `@` is escaped; all five line terminators become LF so
 * that each line gets its ` * ` prefix; any other unsafe character is shown
 * as its escape (`\u202e`), since a comment cannot hold it raw and a reader
 * must see it. Returns the lines.
 */
export function jsDocLines(text: string): string[] {
  return showUnsafe(text.replace(LINE_TERMINATORS, '\n'))
    .replace(/\*\//g, '*\\/')
    .split('\n')
    .map((line) => line.replace(/\s+$/, '').replace(/^(\s*)@/, '$1\\@'));
}

const TAG_NAME = /^[a-z][A-Za-z]*$/;

/**
 * A whole JSDoc comment at the given indentation (in spaces), without a
 * trailing newline. One short line prints as `/** text *\/`.
 */
export function jsDoc(doc: DocComment, indent: number): string {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const paragraph of doc.paragraphs) {
    // validate refuses blank catalog text (text-blank): one here would print as an empty comment.
    if (textProblem(paragraph) !== null) throw new Error(`errcat bug: a JSDoc paragraph is ${textProblem(paragraph)}: ${JSON.stringify(paragraph)}`);
    const body = trimBlankLines(jsDocLines(paragraph));
    if (lines.length > 0) lines.push('');
    lines.push(...body);
  }
  for (const { tag, text } of doc.tags) {
    if (!TAG_NAME.test(tag)) throw new Error(`errcat bug: ${JSON.stringify(tag)} is not a JSDoc tag name`);
    const body = trimBlankLines(jsDocLines(text));
    // An example is code: it starts on the line after its tag, as editors show it.
    if (tag === 'example') {
      if (lines.length > 0) lines.push('');
      lines.push(`@${tag}`, ...body);
      continue;
    }
    const [first = '', ...rest] = body;
    lines.push(first === '' ? `@${tag}` : `@${tag} ${first}`, ...rest);
  }
  if (lines.length === 0) throw new Error('errcat bug: empty JSDoc comment');
  if (lines.length === 1) return `${pad}/** ${lines[0]} */`;
  return [`${pad}/**`, ...lines.map((l) => (l === '' ? `${pad} *` : `${pad} * ${l}`)), `${pad} */`].join('\n');
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end);
}

/** A `//` comment line: line terminators would end it early, so they become spaces; other unsafe characters are shown as escapes. */
export function lineComment(text: string, indent = 0): string {
  return `${' '.repeat(indent)}// ${showUnsafe(text.replace(LINE_TERMINATORS, ' '))}`;
}
