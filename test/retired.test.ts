/**
 * Retired codes: the catalog's `retired:` list keeps removed codes
 * reserved. Validation refuses reuse; the model, the TypeScript package and
 * the docs carry the list.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../generators/parse-yaml.js';
import { checkLoaded } from '../generators/pipeline.js';
import { FIXTURE_CATALOGS, loadModel, optionsFor } from './helpers.js';

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
