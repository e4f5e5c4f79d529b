/**
 * Issue 11's docs failures, each reproduced on test/fixtures/docs-site (a
 * catalog written the way real vendor catalogs are) and checked with the
 * tool a docs site runs: remark + rehype with raw HTML, MDX rendered with
 * React, markdownlint-cli2 with the shipped config, github-slugger through
 * rehype-slug, the YAML readers.
 */
import path from 'node:path';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutputFile } from '../generators/output.js';
import { docsTarget } from '../generators/targets/docs.js';
import { lintMarkdown, renderCommonMark, renderMdx, visibleText } from './consumers.js';
import { expectGolden, FIXTURE_CATALOGS, renderCatalog, ROOT } from './helpers.js';

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
