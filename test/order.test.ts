/**
 * Authored order (issue 9): every list a reader sees follows the catalog as
 * written, integer-like keys included, unless the catalog asks for
 * `order: code`; the model records the order and each target keeps it.
 * Checked through the real sinks: the TypeScript the compiler reads, the
 * OpenAPI YAML and JSON as parsed back, the docs tables as micromark reads
 * them.
 */
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { parse as parseYaml, parseDocument as parseYamlDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../generators/model.js';
import { renderTargets } from '../generators/pipeline.js';
import { docsTarget } from '../generators/targets/docs.js';
import { openapiTarget } from '../generators/targets/openapi.js';
import { typescriptTarget } from '../generators/targets/typescript.js';
import { FIXTURE_CATALOGS, loadModel, optionsFor } from './helpers.js';
import { parseMarkdown, type MdNode } from './markdown-ast.js';

function textOf(node: MdNode): string {
  if (node.value !== undefined && node.type !== 'html') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Every table of a page as micromark reads it: header texts and rows of cells. */
function readTables(markdown: string): { header: string[]; rows: MdNode[][] }[] {
  const tables = (node: MdNode): MdNode[] => (node.type === 'table' ? [node] : (node.children ?? []).flatMap(tables));
  return tables(parseMarkdown(markdown)).map((t) => {
    const [head, ...rows] = t.children!;
    return { header: head!.children!.map(textOf), rows: rows.map((r) => r.children!) };
  });
}

const NAMESPACES = `  zeta: {description: Zeta, section: first}
  alpha: {description: Alpha, section: first}
  mid: {description: Mid, section: later}
`;
const header = (order: string, namespaces = NAMESPACES) => `catalog:
  id: demo
  title: Demo
  version: 1.0.0
  package: {name: "@demo/errors"}
${order}  envelope:
    request_id_header: X-Request-ID
sections:
  - id: later
    title: Later
  - id: first
    title: First
namespaces:
${namespaces}`;

// Written out of code order on purpose, across two files whose load order (b_ after a_) is not the section order.
const FILES = {
  'a_first.yaml': `codes:
  zeta.second:
    status: 400
    description: Zeta second.
    aliases: [zeta.z_alias, zeta.a_alias]
    meta:
      type: object
      properties:
        zulu: {type: string, description: Zulu first.}
        "10": {type: integer, description: Ten.}
        "9": {type: integer, description: Nine.}
        alpha:
          type: object
          properties:
            z: {type: string}
            a: {type: string}
    example: {message: Zeta.}
  alpha.first:
    status: 400
    description: Alpha first.
    example: {message: Alpha.}
`,
  'b_later.yaml': `codes:
  mid.b:
    status: 404
    description: Mid b.
    example: {message: B.}
  mid.a:
    status: 404
    description: Mid a.
    example: {message: A.}
`,
};

const dirs: string[] = [];
async function writeCatalog(catalogYaml: string, files: Record<string, string> = FILES): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-order-'));
  dirs.push(dir);
  await mkdir(path.join(dir, 'codes'));
  await writeFile(path.join(dir, 'catalog.yaml'), catalogYaml);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, 'codes', name), text);
  return dir;
}

let authoredDir: string;
let codeDir: string;
let authored: CatalogModel;
let byCode: CatalogModel;

beforeAll(async () => {
  authoredDir = await writeCatalog(header(''));
  codeDir = await writeCatalog(header('  order: code\n'));
  authored = await loadModel(authoredDir);
  byCode = await loadModel(codeDir);
});
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function render(model: CatalogModel, dir: string) {
  return renderTargets(model, [docsTarget, openapiTarget, typescriptTarget], optionsFor(dir));
}

/** The member names of an exported type alias's object type, in source order, as the TypeScript parser reads them. */
function typeMembers(source: string, name: string): string[] {
  const file = ts.createSourceFile('meta.ts', source, ts.ScriptTarget.ES2022, true);
  let found: string[] | null = null;
  file.forEachChild((node) => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === name && ts.isTypeLiteralNode(node.type)) {
      found = node.type.members.filter(ts.isPropertySignature).map((m) => (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isNumericLiteral(m.name) ? m.name.text : '?'));
    }
  });
  if (found === null) throw new Error(`no type ${name}`);
  return found;
}

/** Keys of a YAML mapping in document order (the parsed Document, not a JS object, which would move "9" and "10" first). */
function yamlKeys(text: string, pathTo: string[]): string[] {
  const node = parseYamlDocument(text).getIn(pathTo, true) as { items: { key: { value: unknown } }[] };
  return node.items.map((p) => String(p.key.value));
}

