/**
 * The generated OpenAPI documents, checked by the ecosystem's own tools:
 * Redocly CLI lints them (recommended rules, redocly.yaml), bundles the
 * fixture API spec that $refs them and lints the bundle, and
 * openapi-typescript turns them into TypeScript that must compile under
 * `strict` with each status's codes as an exact union of string literals.
 *
 * Each tool runs once over all documents (they are slow to start), on
 * files in a temporary folder; nothing here uses the network.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createClient } from '@hey-api/openapi-ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseHtml } from 'parse5';
import { parse } from 'yaml';
import type { CatalogModel } from '../generators/model.js';
import { OPENAPI_FILES, renderOpenApi } from '../generators/targets/openapi.js';
import { FIXTURE_CATALOGS, loadModel, ROOT } from './helpers.js';

const run = promisify(execFile);
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;
const REDOCLY = path.join(ROOT, 'node_modules/.bin/redocly');
const TOOL_ENV = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

/** One generated document on disk. */
interface Rendered {
  name: string;
  model: CatalogModel;
  version: '3.1' | '3.0';
  file: string;
}

let dir: string;
const documents: Rendered[] = [];

/** The fixtures with a declared error body (RFC 9457, JSON:API, google.rpc.Status-like, flat). */
const BODY_CATALOGS = {
  'body-rfc9457': path.join(ROOT, 'test/fixtures/body-rfc9457/catalog'),
  'body-jsonapi': path.join(ROOT, 'test/fixtures/body-jsonapi/catalog'),
  'body-google': path.join(ROOT, 'test/fixtures/body-google/catalog'),
  'body-flat': path.join(ROOT, 'test/fixtures/body-flat/catalog'),
} as const;

/** How TypeScript reaches into a response body of the declared shape, from `Body<R>` (the body type). */
function bodyAccess(model: CatalogModel): { error: (body: string) => string; code: string; meta: (error: string, property: string) => string | null } {
  const body = model.envelope.body;
  const error = (b: string): string => (body.errorMember === null ? b : body.list ? `${b}[${JSON.stringify(body.errorMember)}][number]` : `${b}[${JSON.stringify(body.errorMember)}]`);
  const metaMember = body.members.find((m) => m.value === 'meta' || m.value === 'meta_members' || m.value === 'details');
  const meta = (e: string, property: string): string | null => {
    if (!metaMember) return null;
    if (metaMember.value === 'meta_members') return `${e}[${JSON.stringify(property)}]`;
    if (metaMember.value === 'details') return `${e}[${JSON.stringify(metaMember.name)}][0]![${JSON.stringify(property)}]`;
    return `${e}[${JSON.stringify(metaMember.name)}][${JSON.stringify(property)}]`;
  };
  return { error, code: JSON.stringify(body.codeMember), meta };
}

/** The wire codes per status (status, fallback, forwarded statuses) and every HTTP code, from the model: what each union must be. */
function expectedUnions(model: CatalogModel): { byStatus: Map<number, Set<string>>; http: string[]; events: string[]; wire: Map<string, string[]> } {
  const wire = new Map<string, string[]>();
  for (const w of model.wireCodes) wire.set(w.definition, [...(wire.get(w.definition) ?? []), w.code]);
  const byStatus = new Map<number, Set<string>>();
  const http: string[] = [];
  const events: string[] = [];
  for (const d of model.definitions) {
    if (d.transport === 'event' || d.events) events.push(...wire.get(d.code)!);
    if (d.transport !== 'http' || d.status === null) continue;
    http.push(...wire.get(d.code)!);
    for (const status of [d.status, ...(d.statusForwarding ? [d.statusForwarding.fallback, ...(d.statusForwarding.statuses ?? [])] : [])]) {
      byStatus.set(status, new Set([...(byStatus.get(status) ?? []), ...wire.get(d.code)!]));
    }
  }
  return { byStatus, http, events, wire };
}

