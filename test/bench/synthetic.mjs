/**
 * Writes a synthetic catalog of N codes into a folder: one header file and
 * one file per namespace of up to 1,000 codes, shaped like a real catalog
 * (a few meta shapes repeated, some unique ones, families, aliases, event
 * codes, guidance). Used by bench.mjs; deterministic for a given N.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PER_FILE = 1000;

/**
 * @param {string} dir
 * @param {number} n codes
 * @param {{ uniqueSchemaEvery?: number }} [opts] every k-th code gets a schema of its own
 */
export function writeSyntheticCatalog(dir, n, opts = {}) {
  const uniqueEvery = opts.uniqueSchemaEvery ?? 10;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = Math.ceil(n / PER_FILE);
  let header = `catalog:
  id: synthetic
  title: Synthetic
  version: 1.0.0
  package:
    name: "@synthetic/errors"
  envelope:
    request_id_header: X-Request-ID
  defaults:
    meta: false
    retry:
      policy: never
parameters:
  region:
    placeholder: <region>
    values:
      - value: eu
      - value: us
      - value: ap
sections:
  - id: main
    title: Main
namespaces:
`;
  for (let f = 0; f < files; f++) header += `  ns${f}:\n    description: "Namespace ${f} | with text"\n    section: main\n`;
  header += `  events:\n    description: Event-only codes\n    section: main\n    transport: event\n    events:\n      names: [thing.failed]\n      field: data.code\n`;
  header += `guidance:\n  - id: all\n    title: Everything\n    codes: ["ns0.*"]\n    body: Handle it.\n`;
  writeFileSync(path.join(dir, 'catalog.yaml'), header);
  let i = 0;
  for (let f = 0; f < files; f++) {
    let text = 'codes:\n';
    for (let k = 0; k < PER_FILE && i < n; k++, i++) {
      const family = i % 97 === 0;
      const code = family ? `ns${f}.{region}.failure_${i}` : `ns${f}.code_${i}`;
      const shape = i % 3;
      text += `  ${code}:\n    status: ${400 + (i % 100)}\n    description: "Code ${i} happens when <things> {go} wrong | badly"\n`;
      if (i % 50 === 1) text += `    aliases:\n      - ns${f}.alias_${i}\n`;
      if (i % uniqueEvery === 0) {
        text += `    meta:\n      type: object\n      additionalProperties: false\n      required: [field_${i}]\n      properties:\n        field_${i}:\n          type: string\n          description: Unique field ${i}.\n`;
        text += `    example:\n      message: "Message ${i}"\n      meta:\n        field_${i}: x\n`;
      } else if (shape === 0) {
        text += `    meta:\n      type: object\n      required: [field]\n      properties:\n        field:\n          type: string\n          description: The field.\n        max:\n          type: integer\n          minimum: 0\n          description: A limit.\n`;
        text += `    example:\n      message: "Message ${i}"\n      meta:\n        field: x\n        max: 3\n`;
      } else {
        text += `    example:\n      message: "Message ${i}"\n`;
      }
      if (i % 13 === 0) text += `    retry:\n      policy: backoff\n      note: Back off.\n`;
    }
    writeFileSync(path.join(dir, `codes-${String(f).padStart(4, '0')}.yaml`), text);
  }
  writeFileSync(
    path.join(dir, 'events.yaml'),
    `codes:\n  events.thing_failed:\n    description: A thing failed.\n    example:\n      message: Failed.\n`,
  );
}
