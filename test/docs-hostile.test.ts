/**
 * Hostile text in every text field of a model: the pages must still lint,
 * parse into the same tables, compile as MDX, stay Prettier-stable, and
 * show the text as written (escaping is faithful, not lossy).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import * as prettier from 'prettier';
import remarkGfm from 'remark-gfm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellText, codeBlock, duplicateHeadings, inlineCode, markdownBlock, nestHeadings, proseText, table } from '../generators/escape/markdown.js';
import { PRETTIER_OPTIONS } from '../generators/format.js';
import type { CatalogModel } from '../generators/model.js';
import type { OutputFile } from '../generators/output.js';
import { renderDocs } from '../generators/targets/docs.js';
import { FIXTURE_CATALOGS, loadModel, ROOT } from './helpers.js';
import { parseMarkdown, plainTextShown, type MdNode } from './markdown-ast.js';
import { comparable, inspectHast, lintMarkdown, mdxSyntaxIn, renderCommonMark, renderMdx, visibleText } from './consumers.js';
import { allowedUrl } from '../generators/escape/url.js';

/**
 * One line of text with everything that can break Markdown, MDX or a table,
 * plus a control character, wide characters, emoji (one that is wide only
 * as an emoji, ⌚ U+231A, and a flag, two regional indicators) and a
 * combining mark (table alignment must measure them as Prettier does).
 */
const LINE = 'a\u0007b 日本語 🚀 ⌚ 🇯🇵 👍🏽 👨‍👩‍👧 © e\u0301 x | y {z} <b>w</b> `t|u` <!-- c --> */ & &amp; \u2028 _e_ *s* [l](m) \\ ~~d~~ $1 # h #';
/**
 * How {@link LINE} reads once rendered: the control and the zero-width
 * joiners as their visible escapes (no page holds them raw), the line
 * separator as a space, the code span unwrapped.
 */
const LINE_READ = 'a\\x07b 日本語 🚀 ⌚ 🇯🇵 👍🏽 👨\\u200d👩\\u200d👧 © e\u0301 x | y {z} <b>w</b> t|u <!-- c --> */ & &amp; _e_ *s* [l](m) \\ ~~d~~ $1 # h #';
/** Starts that Markdown or MDX read as syntax when a text opens a paragraph. */
const STARTS = ['export default {a} ', 'import x from "y" ', '- ', '1. ', '# ', '> ', '<div> ', '{', '=== ', '+ '];
/**
 * A Markdown field: authored Markdown with headings of three levels (some
 * with no blank line around them, one written as a setext underline), raw
 * HTML, braces, ESM lines and a fence left open. Numbered so that headings
 * differ (MD024).
 */
const BLOCK = "import {a} from 'b'\n\n<!-- not a comment --> {x} <div> & `{y}` | p\u2029export const q = 1\n\n| a | b |\n\n```js\nconst a = {b}; // ``` inside\n";
let blocks = 0;
const block = (): string => {
  const n = blocks++;
  return `# Authored heading ${n}\n\nText.\n## Second level ${n}\nText right under it.\n### Third level ${n}\n\nUnderlined ${n}\n---\n` + BLOCK;
};
/** Code with backtick runs longer than a fence and a line separator. */
const CODE = 'const s = `${a}`;\n// ```` four\u2028 {x} <y>\n';

