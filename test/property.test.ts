/**
 * Property: arbitrary strings in every text field of a catalog either are
 * refused by validate with diagnostics (never an internal error), or give
 * outputs that parse, compile, lint and round-trip in their real consumers
 * (the declared body, in turn a custom one and the RFC 9457 and JSON:API
 * presets, identifiers, retired codes, the code syntax, front
 * matter and a "same as above" code included, and the catalog's CHANGELOG.md
 * the package ships).
 * validate accepts exactly what generate can render.
 *
 * CI runs FC_RUNS (default 20; most are refused, as one lone surrogate or
 * over-long title among 48 slots refuses a case) cases from a fixed FC_SEED; `make fuzz` runs
 * many more from a random seed, and prints the seed of a failure so that it
 * can be replayed: FC_SEED=<seed> FC_RUNS=<n> npx vitest run test/property.test.ts
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { OutputFile } from '../generators/output.js';
import { checkCatalog, renderTargets } from '../generators/pipeline.js';
import { TARGETS } from '../generators/targets/index.js';
import { inspectHast, lintMarkdown, mdxSyntaxIn, readYamlEverywhere, renderCommonMark, renderMdx } from './consumers.js';
import { CORPUS } from './hostile/corpus.mjs';
import { optionsFor } from './helpers.js';

const runFile = promisify(execFile);
const SEED = Number(process.env.FC_SEED ?? 20261202);
const RUNS = Number(process.env.FC_RUNS ?? 20);
/** Text slots of the template catalog below. */
const SLOTS = 56;

let tmp: string;
let cases = 0;
/** Cases validate accepted, so that the property is not proved on refusals alone. */
let accepted = 0;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-property-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A reason phrase is one line (an HTTP status line): line breaks become spaces, so that the case is not refused for it alone. */
const oneLine = (text: string): string => text.replace(/[\r\n\u0085\u2028\u2029]/g, ' ');

/** The declared bodies the cases take in turn: a custom body, and the presets, whose titles, details and type URIs come from catalog text. */
const PRESETS = ['custom', 'rfc9457', 'jsonapi'] as const;
/** Accepted cases per declared body, so that each body is proved on accepted cases, not on refusals alone. */
const acceptedBy: Record<(typeof PRESETS)[number], number> = { custom: 0, rfc9457: 0, jsonapi: 0 };

/** A catalog with every kind of text field, each filled from `t` (one value per slot). */
function catalog(t: readonly string[], preset: (typeof PRESETS)[number] = 'custom'): Record<string, unknown> {
  let n = 0;
  const s = (): string => t[n++ % t.length]!;
  const name = s();
  const other = s();
  const sharedName = s();
  const sharedValue = s();
  const withShared = name !== 'shared' && other !== 'shared';
  return {
    catalog: {
      id: 'prop',
      title: s(),
      version: '1.0.0',
      description: s(),
      package: { name: 'prop-errors', description: s() },
      docs: { title: s(), intro: s(), base_url: 'https://docs.example.com/errors', status_phrases: { '422': oneLine(s()) }, front_matter: { description: s() }, extensions: { 'x-note': s() } },
      envelope: {
        description: s(),
        request_id_header: 'X-Request-ID',
        fields: { code: s(), message: s(), meta: s(), request_id: s() },
        code_grammar: s(),
        body: preset !== 'custom' ? { preset, ...(preset === 'rfc9457' ? { code_member: 'error_code', request_id_member: 'request_id' } : {}), headers: [{ name: 'X-Extra', description: s() }] } : {
          error_member: 'error',
          members: [
            // Member names Object.prototype and JSON Schema give a meaning: the runtime reads own members, the data literals are 'as const'.
            { name: 'constructor', value: 'code', description: s() },
            { name: 'toString', value: 'message', description: s() },
            { name: '$schema', value: 'meta', description: s() },
            { name: '@type', value: 'type', description: s() },
          ],
          envelope_members: [{ name: 'request_id', value: 'request_id', description: s() }],
          headers: [{ name: 'X-Extra', description: s() }],
        },
      },
      code_syntax: { description: s(), separator: '.' },
      identifiers: { legacy: { title: s(), description: s() } },
    },
    retired: [{ code: 'thing.gone', since: '1.0.0', replacement: 'thing.broken', reason: s() }],
    parameters: { p: { description: s(), placeholder: s(), values: [{ value: 'one', title: s() }] } },
    // A shared meta schema (checked at run time through the reference), with arbitrary text in its name, value and description.
    schemas: { Shared: { type: 'object', description: s(), additionalProperties: false, required: [sharedName], properties: { [sharedName]: { type: 'string', enum: [sharedValue] } } } },
    sections: [{ id: 'main', title: s(), intro: s(), outro: s() }],
    namespaces: {
      thing: { description: s(), section: 'main', status_forwarding: { fallback: 502, note: s() } },
      event: { description: s(), section: 'main', transport: 'event', events: { names: [s()], field: s() } },
    },
    codes: {
      'thing.broken': {
        status: 422,
        description: s(),
        details: s(),
        meta: {
          type: 'object',
          additionalProperties: false,
          required: [name],
          properties: {
            [name]: { type: 'string', description: s(), enum: ['fixed'] },
            ...(other === name ? {} : { [other]: { type: 'string', title: s() } }),
            ...(withShared ? { shared: { $ref: '#/schemas/Shared' } } : {}),
          },
        },
        retry: { policy: 'backoff', note: s() },
        deprecated: { since: '1.0.0', reason: s() },
        identifiers: { legacy: s() },
        type_uri: 'tag:example.com,2026:thing-broken',
        // Extension fields, labelled in docs.extensions: text, and text inside a JSON value.
        'x-note': s(),
        'x-data': { text: s(), list: [s(), 1, null] },
        example: { message: s(), meta: { [name]: 'fixed', ...(withShared ? { shared: { [sharedName]: sharedValue } } : {}) } },
      },
      // Written relative to the code above it: the docs link it, OpenAPI repeats that code's (hostile) description.
      'thing.also': { status: 422, description: s(), same_as: 'thing.broken', example: { message: s() } },
      'thing.{p}.failed': { status: 502, description: s(), example: { message: s(), params: { p: 'one' } } },
      'event.happened': { transport: 'event', description: s(), example: { message: s() } },
    },
    guidance: [{ id: 'g', title: s(), codes: ['thing.*'], body: s(), samples: [{ language: 'js', title: s(), code: s() }] }],
  };
}

