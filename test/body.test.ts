/**
 * The declared error body (issue 10), for five catalogs: RFC 9457 problem
 * details with extension members, JSON:API with several errors per
 * response, a google.rpc.Status-like body (numeric code, details array), a
 * flat body with no request id, and SocialAPI's own. For each: a body built
 * with the generated builder passes the generated runtime check and
 * validates against the generated OpenAPI schema (ajv); a body breaking the
 * declared shape fails both, with the reason; a consumer that switches on
 * the codes compiles under strict; Redocly lints the OpenAPI; markdownlint
 * and MDX read the docs.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { compile } from '@mdx-js/mdx';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel, ErrorDefinition } from '../generators/model.js';
import type { OutputFile } from '../generators/output.js';
import { TARGETS } from '../generators/targets/index.js';
import { lintMarkdown } from './consumers.js';
import { loadModel, renderCatalog, ROOT } from './helpers.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;
const run = promisify(execFile);

/** Each fixture, and how a consumer reads an error object's code and a required meta field. */
const FIXTURES = {
  rfc9457: { dir: 'test/fixtures/body-rfc9457/catalog', object: 'checked.envelope', code: 'error_code', limit: 'e.limit' },
  jsonapi: { dir: 'test/fixtures/body-jsonapi/catalog', object: 'checked.envelope.errors[0]', code: 'code', limit: 'e.meta.limit' },
  google: { dir: 'test/fixtures/body-google/catalog', object: 'checked.envelope.error', code: 'status', limit: 'e.details[0].limit' },
  flat: { dir: 'test/fixtures/body-flat/catalog', object: 'checked.envelope', code: 'code', limit: 'e.details.limit' },
  socialapi: { dir: 'catalog', object: 'checked.envelope.error', code: 'code', limit: null },
} as const;

interface Runtime {
  checkErrorEnvelope(value: unknown): { ok: true } | { ok: false; path: string; reason: string };
  createErrorEnvelope(code: string, init: Record<string, unknown>): Record<string, unknown>;
  createErrorObject(code: string, init: Record<string, unknown>): Record<string, unknown>;
  ApiError: { fromEnvelope(envelope: unknown): { code: string; message: string; meta: unknown; requestId: string | null; toEnvelope(options?: { requestId?: string }): unknown } };
}

let tmp: string;
const built = new Map<string, { model: CatalogModel; files: OutputFile[]; dir: string; runtime: Runtime; validate: (schema: string, data: unknown) => string[] }>();

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-body-'));
  for (const [name, fixture] of Object.entries(FIXTURES)) {
    const catalogDir = path.join(ROOT, fixture.dir);
    const model = await loadModel(catalogDir);
    const files = await renderCatalog(catalogDir, TARGETS);
    const dir = path.join(tmp, name);
    for (const f of files) {
      await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
      await writeFile(path.join(dir, f.path), f.contents);
    }
    const runtime = (await import(pathToFileURL(path.join(dir, 'typescript/dist/index.js')).href)) as Runtime;
    const doc = JSON.parse(files.find((f) => f.path === 'openapi/errors.openapi.json')!.contents) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    const id = `https://errcat.invalid/${name}.json`;
    ajv.addSchema({ ...doc, $id: id });
    const validate = (schema: string, data: unknown): string[] => {
      const v = ajv.compile({ $ref: `${id}#/components/schemas/${schema}` });
      return v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    };
    built.set(name, { model, files, dir, runtime, validate });
  }
}, 240_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const http = (model: CatalogModel): ErrorDefinition[] => model.definitions.filter((d) => d.transport === 'http' && d.status !== null && d.family === null);
const initOf = (d: ErrorDefinition): Record<string, unknown> => ({ message: d.example.message, requestId: 'req_1', ...(d.example.meta === null ? {} : { meta: d.example.meta }) });

