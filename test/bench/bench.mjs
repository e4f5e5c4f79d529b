/**
 * `make bench`: errcat's cost on synthetic catalogs of growing size, in one
 * run so that figures compare as ratios on this (shared, noisy) machine.
 * Prints, per size: wall time and peak heap of each stage, per-code cost,
 * and the ratio to the smallest size's per-code cost (1.0 = linear).
 *
 *   node --expose-gc test/bench/bench.mjs [sizes...]   default: 1000 10000 100000
 */
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_OPTIONS } from '../../dist/options.js';
import { loadCatalog } from '../../dist/load.js';
import { validateCatalog } from '../../dist/validate.js';
import { normalizeCatalog } from '../../dist/normalize.js';
import { renderTargets } from '../../dist/pipeline.js';
import { TARGETS } from '../../dist/targets/index.js';
import { writeSyntheticCatalog } from './synthetic.mjs';
import { measure } from './measure.mjs';

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(1000, 10000, 100000);
const targetNames = (process.env.BENCH_TARGETS ?? TARGETS.map((t) => t.name).join(',')).split(',').filter(Boolean);

const rows = [];
for (const n of sizes) {
  const dir = path.join(os.tmpdir(), `errcat-bench-${n}`);
  writeSyntheticCatalog(dir, n);
  const options = { ...DEFAULT_OPTIONS, catalogDir: dir };
  const load = await measure(() => loadCatalog(dir, options.limits));
  const validate = await measure(() => validateCatalog(load.value.files, options.limits));
  const errors = [...load.value.findings, ...validate.value.findings].filter((f) => f.rule);
  if (errors.length > 0) throw new Error(`synthetic catalog has findings: ${JSON.stringify(errors.slice(0, 3))}`);
  const normalize = await measure(() => normalizeCatalog(validate.value.merged, dir));
  const row = { n, load, validate, normalize, schemas: validate.value.compiler.distinctSchemas };
  for (const name of targetNames) {
    const target = TARGETS.find((t) => t.name === name);
    row[name] = await measure(() => renderTargets(normalize.value, [target], options));
  }
  rows.push(row);
  const cols = ['load', 'validate', 'normalize', ...targetNames];
  console.log(`${n} codes (${row.schemas} distinct meta schemas): ${cols.map((c) => `${c} ${row[c].ms.toFixed(0)} ms / ${row[c].heapMb.toFixed(0)} MB`).join(', ')}`);
}

const base = rows[0];
console.log('\nper-code time relative to the smallest size (1.0 = linear):');
for (const row of rows) {
  const cols = ['load', 'validate', 'normalize', ...targetNames];
  console.log(`${String(row.n).padStart(7)}: ${cols.map((c) => `${c} ${((row[c].ms / row.n) / (base[c].ms / base.n)).toFixed(2)}`).join('  ')}`);
}
