/**
 * The one module that turns catalog values into Markdown. Every string a docs
 * template prints is a {@link Markdown} value, and only this module can make
 * one, so the type checker proves that nothing reaches a page unescaped.
 *
 * The output must read the same in three renderers: CommonMark + GFM
 * (GitHub, remark), MDX 3 (Docusaurus, Mintlify: `{`, `}` and `<` start
 * JavaScript or JSX, `import`/`export` at the start of a line start ESM, and
 * there are no HTML comments, autolinks or indented code), and the pinned
 * Prettier, which must leave a page unchanged (the docs target writes final
 * Markdown, see generators/targets/docs.ts).
 */

import { textWidth } from '../text-width.js';

declare const markdownBrand: unique symbol;

/** Markdown source that is safe to print as is. Made only by this module. */
export type Markdown = string & { readonly [markdownBrand]: true };

/** Literal Markdown written by errcat itself (layout words, never catalog text). */
export function trusted(text: string): Markdown {
  return text as Markdown;
}

/** Joins Markdown fragments. */
export function joinMarkdown(parts: readonly Markdown[], separator: string): Markdown {
  return parts.join(separator) as Markdown;
}

// Line terminators a catalog value may hold. U+2028 and U+2029 are
// included because editors and JSON treat them as line breaks.
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
// C0/C1 controls other than tab and line feed are invisible and make
// renderers disagree; they are shown as U+FFFD.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** One line of text: line breaks and tabs become spaces, runs collapse, ends trimmed. */
function toOneLine(value: string): string {
  return value.replace(LINE_BREAKS, ' ').replace(CONTROLS, '\ufffd').replace(/[ \t]+/g, ' ').trim();
}