/** Text: a hostile string, arbitrary code points (lone surrogates included), or pieces of both glued together. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CORPUS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'`\\{}<>[]()*_~|&#!-+=:;.\'" \t\n\r\u0085\u2028\u202e\u0000\u001bwx:/@'), minLength: 1, maxLength: 24 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...CORPUS), { minLength: 2, maxLength: 4 }).map((parts) => parts.join(' ')) },
);

/** Errors in the outputs, by output: empty when every consumer reads them. */
async function consume(files: readonly OutputFile[], dir: string): Promise<string[]> {
  const problems: string[] = [];
  const get = (name: string): string => files.find((f) => f.path === name)!.contents;
  const json = JSON.parse(get('openapi/errors.openapi.json')) as unknown;
  for (const [reader, view] of Object.entries(readYamlEverywhere(get('openapi/errors.openapi.yaml')))) {
    if (JSON.stringify(view) !== JSON.stringify(json)) problems.push(`openapi YAML reads differently in ${reader}${view && typeof view === 'object' && 'unreadable' in view ? `: ${String(view.unreadable)}` : ''}`);
  }
  // Docs pages are built as MDX; the package README is rendered as CommonMark (npm, GitHub), its one comment errcat's banner.
  const pages = files.filter((f) => f.path.startsWith('docs/') && f.path.endsWith('.md'));
  const readme = files.find((f) => f.path === 'typescript/README.md')!;
  const changelog = files.find((f) => f.path === 'typescript/CHANGELOG.md');
  if (!changelog) problems.push('typescript: the package ships no CHANGELOG.md');
  for (const finding of changelog ? inspectHast((await renderCommonMark(changelog.contents)).tree) : []) {
    if (!/^comment <!-- Generated by errcat from the prop catalog \(version 1\.0\.0\): its CHANGELOG\.md\. Do not edit: [^\n]* -->$/.test(finding)) problems.push(`typescript/CHANGELOG.md: CommonMark ${finding}`);
  }
  for (const f of pages) {
    for (const finding of mdxSyntaxIn(f.contents)) problems.push(`${f.path}: MDX ${finding}`);
    for (const finding of inspectHast((await renderCommonMark(f.contents)).tree)) problems.push(`${f.path}: CommonMark ${finding}`);
    const mdx = await renderMdx(f.contents);
    for (const finding of [...inspectHast(mdx.tree), ...mdx.touchedGlobals.map((g) => `set global ${g}`)]) problems.push(`${f.path}: MDX ${finding}`);
  }
  for (const finding of inspectHast((await renderCommonMark(readme.contents)).tree)) {
    if (!/^comment <!-- Generated by errcat from the prop catalog \(version 1\.0\.0\)\. Do not edit: change the catalog and run `errcat generate`\. -->$/.test(finding)) problems.push(`${readme.path}: CommonMark ${finding}`);
  }
  for (const message of await lintMarkdown(Object.fromEntries([...pages, readme, ...(changelog ? [changelog] : [])].map((f) => [f.path, f.contents])))) problems.push(`markdownlint: ${message}`);
  for (const f of files.filter((f) => /\.(ts|js)$/.test(f.path))) {
    const source = ts.createSourceFile(f.path, f.contents, ts.ScriptTarget.ES2022, false, f.path.endsWith('.d.ts') || f.path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
    for (const d of (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics) problems.push(`${f.path}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  }
  for (const f of files.filter((f) => f.path.startsWith('typescript/dist/'))) {
    await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
    await writeFile(path.join(dir, f.path), f.contents);
  }
  const model = JSON.parse(get('model/catalog.json')) as { definitions: { code: string; description: string; example: { meta: Record<string, unknown> | null }; extensions: { name: string; value: unknown }[] }[] };
  const broken = model.definitions.find((d) => d.code === 'thing.broken')!;
  const xNote = broken.extensions.find((e) => e.name === 'x-note')?.value;
  // The example's meta passes the generated checks (its shared part through the shared schema); a wrong shared value fails there.
  const wrong = { ...broken.example.meta, shared: { wrong: true } };
  const probe = [
    `const m = await import(${JSON.stringify(path.join(dir, 'typescript/dist/index.js'))});`,
    `const good = m.validateMeta('thing.broken', ${JSON.stringify(broken.example.meta)}, { strict: true });`,
    `const bad = m.validateMeta('thing.broken', ${JSON.stringify(wrong)});`,
    // A body the package builds is one its own check accepts, whatever the member names.
    `const built = JSON.parse(JSON.stringify(m.createErrorEnvelope('thing.broken', { message: 'm', requestId: 'r', meta: ${JSON.stringify(broken.example.meta)} })));`,
    "const roundTrip = m.checkErrorEnvelope(built);",
    "process.stdout.write(JSON.stringify({ description: m.errorCatalog['thing.broken'].description, note: m.errorCatalog['thing.broken'].extensions['x-note'], good, bad, roundTrip: roundTrip.ok ? 'ok' : roundTrip }));",
  ].join('\n');
  const { stdout } = await runFile(process.execPath, ['--input-type=module', '-e', probe]);
  const result = JSON.parse(stdout) as { description: string; note: unknown; good: unknown[]; bad: { path: unknown[] }[]; roundTrip: unknown };
  if (result.description !== broken.description) problems.push('typescript: the runtime description differs from the catalog');
  if (result.note !== xNote) problems.push('typescript: the runtime x-note differs from the catalog');
  if (result.roundTrip !== 'ok') problems.push(`typescript: checkErrorEnvelope refuses a body createErrorEnvelope built: ${JSON.stringify(result.roundTrip)}`);
  if (result.good.length > 0) problems.push(`typescript: the example's meta fails the generated checks: ${JSON.stringify(result.good)}`);
  if (Object.hasOwn(broken.example.meta ?? {}, 'shared') && !result.bad.some((i) => i.path[0] === 'shared')) problems.push('typescript: a wrong value in the shared schema passes the generated checks');
  return problems;
}

it(`validate accepts exactly what generate renders, and every output reads in its consumers (seed ${SEED}, ${RUNS} runs)`, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: SLOTS, maxLength: SLOTS }), async (texts) => {
      const dir = path.join(tmp, `case-${++cases}`);
      const preset = PRESETS[cases % PRESETS.length]!;
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'catalog.yaml'), stringify(catalog(texts, preset), { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'QUOTE_DOUBLE' }));
      // The changelog is a file of its own, Markdown as written (UTF-8: a lone surrogate is written as U+FFFD).
      await writeFile(path.join(dir, 'CHANGELOG.md'), `# Changelog\n\n${texts[0]}\n\n## [1.0.0] - ${oneLine(texts[1]!)}\n\n### Added\n\n- ${texts[2]}\n\n${texts[3]}\n`);
      const { diagnostics, model } = await checkCatalog(optionsFor(dir));
      const errors = diagnostics.filter((d) => d.severity === 'error');
      for (const d of errors) {
        expect(d.rule).toMatch(/^[a-z][a-z0-9-]+$/);
        expect(d.rule).not.toMatch(/internal/);
        expect(d.line).toBeGreaterThan(0);
      }
      if (errors.length > 0) return;
      accepted++;
      acceptedBy[preset]++;
      const files = await renderTargets(model!, TARGETS, optionsFor(dir));
      expect(await consume(files, dir)).toEqual([]);
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
  expect(accepted, `of ${cases} cases`).toBeGreaterThan(0);
  for (const preset of PRESETS) expect(acceptedBy[preset], `cases accepted with the ${preset} body`).toBeGreaterThan(0);
  console.log(`property: ${accepted} of ${cases} cases accepted and read by every consumer (${PRESETS.map((p) => `${p} ${acceptedBy[p]}`).join(', ')}), the rest refused with diagnostics`);
}, 900_000);
