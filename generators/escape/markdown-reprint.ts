/**
 * The author's Markdown, re-printed safe. A Markdown field is parsed with
 * micromark (CommonMark + GFM, the parser remark, GitHub's renderer's
 * grammar and MDX all build on) into mdast, and printed back node by node:
 *
 * - text through the one text escaper (markdown-text.ts), so that nothing
 *   the author wrote as text can become MDX, JSX, HTML or a link;
 * - raw HTML (blocks and inline) as escaped text: it shows as written;
 * - code spans and fenced or indented code as code, fenced with backticks
 *   longer than any run inside; a fence left open is closed at the field's
 *   end;
 * - links, images and reference definitions only when their URL passes the
 *   allow-list (url.ts); a refused one becomes its text, and is reported so
 *   that validate can warn (`url-scheme-refused`). References are printed
 *   as inline links (a definition's label would collide with another
 *   field's on the same page); GFM autolink literals become explicit links;
 * - emphasis, strong, strikethrough, lists, quotes, tables, breaks and
 *   headings as the structures they are, in Prettier's spelling (so the
 *   page stays Prettier-stable). Headings are nested below the heading the
 *   field sits under (see nestHeadings); footnotes become text, since two
 *   fields' labels would collide on one page.
 *
 * The parser does the reading, so an escaped backtick (`` \` ``) opens no
 * code span here, and `\{` stays an escaped brace: the cases a hand-written
 * splitter got wrong cannot arise.
 */
