/**
 * The docs target, proven with the real tools a docs site would run:
 * markdownlint-cli2 with the committed config, remark + GFM, @mdx-js/mdx,
 * and the pinned Prettier (the pages are written final, so Prettier must
 * leave them unchanged).
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import * as prettier from 'prettier';
import remarkGfm from 'remark-gfm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRETTIER_OPTIONS } from '../generators/format.js';
import type { CatalogModel } from '../generators/model.js';
import type { OutputFile } from '../generators/output.js';
import { docsTarget } from '../generators/targets/docs.js';
import { expectGolden, FIXTURE_CATALOGS, loadModel, renderCatalog, ROOT } from './helpers.js';
import { parseMarkdown, type MdNode } from './markdown-ast.js';

function textOf(node: MdNode): string {
  if (node.value !== undefined && node.type !== 'html') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function codesOf(node: MdNode): string[] {
  if (node.type === 'inlineCode') return [node.value!];
  return (node.children ?? []).flatMap(codesOf);
}

function tablesOf(node: MdNode): MdNode[] {
  if (node.type === 'table') return [node];
  return (node.children ?? []).flatMap(tablesOf);
}

/** Every table of a page as header texts and rows of cells. */
function readTables(markdown: string): { header: string[]; rows: MdNode[][] }[] {
  return tablesOf(parseMarkdown(markdown)).map((t) => {
    const [head, ...rows] = t.children!;
    return { header: head!.children!.map(textOf), rows: rows.map((r) => r.children!) };
  });
}

function page(files: readonly OutputFile[], name: string): string {
  const file = files.find((f) => f.path === `docs/${name}`);
  if (!file) throw new Error(`no docs/${name} among ${files.map((f) => f.path).join(', ')}`);
  return file.contents;
}

/** markdownlint-cli2's Node API (the package ships no type declarations). */
type MarkdownlintMain = (params: { directory: string; argv: string[]; logMessage: (m: string) => void; logError: (m: string) => void }) => Promise<number>;

