/**
 * Catalog diffs in memory: given a change to a model, want its judgement.
 * Models are cloned from the ledgerly fixture and edited. The end-to-end
 * table over the built CLI and git is test/diff-contract.test.ts.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffCatalogs, type CatalogChange } from '../generators/diff/index.js';
import { compareSchemas } from '../generators/diff/schema.js';
import { checkVersion } from '../generators/diff/semver.js';
import type { CatalogModel } from '../generators/model.js';
import { FIXTURE_CATALOGS, loadModel } from './helpers.js';

let base: CatalogModel;
beforeAll(async () => {
  base = await loadModel(FIXTURE_CATALOGS.ledgerly);
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

function edit(change: (m: Mutable<CatalogModel>) => void): CatalogModel {
  const copy = structuredClone(base) as Mutable<CatalogModel>;
  change(copy);
  return copy as CatalogModel;
}

const summary = (changes: CatalogChange[]) => changes.map((c) => `${c.verdict} ${c.kind} ${c.code}`);
const definition = (m: Mutable<CatalogModel>, code: string) => m.definitions.find((d) => d.code === code)!;

describe('diffCatalogs', () => {
  it('finds nothing between a catalog and itself', () => {
    expect(diffCatalogs(base, base)).toEqual([]);
  });

  it('finds nothing when a code moves into a file of its own (files are no part of the contract)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-diff-files-'));
    try {
      const text = await readFile(path.join(FIXTURE_CATALOGS.ledgerly, 'ledgerly.yaml'), 'utf8');
      const from = text.indexOf('  settlement.batch_rejected:\n');
      const to = text.indexOf('\nretired:\n');
      expect(from).toBeGreaterThan(0);
      expect(to).toBeGreaterThan(from);
      await writeFile(path.join(dir, 'ledgerly.yaml'), text.slice(0, from) + text.slice(to + 1));
      await writeFile(path.join(dir, 'settlement.yaml'), `codes:\n${text.slice(from, to + 1)}`);
      const moved = await loadModel(dir);
      expect(moved.sourceFiles).toEqual(['ledgerly.yaml', 'settlement.yaml']);
      expect(diffCatalogs(base, moved)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a family status change once, naming the family', () => {
    const changes = diffCatalogs(base, edit((m) => void (definition(m, 'rail.{rail}.unavailable').status = 502)));
    expect(summary(changes)).toEqual(['breaking status-changed rail.{rail}.unavailable']);
    expect(changes[0]).toMatchObject({ property: 'status', from: 503, to: 502, file: null, line: null });
  });

  it('a removed alias is breaking, a new alias for the same condition too', () => {
    const changes = diffCatalogs(base, edit((m) => {
      m.wireCodes = m.wireCodes.filter((w) => w.code !== 'payment.refused');
      m.wireCodes.push({ code: 'payment.zz_new', definition: 'payment.declined', via: 'alias', names: { constant: 'X', type: 'X', anchor: 'x' } });
    }));
    expect(summary(changes)).toEqual(['breaking alias-added payment.declined', 'breaking alias-removed payment.declined']);
  });

  it('the strict view makes narrowing breaking', () => {
    const after = edit((m) => {
      const meta = definition(m, 'ledger.balance_stale').meta as unknown as { schema: { properties: { version: Record<string, unknown> } } };
      meta.schema.properties.version = { ...meta.schema.properties.version, maximum: 100 };
    });
    expect(summary(diffCatalogs(base, after))).toEqual(['compatible meta-constraint ledger.balance_stale']);
    expect(summary(diffCatalogs(base, after, { strict: true }))).toEqual(['breaking meta-constraint ledger.balance_stale']);
  });

  it('a changed problem type URI is breaking, once per definition', () => {
    const after = edit((m) => void ((definition(m, 'payment.declined') as { typeUri: string | null }).typeUri = 'https://errors.example/declined'));
    expect(summary(diffCatalogs(base, after))).toEqual(['breaking problem-type-changed payment.declined']);
  });

  it('each change once: a renamed code member, an identifier declaration removed with its values, a derived name', () => {
    const renamed = edit((m) => {
      const code = m.envelope.body.members.find((x) => x.value === 'code')!;
      code.name = 'error_code';
      m.envelope.body.codeMember = 'error_code';
    });
    expect(summary(diffCatalogs(base, renamed))).toEqual(['breaking body-member-renamed ']);
    const identified = edit((m) => {
      m.identifiers = [{ name: 'legacy', title: 'Legacy code', type: 'string', description: null }];
      definition(m, 'payment.declined').identifiers = [{ name: 'legacy', value: 'E1' }];
      definition(m, 'ledger.balance_stale').identifiers = [{ name: 'legacy', value: 'E2' }];
    });
    expect(summary(diffCatalogs(identified, base))).toEqual(['breaking identifier-removed ']);
    expect(summary(diffCatalogs(base, identified))).toEqual(['compatible identifier-added ']);
    const prefixed = edit((m) => {
      const w = m.wireCodes.find((x) => x.code === 'payment.declined')!;
      w.names.constant = 'E_PAYMENT_DECLINED';
    });
    expect(summary(diffCatalogs(base, prefixed))).toEqual(['breaking derived-name-changed payment.declined']);
  });

  it('an unknown part of the model that changes is breaking (model-changed), not ignored', () => {
    const after = edit((m) => void ((m as unknown as Record<string, unknown>).body = { mediaType: 'application/problem+json' }));
    expect(summary(diffCatalogs(base, after))).toEqual(['breaking model-changed ']);
  });
});

describe('compareSchemas: the direction of each keyword change', () => {
  it.each([
    ['maxLength 64 → 32', { type: 'string', maxLength: 64 }, { type: 'string', maxLength: 32 }, 'narrower'],
    ['maxLength dropped', { type: 'string', maxLength: 64 }, { type: 'string' }, 'wider'],
    ['minimum raised', { type: 'integer', minimum: 0 }, { type: 'integer', minimum: 1 }, 'narrower'],
    ['number → integer', { type: 'number' }, { type: 'integer' }, 'narrower'],
    ['integer → number', { type: 'integer' }, { type: 'number' }, 'wider'],
    ['nullable', { type: 'string' }, { type: ['string', 'null'] }, 'wider'],
    ['string → enum', { type: 'string' }, { type: 'string', enum: ['a'] }, 'narrower'],
    ['enum value added', { enum: ['a'] }, { enum: ['a', 'b'] }, 'wider'],
    ['enum reordered is nothing', { enum: ['a', 'b'] }, { enum: ['b', 'a'] }, null],
    ['pattern replaced', { pattern: '^a' }, { pattern: '^b' }, 'changed'],
    ['multipleOf 2 → 4', { multipleOf: 2 }, { multipleOf: 4 }, 'narrower'],
    ['string → integer', { type: 'string' }, { type: 'integer' }, 'changed'],
  ])('%s', (_name, a, b, want) => {
    const changes = compareSchemas(a, b);
    expect(changes.map((c) => c.direction)).toEqual(want === null ? [] : [want]);
  });
});

describe('checkVersion', () => {
  const change = (bump: 'major' | 'minor' | 'patch') => [{ bump } as CatalogChange];
  it.each([
    ['2.3.0', '3.0.0', 'major', true],
    ['2.3.0', '2.4.0', 'major', false],
    ['2.3.0', '2.4.0', 'minor', true],
    ['2.3.0', '2.3.0', 'patch', false],
    ['2.3.0', '2.2.9', 'patch', false],
    ['0.3.0', '0.4.0', 'major', true],
    ['0.3.0', '0.3.1', 'minor', true],
    ['2.3', '2.4', 'minor', false],
  ] as const)('%s → %s needing %s: ok %s', (from, to, bump, ok) => {
    expect(checkVersion(from, to, change(bump)).ok).toBe(ok);
  });
  it('nothing changed needs no bump', () => {
    expect(checkVersion('1.0.0', '1.0.0', [])).toMatchObject({ needed: 'none', ok: true });
  });
});
