/**
 * Shared test helpers: load a fixture catalog, render targets in memory, and
 * compare with golden files. UPDATE_GOLDEN=1 rewrites the goldens; the diff
 * is then reviewed like any other change.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CatalogModel } from '../generators/model.js';
import { DEFAULT_OPTIONS, type ErrcatOptions } from '../generators/options.js';
import type { OutputFile, Target } from '../generators/output.js';
import { checkCatalog, renderTargets } from '../generators/pipeline.js';
import { TARGETS } from '../generators/targets/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The catalogs every target is golden-tested on and checked with the real
 * tools: the embedded one, a non-SocialAPI one, and four in other code
 * syntaxes (issue 9): vendor `SNYK-CLI-0001`, SQLSTATE classes, gRPC names
 * with their namespace named once per file (a top-level `namespace:`),
 * `/`-separated codes.
 */
export const FIXTURE_CATALOGS = {
  socialapi: path.join(ROOT, 'catalog'),
  ledgerly: path.join(ROOT, 'test/fixtures/ledgerly/catalog'),
  'vendor-dashed': path.join(ROOT, 'test/fixtures/vendor-dashed/catalog'),
  sqlstate: path.join(ROOT, 'test/fixtures/sqlstate/catalog'),
  grpc: path.join(ROOT, 'test/fixtures/grpc/catalog'),
  'slash-codes': path.join(ROOT, 'test/fixtures/slash-codes/catalog'),
} as const;

export function optionsFor(catalogDir: string, overrides: Partial<ErrcatOptions> = {}): ErrcatOptions {
  return { ...DEFAULT_OPTIONS, catalogDir, ...overrides };
}

/** Loads and normalizes a catalog that must be valid. */
export async function loadModel(catalogDir: string): Promise<CatalogModel> {
  const { diagnostics, model } = await checkCatalog(optionsFor(catalogDir));
  if (!model) throw new Error(`fixture catalog ${catalogDir} is invalid:\n${diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n')}`);
  return model;
}

/** Renders and formats one or more targets of a catalog, in memory. */
export async function renderCatalog(catalogDir: string, targets: readonly Target[], overrides: Partial<ErrcatOptions> = {}): Promise<OutputFile[]> {
  const model = await loadModel(catalogDir);
  return renderTargets(model, targets, optionsFor(catalogDir, overrides));
}

/**
 * Where a fixture's golden files live. The embedded catalog's goldens for a
 * target's own folder are out/ itself: committed, reviewed in every diff and
 * checked by `make check`, so a second copy under test/fixtures would only
 * repeat it. Everything else is under test/fixtures/<name>/expected/.
 */
function goldenRoot(name: string, subdir: string): string {
  if (name === 'socialapi' && TARGETS.some((t) => t.dir === subdir)) return path.join(ROOT, 'out');
  return path.join(ROOT, 'test/fixtures', name, 'expected');
}

/**
 * Compares rendered files with the fixture's goldens (see goldenRoot), file
 * by file, and fails on missing or extra files too.
 */
export async function expectGolden(name: string, files: readonly OutputFile[], subdir: string): Promise<void> {
  const root = goldenRoot(name, subdir);
  const expectedDir = path.join(root, subdir);
  const ours = files.filter((f) => f.path === subdir || f.path.startsWith(`${subdir}/`));
  if (process.env.UPDATE_GOLDEN) {
    await rm(expectedDir, { recursive: true, force: true });
    for (const f of ours) {
      const full = path.join(root, f.path);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, f.contents);
    }
  }
  const entries = await readdir(expectedDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const expectedPaths = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  expect(ours.map((f) => f.path).sort(), `files of ${name}/${subdir} (UPDATE_GOLDEN=1 to accept)`).toEqual(expectedPaths);
  for (const f of ours) {
    const expected = await readFile(path.join(root, f.path), 'utf8');
    expect(f.contents, `${name}/${f.path} differs from its golden (UPDATE_GOLDEN=1 to accept)`).toBe(expected);
  }
}