async function lint(files: readonly OutputFile[]): Promise<string[]> {
  // A non-literal specifier keeps tsc from looking for declarations.
  const specifier: string = 'markdownlint-cli2';
  const { main: markdownlint } = (await import(specifier)) as { main: MarkdownlintMain };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-docs-lint-'));
  try {
    for (const f of files) {
      await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
      await writeFile(path.join(dir, f.path), f.contents);
    }
    const errors: string[] = [];
    const code = await markdownlint({
      directory: dir,
      argv: ['--config', path.join(ROOT, '.markdownlint-cli2.jsonc'), '**/*.md'],
      logMessage: () => {},
      logError: (message: string) => errors.push(message),
    });
    if (code !== 0 && errors.length === 0) errors.push(`markdownlint-cli2 exited ${code}`);
    return errors;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function compileAll(files: readonly OutputFile[]): Promise<void> {
  for (const f of files) {
    // Docs sites run MDX with GFM; plain MDX must compile too.
    await compile(f.contents, { remarkPlugins: [remarkGfm] }).catch((e: unknown) => {
      throw new Error(`${f.path} does not compile as MDX (with GFM): ${String(e)}`);
    });
    await compile(f.contents).catch((e: unknown) => {
      throw new Error(`${f.path} does not compile as MDX: ${String(e)}`);
    });
  }
}

/** The ids of every `<a id>` on a page. */
function anchorsOf(markdown: string): string[] {
  return [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!);
}

/**
 * For each wire code, the rows of the single page's code tables that list it:
 * by its own code, or by its family's display code.
 */
function rowsPerWireCode(model: CatalogModel, single: string): Map<string, { status: string | null; description: string }[]> {
  const byDisplay = new Map(model.definitions.map((d) => [d.displayCode, d]));
  const found = new Map<string, { status: string | null; description: string }[]>();
  for (const t of readTables(single)) {
    const codeColumn = t.header.indexOf('Code');
    if (codeColumn < 0) continue;
    const statusColumn = t.header.indexOf('HTTP');
    for (const row of t.rows) {
      for (const printed of codesOf(row[codeColumn]!)) {
        const family = byDisplay.get(printed)?.family;
        const covered = family ? model.wireCodes.filter((w) => w.definition === byDisplay.get(printed)!.code).map((w) => w.code) : [printed];
        for (const code of covered) {
          const list = found.get(code) ?? [];
          list.push({ status: statusColumn < 0 ? null : textOf(row[statusColumn]!), description: textOf(row[row.length - 1]!) });
          found.set(code, list);
        }
      }
    }
  }
  return found;
}

const CASES = Object.entries(FIXTURE_CATALOGS) as [keyof typeof FIXTURE_CATALOGS, string][];

describe.each(CASES)('docs target on %s', (name, catalogDir) => {
  // Rendered once through the pipeline (render, then the format stage),
  // exactly as `errcat generate` does.
  let rendered: OutputFile[];
  let model: CatalogModel;
  beforeAll(async () => {
    model = await loadModel(catalogDir);
    rendered = await renderCatalog(catalogDir, [docsTarget]);
  });

  it('matches the golden pages', async () => {
    await expectGolden(name, rendered, 'docs');
  });

  it('passes markdownlint-cli2 with the committed config', async () => {
    expect(await lint(rendered)).toEqual([]);
  });

  it('compiles every page as MDX', async () => {
    await compileAll(rendered);
  });

  it('is left unchanged by the pinned Prettier', async () => {
    for (const f of rendered) {
      expect(f.format).toBe('none');
      expect(await prettier.format(f.contents, { ...PRETTIER_OPTIONS, parser: 'markdown' }), f.path).toBe(f.contents);
    }
  });

  it('names the statuses a code declares it may be forwarded with in its status fact', () => {
    const declared = model.definitions.filter((d) => d.status !== null && (d.statusForwarding?.statuses ?? []).some((s) => s !== d.status && s !== d.statusForwarding!.fallback));
    if (name === 'socialapi') expect(declared.map((d) => d.code)).toContain('platform.{platform}.auth');
    const text = page(rendered, 'errors.md');
    for (const d of declared) {
      const statuses = d.statusForwarding!.statuses.filter((s) => s !== d.status && s !== d.statusForwarding!.fallback);
      expect(text, d.code).toMatch(new RegExp(`Forwarded, it may also arrive with ${statuses.map((s) => `${s}[^,.]*`).join(', ')}\\.`));
    }
  });

  it('lists every wire code in exactly one table row, with its status', async () => {
    const found = rowsPerWireCode(model, page(rendered, 'errors.md'));
    const definitions = new Map(model.definitions.map((d) => [d.code, d]));
    for (const w of model.wireCodes) {
      const d = definitions.get(w.definition)!;
      expect(found.get(w.code), w.code).toHaveLength(1);
      expect(found.get(w.code)![0]!.status, w.code).toBe(d.status === null ? null : String(d.status));
    }
    expect([...found.keys()].sort()).toEqual(model.wireCodes.map((w) => w.code).sort());
  });

  it('gives every table a consistent column count', async () => {
    for (const f of rendered) {
      for (const t of readTables(f.contents)) {
        for (const row of t.rows) expect(row.length, `${f.path}: ${t.header.join(' | ')}`).toBe(t.header.length);
      }
    }
  });

  it('carries every model anchor once on the single page, and every link resolves', async () => {
    expectStableAnchors(model, rendered);
  });

  it('prints every namespace as a pattern, never as one of its codes', () => {
    for (const f of [page(rendered, 'errors.md'), page(rendered, 'index.md')]) {
      const namespaces = readTables(f).find((t) => t.header[0] === 'Namespace')!;
      const printed = namespaces.rows.flatMap((row) => codesOf(row[0]!));
      expect(printed.length).toBeGreaterThanOrEqual(model.namespaces.length);
      // The code syntax's wildcard (`billing.*`, `SNYK-CLI-*`, `23*`), or the name where codes name their namespace.
      const codes = new Set(model.wireCodes.map((w) => w.code));
      for (const p of printed) expect(codes.has(p), `${p} is a namespace pattern, not a code`).toBe(false);
      for (const n of model.namespaces) expect(printed.some((p) => p === n.wildcard || (n.wildcard.endsWith('*') && p.startsWith(n.wildcard.slice(0, -1)) && p.endsWith('*'))), n.name).toBe(true);
    }
  });
});

const CODE_ANCHOR = /^[a-z][a-z0-9_]*(-[a-z][a-z0-9_]*)+$/;
const SECTION_ID = /^[a-z][a-z0-9_]*$/;

/**
 * Every anchor of the single page is exactly what its name says (a code's
 * `names.anchor`, a section's id, or one of the page's own `word--word`
 * anchors, which neither of the others can spell), once; every link of
 * every page resolves to an anchor of its target page.
 */
function expectStableAnchors(model: CatalogModel, files: readonly OutputFile[]): void {
  const single = anchorsOf(page(files, 'errors.md'));
  expect(new Set(single).size, 'no anchor twice').toBe(single.length);
  const codeAnchors = [...model.definitions.map((d) => d.names.anchor), ...model.wireCodes.map((w) => w.names.anchor)];
  for (const a of codeAnchors) expect(single, a).toContain(a);
  const own = ['page--envelope', 'page--package', 'page--namespaces', 'page--details', ...model.sections.map((s) => `section--${s.id}`), ...model.sections.map((s) => `details--${s.id}`)];
  if (model.guidance.length > 0) own.push('page--guidance', ...model.guidance.map((g) => `guidance--${g.id}`));
  if (model.retired.length > 0) own.push('page--retired');
  if (model.schemas.length > 0) own.push('page--schemas', ...model.schemas.map((s) => s.anchor));
  for (const a of own) {
    expect(single, a).toContain(a);
    expect(a, 'the page\'s own anchors cannot be a code anchor').not.toMatch(CODE_ANCHOR);
    expect(a, 'the page\'s own anchors cannot be a section id').not.toMatch(SECTION_ID);
  }
  expect([...single].sort()).toEqual([...new Set([...codeAnchors, ...own])].sort());
  const anchors = new Map(files.map((f) => [f.path, new Set(anchorsOf(f.contents))]));
  for (const f of files) {
    for (const m of f.contents.matchAll(/\]\(([^)\s]*)\)/g)) {
      const [target, fragment] = m[1]!.split('#') as [string, string | undefined];
      const resolved = target === '' ? f.path : path.posix.join(path.posix.dirname(f.path), target);
      expect(anchors.has(resolved), `${f.path} links to ${m[1]}`).toBe(true);
      if (fragment !== undefined) expect(anchors.get(resolved)!.has(fragment), `${f.path} links to ${m[1]}`).toBe(true);
    }
  }
}

