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
 *
 * Two mechanisms, each proved against the real parsers in the tests:
 * plain-text fields go through the text escaper (markdown-text.ts), which
 * keeps the author's backtick code spans and escapes everything else;
 * Markdown fields are parsed with micromark and re-printed
 * (markdown-reprint.ts), their text through the same escaper and every URL
 * through the allow-list (url.ts). The OpenAPI target uses the same two for
 * its CommonMark descriptions ({@link commonMarkText},
 * {@link commonMarkBlock}).
 */
import { showUnsafeCharacters, codeSpanParts, escapePlainLine, escapeText, LINE_BREAKS } from './markdown-text.js';
import { fencedCode, parseMarkdownField, reprintMarkdown, type FragmentResolver } from './markdown-reprint.js';
import { tableLines } from './markdown-table.js';
import { yamlFrontMatter } from './yaml.js';

export { duplicateHeadings, nestHeadings, refusedUrls, type DuplicateHeading, type FragmentResolver, type RefusedUrl } from './markdown-reprint.js';

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

/**
 * A one-line catalog text (a description, a note, a title) for a paragraph,
 * a list item or a heading. Backtick code spans the author wrote stay code;
 * everything else prints literally.
 *
 * @example proseText('Amounts {in cents} <b>') // 'Amounts \\{in cents\\} \\<b\\>'
 */
export function proseText(value: string): Markdown {
  return escapePlainLine(value, 'mdx', 'prose', true) as Markdown;
}

/**
 * {@link proseText} for text that follows other text on its line (after
 * `**Since:** `, inside a link label): what only matters at the start of a
 * line (`1.`, `-`, `#`, `export`) stays as written.
 */
export function proseInline(value: string): Markdown {
  return escapePlainLine(value, 'mdx', 'prose', false) as Markdown;
}

/**
 * {@link proseText} for a GFM table cell: `|` is escaped inside code spans
 * too, and a cell never starts a block, so list markers and `#` need no
 * escape.
 */
export function cellText(value: string): Markdown {
  return escapePlainLine(value, 'mdx', 'cell', false) as Markdown;
}

function code(value: string, context: 'prose' | 'cell'): Markdown {
  const parts = codeSpanParts(value, context, 'mdx');
  if (parts.code === '') return escapeText(value.replace(LINE_BREAKS, ' ').trim(), 'mdx', false, false) as Markdown;
  return parts.code as Markdown;
}

/** A value shown as code in running text: `auth.invalid_key`. */
export function inlineCode(value: string): Markdown {
  return code(value, 'prose');
}

/** A value shown as code in a table cell. */
export function cellCode(value: string): Markdown {
  return code(value, 'cell');
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

/** A link whose label is already Markdown, to a target made by {@link linkTarget}. */
export function link(label: Markdown, target: string): Markdown {
  return `[${label}](${target})` as Markdown;
}

/**
 * A fenced code block. The fence is longer than any backtick run inside,
 * and the code is printed verbatim (nothing inside a fence is Markdown or
 * MDX), except characters no page may hold raw, shown as their escapes.
 */
export function codeBlock(code: string, language: string | null): Markdown {
  if (language !== null && !/^[A-Za-z0-9+#-]{1,32}$/.test(language)) throw new Error(`code block language ${JSON.stringify(language)} is not an info word`);
  return fencedCode(code, language ?? '') as Markdown;
}

/**
 * A catalog field typed Markdown (an intro, details, a guidance body),
 * parsed and re-printed safe (see markdown-reprint.ts): its structure is
 * kept, its text cannot become MDX, JSX or HTML, and links and images keep
 * only allowed URLs. The author's headings are placed in the page's outline
 * below the heading the text sits under (`headingDepth`, 1 to 6).
 *
 * @example markdownBlock('# Why\ntext\n## How', 4) // '##### Why\n\ntext\n\n###### How'
 */
export function markdownBlock(value: string, headingDepth: number, fragments: FragmentResolver | null = null): Markdown {
  return reprintMarkdown(value, 'mdx', headingDepth, fragments) as Markdown;
}

/**
 * {@link markdownBlock} for a field that a list of errcat's follows on the
 * page (a code's details before its facts, an intro before the contents).
 * CommonMark merges two bullet lists that only a blank line separates, so
 * authored details ending in a list would swallow the facts. A second
 * marker style keeps lists apart but fails markdownlint's MD004; an
 * invisible line between them does neither: a `[//]: #` definition
 * ({@link hiddenComment}), which ends the list in every renderer and shows
 * nothing.
 *
 * @example markdownBlockBeforeList('Causes:\n\n- a', 4) // "Causes:\n\n- a\n\n[//]: # 'end of list'"
 */
export function markdownBlockBeforeList(value: string, headingDepth: number, fragments: FragmentResolver | null = null): Markdown {
  const printed = reprintMarkdown(value, 'mdx', headingDepth, fragments);
  const last = parseMarkdownField(printed).children.at(-1);
  return (last?.type === 'list' && last.ordered !== true ? `${printed}\n\n${hiddenComment('end of list')}` : printed) as Markdown;
}

/**
 * A plain-text catalog value for an OpenAPI `description`, which tools
 * render as CommonMark: escaped as text (code spans kept), so no renderer
 * finds HTML or a link in it. Line breaks become spaces.
 */
export function commonMarkText(value: string): string {
  return escapePlainLine(value, 'commonmark', 'prose', true);
}

/** A Markdown catalog field for an OpenAPI `description`: re-printed as for the docs, without MDX's escapes. */
export function commonMarkBlock(value: string): string {
  return reprintMarkdown(value, 'commonmark', 0);
}

/**
 * A comment that no renderer shows: a link reference definition labelled
 * `//`. HTML comments are not valid MDX and JSX comments are not valid
 * Markdown; this is both. markdownlint ignores the `//` label by default.
 */
export function hiddenComment(text: string): Markdown {
  // Prettier prints a title's entities decoded (`&amp;` becomes `&`), so no
  // spelling of an ampersand is stable: the invisible notice says "and".
  const line = showUnsafeCharacters(text.replace(LINE_BREAKS, ' ')).replace(/[ \t]+/g, ' ').trim().replace(/&/g, 'and').replace(/\\/g, '\\\\');
  // Prettier (singleQuote) prefers '…' unless that needs more escapes than "…".
  const single = (line.match(/'/g) ?? []).length;
  const double = (line.match(/"/g) ?? []).length;
  const quote = single > double ? '"' : "'";
  return `[//]: # ${quote}${line.replaceAll(quote, `\\${quote}`)}${quote}` as Markdown;
}

/**
 * A GFM table from cells that are already Markdown (made by {@link cellText},
 * {@link cellCode}, {@link link}), padded as Prettier pads it. Cells never
 * contain a line break: every cell maker puts text on one line.
 */
export function table(header: readonly Markdown[], rows: readonly (readonly Markdown[])[]): Markdown {
  return tableLines(header, rows) as Markdown;
}

/**
 * YAML front matter for a docs site (title, description, sidebar order),
 * through the YAML sink ({@link yamlFrontMatter}). It must be the first
 * thing on the page.
 */
export function frontMatter(entries: readonly (readonly [readonly string[], string | number])[]): Markdown {
  return yamlFrontMatter(entries) as Markdown;
}
