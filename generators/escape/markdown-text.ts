/**
 * The one text escaper for Markdown and MDX: turns a piece of text into
 * Markdown source that every reader (CommonMark + GFM, MDX 3, Prettier)
 * reads back as exactly that text and nothing else. Both the plain-text
 * fields and the text inside the author's Markdown (re-printed by
 * markdown-reprint.ts) go through it, so there is one place that knows what
 * can open syntax.
 *
 * What it escapes, and why:
 * - with a backslash, every ASCII punctuation character that can open or
 *   close a construct wherever it stands: `\` `` ` `` `*` `[` `]` `<` `>`
 *   `&` `|` `~`, MDX's `{` and `}`, and `_` where it could open or close
 *   emphasis (inside a word it cannot, and Prettier leaves it bare). A
 *   backslash before ASCII punctuation is an escape in CommonMark and MDX
 *   alike, and Prettier keeps it;
 * - GFM autolink literals, which would swallow an escaping backslash
 *   (`https://x/\<y`) and turn a text into a link: the `:` after `http` or
 *   `https`, the `.` after `www` and every `@` are escaped, so none starts;
 * - at the start of a line: ATX headings (`#`), list items (`-`, `+`,
 *   `1.`, `1)`), setext underlines (`=`), and MDX's `import` and `export`
 *   (as a character reference: a backslash before a letter would print);
 * - at the end of a line, a run of `#` (a heading's closing sequence);
 * - characters no page may hold raw (controls, bidirectional and invisible
 *   ones, see characters.ts) are shown as their visible escape (`\u202e`).
 */
import { UNSAFE_CHARACTERS, visibleEscape } from './characters.js';

/**
 * The reader the text is for: `mdx` (docs pages, read as CommonMark + GFM
 * and as MDX) or `commonmark` (OpenAPI descriptions, where `{`, `}`,
 * `import` and `export` mean nothing and stay bare).
 */
export type Dialect = 'mdx' | 'commonmark';

/** Line terminators a catalog value may hold, U+0085, U+2028 and U+2029 included (line breaks to YAML 1.1 and JavaScript). */
export const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** Unicode punctuation and symbols, which CommonMark counts as punctuation next to `_`. */
const PUNCTUATION = /[\p{P}\p{S}]/u;
const ALWAYS_MDX = /[\\`*[\]{}<>&|~@]/;
const ALWAYS_COMMONMARK = /[\\`*[\]<>&|~@]/;

/** Characters no page may hold raw, as their visible escapes (text, escaped below like any other). */
export function showUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, visibleEscape);
}

function isEdge(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch) || PUNCTUATION.test(ch);
}

/**
 * Escapes text that sits inside a line (no line break in it). `lineStart`
 * says whether it begins a line, `lineEnd` whether it ends one.
 *
 * @example escapeText('{a} <b> https://x.example', 'mdx', true, true) // '\\{a\\} \\<b\\> https\\://x.example'
 */