function hostileModel(base: CatalogModel): CatalogModel {
  const m = structuredClone(base) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  let n = 0;
  // Numbered, so that no two headings are the same (markdownlint MD024).
  const text = (): string => `${STARTS[n % STARTS.length]}[${n++}] ${LINE}`;
  m.title = `Hostile "quoted" 'title' \\ ${LINE}`;
  m.docs = { ...m.docs, title: text(), intro: block() };
  m.envelope = {
    ...m.envelope,
    description: block(),
    codeGrammar: block(),
    fields: { code: text(), message: text(), meta: text(), requestId: text() },
  };
  for (const p of m.parameters) {
    p.description = text();
    p.placeholder = '<na|me`>';
    for (const v of p.values) v.title = text();
  }
  for (const s of m.sections) Object.assign(s, { title: text(), intro: block(), outro: block() });
  for (const ns of m.namespaces) ns.description = text();
  for (const [i, d] of (m.definitions as any[]).entries()) {
    d.description = text();
    d.details = block();
    d.retry = { ...d.retry, note: text(), afterSeconds: 5 };
    d.since = '1.0';
    if (d.statusForwarding) d.statusForwarding = { ...d.statusForwarding, note: text() };
    if (d.family) d.displayCode = `${d.family.prefix}<na|me\`>${d.family.suffix}`;
    if (d.events) d.events = { names: [text(), 'x`y'], field: 'data.|code' };
    if (i % 3 === 0) d.deprecated = { since: '2.0', replacement: m.definitions[0].code, reason: text() };
    d.example = { ...d.example, message: `${LINE} ${CODE}` };
    if (d.meta.kind === 'schema') d.meta = { ...d.meta, properties: d.meta.properties.map((p: any) => ({ ...p, type: '"a|b" | `c`', description: text() })) };
  }
  for (const g of m.guidance) {
    g.title = text();
    g.body = block();
    g.samples = [...g.samples, { language: 'js', title: text(), code: CODE }];
  }
  return m as unknown as CatalogModel;
}

