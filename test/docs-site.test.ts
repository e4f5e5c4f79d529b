/**
 * Issue 11's docs failures, each reproduced on test/fixtures/docs-site (a
 * catalog written the way real vendor catalogs are) and checked with the
 * tool a docs site runs: remark + rehype with raw HTML, MDX rendered with
 * React, markdownlint-cli2 with the shipped config, github-slugger through
 * rehype-slug, the YAML readers.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { typescriptTarget } from '../generators/targets/typescript.js';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutputFile } from '../generators/output.js';
import { docsTarget } from '../generators/targets/docs.js';
import * as prettier from 'prettier';
import { frontMatter } from '../generators/escape/markdown.js';
import { PRETTIER_OPTIONS } from '../generators/format.js';
import { lintMarkdown, mdxSyntaxIn, readYamlEverywhere, renderCommonMark, renderMdx, visibleText } from './consumers.js';
import { CORPUS, isCatalogText } from './hostile/corpus.mjs';
import { expectGolden, FIXTURE_CATALOGS, loadModel, renderCatalog, ROOT } from './helpers.js';

const CATALOG = path.join(ROOT, 'test/fixtures/docs-site/catalog');

function page(files: readonly OutputFile[], name: string): string {
  const file = files.find((f) => f.path === `docs/${name}`);
  if (!file) throw new Error(`no docs/${name} among ${files.map((f) => f.path).join(', ')}`);
  return file.contents;
}

/** The top-level elements of a rendered page (inside <body> when an HTML parser wrapped it). */
function blocksOf(tree: HastRoot): Element[] {
  const elements = (nodes: readonly RootContent[]): Element[] => nodes.filter((n): n is Element => n.type === 'element');
  let top = elements(tree.children);
  const html = top.find((e) => e.tagName === 'html');
  if (html) top = elements(elements(html.children).find((e) => e.tagName === 'body')?.children ?? []);
  return top;
}