import type { Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { codeSpanParts, escapeText, LINE_BREAKS, showUnsafeCharacters, type Dialect, type InlineContext } from './markdown-text.js';
import { tableLines } from './markdown-table.js';
import { allowedUrl, linkDestination } from './url.js';

/** A link, image or definition whose URL the allow-list refused, at its place in the field (1-based). */
export interface RefusedUrl {
  kind: 'link' | 'image' | 'definition';
  url: string;
  line: number;
  column: number;
}

/**
 * Trees already parsed, by field text. One field is parsed by validate
 * twice (refused URLs, repeated headings) and re-printed by the docs (on
 * two pages) and the OpenAPI description: about a tenth of a generate on a
 * large catalog went to parsing the same text again. Bounded by the text it
 * holds, oldest out first, so a huge catalog keeps a few megabytes of trees.
 * The trees are shared: every reader here only reads them.
 */
const parsedFields = new Map<string, Root>();
let parsedChars = 0;
const PARSED_CHARS_MAX = 2_000_000;

/** Turns the memo of parsed fields off (or on again): the test that proves it changes no output byte. */
export function memoizeMarkdownParses(on: boolean): void {
  memoize = on;
  parsedFields.clear();
  parsedChars = 0;
}
let memoize = true;

/**
 * Parses a Markdown field as CommonMark + GFM. Line breaks of every kind
 * are line feeds first. The tree is shared with later calls on the same
 * text: read it, never change it.
 */
export function parseMarkdownField(value: string): Root {
  const known = parsedFields.get(value);
  if (known) return known;
  const root = fromMarkdown(value.replace(LINE_BREAKS, '\n'), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  if (memoize && value.length <= PARSED_CHARS_MAX) {
    for (const [text] of parsedFields) {
      if (parsedChars + value.length <= PARSED_CHARS_MAX) break;
      parsedFields.delete(text);
      parsedChars -= text.length;
    }
    parsedFields.set(value, root);
    parsedChars += value.length;
  }
  return root;
}

/** Every link, image and definition of a Markdown field whose URL is refused. */
export function refusedUrls(value: string): RefusedUrl[] {
  const found: RefusedUrl[] = [];
  const visit = (node: Nodes): void => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !allowedUrl(node.url)) {
      found.push({ kind: node.type, url: node.url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(parseMarkdownField(value));
  return found;
}

/** A heading of a Markdown field that repeats an earlier sibling's text (1-based place in the field). */
export interface DuplicateHeading {
  text: string;
  line: number;
  column: number;
}

/** The text of a heading as a reader sees it: its text and code, nothing else. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}

/**
 * The headings of a Markdown field that repeat the text of an earlier
 * heading with the same parent, once nested as the page nests them (see
 * nestHeadings): markdownlint's MD024 (siblings only) refuses them, and
 * heading anchors collide. No printing can tell them apart without changing
 * the author's words, so validate reports them (`markdown-heading-duplicate`).
 */
export function duplicateHeadings(value: string): DuplicateHeading[] {
  const headings: { depth: number; text: string; line: number; column: number }[] = [];
  const collect = (node: Nodes): void => {
    if (node.type === 'heading') headings.push({ depth: node.depth, text: plainText(node).replace(/\s+/g, ' ').trim(), line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    if ('children' in node) for (const child of node.children as Nodes[]) collect(child);
  };
  collect(parseMarkdownField(value));
  const levels = nestHeadings(headings.map((h) => h.depth), 0);
  /** The texts seen at each level under the current parent. */
  const seen: Set<string>[] = [];
  const found: DuplicateHeading[] = [];
  headings.forEach((h, i) => {
    const level = levels[i]!;
    seen.length = Math.min(seen.length, level + 1);
    const siblings = (seen[level] ??= new Set());
    if (h.text === '') return;
    if (siblings.has(h.text)) found.push({ text: h.text, line: h.line, column: h.column });
    siblings.add(h.text);
  });
  return found;
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
  const open: { written: number; level: number }[] = [];
  return written.map((w) => {
    while (open.length > 0 && open[open.length - 1]!.written >= w) open.pop();
    const level = (open.length === 0 ? parentDepth : open[open.length - 1]!.level) + 1;
    open.push({ written: w, level });
    return Math.min(6, level);
  });
}

/**
 * Where a link to `#fragment` in a Markdown field goes on the page the
 * field is printed on: a relative target, or null when the fragment names
 * nothing the docs print (the link becomes its text). A field is printed on
 * several pages (the single page and a section page), so a bare `#anchor`
 * would be right on one of them only, and markdownlint's MD051 refuses it
 * on the other.
 */
export type FragmentResolver = (fragment: string) => string | null;

interface Printer {
  dialect: Dialect;
  fragments: FragmentResolver | null;
  /** Page level of each heading, in document order. */
  levels: number[];
  nextHeading: number;
  definitions: Map<string, { url: string; title: string | null }>;
}

/**
 * Re-prints a Markdown field for a page (`dialect: 'mdx'`) or an OpenAPI
 * description (`'commonmark'`); its headings go below `headingDepth`.
 *
 * @example reprintMarkdown('# Why {x}\n<b>hi</b>', 'mdx', 4) // '##### Why \\{x\\}\n\n\\<b\\>hi\\</b\\>'
 */
export function reprintMarkdown(value: string, dialect: Dialect, headingDepth: number, fragments: FragmentResolver | null = null): string {
  const root = parseMarkdownField(value);
  const written: number[] = [];
  const definitions = new Map<string, { url: string; title: string | null }>();
  const collect = (node: Nodes): void => {
    if (node.type === 'heading') written.push(node.depth);
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, { url: node.url, title: node.title ?? null });
    if ('children' in node) for (const child of node.children as Nodes[]) collect(child);
  };
  collect(root);
  const printer: Printer = { dialect, fragments, levels: nestHeadings(written, headingDepth), nextHeading: 0, definitions };
  return printBlocks(root.children, printer, true);
}

/**
 * A line that ends one bullet list before the next: two bullet lists in a
 * row would otherwise need different markers (`-` then `*`) to stay two,
 * which markdownlint's MD004 refuses. A link reference definition labelled
 * `//` renders as nothing in CommonMark and MDX alike, and markdownlint
 * ignores that label.
 */
const LIST_SEPARATOR = "[//]: # 'end of list'";

/** Blocks separated by a blank line (`loose`) or a line break; consecutive lists alternate their markers as Prettier does, except bullet lists a blank line apart, which get a separator. */
function printBlocks(nodes: readonly RootContent[], p: Printer, loose: boolean): string {
  const out: string[] = [];
  let siblingLists = 0;
  let previous: RootContent | null = null;
  for (const node of nodes) {
    const adjacent = node.type === 'list' && previous?.type === 'list' && previous.ordered === node.ordered;
    // Only between blocks a blank line apart: in a tight list item the
    // separator would be a lazy continuation line, so markers alternate there.
    // Two quotes a blank line apart read as one quote with a blank line in it to markdownlint (MD028): they get a separator too.
    const quotes = node.type === 'blockquote' && previous?.type === 'blockquote' && loose;
    const separate = (adjacent && node.ordered !== true && loose) || quotes;
    if (adjacent && !separate) siblingLists++;
    else if (node.type === 'list') siblingLists = 0;
    const printed = printBlock(node, p, siblingLists);
    if (printed !== '') {
      if (separate) out.push(LIST_SEPARATOR);
      out.push(printed);
      previous = node;
    }
  }
  return out.join(loose ? '\n\n' : '\n');
}

function printBlock(node: RootContent, p: Printer, siblingIndex: number): string {
  switch (node.type) {
    case 'paragraph': {
      // markdownlint's MD036 reads a paragraph that is one emphasis as a
      // heading written wrong; its text is kept, without the emphasis.
      const only = node.children.length === 1 ? node.children[0]! : null;
      const children = only && (only.type === 'emphasis' || only.type === 'strong') && !printInline(node.children, p, 'prose', false).includes('\n') ? only.children : node.children;
      // A space a code span left after itself at a line's end is trailing
      // white space (markdownlint's MD009); a reader sees none there.
      return printInline(children, p, 'prose', false).replace(/ +$/gm, '');
    }
    case 'heading': {
      const level = p.levels[p.nextHeading++] ?? 6;
      const text = printInline(node.children, p, 'prose', false).replace(/\n/g, ' ').trim();
      return text === '' ? '' : `${'#'.repeat(level)} ${text}`;
    }
    case 'thematicBreak':
      return '---';
    case 'blockquote': {
      const inner = printBlocks(node.children, p, true);
      return inner === '' ? '' : inner.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
    }
    case 'list': {
      const loose = node.spread === true || node.children.some((item) => item.spread === true);
      let number = node.start ?? 1;
      const items = node.children.map((item) => {
        const marker = node.ordered ? `${number++}${siblingIndex % 2 === 0 ? '.' : ')'} ` : siblingIndex % 2 === 0 ? '- ' : '* ';
        const check = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
        const body = printBlocks(item.children, p, item.spread === true);
        const indent = ' '.repeat(marker.length);
        const lines = (check + body).split('\n');
        // An empty item is its marker alone, as Prettier prints it (no trailing space).
        if (check + body === '') return marker.trimEnd();
        return marker + lines.map((line, i) => (i === 0 || line === '' ? line : indent + line)).join('\n');
      });
      return items.join(loose ? '\n\n' : '\n');
    }
    case 'code':
      return fencedCode(node.value, infoString(node.lang ?? null, node.meta ?? null));
    case 'html':
      // Raw HTML shows as the text it is, one paragraph per run of lines.
      return node.value
        .split(/\n[ \t]*\n/)
        .map((para) => escapeLines(para, p.dialect, 'prose', true, true))
        .filter((para) => para !== '')
        .join('\n\n');
    case 'definition':
      // Printed where it is used: references become inline links.
      return '';
    case 'footnoteDefinition': {
      const label = escapeText(`[^${node.label ?? node.identifier}]:`, p.dialect, true, false);
      const body = printBlocks(node.children, p, true);
      return body === '' ? label : `${label}\n\n${body}`;
    }
    case 'table':
      return printTable(node, p);
    default:
      // Phrasing content at block level does not occur in mdast; print it as text if it did.
      return printInline([node as PhrasingContent], p, 'prose', false);
  }
}

function printTable(node: Table, p: Printer): string {
  const rows = node.children.map((row) => row.children.map((cell) => printInline(cell.children, p, 'cell', false).replace(/\n/g, ' ')));
  const width = Math.max(...rows.map((r) => r.length));
  const full = rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]);
  return tableLines(full[0]!, full.slice(1), (node.align ?? []).map((a) => a ?? null));
}

/** An info string kept only when it reads the same to every parser: a word, then words without backticks, backslashes or references. */
function infoString(lang: string | null, meta: string | null): string {
  if (lang === null || !/^[A-Za-z0-9_+#.-]{1,40}$/.test(lang)) return '';
  if (meta === null || !/^[A-Za-z0-9_+#.,:=/ -]{1,80}$/.test(meta)) return lang;
  return `${lang} ${meta.trim().replace(/\s+/g, ' ')}`;
}

/**
 * A fenced code block: backticks, longer than any run inside (at least
 * three). Only CR and CRLF are line breaks in code; U+2028, U+2029, NEL and
 * the other unsafe characters are shown as escapes. Spaces at line ends
 * are dropped, as Prettier drops them.
 */
export function fencedCode(code: string, info: string): string {
  const text = showUnsafeCharacters(code.replace(/\r\n?/g, '\n'))
    .replace(/[ \t]+$/gm, '')
    .replace(/\n+$/, '');
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  // A fence names a language (markdownlint's MD040); code without one is plain text.
  const word = info === '' ? 'text' : info;
  return text === '' ? `${fence}${word}\n${fence}` : `${fence}${word}\n${text}\n${fence}`;
}

/** Text with line breaks: each line escaped, its own start and end included, spaces collapsed and trimmed. */
function escapeLines(text: string, dialect: Dialect, context: InlineContext, startsLine: boolean, endsLine: boolean): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      const first = i === 0;
      const last = i === lines.length - 1;
      let piece = line.replace(/[ \t]+/g, ' ');
      if (!first) piece = piece.replace(/^ /, '');
      if (!last) piece = piece.replace(/ $/, '');
      if ((first && startsLine) || !first) piece = piece.replace(/^ /, '');
      return escapeText(piece, dialect, first ? startsLine : true, last ? endsLine : true);
    })
    .join('\n');
}

/** Phrasing content as one string; `inLink` prints nested links as their text (a link inside a link is none). */
function printInline(nodes: readonly PhrasingContent[], p: Printer, context: InlineContext, inLink: boolean, inEmphasis = false): string {
  let out = '';
  nodes.forEach((node, index) => {
    const atLineStart = out === '' || out.endsWith('\n');
    const last = index === nodes.length - 1;
    switch (node.type) {
      case 'text':
        out += escapeLines(node.value, p.dialect, context, atLineStart, last);
        break;
      case 'emphasis': {
        // Prettier's choice: `*` next to a word character or inside emphasis, `_` otherwise.
        const before = out.slice(-1);
        const next = nodes[index + 1];
        const after = next?.type === 'text' ? next.value[0] : undefined;
        const word = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && !/[\s\p{P}\p{S}]/u.test(ch);
        const marker = inEmphasis || word(before) || word(after) ? '*' : '_';
        const inner = printInline(node.children, p, context, inLink, true);
        out += inner === '' ? '' : `${marker}${inner}${marker}`;
        break;
      }
      case 'strong': {
        const inner = printInline(node.children, p, context, inLink, true);
        out += inner === '' ? '' : `**${inner}**`;
        break;
      }
      case 'delete': {
        const inner = printInline(node.children, p, context, inLink, inEmphasis);
        out += inner === '' ? '' : `~~${inner}~~`;
        break;
      }
      case 'inlineCode': {
        const { before, code, after } = codeSpanParts(node.value, context, p.dialect);
        out += (out.endsWith(' ') || atLineStart ? '' : before) + code + after;
        break;
      }
      case 'break':
        out += context === 'cell' ? ' ' : '\\\n';
        break;
      case 'html':
        out += escapeLines(node.value, p.dialect, context, atLineStart, last);
        break;
      case 'footnoteReference':
        out += escapeText(`[^${node.label ?? node.identifier}]`, p.dialect, atLineStart, last);
        break;
      case 'link':
      case 'linkReference': {
        const written = node.type === 'link' ? { url: node.url, title: node.title ?? null } : p.definitions.get(node.identifier);
        const label = printInline(node.children, p, context, true, inEmphasis);
        // A bare #fragment goes where the page's resolver says, or becomes text.
        const resolved = written && p.fragments && written.url.startsWith('#') ? p.fragments(decodeFragment(written.url.slice(1))) : undefined;
        const target = resolved === undefined ? written : resolved === null ? undefined : { url: resolved, title: written!.title };
        if (resolved === null) out += label === '' ? escapeText(written!.url, p.dialect, false, false) : label;
        else if (target && !inLink && allowedUrl(target.url)) out += `[${label === '' ? escapeText(target.url, p.dialect, false, false) : label}](${linkDestination(target.url)}${linkTitle(target.title)})`;
        else out += label;
        break;
      }
      case 'image':
      case 'imageReference': {
        const target = node.type === 'image' ? { url: node.url, title: node.title ?? null } : p.definitions.get(node.identifier);
        const alt = escapeLines(node.alt ?? '', p.dialect, context, false, false).replace(/\n/g, ' ');
        if (target && !inLink && allowedUrl(target.url)) {
          // markdownlint's MD045 wants alt text: an image without it is shown as a link to it.
          out += alt === '' ? `[${escapeText(target.url, p.dialect, false, false)}](${linkDestination(target.url)})` : `![${alt}](${linkDestination(target.url)}${linkTitle(target.title)})`;
        } else out += alt;
        break;
      }
      default:
        break;
    }
  });
  return out;
}

/**
 * A link title, kept only when one spelling reads the same everywhere:
 * Prettier reprints a title decoded and re-quoted, so a title with a
 * backslash, an ampersand, a quote or a line break is left out (it is a
 * tooltip; the link and its text stay).
 */
function linkTitle(title: string | null): string {
  if (title === null || title === '' || /[\\&'"\n\r]/.test(title) || showUnsafeCharacters(title) !== title) return '';
  return ` '${title}'`;
}

/** A fragment as written, percent-decoded where it decodes. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