describe.each(Object.keys(FIXTURES))('the %s body', (name) => {
  it('a built body passes the runtime check and the OpenAPI schemas; ApiError reads it back', () => {
    const { model, runtime, validate } = built.get(name)!;
    for (const d of http(model)) {
      const body = runtime.createErrorEnvelope(d.example.code, initOf(d));
      expect(runtime.checkErrorEnvelope(body), d.code).toEqual({ ok: true, known: true, envelope: body });
      expect(validate(`Error${d.status}Envelope`, body), d.code).toEqual([]);
      expect(validate('ErrorEnvelope', body), d.code).toEqual([]);
      const error = runtime.ApiError.fromEnvelope(body);
      expect([error.code, error.message, error.meta], d.code).toEqual([d.example.code, d.example.message, d.example.meta ?? undefined]);
      expect(error.toEnvelope({ requestId: 'req_1' }), d.code).toEqual(body);
    }
  });

  it('a body that breaks the declared shape fails the runtime check and the schema, saying where', () => {
    const { model, runtime, validate } = built.get(name)!;
    const body = model.envelope.body;
    const d = http(model).find((x) => x.meta.kind === 'schema' && x.meta.required)!;
    const good = runtime.createErrorEnvelope(d.example.code, initOf(d));
    const objectOf = (value: Record<string, unknown>): Record<string, unknown> =>
      body.errorMember === null ? value : body.list ? (value[body.errorMember] as Record<string, unknown>[])[0]! : (value[body.errorMember] as Record<string, unknown>);
    const pathOf = (member: string) => (body.errorMember === null ? member : `${body.errorMember}${body.list ? '[0]' : ''}.${member}`);
    // The code member replaced by a number.
    const wrongCode = structuredClone(good);
    objectOf(wrongCode)[body.codeMember] = 7;
    const checked = runtime.checkErrorEnvelope(wrongCode);
    expect(checked).toMatchObject({ ok: false, path: pathOf(body.codeMember) });
    expect(validate(`Error${d.status}Envelope`, wrongCode)).not.toEqual([]);
    // The message member dropped, where the body has one.
    const message = body.members.find((m) => m.value === 'message');
    if (message?.name) {
      const noMessage = structuredClone(good);
      delete objectOf(noMessage)[message.name];
      expect(runtime.checkErrorEnvelope(noMessage)).toMatchObject({ ok: false, path: pathOf(message.name), reason: 'expected a string, got undefined' });
      expect(validate(`Error${d.status}Envelope`, noMessage).join('\n')).toContain(message.name);
    }
    // A list body with no error at all.
    if (body.list && body.errorMember !== null) {
      const empty = { ...good, [body.errorMember]: [] };
      expect(runtime.checkErrorEnvelope(empty)).toMatchObject({ ok: false, path: body.errorMember });
      expect(validate('ErrorEnvelope', empty)).not.toEqual([]);
    }
  });

  it('the runtime check and the OpenAPI schema agree member by member: status, type URI, title, spread meta, details', () => {
    const { model, runtime, validate } = built.get(name)!;
    const body = model.envelope.body;
    const objectOf = (value: Record<string, unknown>): Record<string, unknown> =>
      body.errorMember === null ? value : body.list ? (value[body.errorMember] as Record<string, unknown>[])[0]! : (value[body.errorMember] as Record<string, unknown>);
    const pathOf = (member: string) => (body.errorMember === null ? member : `${body.errorMember}${body.list ? '[0]' : ''}.${member}`);
    const seen = new Set<string>();
    for (const d of http(model)) {
      const good = runtime.createErrorEnvelope(d.example.code, initOf(d));
      const schema = `Error${d.status}Envelope`;
      /** What each side says of the good body changed by `edit`: [runtime check ok, ajv errors none], and where the runtime check points. */
      const judged = (edit: (object: Record<string, unknown>) => void) => {
        const value = structuredClone(good);
        edit(objectOf(value));
        const checked = runtime.checkErrorEnvelope(value) as { ok: boolean; path?: string };
        return { verdicts: [checked.ok, validate(schema, value).length === 0], path: checked.path };
      };
      const refused = (what: string, edit: (object: Record<string, unknown>) => void, at: string) => {
        seen.add(what);
        expect(judged(edit), `${d.code}: ${what}`).toEqual({ verdicts: [false, false], path: pathOf(at) });
      };
      const accepted = (what: string, edit: (object: Record<string, unknown>) => void) => {
        seen.add(what);
        expect(judged(edit), `${d.code}: ${what}`).toEqual({ verdicts: [true, true], path: undefined });
      };
      for (const m of body.members) {
        const member = m.name;
        if (member === null) continue;
        const other = d.status === 500 ? 503 : 500;
        if (m.value === 'status' && d.statusForwarding === null) refused('status', (o) => void (o[member] = other), member);
        if (m.value === 'status_string' && d.statusForwarding === null) refused('status_string', (o) => void (o[member] = String(other)), member);
        if (m.value === 'type' && d.typeUri !== null) refused('type', (o) => void (o[member] = 'https://elsewhere.example/problem'), member);
        // The title is the description: rewording it is a notice, so neither side holds a client to the old words.
        if (m.value === 'title') accepted('title', (o) => void (o[member] = 'Other words.'));
        if (m.value === 'details') {
          refused('details with two items', (o) => void (o[member] = [{}, {}]), member);
          // A code without meta yet may gain it (a compatible change): one item is accepted by both.
          if (d.meta.kind === 'none') accepted('details on a code without meta', (o) => void (o[member] = [{ note: 'added later' }]));
        }
      }
      // Spread meta (RFC 9457 extension members): a property of the wrong type is refused by both, at the property.
      const spread = body.members.some((m) => m.value === 'meta_members');
      const property = Object.keys(d.example.meta ?? {})[0];
      if (spread && property !== undefined) refused('spread meta', (o) => void (o[property] = { not: 'this type' }), property);
    }
    const expected: Record<string, string[]> = {
      rfc9457: ['status', 'type', 'title', 'spread meta'],
      jsonapi: ['status_string', 'title'],
      google: ['status', 'details with two items', 'details on a code without meta'],
      flat: [],
      socialapi: [],
    };
    expect([...seen].sort()).toEqual(expected[name]!.sort());
  });

  it('a consumer that switches on the codes compiles under strict', async () => {
    const { dir, model } = built.get(name)!;
    const fixture = FIXTURES[name as keyof typeof FIXTURES];
    const cases = http(model).map((d) => `    case ${JSON.stringify(d.example.code)}:\n      break;`);
    const limited = http(model).find((d) => d.code.endsWith('rate_limited'));
    const source = [
      "import { checkErrorEnvelope, createErrorEnvelope } from './typescript/dist/index.js';",
      'export function handle(body: unknown): number {',
      '  const checked = checkErrorEnvelope(body);',
      '  if (!checked.ok || !checked.known) return 0;',
      `  const e = ${fixture.object};`,
      `  switch (e.${fixture.code}) {`,
      ...(limited && fixture.limit !== null ? [`    case ${JSON.stringify(limited.code)}:\n      return ${fixture.limit};`] : []),
      ...cases.filter((c) => !limited || fixture.limit === null || !c.includes(JSON.stringify(limited.code))),
      '  }',
      '  return 1;',
      '}',
      `export const built = createErrorEnvelope(${JSON.stringify(http(model)[0]!.example.code)}, ${JSON.stringify(initOf(http(model)[0]!))} as never);`,
    ].join('\n');
    const file = path.join(dir, 'consumer.ts');
    await writeFile(file, source);
    const program = ts.createProgram([file], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((p) => ts.flattenDiagnosticMessageText(p.messageText, '\n'));
    expect(problems).toEqual([]);
    // A meta field read on the wrong code does not compile.
    if (limited && fixture.limit !== null) {
      const wrong = path.join(dir, 'wrong.ts');
      await writeFile(wrong, source.replace(`case ${JSON.stringify(limited.code)}:`, `case ${JSON.stringify(http(model).find((d) => d.meta.kind === 'none')!.code)}:`));
      const bad = ts.createProgram([wrong], { strict: true, noEmit: true, types: [], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
      expect(ts.getPreEmitDiagnostics(bad).length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('Redocly lints the OpenAPI clean; the docs pass markdownlint and compile as MDX', async () => {
    const { dir, files, model } = built.get(name)!;
    const yamlFile = path.join(dir, 'openapi/errors.openapi.yaml');
    const result = await run(path.join(ROOT, 'node_modules/.bin/redocly'), ['lint', yamlFile, '--config', path.join(ROOT, 'redocly.yaml'), '--format', 'json'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as { totals: { errors: number; warnings: number } };
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    const docs = Object.fromEntries(files.filter((f) => f.path.startsWith('docs/')).map((f) => [f.path, f.contents]));
    expect(await lintMarkdown(docs)).toEqual([]);
    for (const text of Object.values(docs)) await compile(text);
    // The reference shows the declared media type in every HTTP example.
    const errors = docs['docs/errors.md']!;
    for (const d of http(model)) expect(errors).toContain(`HTTP/1.1 ${d.status}`);
    expect(errors.split(`Content-Type: ${model.envelope.body.mediaType}`).length - 1).toBe(model.definitions.filter((d) => d.transport === 'http').length);
  }, 120_000);
});
