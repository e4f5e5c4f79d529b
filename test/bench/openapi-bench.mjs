/**
 * The openapi target's cost on synthetic models of growing size: building
 * the document, serializing it with `yaml` and as JSON, and the sizes.
 * The model is built in memory (no catalog, no validation), shaped like a
 * real one: 50 statuses, 100 namespaces, a few meta shapes, a family every
 * 97 codes, an alias every 50, event-only codes every 40.
 *
 *   make generate && node --expose-gc test/bench/openapi-bench.mjs [sizes...]   default: 1000 10000 100000
 */
import { buildOpenApiDocument } from '../../dist/targets/openapi/document.js';
import { serializeJson, serializeYaml } from '../../dist/targets/openapi/serialize.js';
import { deriveNames } from '../../dist/names.js';
import { measure } from './measure.mjs';

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(1000, 10000, 100000);

const META = {
  kind: 'schema',
  required: true,
  properties: [],
  schema: { type: 'object', additionalProperties: false, required: ['plan', 'max'], properties: { plan: { type: 'string', description: 'Plan.' }, max: { type: 'integer', minimum: 0 } } },
};

/** A synthetic model of n definitions. */
function syntheticModel(n) {
  const definitions = [];
  const wireCodes = [];
  const namespaces = new Map();
  const statuses = new Set();
  for (let i = 0; i < n; i++) {
    const ns = `ns${i % 100}`;
    const family = i % 97 === 0;
    const code = family ? `${ns}.{region}.failure_${i}` : `${ns}.code_${i}`;
    const event = i % 40 === 39;
    const status = event ? null : 400 + (i % 50);
    if (status !== null) statuses.add(status);
    const aliases = i % 50 === 1 ? [`${ns}.alias_${i}`] : [];
    const expansions = family ? ['eu', 'us', 'ap'].map((r) => `${ns}.${r}.failure_${i}`) : [code];
    definitions.push({
      code,
      displayCode: code.replace('{region}', '<region>'),
      family: family ? { parameter: 'region', segmentIndex: 1, prefix: `${ns}.`, suffix: `.failure_${i}`, values: ['eu', 'us', 'ap'] } : null,
      namespace: ns,
      section: 'main',
      transport: event ? 'event' : 'http',
      status,
      statusForwarding: i % 7 === 0 && !event ? { fallback: 502, note: null } : null,
      events: event ? { names: ['thing.failed'], field: 'data.code' } : null,
      description: `Code ${i} happens when <things> {go} wrong | badly`,
      details: null,
      meta: i % 3 === 0 ? META : { kind: 'none' },
      retry: { policy: 'never', afterSeconds: null, note: null },
      aliases,
      since: null,
      deprecated: i % 500 === 0 ? { since: '1.0', replacement: null, reason: null } : null,
      example: { code: expansions[0], message: `Message ${i}.`, meta: i % 3 === 0 ? { plan: 'free', max: 3 } : null },
      names: deriveNames(code),
      guidance: [],
      source: { file: 'synthetic.yaml' },
    });
    for (const c of [...expansions, ...aliases]) wireCodes.push({ code: c, definition: code, via: c === code ? 'code' : aliases.includes(c) ? 'alias' : 'family', names: deriveNames(c) });
    namespaces.set(ns, [...(namespaces.get(ns) ?? []), code]);
  }
  const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  definitions.sort(byCode);
  wireCodes.sort(byCode);
  return {
    id: 'synthetic',
    title: 'Synthetic',
    version: '1.0.0',
    description: null,
    package: { name: '@synthetic/errors', description: 'x', license: 'MIT' },
    docs: { title: 'Synthetic errors', intro: null, baseUrl: 'https://example.invalid/errors' },
    envelope: { description: null, requestIdHeader: 'X-Request-ID', fields: { code: 'Code.', message: 'Message.', meta: 'Meta.', requestId: 'Request id.' }, codeGrammar: null },
    parameters: [],
    sections: [],
    namespaces: [...namespaces].map(([name, codes]) => ({ name, description: `Namespace ${name}`, section: 'main', codes: codes.sort() })).sort((a, b) => (a.name < b.name ? -1 : 1)),
    definitions,
    wireCodes,
    guidance: [],
    statuses: [...statuses].sort((a, b) => a - b),
    sourceFiles: ['synthetic.yaml'],
  };
}

const rows = [];
for (const n of sizes) {
  const model = syntheticModel(n);
  const build = await measure(() => buildOpenApiDocument(model, '3.1'));
  const yaml = await measure(() => serializeYaml(build.value, 'bench'));
  const json = await measure(() => serializeJson(build.value));
  rows.push({
    definitions: n,
    wireCodes: model.wireCodes.length,
    'build ms': Math.round(build.ms),
    'yaml ms': Math.round(yaml.ms),
    'yaml heap MB': Math.round(yaml.heapMb),
    'json ms': Math.round(json.ms),
    'yaml MB': +(Buffer.byteLength(yaml.value) / 1e6).toFixed(1),
    'json MB': +(Buffer.byteLength(json.value) / 1e6).toFixed(1),
    'µs/def (build+yaml+json)': +(((build.ms + yaml.ms + json.ms) * 1000) / n).toFixed(1),
  });
}
console.table(rows);