/** The HTTP definition each narrowing check switches to: one whose meta has a required property. */
function narrowable(model: CatalogModel) {
  const d = model.definitions.find((x) => x.transport === 'http' && x.status !== null && x.meta.kind === 'schema' && x.meta.required && x.meta.properties.some((p) => p.required));
  return d && d.meta.kind === 'schema' ? { definition: d, property: d.meta.properties.find((p) => p.required)!.name } : null;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-openapi-'));
  const models: [string, CatalogModel][] = [];
  for (const name of Object.keys(FIXTURE_CATALOGS) as (keyof typeof FIXTURE_CATALOGS)[]) models.push([name, await loadModel(FIXTURE_CATALOGS[name])]);
  // The declared bodies of issue 10: every fix here must hold for each of them too.
  for (const [name, dir] of Object.entries(BODY_CATALOGS)) models.push([name, await loadModel(dir)]);
  models.push(['keywords', withKeywordHeavyMeta(models.find(([n]) => n === 'ledgerly')![1])]);
  // Tuples, null in enums and type arrays, patternProperties: what the 3.0 translation relaxes.
  models.push(['shapes', await loadModel(path.join(ROOT, 'test/fixtures/openapi-shapes/catalog'))]);
  for (const [name, model] of models) {
    for (const version of ['3.1', '3.0'] as const) {
      const yaml = renderOpenApi(model, { openapi: { version } }).find((f) => f.path === OPENAPI_FILES.yaml)!.contents;
      const file = path.join(dir, `${name}-${version.replace('.', '')}.openapi.yaml`);
      await writeFile(file, yaml);
      documents.push({ name, model, version, file });
    }
  }
});

/**
 * Ledgerly with one meta schema that uses what 3.0 lacks or moves: $defs and
 * local $refs, const, type arrays, numeric exclusiveMinimum, prefixItems,
 * $schema. Its documents must lint as clean as the plain ones.
 */
function withKeywordHeavyMeta(model: CatalogModel): CatalogModel {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    $defs: { version: { type: 'integer', exclusiveMinimum: 0 }, note: { type: ['string', 'null'] } },
    properties: {
      version: { $ref: '#/$defs/version', description: 'The current version of the balance.' },
      note: { $ref: '#/$defs/note' },
      kind: { const: 'balance', description: 'Always balance.' },
      tags: { type: 'array', prefixItems: [{ type: 'string' }], description: 'Tags.' },
    },
  };
  return {
    ...model,
    definitions: model.definitions.map((d) => (d.code === 'ledger.balance_stale' ? { ...d, meta: { kind: 'schema' as const, required: true, properties: [], schema, ref: null, shared: [] } } : d)),
  };
}

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { source: { ref: string }; pointer: string }[];
}

