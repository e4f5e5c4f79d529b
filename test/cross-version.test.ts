/**
 * Forward compatibility across catalog versions (issue 11): for every
 * change `errcat diff` lets through (compatible or notice, rows of
 * test/contract/edits.ts), and for the new codes a client meets anyway
 * (an alias, a family value: new codes to an old client), version N and
 * N+1 of the contract catalog are generated; every body N+1's builder
 * makes passes N's runtime check (the compiled package, imported) and
 * validates against N's OpenAPI schemas with ajv. The same for the
 * errcat envelope, RFC 9457 problem details and JSON:API errors.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../generators/pipeline.js';
import type { CatalogModel } from '../generators/model.js';
import { diffCatalogs } from '../generators/diff/index.js';
import { TARGETS } from '../generators/targets/index.js';
import { applyEdit, CONTRACT_EDITS, type ContractEdit } from './contract/edits.js';
import { optionsFor, renderCatalog, ROOT } from './helpers.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** The bodies: the catalog's own envelope, and the two presets, declared in the same catalog. */
const BODIES: Readonly<Record<string, string>> = {
  envelope: '',
  rfc9457: '    body:\n      preset: rfc9457\n      request_id_member: request_id\n',
  jsonapi: '    body:\n      preset: jsonapi\n',
};

/** What diff lets through, and the two widenings that reach an old client as new codes only. */
const NEW_CODES_ONLY = new Set(['alias added', 'family value added']);
const EDITS: readonly ContractEdit[] = CONTRACT_EDITS.filter((e) => e.verdict !== 'breaking' || NEW_CODES_ONLY.has(e.name));

/**
 * The edits that apply to a body: the contract's body rows write errcat's
 * default envelope out member by member, so they are edits of the envelope
 * body only (on a catalog that declares a preset they would declare a second
 * `body`).
 */
function editsFor(bodyName: string): readonly ContractEdit[] {
  return bodyName === 'envelope' ? EDITS : EDITS.filter((e) => !e.edits.some(([, to]) => to.includes('    body:\n')));
}

interface Runtime {
  checkErrorEnvelope(value: unknown): { ok: true; known: boolean } | { ok: false; path: string; reason: string };
  createErrorEnvelope(code: string, init: Record<string, unknown>): Record<string, unknown>;
  isKnownErrorCode(code: string): boolean;
  ApiError: { fromEnvelope(envelope: unknown): { code: string; message: string; meta: unknown } };
}

interface Version {
  model: CatalogModel;
  runtime: Runtime;
  validate(schema: string, data: unknown): string[];
}

let tmp: string;
let base: string;
let count = 0;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-cross-'));
  base = await readFile(path.join(ROOT, 'test/fixtures/contract/catalog/catalog.yaml'), 'utf8');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The contract catalog with a body declared. */
function withBody(text: string, body: string): string {
  const at = text.indexOf('  envelope:\n') + '  envelope:\n'.length;
  return text.slice(0, at) + body + text.slice(at);
}

/** Generates a catalog text's TypeScript package and OpenAPI document in a folder of its own, and loads both. */
async function generate(text: string): Promise<Version> {
  const dir = path.join(tmp, `v${++count}`);
  await mkdir(path.join(dir, 'catalog'), { recursive: true });
  await writeFile(path.join(dir, 'catalog', 'catalog.yaml'), text);
  const checked = await checkCatalog(optionsFor(path.join(dir, 'catalog')));
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const files = await renderCatalog(path.join(dir, 'catalog'), TARGETS.filter((t) => t.name === 'typescript' || t.name === 'openapi'));
  for (const f of files) {
    await mkdir(path.dirname(path.join(dir, 'out', f.path)), { recursive: true });
    await writeFile(path.join(dir, 'out', f.path), f.contents);
  }
  const runtime = (await import(pathToFileURL(path.join(dir, 'out/typescript/dist/index.js')).href)) as Runtime;
  const doc = JSON.parse(files.find((f) => f.path === 'openapi/errors.openapi.json')!.contents) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const id = `https://errcat.invalid/v${count}.json`;
  ajv.addSchema({ ...doc, $id: id });
  const validate = (schema: string, data: unknown): string[] => {
    const v = ajv.compile({ $ref: `${id}#/components/schemas/${schema}` });
    return v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
  return { model: checked.model!, runtime, validate };
}

/** Every body version N+1 can send over HTTP: one per wire code, from its definition's example. */
function bodiesOf(next: Version): { code: string; definition: string; body: Record<string, unknown> }[] {
  const definitions = new Map(next.model.definitions.map((d) => [d.code, d]));
  return next.model.wireCodes.flatMap((w) => {
    const d = definitions.get(w.definition)!;
    if (d.transport !== 'http' || d.status === null) return [];
    const init = { message: d.example.message, requestId: 'req_1', ...(d.example.meta === null ? {} : { meta: d.example.meta }) };
    return [{ code: w.code, definition: d.code, body: next.runtime.createErrorEnvelope(w.code, init) }];
  });
}

describe.each(Object.keys(BODIES))('the %s body: version N reads what version N+1 sends', (bodyName) => {
  let old: Version;
  beforeAll(async () => {
    old = await generate(withBody(base, BODIES[bodyName]!));
  }, 120_000);

  it('has rows for new codes, new optional meta, narrowing, deprecation and wording', () => {
    const names = EDITS.map((e) => e.name);
    for (const name of ['code added', 'alias added', 'family value added', 'optional meta property added', 'meta added', 'minimum raised', 'pattern added', 'deprecated', 'description reworded']) {
      expect(names).toContain(name);
    }
  });

  it.for(editsFor(bodyName).map((e): [string, ContractEdit] => [e.name, e]))('%s', { timeout: 120_000 }, async ([, edit], context) => {
    const next = await generate(applyEdit(withBody(base, BODIES[bodyName]!), edit));
    // errcat diff's own verdict on these two versions with this body decides: a breaking change is allowed to break.
    const breaking = diffCatalogs(old.model, next.model).filter((c) => c.verdict === 'breaking');
    if (breaking.length > 0 && !NEW_CODES_ONLY.has(edit.name)) {
      context.skip(`errcat diff calls it breaking with this body: ${breaking.map((c) => c.kind).join(', ')}`);
    }
    const statusOf = new Map(old.model.definitions.map((d) => [d.code, d.status]));
    const oldCodes = new Map(old.model.wireCodes.map((w) => [w.code, w.definition]));
    const sent = bodiesOf(next);
    expect(sent.length).toBeGreaterThan(0);
    for (const { code, body } of sent) {
      const where = `${edit.name}: ${code} ${JSON.stringify(body)}`;
      const known = oldCodes.has(code);
      expect(old.runtime.checkErrorEnvelope(body), where).toMatchObject({ ok: true, known });
      expect(old.runtime.ApiError.fromEnvelope(body).code, where).toBe(code);
      // N's schemas: the one every response matches, and for a code N knows, the response of its status.
      expect(old.validate('ErrorEnvelope', body), where).toEqual([]);
      if (known) expect(old.validate(`Error${statusOf.get(oldCodes.get(code)!)}Envelope`, body), where).toEqual([]);
    }
  });
});
