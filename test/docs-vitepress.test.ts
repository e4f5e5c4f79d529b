/**
 * A real docs-site build: VitePress, pinned (test/vitepress/package.json
 * and its lock), installed with `npm ci --prefer-offline` into a temporary
 * folder. VitePress 1.6 needs vite 5 and the repository's vitest vite 8, so
 * it cannot be one of the repository's own dependencies. The site is the
 * embedded catalog's pages and the docs-site fixture's (front matter,
 * status phrases, details that end in lists), built as VitePress builds a
 * site; the test then reads the built HTML: every page is there with its
 * front matter title, every link resolves to a built page and an id on it,
 * and no id stands twice but for a code heading whose slug is its own
 * anchor (VitePress's slugify turns `invite.expired` into `invite-expired`).
 *
 * About a minute (install from the npm cache, build). Set
 * ERRCAT_SKIP_VITEPRESS=1 on a machine with neither the cache nor the
 * registry.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../generators/model.js';
import { docsTarget } from '../generators/targets/docs.js';
import { FIXTURE_CATALOGS, loadModel, renderCatalog, ROOT } from './helpers.js';

const run = promisify(execFile);
const SITES = { socialapi: FIXTURE_CATALOGS.socialapi, docsite: path.join(ROOT, 'test/fixtures/docs-site/catalog') } as const;

describe.skipIf(process.env.ERRCAT_SKIP_VITEPRESS === '1')('docs built with VitePress (test/vitepress)', () => {
  let dir: string;
  const models: Partial<Record<keyof typeof SITES, CatalogModel>> = {};
  const pages = new Map<string, string>();
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-vitepress-'));
    for (const f of ['package.json', 'package-lock.json']) await copyFile(path.join(ROOT, 'test/vitepress', f), path.join(dir, f));
    await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, maxBuffer: 1 << 26 });
    for (const [site, catalogDir] of Object.entries(SITES) as [keyof typeof SITES, string][]) {
      models[site] = await loadModel(catalogDir);
      for (const f of await renderCatalog(catalogDir, [docsTarget])) {
        const target = path.join(dir, 'site', site, f.path.replace(/^docs\//, ''));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, f.contents);
      }
    }
    await run(process.execPath, [path.join(dir, 'node_modules/vitepress/bin/vitepress.js'), 'build', 'site'], { cwd: dir, maxBuffer: 1 << 26 });
    const dist = path.join(dir, 'site/.vitepress/dist');
    for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.html')) pages.set(path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'), await readFile(path.join(entry.parentPath, entry.name), 'utf8'));
    }
  }, 600_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** The page's content (VitePress's layout around it holds its own ids and links). */
  const content = (html: string): string => {
    const body = /<div [^>]*class="vp-doc[^"]*"[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
    if (body === undefined) throw new Error('no VitePress content in a built page');
    return body;
  };
  const ids = (html: string): string[] => [...content(html).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

  it('builds every page of both catalogs', () => {
    for (const site of Object.keys(SITES)) {
      for (const name of ['errors.html', 'index.html', 'guidance.html']) if (site === 'socialapi' || name !== 'guidance.html') expect([...pages.keys()], `${site}/${name}`).toContain(`${site}/${name}`);
      for (const s of models[site as keyof typeof SITES]!.sections) expect([...pages.keys()]).toContain(`${site}/sections/${s.id}.html`);
    }
  });

  it('takes the page title from the front matter', () => {
    expect(pages.get('docsite/errors.html')).toMatch(/<title>Docs Site API errors \| VitePress<\/title>/);
    expect(pages.get('docsite/sections/job.html')).toMatch(/<title>job \| VitePress<\/title>/);
    const description = /<meta name="description" content="([^"]*)"/.exec(pages.get('docsite/errors.html')!)?.[1];
    const decoded = description?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(decoded).toBe('Every error of the Docs Site API {v2}: <status>, [meta] & retry advice.');
  });

  it('resolves every link of the reference to a built page and an id on it', () => {
    let checked = 0;
    for (const [name, html] of pages) {
      if (name === '404.html') continue;
      for (const m of content(html).matchAll(/\shref="([^"]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        if (/^[a-z]+:/.test(href)) continue;
        const [target, fragment] = href.split('#') as [string, string | undefined];
        const joined = target === '' ? name : path.posix.normalize(target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(name), target));
        // VitePress writes a link to index.md as the folder (`./`).
        const resolved = joined.endsWith('/') ? `${joined}index.html` : joined;
        expect(pages.has(resolved), `${name} links to ${href}`).toBe(true);
        if (fragment) expect(ids(pages.get(resolved)!), `${name} links to ${href}`).toContain(decodeURIComponent(fragment));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('puts no id on a page twice, but for a code heading whose slug is its own anchor', () => {
    for (const [site, model] of Object.entries(models)) {
      const codeAnchors = new Set([...model!.definitions.map((d) => d.names.anchor), ...model!.wireCodes.map((w) => w.names.anchor)]);
      for (const [name, html] of pages) {
        if (!name.startsWith(`${site}/`)) continue;
        const all = ids(html);
        const twice = all.filter((id, i) => all.indexOf(id) !== i);
        for (const id of twice) expect(codeAnchors.has(id) && new RegExp(`<a id="${id}"></a></p>\\s*<h[1-6] id="${id}"`).test(html), `${name}: id ${id} twice`).toBe(true);
      }
    }
  });
});
