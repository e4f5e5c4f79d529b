/**
 * The bounds on a catalog's size and the YAML reading rules beside them
 * (yaml-too-large, catalog-too-large, yaml-version, CR-only line breaks),
 * through the real loader with small limits, so positions are real. The
 * same bounds on hostile inputs of many megabytes, as child processes with
 * a time and heap limit, are in bounds-process.test.ts.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lexer } from 'yaml';
import { applyLimit, DEFAULT_OPTIONS } from '../generators/options.js';
import { checkCatalog, renderTargets } from '../generators/pipeline.js';
import { TARGETS } from '../generators/targets/index.js';
import { optionsFor } from './helpers.js';

const HEADER = `catalog:
  id: demo
  title: Demo
  version: 1.0.0
  package:
    name: "@demo/errors"
  envelope:
    request_id_header: X-Request-ID
sections:
  - id: main
    title: Main
namespaces:
  auth:
    description: Auth
    section: main
`;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'errcat-bounds-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function check(name: string, files: Record<string, string>, limits: Partial<typeof DEFAULT_OPTIONS.limits> = {}) {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries({ 'a.yaml': HEADER, ...files })) await writeFile(path.join(dir, file), text);
  const { diagnostics, model } = await checkCatalog(optionsFor(dir, { limits: { ...DEFAULT_OPTIONS.limits, ...limits } }));
  return { got: diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.rule}`), model };
}

const CODE = 'codes:\n  auth.ok:\n    status: 401\n    description: Fine.\n    example:\n      message: Fine.\n';

/** Lexical tokens of the header file, which every limit below must leave room for. */
const HEADER_TOKENS = [...new Lexer().lex(HEADER)].length;
/** A block sequence of n items: 5 tokens for `x-junk:` and its line break (with the document start), 6 per `  - a` line. */
const junk = (n: number) => `x-junk:\n${'  - a\n'.repeat(n)}`;
const junkTokens = (n: number) => 5 + 6 * n;
/** Where reading a junk file stops when its budget is b tokens: at token b + 1. */
const junkStop = (b: number) => `${2 + Math.floor((b - 5) / 6)}:${[1, 3, 4, 5, 5, 6][(b - 5) % 6]}`;

describe('size bounds', () => {
  const limit = HEADER_TOKENS + 100;

  it('yaml-too-large: a file over the token limit, at the token where reading stopped', async () => {
    const { got, model } = await check('tokens', { 'b.yaml': junk(100), 'c.yaml': CODE }, { maxFileTokens: limit });
    expect(got).toEqual([`b.yaml:${junkStop(limit)} yaml-too-large`]);
    expect(model).toBeNull();
  });

  it('yaml-too-large counts comments and line breaks too', async () => {
    // `x-a: 1\n` is 8 tokens, each `#\n` 2: token 2k + 9 starts line k + 2.
    const { got } = await check('comments', { 'b.yaml': `x-a: 1\n${'#\n'.repeat(limit)}` }, { maxFileTokens: limit });
    expect(got).toEqual([`b.yaml:${2 + Math.floor((limit - 8) / 2)}:${(limit - 8) % 2 ? 2 : 1} yaml-too-large`]);
  });

  it('a file exactly at the token limit is read', async () => {
    const n = Math.floor((limit - 5) / 6);
    const { got, model } = await check('exact', { 'b.yaml': junk(n), 'c.yaml': CODE }, { maxFileTokens: junkTokens(n) });
    expect(got).toEqual([]);
    expect(model?.wireCodes.map((w) => w.code)).toEqual(['auth.ok']);
  });

  it('catalog-too-large: the catalog token budget runs out in a later file, and no further file is read', async () => {
    const total = HEADER_TOKENS + junkTokens(20) + 80;
    const { got } = await check('catalog', { 'b.yaml': junk(20), 'c.yaml': junk(20), 'd.yaml': 'x: [\n' }, { maxCatalogTokens: total });
    expect(got).toEqual([`c.yaml:${junkStop(80)} catalog-too-large`]);
  });

  it('catalog-too-large: the catalog byte limit, before the file is read', async () => {
    const { got } = await check('bytes', { 'b.yaml': CODE, 'c.yaml': CODE }, { maxCatalogBytes: HEADER.length + CODE.length + 10 });
    expect(got).toEqual(['c.yaml:1:1 catalog-too-large']);
  });
});

describe('YAML reading', () => {
  it('yaml-version: a %YAML directive other than 1.2, at the directive', async () => {
    const { got, model } = await check('version', { 'b.yaml': `%YAML 1.1\n---\n${CODE}`, 'c.yaml': '%YAML 1.2\n---\nx-a: 1\n' });
    expect(got).toEqual(['b.yaml:1:1 yaml-version']);
    expect(model).toBeNull();
  });

  it('CR-only line breaks read as line breaks: a valid file, and an error at its right line', async () => {
    const ok = await check('cr-ok', { 'b.yaml': CODE.replace(/\n/g, '\r') });
    expect(ok.got).toEqual([]);
    expect(ok.model?.wireCodes.map((w) => w.code)).toEqual(['auth.ok']);
    const bad = await check('cr-bad', { 'b.yaml': CODE.replace('status: 401', 'status: 99').replace(/\n/g, '\r') });
    expect(bad.got).toEqual(['b.yaml:3:13 schema']);
    // CRLF and mixed files read the same.
    const mixed = await check('cr-mixed', { 'b.yaml': CODE.replace('status: 401', 'status: 99').replace(/\n/g, (_, i: number) => (i % 2 ? '\r' : '\r\n')) });
    expect(mixed.got).toEqual(['b.yaml:3:13 schema']);
  });
});

