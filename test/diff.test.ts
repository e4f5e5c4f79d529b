/**
 * Catalog diffs: given a change to a catalog's model, want its classification.
 * Models are cloned from the ledgerly fixture and edited in memory.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { diffCatalogs, type CatalogChange } from '../generators/diff.js';
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

const summary = (changes: CatalogChange[]) => changes.map((c) => `${c.impact} ${c.kind} ${c.code}`);
const definition = (m: Mutable<CatalogModel>, code: string) => m.definitions.find((d) => d.code === code)!;

describe('diffCatalogs', () => {
  it('finds nothing between a catalog and itself', () => {
    expect(diffCatalogs(base, base)).toEqual([]);
  });

  it.each([
    {
      name: 'a removed code and alias are breaking; an added code is compatible',
      change: (m: Mutable<CatalogModel>) => {
        m.wireCodes = m.wireCodes.filter((w) => w.code !== 'payment.refused' && w.code !== 'rail.card.cvc_mismatch');
        m.wireCodes.push({ code: 'payment.zz_new', definition: 'payment.declined', via: 'alias', names: { constant: 'X', type: 'X', anchor: 'x' } });
      },
      want: ['breaking code-removed payment.refused', 'breaking code-removed rail.card.cvc_mismatch', 'compatible code-added payment.zz_new'],
    },
    {
      name: 'a status or transport change is breaking, on every code of a family',
      change: (m: Mutable<CatalogModel>) => {
        definition(m, 'rail.{rail}.unavailable').status = 502;
        definition(m, 'ledger.balance_stale').transport = 'event';
      },
      want: ['breaking transport-changed ledger.balance_stale', 'breaking status-changed rail.ach.unavailable', 'breaking status-changed rail.card.unavailable', 'breaking status-changed rail.sepa.unavailable'],
    },
    {
      name: 'meta: a removed, retyped or newly required property breaks; a new optional one does not',
      change: (m: Mutable<CatalogModel>) => {
        const meta = definition(m, 'payment.amount_invalid').meta as Extract<Mutable<CatalogModel>['definitions'][number]['meta'], { kind: 'schema' }>;
        meta.properties = meta.properties.filter((p) => p.name !== 'hints');
        meta.properties.find((p) => p.name === 'currency')!.required = true;
        meta.properties.find((p) => p.name === 'field')!.type = 'integer';
        meta.properties.push({ name: 'note', type: 'string', required: false, description: null });
      },
      want: [
        'breaking meta-property-now-required payment.amount_invalid',
        'breaking meta-property-removed payment.amount_invalid',
        'breaking meta-property-type-changed payment.amount_invalid',
        'compatible meta-property-added payment.amount_invalid',
      ],
    },
    {
      name: 'meta: tighter constraints break; reworded property descriptions do not',
      change: (m: Mutable<CatalogModel>) => {
        const meta = definition(m, 'ledger.balance_stale').meta as unknown as { schema: { properties: { version: Record<string, unknown> } } };
        meta.schema.properties.version = { ...meta.schema.properties.version, minimum: 1 };
        const amount = definition(m, 'payment.amount_invalid').meta as unknown as { schema: { properties: { field: Record<string, unknown> } } };
        amount.schema.properties.field = { ...amount.schema.properties.field, description: 'Reworded.' };
      },
      want: ['breaking meta-property-constraints-changed ledger.balance_stale'],
    },
    {
      name: 'dropping meta breaks; deprecation, retry and wording are notices',
      change: (m: Mutable<CatalogModel>) => {
        definition(m, 'ledger.balance_stale').meta = { kind: 'none' };
        definition(m, 'payment.declined').deprecated = { since: '3.0', replacement: null, reason: null };
        definition(m, 'payment.declined').retry.policy = 'never';
        definition(m, 'rail.card.cvc_mismatch').description = 'Reworded.';
      },
      want: [
        'breaking meta-removed ledger.balance_stale',
        'notice code-deprecated payment.declined',
        'notice retry-changed payment.declined',
        'notice code-deprecated payment.refused',
        'notice retry-changed payment.refused',
        'notice description-changed rail.card.cvc_mismatch',
      ],
    },
  ])('$name', ({ change, want }) => {
    expect(summary(diffCatalogs(base, edit(change)))).toEqual(want);
  });
});