/** Keys of a JSON object in text order. */
function jsonKeys(text: string, pathTo: string[]): string[] {
  // JSON.parse would reorder integer-like keys, so read the keys off the text of the object.
  let value: unknown = JSON.parse(text);
  for (const p of pathTo) value = (value as Record<string, unknown>)[p];
  const keys = Object.keys(value as object);
  const start = text.indexOf(`"${pathTo[pathTo.length - 1]}": {`, text.indexOf(`"${pathTo[pathTo.length - 2]}": {`));
  return keys.map((k) => ({ k, at: text.indexOf(`"${k}": `, start) })).sort((a, b) => a.at - b.at).map((x) => x.k);
}

describe('authored order (the default)', () => {
  it('keeps sections in declared order and, in each, codes as written across files; namespaces, aliases and wire codes too', () => {
    expect(authored.order).toBe('authored');
    expect(authored.sections.map((s) => [s.id, s.codes])).toEqual([
      ['later', ['mid.b', 'mid.a']],
      ['first', ['zeta.second', 'alpha.first']],
    ]);
    expect(authored.definitions.map((d) => d.code)).toEqual(['mid.b', 'mid.a', 'zeta.second', 'alpha.first']);
    expect(authored.namespaces.map((n) => n.name)).toEqual(['zeta', 'alpha', 'mid']);
    expect(authored.definitions[2]!.aliases).toEqual(['zeta.z_alias', 'zeta.a_alias']);
    expect(authored.wireCodes.map((w) => w.code)).toEqual(['mid.b', 'mid.a', 'zeta.second', 'zeta.z_alias', 'zeta.a_alias', 'alpha.first']);
    const meta = authored.definitions[2]!.meta;
    expect(meta.kind === 'schema' && meta.properties.map((p) => p.name)).toEqual(['zulu', '10', '9', 'alpha']);
  });

  it('prints meta properties as written in TypeScript, OpenAPI YAML and JSON and the docs table, integer-like names included', async () => {
    const files = await render(authored, authoredDir);
    const file = (p: string) => files.find((f) => f.path === p)!.contents;
    expect(typeMembers(file('typescript/src/meta.ts'), 'ZetaSecondMeta')).toEqual(['zulu', '10', '9', 'alpha']);
    const yaml = file('openapi/errors.openapi.yaml');
    expect(yamlKeys(yaml, ['components', 'schemas', 'ZetaSecondMeta', 'properties'])).toEqual(['zulu', '10', '9', 'alpha']);
    expect(yamlKeys(yaml, ['components', 'schemas', 'ZetaSecondMeta', 'properties', 'alpha', 'properties'])).toEqual(['z', 'a']);
    // Other maps stay in code-unit order.
    expect(yamlKeys(yaml, ['components', 'schemas', 'ZetaSecondMeta'])).toEqual([...yamlKeys(yaml, ['components', 'schemas', 'ZetaSecondMeta'])].sort());
    expect(jsonKeys(file('openapi/errors.openapi.json'), ['components', 'schemas', 'ZetaSecondMeta', 'properties'])).toEqual(['zulu', '10', '9', 'alpha']);
    expect(parseYaml(yaml)).toEqual(JSON.parse(file('openapi/errors.openapi.json')));
    const fieldTable = readTables(file('docs/errors.md')).find((t) => t.header.join() === 'Field,Type,Required,Description')!;
    expect(fieldTable.rows.map((r) => textOf(r[0]!))).toEqual(['meta.zulu', 'meta.10', 'meta.9', 'meta.alpha', 'meta.alpha.z', 'meta.alpha.a']);
  });

  it('lists docs rows, OpenAPI oneOf lists and TypeScript unions in the model order', async () => {
    const files = await render(authored, authoredDir);
    const file = (p: string) => files.find((f) => f.path === p)!.contents;
    const codeTables = readTables(file('docs/errors.md')).filter((t) => t.header.includes('Code'));
    expect(codeTables.map((t) => t.rows.map((r) => textOf(r[1]!)))).toEqual([['mid.b', 'mid.a'], ['zeta.second, zeta.z_alias, zeta.a_alias', 'alpha.first']]);
    const doc = JSON.parse(file('openapi/errors.openapi.json'));
    const oneOf = (schema: string) => (doc.components.schemas[schema].properties.error.oneOf as { $ref: string }[]).map((r) => r.$ref.split('/').pop());
    // Each ref names the code's error schema component (named by its code).
    expect(oneOf('Error404Envelope')).toEqual(['mid.b', 'mid.a']);
    expect(oneOf('Error400Envelope')).toEqual(['zeta.second', 'zeta.z_alias', 'zeta.a_alias', 'alpha.first']);
    expect(doc.components.schemas.ErrorCode.enum).toEqual(['mid.b', 'mid.a', 'zeta.second', 'zeta.z_alias', 'zeta.a_alias', 'alpha.first']);
    expect(file('typescript/src/codes.ts')).toMatch(/'mid\.b'\s*\|\s*'mid\.a'\s*\|\s*'zeta\.second'\s*\|\s*'zeta\.z_alias'\s*\|\s*'zeta\.a_alias'\s*\|\s*'alpha\.first'/);
  });

  it('keeps integer-like keys in written order (SQLSTATE classes 23, 42, 40, 08)', async () => {
    const sqlstate = await loadModel(FIXTURE_CATALOGS.sqlstate);
    expect(sqlstate.namespaces.map((n) => n.name)).toEqual(['23', '42', '40', '08']);
    expect(sqlstate.definitions.map((d) => d.code).slice(0, 2)).toEqual(['23000', '23505']);
  });
});