// Characters that Markdown or MDX may read as syntax wherever they stand.
// `{ } <` open MDX expressions and JSX; `[ ] * \` ` ~ |` are Markdown
// syntax (`|` in GFM tables); `>` and `&` open blockquotes and entities.
const ESCAPED_OR_UNDERSCORES = /[\\`*[\]{}<>&|~]|_+/g;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Escapes plain text (no code spans) for inline use. `_` is escaped only
 * where it could open or close emphasis (at a word's edge or next to
 * punctuation), the same rule Prettier applies, so Prettier keeps the text
 * byte for byte.
 */
function escapePlain(text: string): string {
  return text.replace(ESCAPED_OR_UNDERSCORES, (match: string, offset: number) => {
    if (match[0] !== '_') return `\\${match}`;
    const before = text[offset - 1];
    const after = text[offset + match.length];
    const edge = before === undefined || after === undefined || /\s/.test(before) || /\s/.test(after) || PUNCTUATION.test(before) || PUNCTUATION.test(after);
    return edge ? match.replace(/_/g, '\\_') : match;
  });
}

/**
 * Escapes what only matters at the start of a line or block: list markers,
 * headings, setext and thematic breaks, and MDX's `import`/`export`.
 */
function escapeLineStart(text: string): string {
  const esm = /^(import|export)(?=[\s]|$)/.exec(text);
  // A character reference keeps the word readable; a backslash before a
  // letter would print.
  if (esm) return `&#x${text.charCodeAt(0).toString(16)};${text.slice(1)}`;
  return text.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A closing `#` run at the end of a heading line would be dropped. */
function escapeTrailingHashes(text: string): string {
  return text.replace(/(#+)$/, (run) => run.replace(/#/g, '\\#'));
}

interface Segment {
  code: boolean;
  text: string;
}

/**
 * Splits text into code spans and plain text the way CommonMark does: a
 * backtick run opens a span that the next run of the same length closes;
 * a run without a closer is literal text. `content` gives each span's text
 * as CommonMark reads it; `raw` keeps the span as written, backticks and
 * padding included, for text that passes through unchanged.
 */
function splitCodeSpans(text: string, keep: 'content' | 'raw' = 'content'): Segment[] {
  const segments: Segment[] = [];
  const runs = [...text.matchAll(/`+/g)];
  let plainStart = 0;
  let i = 0;
  while (i < runs.length) {
    const open = runs[i]!;
    const close = runs.findIndex((r, j) => j > i && r[0].length === open[0].length);
    if (close < 0) {
      i++;
      continue;
    }
    const closeRun = runs[close]!;
    const end = closeRun.index + closeRun[0].length;
    if (open.index > plainStart) segments.push({ code: false, text: text.slice(plainStart, open.index) });
    if (keep === 'raw') {
      segments.push({ code: true, text: text.slice(open.index, end) });
    } else {
      let inner = text.slice(open.index + open[0].length, closeRun.index);
      // CommonMark strips one space from each side when both are present.
      if (inner.length >= 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
      segments.push({ code: true, text: inner });
    }
    plainStart = end;
    i = close + 1;
  }
  if (plainStart < text.length) segments.push({ code: false, text: text.slice(plainStart) });
  return segments;
}

/** Where inline text goes: a table cell needs `|` escaped even inside code spans. */
type InlineContext = 'prose' | 'cell';

function codeSpan(value: string, context: InlineContext): string {
  const text = value.replace(LINE_BREAKS, ' ').replace(CONTROLS, '\ufffd');
  if (text === '') return '';
  // GFM's table splitter removes the backslash of `\|` inside code, but no
  // spelling yields a literal `\|` there: such a value is printed as text.
  if (context === 'cell' && text.includes('\\|')) return escapePlain(text);
  // The shortest backtick fence whose length does not occur inside, as
  // Prettier chooses it; padded when the code starts or ends with a
  // backtick, or with a space on both sides (CommonMark strips one).
  const present = new Set([...text.matchAll(/`+/g)].map((m) => m[0].length));
  let n = 1;
  while (present.has(n)) n++;
  const fence = '`'.repeat(n);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  const body = context === 'cell' ? text.replace(/\|/g, '\\|') : text;
  return `${fence}${pad}${body}${pad}${fence}`;
}

function renderInline(value: string, context: InlineContext, lineStart: boolean): Markdown {
  // Whitespace runs collapse in prose (as Prettier prints them) but not
  // inside code spans, where spaces are content.
  const line = value.replace(LINE_BREAKS, ' ').replace(CONTROLS, '\ufffd').trim();
  const segments = splitCodeSpans(line);
  let out = '';
  segments.forEach((segment, index) => {
    if (segment.code) {
      out += codeSpan(segment.text, context);
      return;
    }
    let text = escapePlain(segment.text.replace(/[ \t]+/g, ' '));
    if (index === 0 && lineStart) text = escapeLineStart(text);
    if (index === segments.length - 1) text = escapeTrailingHashes(text);
    out += text;
  });
  return out as Markdown;
}

/**
 * A one-line catalog text (a description, a note, a title) for a paragraph,
 * a list item or a heading. Backtick code spans the author wrote stay code;
 * everything else prints literally.
 *
 * @example proseText('Amounts {in cents} <b>') // 'Amounts \\{in cents\\} \\<b\\>'
 */
export function proseText(value: string): Markdown {
  return renderInline(value, 'prose', true);
}

/**
 * {@link proseText} for text that follows other text on its line (after
 * `**Since:** `, inside a link label): what only matters at the start of a
 * line (`1.`, `-`, `#`, `export`) stays as written.
 */
export function proseInline(value: string): Markdown {
  return renderInline(value, 'prose', false);
}

/**
 * {@link proseText} for a GFM table cell: `|` is escaped inside code spans
 * too, and a cell never starts a block, so list markers and `#` need no
 * escape.
 */
export function cellText(value: string): Markdown {
  return renderInline(value, 'cell', false);
}

/** A value shown as code in running text: `auth.invalid_key`. */
export function inlineCode(value: string): Markdown {
  return codeSpan(value, 'prose') as Markdown;
}

/** A value shown as code in a table cell. */
export function cellCode(value: string): Markdown {
  return codeSpan(value, 'cell') as Markdown;
}

const ANCHOR = /^[A-Za-z0-9_-]+$/;

/** Checks an anchor id; ids come from the model's derived names, so a bad one is a bug. */
function checkAnchor(id: string): string {
  if (!ANCHOR.test(id)) throw new Error(`docs anchor ${JSON.stringify(id)} does not match ${ANCHOR}`);
  return id;
}

/**
 * An explicit anchor, written as JSX-valid HTML so that GitHub, CommonMark
 * renderers and MDX all keep the id.
 */
export function anchorTag(id: string): Markdown {
  return `<a id="${checkAnchor(id)}"></a>` as Markdown;
}

const LINK_PATH = /^(?:[A-Za-z0-9_.-]+\/)*[A-Za-z0-9_.-]*$/;

/**
 * A relative link target: a page path (built from section ids), an anchor,
 * or both. Both parts are checked, never rewritten.
 */
export function linkTarget(page: string, anchor: string | null): string {
  if (!LINK_PATH.test(page) || page.includes('..//')) throw new Error(`docs link path ${JSON.stringify(page)} is not a plain relative path`);
  return anchor === null ? page : `${page}#${checkAnchor(anchor)}`;
}

/** A link whose label is already Markdown. */
export function link(label: Markdown, target: string): Markdown {
  return `[${label}](${target})` as Markdown;
}

/**
 * A fenced code block. The fence is longer than any backtick run inside,
 * and the code is printed verbatim: nothing inside a fence is Markdown or
 * MDX.
 */
export function codeBlock(code: string, language: string | null, authoredInfo = ''): Markdown {
  if (language !== null && !/^[A-Za-z0-9+#-]{1,32}$/.test(language)) throw new Error(`code block language ${JSON.stringify(language)} is not an info word`);
  // An info string the author wrote inside a Markdown field was read from a
  // line without backticks; it is kept as written.
  const info = language ?? authoredInfo;
  const text = code.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return (text === '' ? `${fence}${info}\n${fence}` : `${fence}${info}\n${text}\n${fence}`) as Markdown;
}

/**
 * A catalog field typed Markdown (an intro, details, a guidance body): the
 * author's Markdown is kept, made safe for MDX. Outside code, `{`, `}` and
 * `<` are escaped (so `<b>`, `<!--` and `<https://…>` print literally),
 * lines starting `import`/`export` are defused, and a fence left open is
 * closed so it cannot swallow the rest of the page. Code spans and fenced
 * blocks are verbatim.
 *
 * The author's headings (ATX, and setext ones rewritten as ATX) are placed
 * in the page's outline below the heading the text sits under
 * (`headingDepth`, 1 to 6): see {@link nestHeadings}. Headings and fences
 * get a blank line on each side, as markdownlint (MD022, MD031) asks.
 *
 * @example markdownBlock('# Why\ntext\n## How', 4) // '##### Why\n\ntext\n\n###### How'
 */
export function markdownBlock(value: string, headingDepth: number): Markdown {
  const lines = value.replace(LINE_BREAKS, '\n').replace(CONTROLS, '\ufffd').replace(/\n+$/, '').split('\n');
  // Blocks in order: plain lines (paragraphs and blank lines, '' for a
  // blank) and headings, whose levels are fixed once all are known.
  const out: (string | AuthoredHeading)[] = [];
  let paragraph: string[] = [];
  // An authored code block is re-fenced the way codeBlock fences (and
  // Prettier would): backticks, longer than any run inside.
  let fence: { char: string; length: number; indent: number; info: string; code: string[] } | null = null;
  const separate = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
  };
  const flush = (): void => {
    if (paragraph.length > 0) out.push(...escapeMarkdownParagraph(paragraph));
    paragraph = [];
  };
  /** A heading or a fenced block: a blank line before and after. */
  const pushBlock = (block: string | AuthoredHeading): void => {
    flush();
    separate();
    out.push(block, '');
  };
  for (const raw of lines) {
    const line = raw.replace(/[ \t]+$/, '');
    if (fence) {
      const close = /^ {0,3}(`+|~+)\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) {
        pushBlock(codeBlock(fence.code.join('\n'), null, fence.info));
        fence = null;
      } else {
        // CommonMark removes the opening fence's indentation from its lines.
        fence.code.push(line.replace(new RegExp(`^ {0,${fence.indent}}`), ''));
      }
      continue;
    }
    const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
    if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
      flush();
      fence = { char: open[2]![0]!, length: open[2]!.length, indent: open[1]!.length, info: open[3]!.trim().replace(/\s+/g, ' '), code: [] };
      continue;
    }
    if (line === '') {
      flush();
      separate();
      continue;
    }
    const heading = /^ {0,3}(#{1,6})(?=[ \t]|$)/.exec(line);
    if (heading) {
      pushBlock({ written: heading[1]!.length, text: line.slice(heading[0].length) });
      continue;
    }
    // A setext underline under a paragraph of plain lines makes them a
    // heading; it is rewritten as ATX, the style of the rest of the page
    // (MD003). Paragraphs that start a list, quote or table are left alone:
    // there the underline means something else.
    const setext = /^ {0,3}(=+|-+)$/.exec(line);
    if (setext && paragraph.length > 0 && !/^ {0,3}([-+*>|]|\d+[.)])/.test(paragraph[0]!)) {
      const text = paragraph.map((l) => l.trim()).join(' ');
      paragraph = [];
      pushBlock({ written: setext[1]![0] === '=' ? 1 : 2, text: ` ${escapeTrailingHashes(text)}` });
      continue;
    }
    paragraph.push(line);
  }
  flush();
  // A fence the author left open is closed, so it cannot swallow the page.
  if (fence) pushBlock(codeBlock(fence.code.join('\n'), null, fence.info));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  while (out.length > 0 && out[0] === '') out.shift();
  const levels = nestHeadings(
    out.filter((b): b is AuthoredHeading => typeof b !== 'string').map((h) => h.written),
    headingDepth,
  );
  let next = 0;
  return out
    .map((b) => (typeof b === 'string' ? b : escapeMarkdownParagraph([`${'#'.repeat(levels[next++]!)}${b.text}`])[0]!))
    .join('\n') as Markdown;
}

/** A heading the author wrote: its level as written, and the rest of its line. */
interface AuthoredHeading {
  written: number;
  text: string;
}

/**
 * The page levels of a Markdown field's headings, from the levels the
 * author wrote. The field's top headings become `parentDepth + 1` and each
 * heading nests one level below the nearest earlier heading written higher
 * up, so relative structure is kept and no level is skipped (markdownlint's
 * MD001) even where the author skipped one (`#` then `###`) or started
 * below their own top level. Levels stop at 6, the deepest Markdown has.
 *
 * @example nestHeadings([2, 3, 4], 4) // [5, 6, 6]
 * @example nestHeadings([1, 3, 1], 2) // [3, 4, 3]
 */
export function nestHeadings(written: readonly number[], parentDepth: number): number[] {
  // The open headings, outermost first, as written and as placed.
  const open: { written: number; level: number }[] = [];
  return written.map((w) => {
    while (open.length > 0 && open[open.length - 1]!.written >= w) open.pop();
    const level = (open.length === 0 ? parentDepth : open[open.length - 1]!.level) + 1;
    open.push({ written: w, level });
    return Math.min(6, level);
  });
}

/** Escapes one paragraph's lines; code spans may run across its lines. */
function escapeMarkdownParagraph(lines: readonly string[]): string[] {
  const text = lines.join('\n');
  let out = '';
  for (const segment of splitCodeSpans(text, 'raw')) {
    out += segment.code ? segment.text : segment.text.replace(/[{}<]/g, '\\$&');
  }
  return out.split('\n').map((line) => line.replace(/^(\s*)(import|export)(?=\s|$)/, (_m, indent: string, word: string) => `${indent}&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`));
}

/**
 * A comment that no renderer shows: a link reference definition labelled
 * `//`. HTML comments are not valid MDX and JSX comments are not valid
 * Markdown; this is both. markdownlint ignores the `//` label by default.
 */
export function hiddenComment(text: string): Markdown {
  // Prettier prints a title's entities decoded (`&amp;` becomes `&`), so no
  // spelling of an ampersand is stable: the invisible notice says "and".
  const line = toOneLine(text).replace(/&/g, 'and').replace(/\\/g, '\\\\');
  // Prettier (singleQuote) prefers '…' unless that needs more escapes than "…".
  const single = (line.match(/'/g) ?? []).length;
  const double = (line.match(/"/g) ?? []).length;
  const quote = single > double ? '"' : "'";
  return `[//]: # ${quote}${line.replaceAll(quote, `\\${quote}`)}${quote}` as Markdown;
}

/**
 * A GFM table from cells that are already Markdown (made by {@link cellText},
 * {@link cellCode}, {@link link}). Columns are padded the way Prettier pads
 * them, measuring text with Prettier's own width function. Cells never contain a line break: every cell maker puts text on one
 * line.
 */
export function table(header: readonly Markdown[], rows: readonly (readonly Markdown[])[]): Markdown {
  const all = [header, ...rows];
  // Each cell is measured once; a large catalog has one row per code.
  const cellWidths = all.map((row) => {
    if (row.length !== header.length) throw new Error(`table row has ${row.length} cells, header has ${header.length}`);
    return row.map(textWidth);
  });
  const widths = header.map(() => 3);
  for (const row of cellWidths) row.forEach((w, i) => (widths[i] = Math.max(widths[i]!, w)));
  const line = (cells: readonly string[], measured: readonly number[]): string => `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - measured[i]!)).join(' | ')} |`;
  const lines = all.map((row, r) => line(row, cellWidths[r]!));
  lines.splice(1, 0, line(widths.map((w) => '-'.repeat(w)), widths));
  return lines.join('\n') as Markdown;
}
