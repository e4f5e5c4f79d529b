/**
 * Writes a synthetic catalog of N codes into a folder: one header file and
 * one file per namespace of up to 1,000 codes, shaped like a real catalog:
 * code families, aliases, event-only codes, meta schemas shared through
 * `schemas:` and unique ones, Markdown details, guidance, examples, and text
 * that every sink must escape (Markdown, JSDoc and YAML metacharacters,
 * `*\/`, backticks, template braces, non-ASCII). Deterministic for a given N:
 * the same bytes every time, so runs compare. Used by `make bench`
 * (bench.mjs) and by tests that need a large catalog.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PER_FILE = 1000;

/** Text that every output escapes its own way; JSON.stringify gives a YAML double-quoted scalar. */
const HOSTILE = 'when <b>{go}</b> & `x*/y` | badly — “quoted” \\ ${x} {{x}} #1 é 🙂';

/** A code's description, with the hostile text on some codes only (real catalogs are mostly plain). */
function description(i) {
  return JSON.stringify(i % 7 === 0 ? `Code ${i} happens ${HOSTILE}.` : `Code ${i} happens when things go wrong.`);
}

/**
 * @param {string} dir emptied, then written
 * @param {number} n codes (definitions; families expand to more wire codes)
 * @param {{ uniqueSchemaEvery?: number, rich?: boolean }} [opts] every k-th code gets a schema of its own;
 *   rich: the whole shape above (the bench's); without it, the basic shape (families, aliases, unique and
 *   repeated meta, one event code, one guidance entry) that tests written before it expect
 */
export function writeSyntheticCatalog(dir, n, opts = {}) {
  if (opts.rich) writeRichCatalog(dir, n, opts);
  else writeBasicCatalog(dir, n, opts);
}

function writeRichCatalog(dir, n, opts) {
  const uniqueEvery = opts.uniqueSchemaEvery ?? 10;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = Math.ceil(n / PER_FILE);
  let header = `catalog:
  id: synthetic
  title: Synthetic
  version: 1.0.0
  description: ${JSON.stringify(`A synthetic catalog ${HOSTILE}.`)}
  package:
    name: "@synthetic/errors"
  envelope:
    request_id_header: X-Request-ID
  defaults:
    meta: false
    retry:
      policy: never
schemas:
  Limit:
    description: A plan limit that was reached.
    type: object
    additionalProperties: false
    required: [plan, max]
    properties:
      plan: { type: string, description: The plan. }
      max: { type: integer, minimum: 0, description: The limit. }
  FieldInfo:
    type: object
    required: [field]
    properties:
      field: { type: string, description: ${JSON.stringify(`The field ${HOSTILE}.`)} }
      limit: { $ref: '#/schemas/Limit' }
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
    intro: ${JSON.stringify(`Codes of the main section, ${HOSTILE}.`)}
namespaces:
`;
  for (let f = 0; f < files; f++) header += `  ns${f}:\n    description: "Namespace ${f} | with text"\n    section: main\n`;
  header += `  events:\n    description: Event-only codes\n    section: main\n    transport: event\n    events:\n      names: [thing.failed]\n      field: data.code\n`;
  header += 'guidance:\n';
  for (let f = 0; f < files; f++) {
    header += `  - id: ns${f}_all\n    title: Everything in ns${f}\n    codes: ["ns${f}.*"]\n    body: |\n      Handle it: read \`error.code\`, ${HOSTILE.replace('`x*/y`', 'x').replace('\\', '')}.\n`;
    header += `    samples:\n      - language: javascript\n        code: |\n          if (err.code === "ns${f}.code_${f * PER_FILE + 1}") retry(); // */ \${x}\n`;
  }
  writeFileSync(path.join(dir, 'catalog.yaml'), header);
  let i = 0;
  for (let f = 0; f < files; f++) {
    let text = 'codes:\n';
    for (let k = 0; k < PER_FILE && i < n; k++, i++) text += codeText(f, i, uniqueEvery);
    writeFileSync(path.join(dir, `codes-${String(f).padStart(4, '0')}.yaml`), text);
  }
  writeFileSync(
    path.join(dir, 'events.yaml'),
    `codes:\n  events.thing_failed:\n    description: A thing failed.\n    example:\n      message: Failed.\n`,
  );
}

/** One code of file f, the i-th of the catalog. */
function codeText(f, i, uniqueEvery) {
  const family = i % 97 === 0;
  const event = !family && i % 40 === 39;
  const code = family ? `ns${f}.{region}.failure_${i}` : `ns${f}.code_${i}`;
  let text = `  ${code}:\n`;
  text += event ? `    transport: event\n    events:\n      names: [thing.failed]\n      field: data.code\n` : `    status: ${400 + (i % 100)}\n`;
  text += `    description: ${description(i)}\n`;
  if (i % 11 === 0) text += `    details: |\n      Longer text for code ${i}: see [the guide](https://example.com/guide#${i}) and run \`retry --now\`.\n\n      - one *point*\n      - another, with <angle> & pipe |\n`;
  if (i % 50 === 1) text += `    aliases:\n      - ns${f}.alias_${i}\n`;
  if (i % uniqueEvery === 0) {
    text += `    meta:\n      type: object\n      additionalProperties: false\n      required: [field_${i}]\n      properties:\n        field_${i}:\n          type: string\n          description: Unique field ${i}.\n`;
    text += `    example:\n      message: "Message ${i}"\n      meta:\n        field_${i}: x\n`;
  } else if (i % 5 === 2) {
    text += `    meta: { $ref: '#/schemas/Limit' }\n    example:\n      message: "Limit ${i} reached"\n      meta: { plan: free, max: ${i % 9} }\n`;
  } else if (i % 5 === 3) {
    text += `    meta: { $ref: '#/schemas/FieldInfo' }\n    example:\n      message: "Field ${i} is wrong"\n      meta: { field: name }\n`;
  } else if (i % 3 === 0) {
    text += `    meta:\n      type: object\n      required: [field]\n      properties:\n        field:\n          type: string\n          description: The field.\n        max:\n          type: integer\n          minimum: 0\n          description: A limit.\n`;
    text += `    example:\n      message: "Message ${i}"\n      meta:\n        field: x\n        max: 3\n`;
  } else {
    text += `    example:\n      message: ${JSON.stringify(`Message ${i} ${i % 7 === 0 ? HOSTILE : ''}`.trim())}\n`;
  }
  if (i % 13 === 0 && !event) text += `    retry:\n      policy: backoff\n      note: Back off.\n`;
  if (i % 500 === 5) text += `    deprecated:\n      since: 1.0.0\n      reason: Use another code.\n`;
  return text;
}

/** The shape of the synthetic catalog before the rich one: kept byte for byte for the tests that use it. */
function writeBasicCatalog(dir, n, opts) {
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