/** Between a heading whose text is `heading` and the next heading: each list, as the texts of its items. */
function listsUnder(tree: HastRoot, heading: string): string[][] {
  const blocks = blocksOf(tree);
  const at = blocks.findIndex((b) => /^h[1-6]$/.test(b.tagName) && visibleText(b) === heading);
  if (at < 0) throw new Error(`no heading ${heading}`);
  const lists: string[][] = [];
  for (const b of blocks.slice(at + 1)) {
    if (/^h[1-6]$/.test(b.tagName)) break;
    if (b.tagName === 'ul' || b.tagName === 'ol') lists.push(b.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li').map((li) => visibleText(li)));
  }
  return lists;
}

/** Every list before the first heading after the page's title. */
function listsAfterTitle(tree: HastRoot): string[][] {
  const title = blocksOf(tree).find((b) => b.tagName === 'h1')!;
  return listsUnder(tree, visibleText(title));
}

describe('docs on a vendor-style catalog (test/fixtures/docs-site)', () => {
  let rendered: OutputFile[];
  beforeAll(async () => {
    rendered = await renderCatalog(CATALOG, [docsTarget]);
  });

  it('matches the golden pages', async () => {
    await expectGolden('docs-site', rendered, 'docs');
  });

  it('passes markdownlint-cli2 with the shipped config', async () => {
    expect(await lintMarkdown(Object.fromEntries(rendered.map((f) => [f.path, f.contents])))).toEqual([]);
  });

  it('keeps details that end in a list apart from the facts list, in CommonMark and in MDX', async () => {
    for (const render of [renderCommonMark, renderMdx]) {
      for (const name of ['errors.md', 'sections/upstream.md']) {
        const { tree } = await render(page(rendered, name));
        const lists = listsUnder(tree, 'upstream.api_error');
        expect(lists[0], `${render.name} ${name}`).toEqual(['the upstream is down;', 'the upstream refused the request.']);
        expect(lists[1]![0], `${render.name} ${name}`).toMatch(/^HTTP status:/);
        expect(lists[1]!.some((item) => item.startsWith('the upstream'))).toBe(false);
      }
    }
  });

  it('keeps an intro that ends in a list apart from the contents and the page list', async () => {
    for (const render of [renderCommonMark, renderMdx]) {
      const single = listsAfterTitle((await render(page(rendered, 'errors.md'))).tree);
      expect(single[0]).toEqual(['codes are stable;', 'messages are not.']);
      expect(single[1]![0]).toBe('Error responses');
      const index = listsAfterTitle((await render(page(rendered, 'index.md'))).tree);
      expect(index[0]).toEqual(['codes are stable;', 'messages are not.']);
      expect(index[1]![0]).toMatch(/^All errors on one page/);
    }
  });

  it('is left unchanged by the pinned Prettier', async () => {
    for (const f of rendered) expect(await prettier.format(f.contents, { ...PRETTIER_OPTIONS, parser: 'markdown' }), f.path).toBe(f.contents);
  });

  it('starts every page with front matter (title, description, sidebar order) that every YAML reader reads alike', () => {
    const description = 'Every error of the Docs Site API {v2}: <status>, [meta] & retry advice.';
    const expected: Record<string, unknown> = {
      'errors.md': { title: 'Docs Site API errors', description, sidebar: { order: 40 } },
      'index.md': { title: 'Docs Site API errors', description, sidebar: { order: 40 } },
      'sections/client.md': { title: 'client', description: 'client: the 3 error codes of Docs Site API, with status, meta, retry advice and examples.', sidebar: { order: 1 } },
      'sections/job.md': { title: 'job', description: 'job: the 2 error codes of Docs Site API, with status, meta, retry advice and examples.', sidebar: { order: 2 } },
    };
    for (const [name, data] of Object.entries(expected)) {
      const contents = page(rendered, name);
      const block = /^---\n([\s\S]*?)\n---\n\n# /.exec(contents);
      expect(block, name).not.toBeNull();
      for (const [reader, view] of Object.entries(readYamlEverywhere(block![1]!))) expect(view, `${name} read by ${reader}`).toEqual(data);
    }
  });

  it('keeps front matter inert where a pipeline does not strip it (MDX without a front matter plugin)', async () => {
    for (const f of rendered) {
      const block = /^---\n[\s\S]*?\n---\n/.exec(f.contents)![0];
      // Shown as a rule, a paragraph and a heading; never an expression, JSX or ESM.
      expect(mdxSyntaxIn(block), f.path).toEqual([]);
    }
    const { html } = await renderMdx(page(rendered, 'errors.md'));
    // Shown as YAML's escapes, as text.
    expect(html).toContain('Every error of the Docs Site API \\x7bv2\\x7d: \\x3cstatus\\x3e, \\x5bmeta\\x5d &amp; retry advice.');
  });

  it('shows meta types in words, with the unit the catalog gives (x-unit)', async () => {
    const { tree } = await renderCommonMark(page(rendered, 'errors.md'));
    const blocks = blocksOf(tree);
    const at = blocks.findIndex((b) => /^h[1-6]$/.test(b.tagName) && visibleText(b) === 'client.too_large');
    const metaTable = blocks.slice(at).find((b) => b.tagName === 'table')!;
    const rows = (metaTable.children.find((c) => c.type === 'element' && c.tagName === 'tbody') as Element).children.filter((r): r is Element => r.type === 'element');
    const types = Object.fromEntries(rows.map((r) => {
      const cells = r.children.filter((c): c is Element => c.type === 'element');
      return [visibleText(cells[0]!), visibleText(cells[1]!)];
    }));
    expect(types).toEqual({
      'meta.limit': 'number, in bytes',
      'meta.parts': 'array of integer',
      'meta.size': 'integer, in bytes',
      'meta.unit': 'one of bytes, kilobytes or null',
    });
  });

  it('points authored #fragment links where they resolve on each page, and prints a link to no anchor as its text', async () => {
    for (const [name, envelope] of [['errors.md', '#page--envelope'], ['sections/upstream.md', '../errors.md#page--envelope']] as const) {
      const contents = page(rendered, name);
      expect(contents, name).toContain(`[the error body](${envelope})`);
      expect(contents, name).toContain('[the API error](#upstream-api_error)');
      expect(contents, name).toContain('and an anchor no page has.');
    }
  });

  it('names non-standard statuses: errcat\'s table (499), and the catalog\'s own phrase (460)', async () => {
    const { tree } = await renderCommonMark(page(rendered, 'errors.md'));
    expect(listsUnder(tree, 'client.closed_request')[0]).toContain('HTTP status: 499 Client Closed Request.');
    expect(listsUnder(tree, 'client.connection_closed')[0]).toContain('HTTP status: 460 Client Closed Connection.');
    const single = page(rendered, 'errors.md');
    expect(single).toContain('HTTP/1.1 499 Client Closed Request\n');
    expect(single).toContain('HTTP/1.1 460 Client Closed Connection\n');
    // The registered phrase, the same on every Node version (node:http says "Payload Too Large" on Node 20).
    expect(single).toContain('HTTP/1.1 413 Content Too Large\n');
  });

  it('says a forwarded status that is its own fallback once, and leaves out retry advice the description already gives', async () => {
    const { tree } = await renderCommonMark(page(rendered, 'errors.md'));
    const [apiFacts] = listsUnder(tree, 'upstream.api_error').slice(1);
    const status = apiFacts!.find((f) => f.startsWith('HTTP status:'))!;
    expect(status.match(/502 Bad Gateway/g)).toHaveLength(1);
    const [rateFacts] = listsUnder(tree, 'upstream.rate_limit');
    const retry = rateFacts!.find((f) => f.startsWith('Retry:'))!;
    expect(retry).not.toMatch(/quota/);
    expect(retry).toBe('Retry: Later, with exponential backoff. Upstream throttling.');
  });

  it('states an event carrier that every code of a section shares once, not in every row', async () => {
    const { tree } = await renderCommonMark(page(rendered, 'sections/job.md'));
    const tables = blocksOf(tree).filter((b) => b.tagName === 'table');
    expect(tables).toHaveLength(1);
    const header = visibleText((tables[0]!.children.find((c) => c.type === 'element' && c.tagName === 'thead') as Element));
    expect(header).toBe('Code When it occurs');
    expect(visibleText(tree)).toContain('These codes are sent in data.error_code of job.failed and job.retried events.');
  });
});

describe.each(Object.entries(FIXTURE_CATALOGS))('docs facts on %s', (_name, catalogDir) => {
  it('never names one status twice in a status fact', async () => {
    const files = await renderCatalog(catalogDir, [docsTarget]);
    const { tree } = await renderCommonMark(page(files, 'errors.md'));
    const facts: string[] = [];
    const visit = (node: Element | HastRoot): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'li' && visibleText(child).startsWith('HTTP status:')) facts.push(visibleText(child));
        visit(child);
      }
    };
    visit(tree);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      const statuses = fact.match(/\b[1-5][0-9][0-9]\b/g) ?? [];
      expect(new Set(statuses).size, fact).toBe(statuses.length);
    }
  });
});