/** Headings of a page as [depth, text], in order. */
function headingsOf(markdown: string): [number, string][] {
  const out: [number, string][] = [];
  const walk = (node: MdNode): void => {
    if (node.type === 'heading') out.push([node.depth!, textOf(node)]);
    for (const c of node.children ?? []) walk(c);
  };
  walk(parseMarkdown(markdown));
  return out;
}

describe('docs target on names that read like its own anchors (test/fixtures/docs-anchors)', () => {
  const catalogDir = path.join(ROOT, 'test/fixtures/docs-anchors/catalog');
  let rendered: OutputFile[];
  let model: CatalogModel;
  beforeAll(async () => {
    model = await loadModel(catalogDir);
    rendered = await renderCatalog(catalogDir, [docsTarget]);
  });

  it('matches the golden pages', async () => {
    await expectGolden('docs-anchors', rendered, 'docs');
  });

  it('passes markdownlint-cli2, compiles as MDX and is Prettier-stable', async () => {
    expect(await lint(rendered)).toEqual([]);
    await compileAll(rendered);
    for (const f of rendered) expect(await prettier.format(f.contents, { ...PRETTIER_OPTIONS, parser: 'markdown' }), f.path).toBe(f.contents);
  });

  it('keeps sections called details, guidance, envelope, namespaces and index at their ids, and every link resolving', () => {
    expect(model.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['a', 'details', 'guidance', 'envelope', 'namespaces', 'index']));
    // a.{p} ends with its parameter; its anchor must still not be the section a's.
    expect(model.definitions.find((d) => d.code === 'a.{p}')!.names.anchor).not.toBe('a');
    expectStableAnchors(model, rendered);
    const single = page(rendered, 'errors.md');
    for (const id of ['details', 'guidance', 'envelope', 'namespaces', 'index', 'a']) expect(single).toContain(`](#section--${id})`);
    expect(single).toContain('[Error details](#page--details)');
    expect(single).toContain('[Handling common cases](#page--guidance)');
  });

  it('nests authored headings one level below the heading they sit under, without skipping', () => {
    const single = headingsOf(page(rendered, 'errors.md'));
    for (let i = 1; i < single.length; i++) expect(single[i]![0], `${single[i]![1]} after ${single[i - 1]![1]}`).toBeLessThanOrEqual(single[i - 1]![0] + 1);
    const after = (title: string, count: number): [number, string][] => {
      const at = single.findIndex(([, t]) => t === title);
      return single.slice(at, at + count + 1);
    };
    // docs.intro under the h1; envelope description under "Error responses".
    expect(after('Anchor collisions', 3)).toEqual([[1, 'Anchor collisions'], [2, 'About this page'], [3, 'Matching'], [4, 'Families']]);
    expect(after('Error responses', 2)).toEqual([[2, 'Error responses'], [3, 'The body'], [4, 'Fields']]);
    // A code's details (#, ##, ###, ####) under its h4.
    expect(after('details.guidance', 4)).toEqual([[4, 'details.guidance'], [5, 'Why'], [6, 'What to do'], [6, 'Deeper'], [6, 'Deepest']]);
    // Written at levels 3 and 5: the shallowest becomes h5.
    expect(after('guidance.details', 2)).toEqual([[4, 'guidance.details'], [5, 'Written at level three'], [6, 'Written at level five']]);
    // A guidance body (#, ##, ### with no blank lines) under its h3.
    expect(after('Handle details', 3)).toEqual([[3, 'Handle details'], [4, 'First'], [5, 'Then'], [6, 'Finally']]);
    // On a section page, the section intro sits under the page's h1; a setext heading in the outro becomes ATX.
    expect(headingsOf(page(rendered, 'sections/details.md')).slice(0, 4)).toEqual([[1, 'Details'], [2, 'Section notes'], [3, 'More'], [2, 'Underlined heading']]);
    expect(page(rendered, 'sections/details.md')).toContain('\n## Underlined heading\n');
  });

  it('says in the details of an HTTP code which events also carry it', () => {
    const d = model.definitions.find((x) => x.code === 'guidance.details')!;
    expect(d.transport).toBe('http');
    for (const f of [page(rendered, 'errors.md'), page(rendered, 'sections/guidance.md')]) {
      expect(f).toContain('- **Also sent in events:** `data.error_code` of `job.failed` and `job.retried` events.');
    }
  });
});

describe('docs target against the published reference', () => {
  it('has every code, status and description row of the reference (test/fixtures/reference/rows.json)', async () => {
    const reference = JSON.parse(await readFile(path.join(ROOT, 'test/fixtures/reference/rows.json'), 'utf8')) as { section: string; status: number | null; code: string; description: string }[];
    expect(reference.length).toBe(81);
    const single = page(await renderCatalog(FIXTURE_CATALOGS.socialapi, [docsTarget]), 'errors.md');
    const rows: { codes: string[]; status: string | null; description: string }[] = [];
    for (const t of readTables(single)) {
      const codeColumn = t.header.indexOf('Code');
      if (codeColumn < 0) continue;
      const statusColumn = t.header.indexOf('HTTP');
      for (const row of t.rows) rows.push({ codes: codesOf(row[codeColumn]!), status: statusColumn < 0 ? null : textOf(row[statusColumn]!), description: textOf(row[row.length - 1]!) });
    }
    const missing = reference.filter((r) => !rows.some((row) => row.codes.includes(r.code) && row.status === (r.status === null ? null : String(r.status)) && row.description === r.description));
    expect(missing).toEqual([]);
  });
});