export function escapeText(value: string, dialect: Dialect, lineStart: boolean, lineEnd: boolean): string {
  const text = showUnsafeCharacters(value);
  const always = dialect === 'mdx' ? ALWAYS_MDX : ALWAYS_COMMONMARK;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (always.test(ch)) out += `\\${ch}`;
    else if (ch === '_') {
      // An underscore between two word characters can neither open nor close emphasis.
      out += isEdge(text[i - 1]) || isEdge(text[i + 1]) ? '\\_' : '_';
    } else if (ch === ':' && /https?$/i.test(text.slice(Math.max(0, i - 5), i))) out += '\\:';
    else if (ch === '.' && /www$/i.test(text.slice(Math.max(0, i - 3), i))) out += '\\.';
    else out += ch;
  }
  if (lineStart) out = escapeLineStart(out, dialect);
  // A closing `#` run, unless the line-start escape above already made it text: escaped twice, `#` read as `\#`.
  if (lineEnd) out = out.replace(/(^|[^\\])(#+)$/, (_, before: string, run: string) => before + run.replace(/#/g, '\\#'));
  return out;
}

/** What only means something at the start of a line: list markers, headings, setext underlines, ESM. */
function escapeLineStart(text: string, dialect: Dialect): string {
  if (dialect === 'mdx') {
    const esm = /^(import|export)(?=\s|$)/.exec(text);
    if (esm) return `&#x${text.charCodeAt(0).toString(16)};${text.slice(1)}`;
  }
  return text.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A piece of plain text: literal text, or a code span the author wrote. */
export interface PlainSegment {
  code: boolean;
  text: string;
}

/**
 * Splits a plain-text field into literal text and code spans. In plain
 * text a backslash is a character like any other, so every backtick run
 * counts: a run opens a span that the next run of the same length closes,
 * and a run no later run matches is literal (CommonMark's rule, without
 * escapes). `text` of a span is its content as CommonMark reads it: one
 * space stripped from each side when both are there. Linear in the text.
 */
export function splitPlainCodeSpans(text: string): PlainSegment[] {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index, length: m[0].length }));
  // For each run, the index of the next run of the same length.
  const nextSame = new Array<number>(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    nextSame[i] = seen.get(runs[i]!.length) ?? -1;
    seen.set(runs[i]!.length, i);
  }
  const segments: PlainSegment[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < runs.length) {
    const close = nextSame[i]!;
    if (close < 0) {
      i++;
      continue;
    }
    const open = runs[i]!;
    const end = runs[close]!;
    if (open.at > plainFrom) segments.push({ code: false, text: text.slice(plainFrom, open.at) });
    let inner = text.slice(open.at + open.length, end.at);
    if (inner.length >= 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
    segments.push({ code: true, text: inner });
    plainFrom = end.at + end.length;
    i = close + 1;
  }
  if (plainFrom < text.length) segments.push({ code: false, text: text.slice(plainFrom) });
  return segments;
}

/** Where inline code goes: a table cell needs `|` escaped even inside code. */
export type InlineContext = 'prose' | 'cell';

/**
 * A code span, as `{ before, code, after }`: the code fenced with the
 * shortest backtick run that does not occur inside (as Prettier fences it),
 * padded when the code starts or ends with a backtick. Spaces and tabs at
 * the ends of the code are moved outside the span (`before`, `after`), as one space: markdownlint
 * (MD038) refuses them inside, and a reader sees the same. Unsafe
 * characters are shown as visible escapes, as code cannot hold references.
 * `code` is '' when nothing but spaces is left.
 */
export function codeSpanParts(value: string, context: InlineContext, dialect: Dialect): { before: string; code: string; after: string } {
  const text = showUnsafeCharacters(value.replace(LINE_BREAKS, ' '));
  // Tabs count as spaces here: markdownlint's MD038 refuses either at a span's ends.
  const trimmed = text.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  const before = text.length > trimmed.length && /^[ \t]/.test(text) ? ' ' : '';
  const after = trimmed !== '' && /[ \t]$/.test(text) ? ' ' : '';
  if (trimmed === '') return { before: text === '' ? '' : ' ', code: '', after: '' };
  // GFM's table splitter removes the backslash of `\|` inside code, but no
  // spelling yields a literal `\|` there: such a value is printed as text.
  if (context === 'cell' && trimmed.includes('\\|')) return { before, code: escapeText(trimmed, dialect, false, false), after };
  const present = new Set([...trimmed.matchAll(/`+/g)].map((m) => m[0].length));
  let n = 1;
  while (present.has(n)) n++;
  const fence = '`'.repeat(n);
  const pad = trimmed.startsWith('`') || trimmed.endsWith('`') ? ' ' : '';
  const body = context === 'cell' ? trimmed.replace(/\|/g, '\\|') : trimmed;
  return { before, code: `${fence}${pad}${body}${pad}${fence}`, after };
}

/**
 * A one-line plain-text field as Markdown: its code spans stay code,
 * everything else is escaped text; line breaks become spaces and runs of
 * spaces and tabs collapse, as a page shows them.
 */
export function escapePlainLine(value: string, dialect: Dialect, context: InlineContext, lineStart: boolean): string {
  const line = value.replace(LINE_BREAKS, ' ').trim();
  const segments = splitPlainCodeSpans(line);
  let out = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment.code) {
      const { before, code, after } = codeSpanParts(segment.text, context, dialect);
      out = joinSpace(out, before) + code + after;
      return;
    }
    out = joinSpace(out, escapeText(segment.text.replace(/[ \t]+/g, ' '), dialect, lineStart && out === '', last));
  });
  return out.trim();
}

/** Appends, keeping one space where both sides have one. */
function joinSpace(a: string, b: string): string {
  return a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b;
}