/**
 * A page as a docs site renders it: CommonMark + GFM, errcat's `<a id>`
 * anchors through rehype-raw, and every heading given an id by
 * rehype-slug, which is github-slugger (GitHub's and Docusaurus's slugs).
 */
async function renderWithSlugs(markdown: string): Promise<HastRoot> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSlug);
  return (await processor.run(processor.parse(markdown))) as HastRoot;
}

function idsOf(tree: HastRoot | Element): string[] {
  const ids: string[] = [];
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (typeof child.properties.id === 'string') ids.push(child.properties.id);
    ids.push(...idsOf(child));
  }
  return ids;
}

const SLUG_CASES = [...Object.entries(FIXTURE_CATALOGS), ['docs-site', CATALOG], ['docs-anchors', path.join(ROOT, 'test/fixtures/docs-anchors/catalog')]] as const;

describe.each(SLUG_CASES)('docs ids on %s', (_name, catalogDir) => {
  it('has no HTML id twice on any page (explicit anchors and github-slugger heading ids), but for a code heading whose slug is its own anchor', async () => {
    const model = await loadModel(catalogDir);
    const codeAnchors = new Set([...model.definitions.map((d) => d.names.anchor), ...model.wireCodes.map((w) => w.names.anchor)]);
    for (const f of await renderCatalog(catalogDir, [docsTarget])) {
      const tree = await renderWithSlugs(f.contents);
      const ids = idsOf(tree);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      // A code written only in letters, digits, - and _ (SNYK-CLI-0001, NOT_FOUND, 23505) slugs to its own anchor:
      // the two ids then name one place, the anchor right above its heading. Any other repeat is a bug.
      const blocks = blocksOf(tree);
      for (const id of twice) {
        const at = blocks.findIndex((b) => b.tagName === 'p' && b.children.length === 1 && (b.children[0] as Element).properties?.id === id);
        const heading = blocks[at + 1];
        expect(codeAnchors.has(id) && heading !== undefined && /^h[1-6]$/.test(heading.tagName) && heading.properties.id === id, `${f.path}: id ${id} twice, not a code anchor above its own heading`).toBe(true);
      }
    }
  });
});

