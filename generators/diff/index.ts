/**
 * `errcat diff`: compares two versions of a catalog and judges every change
 * to its contract (rules.ts), locating each in the newer catalog. Pure: two
 * models (and the newer one's sources, for positions) in, a sorted list of
 * changes out. Reading versions from folders, model files and git is in
 * source.ts.
 */
import { compareStrings } from '../diagnostics.js';
import type { CatalogModel } from '../model.js';
import { ChangeLocator, type CatalogSource } from './locate.js';
import { compareModels } from './model.js';
import { judge } from './rules.js';
import type { CatalogChange, Verdict } from './types.js';

export type { Bump, CatalogChange, Direction, Verdict } from './types.js';

/** How to judge: the client view (default), or also the producer's (strict). */
export interface DiffOptions {
  strict: boolean;
}

const VERDICT_ORDER: Record<Verdict, number> = { breaking: 0, compatible: 1, notice: 2 };

/** Every change from `before` to `after`: breaking first, then by code, property and kind. */
export function diffCatalogs(before: CatalogModel, after: CatalogModel, options: DiffOptions = { strict: false }, newer: CatalogSource | null = null): CatalogChange[] {
  const locator = new ChangeLocator(newer);
  const changes = compareModels(before, after).map((raw): CatalogChange => {
    const { verdict, bump, message } = judge(raw, options.strict);
    const { anchor: _anchor, detail: _detail, ...rest } = raw;
    return { ...locator.locate(raw.anchor), verdict, ...rest, message, bump, from: raw.from ?? null, to: raw.to ?? null };
  });
  return changes.sort(
    (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || compareStrings(a.code, b.code) || compareStrings(a.property, b.property) || compareStrings(a.kind, b.kind) || compareStrings(a.message, b.message),
  );
}
