/**
 * The `model` target: the normalized model as JSON. It is the contract that
 * the other targets render, committed so that a change to the catalog shows
 * up as one reviewable diff, and the input of catalog-to-catalog diffs.
 */
import { stringifyJson } from '../escape/json.js';
import type { CatalogModel } from '../model.js';
import type { OutputFile, Target } from '../output.js';

/** Serializes the model with sorted keys, unsafe characters escaped, and a trailing newline. */
export function renderModelJson(model: CatalogModel): string {
  return `${stringifyJson(model, sortKeys, 2)}\n`;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(value).sort()) sorted[k] = (value as Record<string, unknown>)[k];
  return sorted;
}

export const modelTarget: Target = {
  name: 'model',
  dir: 'model',
  description: 'the normalized catalog model as JSON (model/catalog.json)',
  render(model): OutputFile[] {
    return [{ path: 'model/catalog.json', contents: renderModelJson(model), format: 'none' }];
  },
};