describe('front matter through the YAML sink, on the hostile corpus', () => {
  const strings = CORPUS.filter(isCatalogText);
  it('reads back as the text in every YAML reader, and holds no MDX or link syntax', () => {
    const block = frontMatter(strings.map((text, i) => [[`k${i}`], text] as const));
    const body = block.slice(4, -4);
    for (const [reader, view] of Object.entries(readYamlEverywhere(body))) {
      expect(view, reader).toEqual(Object.fromEntries(strings.map((text, i) => [`k${i}`, text])));
    }
    expect(mdxSyntaxIn(`${block}\n\n# Title\n`)).toEqual([]);
    expect(block).not.toMatch(/[{}<>[\]]/);
  });
});

describe.each([...Object.entries(FIXTURE_CATALOGS), ['docs-site', CATALOG]] as const)('docs package sample on %s', (_name, catalogDir) => {
  it('installs the generated package and matches codes with its helpers, in a sample that compiles against it (strict, nodenext)', async () => {
    const model = await loadModel(catalogDir);
    const files = await renderCatalog(catalogDir, [typescriptTarget, docsTarget]);
    const single = page(files, 'errors.md');
    const part = single.slice(single.indexOf('## The TypeScript package'), single.indexOf('<a id="page--namespaces">'));
    expect(part).toContain(`npm install ${model.package.name}\n`);
    const sample = /```ts\n([\s\S]*?)```/.exec(part)![1]!;
    for (const helper of ['isErrorCode(code)', 'inNamespace(code, ']) expect(sample).toContain(helper);
    expect(sample).not.toMatch(/startsWith|endsWith/);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-docs-sample-'));
    try {
      for (const f of files.filter((x) => x.path.startsWith('typescript/'))) {
        await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
        await writeFile(path.join(dir, f.path), f.contents);
      }
      const file = path.join(dir, 'typescript', 'docs-sample.ts');
      await writeFile(file, `${sample.replace(`'${model.package.name}'`, "'./src/index.js'")}\nvoid handle;\nexport {};\n`);
      const program = ts.createProgram([file], {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        lib: ['lib.es2022.d.ts'],
        types: [],
        strict: true,
        noEmit: true,
      });
      expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