function textOf(node: MdNode): string {
  if (node.type === 'html') return '';
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function all(node: MdNode, type: string): MdNode[] {
  return node.type === type ? [node] : (node.children ?? []).flatMap((c) => all(c, type));
}

let model: CatalogModel;
let files: OutputFile[];

beforeAll(async () => {
  model = hostileModel(await loadModel(FIXTURE_CATALOGS.socialapi));
  files = renderDocs(model);
});

describe('docs target on hostile text', () => {
  it('passes markdownlint-cli2 with the committed config', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-docs-hostile-'));
    try {
      for (const f of files) {
        await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
        await writeFile(path.join(dir, f.path), f.contents);
      }
      const specifier: string = 'markdownlint-cli2';
      const { main } = (await import(specifier)) as { main: (p: object) => Promise<number> };
      const errors: string[] = [];
      const code = await main({ directory: dir, argv: ['--config', path.join(ROOT, '.markdownlint-cli2.jsonc'), '**/*.md'], logMessage: () => {}, logError: (e: string) => errors.push(e) });
      expect(errors).toEqual([]);
      expect(code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('compiles every page as MDX, with and without GFM', async () => {
    for (const f of files) {
      await compile(f.contents, { remarkPlugins: [remarkGfm] });
      await compile(f.contents);
    }
  });

  it('is left unchanged by the pinned Prettier', async () => {
    for (const f of files) expect(await prettier.format(f.contents, { ...PRETTIER_OPTIONS, parser: 'markdown' }), f.path).toBe(f.contents);
  });

  it('keeps every table whole and every code in exactly one row', () => {
    const single = parseMarkdown(files.find((f) => f.path === 'docs/errors.md')!.contents);
    const codeRows = new Map<string, number>();
    for (const t of all(single, 'table')) {
      const [head, ...rows] = t.children!;
      const header = head!.children!.map(textOf);
      for (const row of rows) expect(row.children!.length, header.join('|')).toBe(header.length);
      const codeColumn = header.indexOf('Code');
      if (codeColumn < 0) continue;
      for (const row of rows) for (const c of all(row.children![codeColumn]!, 'inlineCode')) codeRows.set(c.value!, (codeRows.get(c.value!) ?? 0) + 1);
    }
    for (const d of model.definitions) expect(codeRows.get(d.displayCode), d.displayCode).toBe(1);
  });

  it('shows hostile text as written, in cells, paragraphs and headings', () => {
    const single = parseMarkdown(files.find((f) => f.path === 'docs/errors.md')!.contents);
    const cells = all(single, 'tableCell').map(textOf);
    const paragraphs = all(single, 'paragraph').map(textOf);
    const headings = all(single, 'heading').map(textOf);
    const reads = (texts: string[], start: string): boolean => {
      const head = `${start}[`.replace(/ +/g, ' ').trimStart();
      return texts.some((t) => t.startsWith(head) && /^\[\d+\] /.test(t.slice(head.length - 1)) && t.slice(t.indexOf('] ') + 2) === LINE_READ);
    };
    for (const start of STARTS) {
      expect(reads(cells, start), `a cell reads ${JSON.stringify(start)}[n] + the hostile line`).toBe(true);
      expect(reads(paragraphs, start), `a paragraph reads ${JSON.stringify(start)}[n] + the hostile line`).toBe(true);
    }
    expect(reads(headings, STARTS[0]!)).toBe(true);
    // Family codes print with the hostile placeholder, as code.
    expect(all(single, 'inlineCode').map((c) => c.value)).toContain('platform.<na|me`>.auth');
    // Code samples survive byte for byte, but for the line separator, which no page holds raw: it shows as its escape.
    expect(all(single, 'code').map((c) => c.value)).toContain(CODE.replace(/\n$/, '').replace('\u2028', '\\u2028'));
  });
});

describe('Markdown escape helpers', () => {
  it.each([
    ['plain', 'a b', 'a b'],
    ['MDX braces and JSX', '{a} <b>', '\\{a\\} \\<b\\>'],
    ['pipes and entities', 'a | b & c', 'a \\| b \\& c'],
    ['code spans stay code', 'use `a{b}` here', 'use `a{b}` here'],
    ['unmatched backtick', 'a ` b', 'a \\` b'],
    ['underscores inside words stay', 'snake_case _edge_', 'snake_case \\_edge\\_'],
    ['ESM at the start', 'export it', '&#x65;xport it'],
    ['list marker at the start', '- a', '\\- a'],
    ['ordered list at the start', '12. a', '12\\. a'],
    ['line separators', 'a\u2028b\u2029c\r\nd', 'a b c d'],
    ['spaces collapse in prose, not in code', 'a   b `c   d`', 'a b `c   d`'],
    ['closing heading hashes', 'C #', 'C \\#'],
    // The line-start escape makes the run text; escaping it again showed a backslash (found through same_as in OpenAPI).
    ['a line that is only a hash', '#', '\\#'],
    ['a line that is only hashes', '##', '\\#\\#'],
    ['a backslash before a hash, not a closing run', 'C \\#', 'C \\\\#'],
  ])('proseText: %s', (_name, input, output) => {
    expect(proseText(input)).toBe(output);
  });

  it('escapes pipes inside code spans only in table cells', () => {
    expect(cellText('`a|b`')).toBe('`a\\|b`');
    expect(proseText('`a|b`')).toBe('`a|b`');
  });

  it('fences inline code with a backtick run that does not occur inside, padded at backticks', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`a`')).toBe('`` `a` ``');
    expect(inlineCode('a ``` b')).toBe('`a ``` b`');
  });

  it('fences code blocks longer than any backtick run inside', () => {
    expect(codeBlock('a\n````\nb\n', 'js')).toBe('`````js\na\n````\nb\n`````');
  });

  it('nests the author\'s headings below the heading the text sits under, with blank lines around them', () => {
    expect(markdownBlock('# Notes {x}\ntext\n\n```md\n# not a heading\n```', 4)).toBe('##### Notes \\{x\\}\n\ntext\n\n```md\n# not a heading\n```');
    expect(markdownBlock('### Deep', 5)).toBe('###### Deep');
    // Relative to the field's shallowest heading, not to level 1: `##` in
    // details under an h4 is h5, not h6.
    expect(markdownBlock('## A heading\ntext\n### Below\n#### Further', 4)).toBe('##### A heading\n\ntext\n\n###### Below\n\n###### Further');
    expect(markdownBlock('# A\n## B\n### C', 1)).toBe('## A\n\n### B\n\n#### C');
    // A setext heading is rewritten as ATX (one heading style per page).
    expect(markdownBlock('Title {t}\n===\ntext\n\nSub\n---', 2)).toBe('### Title \\{t\\}\n\ntext\n\n#### Sub');
    // A fence gets blank lines too (MD031), and `---` under a list item is a thematic break, not a heading.
    expect(markdownBlock('text\n```\ncode\n```\nmore\n\n- item\n---', 2)).toBe('text\n\n```text\ncode\n```\n\nmore\n\n- item\n\n---');
  });

  it.each([
    ['written levels shifted to below the parent', [1, 2, 3], 4, [5, 6, 6]],
    ['the shallowest heading is the top, wherever it starts', [2, 3, 4], 2, [3, 4, 5]],
    ['a heading above the first one is still a top heading', [2, 1, 3], 2, [3, 3, 4]],
    ['an author skip does not skip a page level', [1, 3, 3, 2], 1, [2, 3, 3, 3]],
    ['capped at h6', [1, 2, 3, 4, 5, 6], 3, [4, 5, 6, 6, 6, 6]],
  ])('nestHeadings: %s', (_name, written, depth, levels) => {
    expect(nestHeadings(written, depth)).toEqual(levels);
  });

  it('aligns tables by Prettier\'s own width (emoji sequences, flags, CJK, combining marks)', async () => {
    for (const cell of ['⌚', '🇯🇵', '日本', 'e\u0301', '👍🏽', '👨\u200d👩\u200d👧', '©', '❤', '#\ufe0f\u20e3']) {
      const md = table([cellText('h')], [[cellText(cell)], [cellText('abcdef')]]);
      expect(await prettier.format(md, { ...PRETTIER_OPTIONS, parser: 'markdown' }), JSON.stringify(cell)).toBe(`${md}\n`);
    }
  });

  it('closes a fence the author left open and escapes MDX outside code', () => {
    expect(markdownBlock('a {b} `{c}`\n\n```js\n{d}\n', 2)).toBe('a \\{b\\} `{c}`\n\n```js\n{d}\n```');
    // `<!--` starts an HTML block, which is printed as the text it is.
    expect(markdownBlock('export x\n<!-- y -->', 2)).toBe('&#x65;xport x\n\n\\<!-- y --\\>');
  });
});

describe('issue 8: code execution and script injection through the docs, each row parsed by the real parsers', () => {
  // Each text goes into a Markdown field and a plain-text field; the result must hold no MDX syntax
  // (remark-mdx with GFM), render with remark + rehype (raw HTML let through) to allowed elements and URLs
  // only, and compile, evaluate and render as MDX without touching a global.
  it.each([
    ['escaped backticks around an expression', '\\`{globalThis.pwned = 1}\\`'],
    ['an autolink literal before a script tag', 'www.a.example/<script src="https://evil.example/x.js" />'],
    ['a URL with an angle-bracket path', 'https://example.com/<path>'],
    ['an escaped brace before braces', '\\{{x}} and \\{globalThis.pwned = 1}'],
    ['javascript:, data: and entity-obfuscated links, images and definitions', '[a](javascript:globalThis.pwned=1) ![b](data:text/html,x) [c][d] [e](&#106;avascript:x)\n\n[d]: jav%61script:x'],
    ['raw HTML and JSX', '<svg onload="globalThis.pwned=1"></svg> <img src=x onerror=alert(1)> <Foo bar={1} />'],
  ])('%s', async (_name, text) => {
    for (const markdown of [markdownBlock(text, 2), proseText(text), cellText(text)]) {
      expect(mdxSyntaxIn(markdown), markdown).toEqual([]);
      expect(inspectHast((await renderCommonMark(markdown)).tree), markdown).toEqual([]);
      const mdx = await renderMdx(markdown);
      expect(mdx.touchedGlobals, markdown).toEqual([]);
      expect(inspectHast(mdx.tree), markdown).toEqual([]);
    }
    // Plain text reads back as written (its backtick spans as code).
    expect(visibleText((await renderCommonMark(proseText(text))).tree)).toBe(comparable(plainTextShown(text)));
    expect(visibleText((await renderMdx(proseText(text))).tree)).toBe(comparable(plainTextShown(text)));
  });

  it.each([
    ['http', 'https://example.com/a', true],
    ['mailto', 'mailto:a@example.com', true],
    ['relative', '../a.md#x', true],
    ['javascript', 'javascript:alert(1)', false],
    ['entity-obfuscated', '&#106;avascript:alert(1)', false],
    ['percent-encoded', 'jav%61script:alert(1)', false],
    ['control-split', '\u0001java\tscript:alert(1)', false],
    ['data', 'DATA:text/html,x', false],
  ])('URL allow-list: %s', (_name, url, allowed) => {
    expect(allowedUrl(url)).toBe(allowed);
  });
});

/**
 * The markdownlint findings the adversarial fixture met (issue 8), each a
 * row: authored Markdown re-printed, placed on a page, linted with the
 * shipped config, parsed back, and left unchanged by Prettier.
 */
describe('issue 8: authored Markdown that made the pages fail markdownlint', () => {
  const page = (body: string): string => `# Page\n\n${body}\n`;
  const blocks = (markdown: string): string[] => (parseMarkdown(markdown).children ?? []).map((n: MdNode) => n.type);

  it.each([
    ['two bullet lists in a row, `-` then `*` (MD004)', '- item\n\n* item', ['list', 'definition', 'list']],
    ['an empty list item (MD009)', 'text\n\n- \n- b', ['paragraph', 'list']],
    ['a code span that ends a line with a space after it (MD009)', "`'; x; ' ` \nnext", ['paragraph']],
    ['a fence without a language (MD040)', '```\ncode\n```', ['code']],
    ['a code span that starts with a tab (MD038)', 'text `\t x` text', ['paragraph']],
    ['a tab in code (MD010)', '```go\nfunc() {\n\treturn\n}\n```\n\n`a\tb`', ['code', 'paragraph']],
  ])('%s', async (_name, authored, structure) => {
    const md = page(markdownBlock(authored, 1));
    expect(await lintMarkdown({ 'page.md': md }), md).toEqual([]);
    expect(blocks(md).slice(1), md).toEqual(structure);
    expect(await prettier.format(md, { ...PRETTIER_OPTIONS, parser: 'markdown' }), md).toBe(md);
    expect(mdxSyntaxIn(md)).toEqual([]);
  });

  it('Markdown fields that print nothing (only a reference definition) leave no blank lines behind (MD012)', async () => {
    const m = structuredClone(await loadModel(FIXTURE_CATALOGS.socialapi)) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const nothing = '[x]: https://example.com';
    m.docs = { ...m.docs, intro: nothing };
    m.envelope = { ...m.envelope, description: nothing, codeGrammar: nothing };
    for (const sec of m.sections) Object.assign(sec, { intro: nothing, outro: nothing });
    for (const d of m.definitions) d.details = nothing;
    for (const g of m.guidance) g.body = nothing;
    const pages = renderDocs(m as unknown as CatalogModel);
    expect(pages.some((f) => f.contents.includes('\n\n\n'))).toBe(false);
    expect(await lintMarkdown(Object.fromEntries(pages.map((f) => [f.path, f.contents])))).toEqual([]);
  });

  it('a soft hyphen in a table cell is shown as its escape, so Prettier and markdownlint measure the row alike (MD060)', async () => {
    const md = page(table([cellText('h')], [[cellText('soft\u00adhyphen')], [cellText('abcdefghijklmn')]]));
    expect(md).not.toContain('\u00ad');
    expect(await lintMarkdown({ 'page.md': md }), md).toEqual([]);
    expect(await prettier.format(md, { ...PRETTIER_OPTIONS, parser: 'markdown' }), md).toBe(md);
  });

  it('headings that repeat a sibling are found where the author wrote them (markdown-heading-duplicate), others not', async () => {
    const authored = '# Notes\n\n## Why\n\n## Why\n\n# Other\n\n## Why\n\nNotes\n===';
    expect(duplicateHeadings(authored)).toEqual([
      { text: 'Why', line: 5, column: 1 },
      { text: 'Notes', line: 11, column: 1 },
    ]);
    // What markdownlint finds on the page is exactly those two.
    const found = await lintMarkdown({ 'page.md': page(markdownBlock(authored, 1)) });
    expect(found.map((f) => /MD\d+/.exec(f)?.[0])).toEqual(['MD024', 'MD024']);
    expect(duplicateHeadings('# A\n\n## B\n\n# C\n\n## B')).toEqual([]);
  });
});