/** Runs `redocly lint` once over files; returns its problems (it exits 1 on errors, which is data here). */
async function lint(files: readonly string[], config: string): Promise<{ totals: { errors: number; warnings: number }; problems: LintProblem[] }> {
  const result = await run(REDOCLY, ['lint', ...files, '--config', config, '--format', 'json'], { cwd: dir, env: TOOL_ENV, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
  // One JSON report per file, printed one after the other.
  const reports = splitJsonObjects(result.stdout) as { totals: { errors: number; warnings: number }; problems: LintProblem[] }[];
  if (reports.length !== files.length) throw new Error(`redocly lint printed ${reports.length} reports for ${files.length} files:\n${result.stdout}\n${result.stderr}`);
  return {
    totals: { errors: reports.reduce((n, r) => n + r.totals.errors, 0), warnings: reports.reduce((n, r) => n + r.totals.warnings, 0) },
    problems: reports.flatMap((r) => r.problems),
  };
}

/** Parses concatenated top-level JSON objects, skipping any text between them. */
function splitJsonObjects(text: string): unknown[] {
  const objects: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"' && depth > 0) inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && depth > 0 && --depth === 0) objects.push(JSON.parse(text.slice(start, i + 1)));
  }
  return objects;
}

describe('redocly', () => {
  it('lints every generated document (3.1 and 3.0) with the recommended rules: no errors, only the explained warnings', async () => {
    const report = await lint(documents.map((d) => d.file), path.join(ROOT, 'redocly.yaml'));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const warnings = report.problems.map((p) => ({ rule: p.ruleId, file: path.basename(p.location[0]!.source.ref), at: p.location[0]!.pointer }));
    // redocly.yaml explains these: the ledgerly fixture writes `<script>` inside a code span.
    expect(warnings.sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual([
      // The keyword-heavy variant is built from ledgerly, so it carries the same text.
      { rule: 'no-unsafe-markdown', file: 'keywords-30.openapi.yaml', at: '#/components/schemas/PaymentAmountInvalidMeta/properties/field/description' },
      { rule: 'no-unsafe-markdown', file: 'keywords-31.openapi.yaml', at: '#/components/schemas/PaymentAmountInvalidMeta/properties/field/description' },
      { rule: 'no-unsafe-markdown', file: 'ledgerly-30.openapi.yaml', at: '#/components/schemas/PaymentAmountInvalidMeta/properties/field/description' },
      { rule: 'no-unsafe-markdown', file: 'ledgerly-31.openapi.yaml', at: '#/components/schemas/PaymentAmountInvalidMeta/properties/field/description' },
      // 3.0 cannot declare x-trace's pattern property, and Redocly checks examples with undeclared properties refused
      // (redocly.yaml explains it); once for each response that lists the example (Error422, ShapeErrors, ShapeErrors4XX, AnyError).
      ...Array.from({ length: 4 }, () => ({ rule: 'no-invalid-media-type-examples', file: 'shapes-30.openapi.yaml', at: '#/components/examples/ShapePatterns/value/error/meta/x-trace' })),
    ]);
  });

  it('bundles the fixture API spec that $refs the per-status responses, and the bundle lints clean', async () => {
    const fixture = path.join(ROOT, 'test/fixtures/openapi-spec');
    await copyFile(path.join(fixture, 'openapi.yaml'), path.join(dir, 'spec.yaml'));
    // The fixture refers to ./errors.openapi.yaml: the socialapi document, as `errcat generate` writes it.
    await copyFile(documents.find((d) => d.name === 'socialapi' && d.version === '3.1')!.file, path.join(dir, 'errors.openapi.yaml'));
    await run(REDOCLY, ['bundle', 'spec.yaml', '--output', 'bundled.yaml'], { cwd: dir, env: TOOL_ENV });
    const bundled = parse(await readFile(path.join(dir, 'bundled.yaml'), 'utf8'));
    // Every external reference was resolved into the bundle's own components.
    expect(await readFile(path.join(dir, 'bundled.yaml'), 'utf8')).not.toContain('errors.openapi.yaml');
    expect(Object.keys(bundled.components.responses)).toEqual(expect.arrayContaining(['Error401', 'Error404', 'Error429', 'AnyError', 'PostErrors4XX']));
    expect(bundled.paths['/accounts/{account_id}'].get.responses['404']).toEqual({ $ref: '#/components/responses/Error404' });
    // The union's alternatives came along: each a variant named by its code (the discriminator's implicit mapping).
    expect(bundled.components.schemas.Error404Envelope.properties.error.discriminator).toEqual({ propertyName: 'code' });
    expect(bundled.components.schemas['account.not_found'].allOf).toEqual([{ $ref: '#/components/schemas/AccountNotFoundError' }]);

    const report = await lint([path.join(dir, 'spec.yaml'), path.join(dir, 'bundled.yaml')], path.join(fixture, 'redocly.yaml'));
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});

describe('openapi-typescript', () => {
  it('generates TypeScript that compiles under strict, with each status’s codes as an exact union of literals', async () => {
    const files: string[] = [];
    for (const doc of documents) {
      const moduleName = path.basename(doc.file, '.openapi.yaml');
      const ast = await openapiTS(pathToFileURL(doc.file), { silent: true });
      const generated = path.join(dir, `${moduleName}.ts`);
      await writeFile(generated, astToString(ast));
      const { byStatus, http, events: eventCodes, wire } = expectedUnions(doc.model);
      const access = bodyAccess(doc.model);
      const union = (codes: Iterable<string>): string => [...codes].map((c) => JSON.stringify(c)).join(' | ');
      const lines = [
        `import type { components } from './${moduleName}';`,
        'type Eq<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
        'type Expect<T extends true> = T;',
        `type Body<R extends keyof components['responses']> = components['responses'][R]['content'][${JSON.stringify(doc.model.envelope.body.mediaType)}];`,
        `type Code<R extends keyof components['responses']> = ${access.error('Body<R>')}[${access.code}];`,
        ...[...byStatus].map(([status, codes]) => `export type Status${status} = Expect<Eq<Code<'Error${status}'>, ${union(codes)}>>;`),
        // default: AnyError is the union of every HTTP code, not a flat object with any code.
        `export type Default = Expect<Eq<Code<'AnyError'>, ${union(http)}>>;`,
        `export type AnyCode = Expect<Eq<components['schemas']['ErrorCode'], ${union(doc.model.wireCodes.map((w) => w.code))}>>;`,
      ];
      // A catalog that sends every code over HTTP has no events union (the catalogs in other code syntaxes).
      if (eventCodes.length > 0) lines.push(`export type EventCode = Expect<Eq<components['schemas']['EventErrorObject']['code'], ${union(eventCodes)}>>;`);
      else lines.push(`export type NoEvents = Expect<Eq<'EventErrorObject' extends keyof components['schemas'] ? true : false, false>>;`);
      // Switching on the code narrows the error object to that code's, meta type included: per status and for default.
      const target = narrowable(doc.model);
      if (target && access.meta('e', target.property) !== null) {
        const code = JSON.stringify(wire.get(target.definition.code)![0]);
        for (const response of [`Error${target.definition.status}`, 'AnyError']) {
          lines.push(
            `export function narrow${response}(e: ${access.error(`Body<'${response}'>`)}): unknown {`,
            `  if (e[${access.code}] === ${code}) return ${access.meta('e', target.property)};`,
            '  return null;',
            '}',
          );
        }
      }
      expect(target !== null || moduleName.startsWith('keywords') || moduleName.startsWith('shapes')).toBe(true);
      const check = path.join(dir, `${moduleName}.check.ts`);
      await writeFile(check, `${lines.join('\n')}\n`);
      files.push(generated, check);
    }
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(diagnostics).toEqual([]);
  });

  it('catches a wrong union (the check can fail)', async () => {
    const doc = documents.find((d) => d.name === 'ledgerly' && d.version === '3.1')!;
    const moduleName = path.basename(doc.file, '.openapi.yaml');
    const check = path.join(dir, 'wrong.check.ts');
    await writeFile(
      check,
      [
        `import type { components } from './${moduleName}';`,
        'type Eq<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
        'type Expect<T extends true> = T;',
        // payment.refused (an alias) is missing: the union has one more member.
        `export type Wrong = Expect<Eq<components['responses']['Error402']['content']['application/json']['error']['code'], "payment.declined" | "rail.card.cvc_mismatch">>;`,
      ].join('\n'),
    );
    const generated = path.join(dir, `${moduleName}.ts`);
    await expect(readFile(generated, 'utf8')).resolves.toContain('Error402');
    const program = ts.createProgram([generated, check], { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, types: [] });
    expect(ts.getPreEmitDiagnostics(program).length).toBeGreaterThan(0);
  });
});

/**
 * An API spec over one generated document: one operation whose error
 * responses are every per-status response and `default: AnyError`, as an API
 * team writes them. Kept in the same file, so the references stay local.
 */
function specOf(document: Rendered, raw: Record<string, unknown>): Record<string, unknown> {
  const responses: Record<string, unknown> = { '200': { description: 'OK' } };
  for (const status of expectedUnions(document.model).byStatus.keys()) responses[String(status)] = { $ref: `#/components/responses/Error${status}` };
  responses.default = { $ref: '#/components/responses/AnyError' };
  return { ...raw, paths: { '/errors': { get: { operationId: 'getErrors', summary: 'Every error', responses } } } };
}

/** The TypeScript compiler over files, strict, resolving the repository's packages; returns its diagnostics. */
function compile(files: readonly string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
    // The checks live in a temporary folder: point the client packages at the repository's copies.
    paths: { 'openapi-fetch': [path.join(ROOT, 'node_modules/openapi-fetch')] },
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('@hey-api/openapi-ts', () => {
  it('generates types where each status, and default, is a union on the code that narrows to the code’s error object', async () => {
    const files: string[] = [];
    for (const doc of documents) {
      const moduleName = path.basename(doc.file, '.openapi.yaml');
      const input = path.join(dir, `${moduleName}.hey-input.json`);
      await writeFile(input, JSON.stringify(specOf(doc, parse(await readFile(doc.file, 'utf8')))));
      const output = path.join(dir, `hey-${moduleName}`);
      await createClient({ input, output: { path: output }, plugins: ['@hey-api/typescript'], logs: { level: 'silent' } });
      const { byStatus, http, wire } = expectedUnions(doc.model);
      const access = bodyAccess(doc.model);
      const union = (codes: Iterable<string>): string => [...codes].map((c) => JSON.stringify(c)).join(' | ');
      const lines = [
        `import type { GetErrorsErrors } from './hey-${moduleName}/types.gen';`,
        'type Eq<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
        'type Expect<T extends true> = T;',
        `type Code<S extends keyof GetErrorsErrors> = ${access.error('GetErrorsErrors[S]')}[${access.code}];`,
        ...[...byStatus].map(([status, codes]) => `export type Status${status} = Expect<Eq<Code<${status}>, ${union(codes)}>>;`),
        `export type Default = Expect<Eq<Code<'default'>, ${union(http)}>>;`,
      ];
      const target = narrowable(doc.model);
      if (target && access.meta('e', target.property) !== null) {
        for (const key of [String(target.definition.status), "'default'"]) {
          lines.push(
            `export function narrow${key.replace(/'/g, '')}(e: ${access.error(`GetErrorsErrors[${key}]`)}): unknown {`,
            `  if (e[${access.code}] === ${JSON.stringify(wire.get(target.definition.code)![0])}) return ${access.meta('e', target.property)};`,
            '  return null;',
            '}',
          );
        }
      }
      const check = path.join(dir, `${moduleName}.hey-check.ts`);
      await writeFile(check, `${lines.join('\n')}\n`);
      files.push(check);
    }
    expect(compile(files)).toEqual([]);
  }, 300_000);
});

describe('openapi-fetch', () => {
  it('types a client’s error so that switching on the code reaches that code’s meta', async () => {
    const files: string[] = [];
    for (const doc of documents.filter((d) => d.version === '3.1' && narrowable(d.model) !== null)) {
      const moduleName = path.basename(doc.file, '.openapi.yaml');
      const specFile = path.join(dir, `${moduleName}.spec.json`);
      await writeFile(specFile, JSON.stringify(specOf(doc, parse(await readFile(doc.file, 'utf8')))));
      await writeFile(path.join(dir, `${moduleName}.paths.ts`), astToString(await openapiTS(pathToFileURL(specFile), { silent: true })));
      const target = narrowable(doc.model)!;
      const body = doc.model.envelope.body;
      const member = (v: string, name: string): string => `${v}[${JSON.stringify(name)}]`;
      const error = body.errorMember === null ? 'error' : body.list ? `${member('error', body.errorMember)}[0]!` : member('error', body.errorMember);
      const meta = bodyAccess(doc.model).meta('e', target.property);
      if (meta === null) continue;
      const lines = [
        "import createClient from 'openapi-fetch';",
        `import type { paths } from './${moduleName}.paths';`,
        "const client = createClient<paths>({ baseUrl: 'https://api.invalid' });",
        'export async function handle(): Promise<unknown> {',
        "  const { error } = await client.GET('/errors');",
        '  if (error === undefined) return null;',
        `  const e = ${error};`,
        `  if (e[${JSON.stringify(body.codeMember)}] === ${JSON.stringify(doc.model.wireCodes.find((w) => w.definition === target.definition.code)!.code)}) return ${meta};`,
        `  return e[${JSON.stringify(body.codeMember)}];`,
        '}',
      ];
      const check = path.join(dir, `${moduleName}.fetch-check.ts`);
      await writeFile(check, `${lines.join('\n')}\n`);
      files.push(check);
    }
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(compile(files)).toEqual([]);
  }, 300_000);
});

/** Where the code and a meta property sit in a body of the declared shape, as object accessors. */
function bodyParts(model: CatalogModel) {
  const body = model.envelope.body;
  const errorOf = (value: Record<string, unknown>): Record<string, unknown> => {
    if (body.errorMember === null) return value;
    const inner = value[body.errorMember];
    return (body.list ? (inner as unknown[])[0] : inner) as Record<string, unknown>;
  };
  const metaMember = body.members.find((m) => m.value === 'meta' || m.value === 'meta_members' || m.value === 'details')!;
  const errorPointer = body.errorMember === null ? '' : body.list ? `/${body.errorMember}/0` : `/${body.errorMember}`;
  const metaOf = (error: Record<string, unknown>): Record<string, unknown> =>
    (metaMember.value === 'meta_members' ? error : metaMember.value === 'details' ? (error[metaMember.name!] as unknown[])[0] : error[metaMember.name!]) as Record<string, unknown>;
  const metaPointer = errorPointer + (metaMember.value === 'meta_members' ? '' : metaMember.value === 'details' ? `/${metaMember.name}/0` : `/${metaMember.name}`);
  return { errorOf, codeMember: body.codeMember, errorPointer, metaOf, metaPointer };
}

describe('ajv', () => {
  /** Loads a document into ajv (OpenAPI keywords are not JSON Schema's: strict off) and compiles a schema of it. */
  function loader(file: string, raw: Record<string, unknown>, discriminator: boolean) {
    const ajv = new Ajv2020({ strict: false, discriminator, allErrors: true, validateSchema: false });
    addFormats(ajv);
    const id = `https://errcat.invalid/${path.basename(file)}`;
    ajv.addSchema({ ...raw, $id: id });
    return (schema: string) => ajv.compile({ $ref: `${id}#/components/schemas/${schema}` });
  }

  // ajv reads JSON Schema 2020-12, which is what OpenAPI 3.1 documents hold (3.0's boolean exclusiveMinimum is not).
  it('loads every 3.1 document with discriminator: true and without, and both accept every example under its status and default', async () => {
    for (const doc of documents.filter((d) => d.version === '3.1')) {
      const raw = parse(await readFile(doc.file, 'utf8')) as { components: { schemas: Record<string, unknown>; examples: Record<string, { value: Record<string, unknown> }> } };
      for (const discriminator of [true, false]) {
        const compile = loader(doc.file, raw, discriminator);
        // Every union of the document: these compile the discriminators, or throw.
        const unions = Object.keys(raw.components.schemas).filter((n) => /Envelope$/.test(n) || n === 'EventErrorObject');
        const compiled = new Map(unions.map((n) => [n, compile(n)]));
        for (const d of doc.model.definitions.filter((x) => x.transport === 'http' && x.status !== null)) {
          const value = raw.components.examples[d.names.type]!.value;
          for (const schema of [`Error${d.status}Envelope`, 'AnyErrorEnvelope']) {
            const validate = compiled.get(schema)!;
            expect(validate(value), `${doc.name} ${doc.version} discriminator=${discriminator} ${d.code} in ${schema}: ${JSON.stringify(validate.errors)}`).toBe(true);
          }
        }
      }
    }
  });

  it('with discriminator: true, a wrong code is one error at the code, and a wrong meta value only that code’s errors', async () => {
    let checked = 0;
    for (const doc of documents.filter((d) => d.version === '3.1' && !d.name.startsWith('slash'))) {
      const target = narrowable(doc.model);
      if (!target) continue;
      const raw = parse(await readFile(doc.file, 'utf8')) as { components: { examples: Record<string, { value: Record<string, unknown> }> } };
      const parts = bodyParts(doc.model);
      const withDiscriminator = loader(doc.file, raw, true)('AnyErrorEnvelope');
      const without = loader(doc.file, raw, false)('AnyErrorEnvelope');

      const unknownCode = structuredClone(raw.components.examples[target.definition.names.type]!.value);
      parts.errorOf(unknownCode)[parts.codeMember] = 'no.such_code';
      expect(withDiscriminator(unknownCode)).toBe(false);
      expect(withDiscriminator.errors!.map((e) => [e.instancePath, e.keyword]), doc.name).toEqual([[parts.errorPointer, 'discriminator']]);
      // Without the discriminator, the same body fails too, with one error per alternative: the reason to turn it on.
      expect(without(unknownCode)).toBe(false);
      expect(without.errors!.length).toBeGreaterThan(2);

      const badMeta = structuredClone(raw.components.examples[target.definition.names.type]!.value);
      parts.metaOf(parts.errorOf(badMeta))[target.property] = { not: 'this type' };
      expect(withDiscriminator(badMeta)).toBe(false);
      const paths = withDiscriminator.errors!.map((e) => e.instancePath);
      expect(paths.length, doc.name).toBeGreaterThan(0);
      for (const p of paths) expect(p, `${doc.name}: ${JSON.stringify(withDiscriminator.errors)}`).toBe(`${parts.metaPointer}/${target.property}`);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });

  it('a catalog whose codes are not component keys gets unions without a discriminator, which ajv loads either way', async () => {
    const doc = documents.find((d) => d.name === 'slash-codes' && d.version === '3.1')!;
    const raw = parse(await readFile(doc.file, 'utf8')) as { components: { schemas: Record<string, { properties?: Record<string, { discriminator?: unknown }> }> } };
    const envelopes = Object.entries(raw.components.schemas).filter(([n]) => /^Error\d+Envelope$/.test(n));
    expect(envelopes.length).toBeGreaterThan(0);
    for (const [, schema] of envelopes) expect(schema.properties!.error!.discriminator).toBeUndefined();
    expect(() => loader(doc.file, raw, true)('AnyErrorEnvelope')).not.toThrow();
  });
});

/** The text a browser shows of an HTML page before its scripts run: every text node outside script, style and template. */
function shownText(html: string): string {
  type Node = { nodeName: string; value?: string; childNodes?: Node[]; content?: Node };
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === 'script' || node.nodeName === 'style' || node.nodeName === 'template') return;
    if (node.nodeName === '#text') parts.push(node.value ?? '');
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseHtml(html) as unknown as Node);
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('redocly build-docs', () => {
  it('renders the document on its own as a reference whose navigation lists every code, by section', async () => {
    for (const doc of documents.filter((d) => (d.name === 'socialapi' && d.version === '3.1') || (d.name === 'ledgerly' && d.version === '3.0'))) {
      const html = path.join(dir, `${doc.name}-${doc.version}.html`);
      await run(REDOCLY, ['build-docs', doc.file, '--output', html, '--inlineBundle'], { cwd: dir, env: TOOL_ENV, maxBuffer: 64 * 1024 * 1024 });
      // What is on the page before any script runs: the embedded copy of the document does not count.
      const shown = shownText(await readFile(html, 'utf8'));
      for (const section of doc.model.sections.filter((s) => s.codes.length > 0)) expect(shown, `${doc.name}: section ${section.title}`).toContain(section.title);
      for (const d of doc.model.definitions) expect(shown, `${doc.name} ${doc.version}: ${d.displayCode}`).toContain(d.displayCode);
    }
  }, 120_000);
});
