/**
 * The openapi target's cost in process, on synthetic catalogs of growing
 * size: building the document, serializing it with `yaml` and as JSON, and
 * the sizes. The model comes from synthetic.mjs's catalog through errcat's
 * own load, validate and normalize, so it has the shape the target meets
 * in the CLI (a hand-built model went stale as the model grew fields).
 *
 *   make && node --expose-gc test/bench/openapi-bench.mjs [sizes...]   default: 1000 10000
 */
import os from 'node:os';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { DEFAULT_OPTIONS } from '../../dist/options.js';
import { checkCatalog } from '../../dist/pipeline.js';
import { buildOpenApiDocument } from '../../dist/targets/openapi/document.js';
import { serializeJson, serializeYaml } from '../../dist/targets/openapi/serialize.js';
import { measure } from './measure.mjs';
import { writeSyntheticCatalog } from './synthetic.mjs';

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(1000, 10000);

const rows = [];
for (const n of sizes) {
  const dir = path.join(os.tmpdir(), `errcat-openapi-bench-${n}`);
  writeSyntheticCatalog(dir, n, { rich: true });
  const { model, diagnostics } = await checkCatalog({ ...DEFAULT_OPTIONS, catalogDir: dir });
  rmSync(dir, { recursive: true, force: true });
  if (!model) throw new Error(`synthetic catalog of ${n} codes is invalid: ${JSON.stringify(diagnostics.slice(0, 3))}`);
  const build = await measure(() => buildOpenApiDocument(model, '3.1'));
  const yaml = await measure(() => serializeYaml(build.value, 'bench'));
  const json = await measure(() => serializeJson(build.value));
  rows.push({
    definitions: model.definitions.length,
    wireCodes: model.wireCodes.length,
    'build ms': Math.round(build.ms),
    'yaml ms': Math.round(yaml.ms),
    'yaml heap MB': Math.round(yaml.heapMb),
    'json ms': Math.round(json.ms),
    'yaml MB': +(Buffer.byteLength(yaml.value) / 1e6).toFixed(1),
    'json MB': +(Buffer.byteLength(json.value) / 1e6).toFixed(1),
    'µs/def (build+yaml+json)': +(((build.ms + yaml.ms + json.ms) * 1000) / model.definitions.length).toFixed(1),
  });
}
console.table(rows);
