/**
 * Retired codes: the catalog's `retired:` list keeps removed codes
 * reserved. Validation refuses reuse; the model, the TypeScript package and
 * the docs carry the list.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../generators/parse-yaml.js';
import { checkLoaded } from '../generators/pipeline.js';
import { TARGETS } from '../generators/targets/index.js';
import { FIXTURE_CATALOGS, loadModel, optionsFor, renderCatalog } from './helpers.js';

const OPTIONS = optionsFor('.');

async function checkLedgerly(retired: string) {
  const base = await readFile(path.join(FIXTURE_CATALOGS.ledgerly, 'ledgerly.yaml'), 'utf8');
  const text = base.replace(/\nretired:\n(?: {2}.*\n|\n)*?(?=guidance:)/, `\nretired:\n${retired}\n`);
  expect(text).not.toBe(base);
  const parsed = parseYaml('ledgerly.yaml', text, OPTIONS.limits);
  const { diagnostics } = checkLoaded([{ file: 'ledgerly.yaml', text, data: parsed.data }], parsed.findings, OPTIONS);
  return { diagnostics: diagnostics.map((d) => `${d.rule}@${d.line}`), lineOf: (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1 };
}

describe('retired codes', () => {
  it('the model lists them, sorted, with version, replacement and reason', async () => {
    const model = await loadModel(FIXTURE_CATALOGS.ledgerly);
    expect(model.retired).toEqual([{ code: 'payment.legacy_refund_failed', since: '2.0', replacement: 'payment.declined', reason: 'Refunds no longer fail separately | see `payment.declined`.' }]);
  });

  it.each([
    ['a code sent again', '  - code: payment.declined\n    since: "2.0"\n', 'retired-code-reused', 'code: payment.declined'],
    ['an alias sent again', '  - code: payment.refused\n    since: "2.0"\n', 'retired-code-reused', 'code: payment.refused'],
    ['a family expansion sent again', '  - code: rail.ach.unavailable\n    since: "2.0"\n', 'retired-code-reused', 'code: rail.ach.unavailable'],
    ['listed twice', '  - code: payment.gone\n    since: "2.0"\n  - code: payment.gone\n    since: "2.1"\n', 'retired-duplicate', 'since: "2.1"'],
    ['an unknown replacement', '  - code: payment.gone\n    since: "2.0"\n    replacement: payment.nowhere\n', 'retired-replacement-unknown', 'replacement: payment.nowhere'],
  ])('refuses %s', async (_name, retired, rule, line) => {
    const { diagnostics, lineOf } = await checkLedgerly(retired);
    const want = rule === 'retired-duplicate' ? lineOf(line) - 1 : lineOf(line);
    expect(diagnostics).toEqual([`${rule}@${want}`]);
  });
});

describe('retired codes in the outputs', () => {
  it('the TypeScript package recognizes one at run time, and the docs list it in their own section', async () => {
    const files = await renderCatalog(FIXTURE_CATALOGS.ledgerly, TARGETS);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-retired-'));
    try {
      for (const f of files.filter((f) => f.path.startsWith('typescript/dist/'))) {
        await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
        await writeFile(path.join(dir, f.path), f.contents);
      }
      const codes = (await import(pathToFileURL(path.join(dir, 'typescript/dist/codes.js')).href)) as { isRetiredCode(v: unknown): boolean; retiredErrorCodes: readonly string[] };
      expect(codes.retiredErrorCodes).toEqual(['payment.legacy_refund_failed']);
      expect(codes.isRetiredCode('payment.legacy_refund_failed')).toBe(true);
      expect(codes.isRetiredCode('payment.declined')).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const page = files.find((f) => f.path === 'docs/errors.md')!.contents;
    const section = page.slice(page.indexOf('\n## Retired codes\n'));
    expect(section).toMatch(/^\n## Retired codes\n/);
    expect(section).toMatch(/\| `payment\.legacy_refund_failed` +\| `2\.0` +\| `payment\.declined` +\|/);
  }, 120_000);
});
