/**
 * errcat's fast paths change no byte: a large synthetic catalog (the bench's,
 * 2,500 codes: past the TypeScript target's 2,000-item parts, with families,
 * aliases, event codes, shared schemas, Markdown and hostile text) is checked
 * and rendered by every target with each fast path on, then off, and the
 * diagnostics and every output file must be identical. The fixtures' goldens
 * (out/ and test/fixtures/<case>/expected/) prove the same on small catalogs.
 *
 * Fast paths so far: the memo of parsed Markdown fields (escape/markdown-reprint.ts).
 * The precompiled catalog validator has its own proof (catalog-validator.test.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { memoizeMarkdownParses } from '../generators/escape/markdown-reprint.js';
import { checkCatalog, renderTargets } from '../generators/pipeline.js';
import { TARGETS } from '../generators/targets/index.js';
import { optionsFor, ROOT } from './helpers.js';

let tmp: string | undefined;
afterAll(async () => {
  memoizeMarkdownParses(true);
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Diagnostics and every rendered file of a catalog folder. */
async function run(catalogDir: string): Promise<{ diagnostics: unknown; files: Map<string, string> }> {
  const options = optionsFor(catalogDir);
  const { diagnostics, model } = await checkCatalog(options);
  if (!model) throw new Error(`synthetic catalog invalid: ${JSON.stringify(diagnostics.slice(0, 3))}`);
  const files = await renderTargets(model, TARGETS, options);
  return { diagnostics, files: new Map(files.map((f) => [f.path, f.contents])) };
}

describe('fast paths', () => {
  it('render a large catalog to the same bytes as without them', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-fast-paths-'));
    const synthetic = (await import(pathToFileURL(path.join(ROOT, 'test/bench/synthetic.mjs')).href)) as { writeSyntheticCatalog(dir: string, n: number, opts: { rich: boolean }): void };
    const catalogDir = path.join(tmp, 'catalog');
    synthetic.writeSyntheticCatalog(catalogDir, 2500, { rich: true });

    memoizeMarkdownParses(true);
    const fast = await run(catalogDir);
    memoizeMarkdownParses(false);
    const plain = await run(catalogDir);

    expect(fast.diagnostics).toEqual(plain.diagnostics);
    expect([...fast.files.keys()]).toEqual([...plain.files.keys()]);
    // The catalog reaches every target and its split parts: the comparison has something to compare.
    expect(fast.files.size).toBeGreaterThan(60);
    expect([...fast.files.keys()].some((p) => p.includes('/catalog/part-0002'))).toBe(true);
    for (const [file, contents] of plain.files) expect(fast.files.get(file), file).toBe(contents);
  }, 600_000);
});