describe('order: code', () => {
  it('sorts every list by code unit, families first in a section, and marks the model', async () => {
    expect(byCode.order).toBe('code');
    expect(byCode.definitions.map((d) => d.code)).toEqual(['alpha.first', 'mid.a', 'mid.b', 'zeta.second']);
    expect(byCode.sections.map((s) => s.codes)).toEqual([['mid.a', 'mid.b'], ['alpha.first', 'zeta.second']]);
    expect(byCode.namespaces.map((n) => n.name)).toEqual(['alpha', 'mid', 'zeta']);
    expect(byCode.definitions[3]!.aliases).toEqual(['zeta.a_alias', 'zeta.z_alias']);
    const files = await render(byCode, codeDir);
    const file = (p: string) => files.find((f) => f.path === p)!.contents;
    expect(typeMembers(file('typescript/src/meta.ts'), 'ZetaSecondMeta')).toEqual(['10', '9', 'alpha', 'zulu']);
    expect(yamlKeys(file('openapi/errors.openapi.yaml'), ['components', 'schemas', 'ZetaSecondMeta', 'properties'])).toEqual(['10', '9', 'alpha', 'zulu']);
  });

  it('renders the same bytes for the same catalog written in another order', async () => {
    const namespaces = NAMESPACES.split('\n').reverse().join('\n').slice(1) + '\n';
    const [, midB, midA] = FILES['b_later.yaml'].split(/\n(?=  mid\.)/);
    const dir = await writeCatalog(header('  order: code\n', namespaces), { 'a_first.yaml': FILES['a_first.yaml'], 'b_later.yaml': `codes:\n${midA!.trimEnd()}\n${midB}\n` });
    const reordered = await loadModel(dir);
    expect(reordered.definitions.map((d) => d.code)).toEqual(byCode.definitions.map((d) => d.code));
    const a = await render(byCode, codeDir);
    const b = await render(reordered, dir);
    expect(b.map((f) => [f.path, f.contents])).toEqual(a.map((f) => [f.path, f.contents]));
  });
});

describe('shared meta schemas', () => {
  const GRPC_SCHEMAS = ['RpcErrorInfo', 'FieldViolation', 'BadRequest', 'ResourceInfo'];
  it('are listed as written (the model, the TypeScript types, the docs tables), and by name under order: code', async () => {
    const model = await loadModel(FIXTURE_CATALOGS.grpc);
    expect(model.schemas.map((s) => s.name)).toEqual(GRPC_SCHEMAS);
    const files = await render(model, FIXTURE_CATALOGS.grpc);
    const meta = files.find((f) => f.path === 'typescript/src/meta.ts')!.contents;
    const declared = [...meta.matchAll(/^export type (\w+) = /gm)].map((m) => m[1]).filter((n) => GRPC_SCHEMAS.includes(n!));
    expect(declared).toEqual(GRPC_SCHEMAS);
    const docs = files.find((f) => f.path === 'docs/errors.md')!.contents;
    const headings = GRPC_SCHEMAS.map((n) => docs.indexOf(`<a id="schema--${n.toLowerCase()}"></a>`));
    expect(headings.every((at) => at >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    // The same catalog under order: code.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-order-grpc-'));
    await cp(FIXTURE_CATALOGS.grpc, dir, { recursive: true });
    const header = path.join(dir, 'catalog.yaml');
    await writeFile(header, (await readFile(header, 'utf8')).replace('  version: 1.0.0\n', '  version: 1.0.0\n  order: code\n'));
    expect((await loadModel(dir)).schemas.map((s) => s.name)).toEqual([...GRPC_SCHEMAS].sort());
    await rm(dir, { recursive: true, force: true });
  });
});
