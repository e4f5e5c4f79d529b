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
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CatalogModel } from '../generators/model.js';
import { OPENAPI_FILES, renderOpenApi } from '../generators/targets/openapi.js';
import { FIXTURE_CATALOGS, loadModel, ROOT } from './helpers.js';

const run = promisify(execFile);
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

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-openapi-'));
  const models: [string, CatalogModel][] = [];
  for (const name of Object.keys(FIXTURE_CATALOGS) as (keyof typeof FIXTURE_CATALOGS)[]) models.push([name, await loadModel(FIXTURE_CATALOGS[name])]);
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
    definitions: model.definitions.map((d) => (d.code === 'ledger.balance_stale' ? { ...d, meta: { kind: 'schema' as const, required: true, properties: [], schema } } : d)),
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
      // (redocly.yaml explains it); once for each response that lists the example (Error422 and ShapeErrors).
      { rule: 'no-invalid-media-type-examples', file: 'shapes-30.openapi.yaml', at: '#/components/examples/ShapePatterns/value/error/meta/x-trace' },
      { rule: 'no-invalid-media-type-examples', file: 'shapes-30.openapi.yaml', at: '#/components/examples/ShapePatterns/value/error/meta/x-trace' },
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
    expect(Object.keys(bundled.components.responses)).toEqual(expect.arrayContaining(['Error401', 'Error404', 'Error429', 'AnyError', 'PostErrors']));
    expect(bundled.paths['/accounts/{account_id}'].get.responses['404']).toEqual({ $ref: '#/components/responses/Error404' });
    expect(bundled.components.schemas.Error404Envelope.properties.error.discriminator.mapping['account.not_found']).toBe('#/components/schemas/AccountNotFoundError');

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
      // The expected union per status, from the model (status and forwarding fallback).
      const wire = new Map<string, string[]>();
      for (const w of doc.model.wireCodes) wire.set(w.definition, [...(wire.get(w.definition) ?? []), w.code]);
      const byStatus = new Map<number, Set<string>>();
      const eventCodes: string[] = [];
      for (const d of doc.model.definitions) {
        if (d.transport === 'event' || d.events) eventCodes.push(...wire.get(d.code)!);
        if (d.transport !== 'http' || d.status === null) continue;
        for (const status of [d.status, ...(d.statusForwarding ? [d.statusForwarding.fallback] : [])]) {
          byStatus.set(status, new Set([...(byStatus.get(status) ?? []), ...wire.get(d.code)!]));
        }
      }
      const union = (codes: Iterable<string>): string => [...codes].map((c) => JSON.stringify(c)).join(' | ');
      const lines = [
        `import type { components } from './${moduleName}';`,
        'type Eq<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
        'type Expect<T extends true> = T;',
        "type Body<R extends keyof components['responses']> = components['responses'][R]['content']['application/json'];",
        "type Code<R extends keyof components['responses']> = Body<R>['error']['code'];",
        ...[...byStatus].map(([status, codes]) => `export type Status${status} = Expect<Eq<Code<'Error${status}'>, ${union(codes)}>>;`),
        `export type AnyCode = Expect<Eq<components['schemas']['ErrorCode'], ${union(doc.model.wireCodes.map((w) => w.code))}>>;`,
      ];
      // A catalog that sends every code over HTTP has no events union (the catalogs in other code syntaxes).
      if (eventCodes.length > 0) lines.push(`export type EventCode = Expect<Eq<components['schemas']['EventErrorObject']['code'], ${union(eventCodes)}>>;`);
      else lines.push(`export type NoEvents = Expect<Eq<'EventErrorObject' extends keyof components['schemas'] ? true : false, false>>;`);
      // Switching on error.code narrows the body to that code's object, meta type included.
      const narrowable = doc.model.definitions.find((d) => d.transport === 'http' && d.status !== null && d.meta.kind === 'schema' && d.meta.required && d.meta.properties.some((p) => p.required));
      if (narrowable && narrowable.meta.kind === 'schema') {
        const property = narrowable.meta.properties.find((p) => p.required)!;
        lines.push(
          `export function narrow(body: Body<'Error${narrowable.status}'>): unknown {`,
          `  if (body.error.code === ${JSON.stringify(wire.get(narrowable.code)![0])}) return body.error.meta[${JSON.stringify(property.name)}];`,
          '  return null;',
          '}',
        );
      }
      expect(narrowable !== undefined || moduleName.startsWith('keywords') || moduleName.startsWith('shapes')).toBe(true);
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