describe('--limit name=value', () => {
  it('overrides one limit, with _ as a separator', () => {
    const applied = applyLimit(DEFAULT_OPTIONS.limits, 'file-tokens=4_000_000');
    expect(applied).toEqual({ ...DEFAULT_OPTIONS.limits, maxFileTokens: 4_000_000 });
  });

  it.each(['file-tokens', 'file-tokens=0', 'file-tokens=-1', 'file-tokens=1e6', 'toString=5', '__proto__=5', 'nope=5', 'file-tokens=99999999999999999999'])('refuses %s', (text) => {
    expect(applyLimit(DEFAULT_OPTIONS.limits, text)).toHaveProperty('error');
  });
});

const metaCode = (meta: string, example: string) => `codes:\n  auth.x:\n    status: 400\n    description: D.\n    meta:\n${meta}    example:\n      message: m\n      meta: ${example}\n`;

describe('meta schemas', () => {
  it('meta-schema-ref-cycle names the cycle, at the $ref that closes it', async () => {
    const cycle = await check('cycle', { 'b.yaml': metaCode('      type: object\n      $defs:\n        a: { $ref: "#/$defs/b" }\n        b: { $ref: "#/$defs/a" }\n      properties:\n        x: { $ref: "#/$defs/a", description: X. }\n', '{ x: 1 }') });
    expect(cycle.got).toEqual(['b.yaml:9:20 meta-schema-ref-cycle']);
    const self = await check('self-allof', { 'b.yaml': metaCode('      type: object\n      allOf: [{ $ref: "#" }]\n', '{}') });
    expect(self.got.map((g) => g.replace(/:\d+ /, ' '))).toEqual(['b.yaml:7 meta-schema-ref-cycle']);
  });

  it('$ref: "#" (recursion through items) is accepted, checked and rendered by every target', async () => {
    const meta = '      type: object\n      additionalProperties: false\n      properties:\n        name: { type: string, description: N. }\n        children: { type: array, items: { $ref: "#" }, description: C. }\n';
    const bad = await check('recursive-bad', { 'b.yaml': metaCode(meta, '{ name: a, children: [{ name: 1 }] }') });
    expect(bad.got).toEqual(['b.yaml:13:43 example-invalid']);
    const dir = path.join(root, 'recursive');
    const { got, model } = await check('recursive', { 'b.yaml': metaCode(meta, '{ name: a, children: [{ name: b, children: [] }] }') });
    expect(got).toEqual([]);
    const files = await renderTargets(model!, TARGETS, optionsFor(dir));
    const file = (p: string) => files.find((f) => f.path === p)!.contents;
    expect(file('typescript/src/meta.ts')).toMatch(/children\?: readonly AuthXMeta\[\]/);
    const openapi = JSON.parse(file('openapi/errors.openapi.json'));
    expect(openapi.components.schemas.AuthXMeta.properties.children.items).toEqual({ $ref: '#/components/schemas/AuthXMeta' });
    expect(file('docs/errors.md')).toContain('children');
  });

  it('meta properties named constructor, toString and prototype are plain properties (own-property checks)', async () => {
    const meta = '      type: object\n      additionalProperties: false\n      properties:\n        constructor: { type: string, description: C. }\n        toString: { type: string, description: T. }\n        prototype: { type: string, description: P. }\n';
    expect((await check('proto-ok', { 'b.yaml': metaCode(meta, '{ toString: t }') })).got).toEqual([]);
    expect((await check('proto-own', { 'b.yaml': metaCode(meta, '{ constructor: c, prototype: p }') })).got).toEqual([]);
    expect((await check('proto-bad', { 'b.yaml': metaCode(meta, '{ toString: 1 }') })).got.map((g) => g.split(' ')[1])).toEqual(['example-invalid']);
    expect((await check('proto-extra', { 'b.yaml': metaCode(meta, '{ __proto__: x }') })).got.map((g) => g.split(' ')[1])).toEqual(['example-invalid']);
  });

  it('a property named __proto__ is refused where it is declared (ajv would never check it), and a __proto__ key in example data is data', async () => {
    // ajv drops a property named __proto__ from `properties`: `{ __proto__: 1 }` would pass a `type: string` unchecked.
    const declared = '      type: object\n      properties:\n        __proto__: { type: string, description: P. }\n';
    expect((await check('proto-declared', { 'b.yaml': metaCode(declared, '{ __proto__: 1 }') })).got.map((g) => g.replace(/:\d+ /, ' '))).toEqual(['b.yaml:8 meta-schema-invalid']);
    const shared = await check('proto-shared', { 'b.yaml': `${metaCode('      $ref: "#/schemas/Data"\n', '{}')}schemas:\n  Data:\n    type: object\n    properties:\n      inner: { type: object, properties: { __proto__: { type: integer } } }\n` });
    expect(shared.got.map((g) => g.replace(/:\d+ /, ' '))).toEqual(['b.yaml:14 meta-schema-invalid']);
    // Open objects take a __proto__ key in the example as an ordinary key, checked against the rest of the schema.
    const open = '      type: object\n      properties:\n        data: { type: object, description: D., properties: { n: { type: integer } } }\n';
    const ok = await check('proto-data', { 'b.yaml': metaCode(open, '{ data: { __proto__: { polluted: 1 }, constructor: { prototype: 2 }, n: 1 } }') });
    expect(ok.got).toEqual([]);
    const meta = ok.model!.definitions.find((d) => d.code === 'auth.x')!.example.meta as Record<string, Record<string, unknown>>;
    expect(Object.keys(meta.data!)).toEqual(['__proto__', 'constructor', 'n']);
    expect(Object.getPrototypeOf(meta.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await check('proto-data-bad', { 'b.yaml': metaCode(open, '{ data: { __proto__: {}, n: x } }') })).got.map((g) => g.split(' ')[1])).toEqual(['example-invalid']);
  });
});
