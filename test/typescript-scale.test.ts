/**
 * The generated package type-checks under strict for a large catalog of the
 * rich synthetic shape (families over a parameter, aliases, meta of every
 * kind), not only the basic one: at this size `envelopeMatches`'s return
 * type once failed with "Excessive complexity comparing types … and
 * 'ErrorCode'". 2,000 definitions (2,083 wire codes) is the smallest size
 * tried that failed (1,500 passed): the check, one strict program over the
 * split package, stays as cheap as it can.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTypeScript } from '../generators/targets/typescript.js';
import { loadModel, ROOT } from './helpers.js';
import { STRICT } from './strict-ts.js';

/** Definitions of the rich synthetic catalog; families expand them to more wire codes. */
const CODES = 2000;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-ts-scale-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('typescript target: a large rich catalog', () => {
  it('type-checks strictly, split into parts', async () => {
    const synthetic = (await import(pathToFileURL(path.join(ROOT, 'test/bench/synthetic.mjs')).href)) as {
      writeSyntheticCatalog(dir: string, n: number, opts?: { rich?: boolean }): void;
    };
    const catalogDir = path.join(tmp, 'catalog');
    synthetic.writeSyntheticCatalog(catalogDir, CODES, { rich: true });
    const model = await loadModel(catalogDir);
    const files = renderTypeScript(model, 400).filter((f) => f.path.startsWith('typescript/src/'));
    expect(files.length).toBeGreaterThan(9);
    for (const f of files) {
      const full = path.join(tmp, 'out', f.path);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, f.contents);
    }
    const program = ts.createProgram(files.map((f) => path.join(tmp, 'out', f.path)), STRICT);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file && d.start !== undefined ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  }, 300_000);
});
