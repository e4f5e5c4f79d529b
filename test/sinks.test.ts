/**
 * The YAML, JSON, TypeScript and terminal sinks, proved with their real
 * readers: hostile text goes in, the sink's own parser (yaml, js-yaml and
 * PyYAML; JSON.parse; the TypeScript scanner and compiler) reads it back,
 * and it must come back as the same text, with no unsafe character raw in
 * any file errcat writes or any line it prints. A new case is a new row.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../generators/cli.js';
import { formatDiagnostic } from '../generators/diagnostics.js';
import { hasUnsafeCharacter, showUnsafe, UNSAFE_CHARACTERS } from '../generators/escape/characters.js';
import { escapeJsonText } from '../generators/escape/json.js';
import { PRETTIER_OPTIONS } from '../generators/format.js';
import { jsDoc, lineComment, tsObjectKey, tsPropertyKey, tsString } from '../generators/escape/typescript.js';
import type { CatalogModel } from '../generators/model.js';
import type { OutputFile } from '../generators/output.js';
import { checkCatalog, renderTargets } from '../generators/pipeline.js';
import { TARGETS } from '../generators/targets/index.js';
import { serializeJson, serializeYaml } from '../generators/targets/openapi/serialize.js';
import { optionsFor } from './helpers.js';
import { expectYamlReadsAsJson } from './yaml-readers.js';

/** Every class of unsafe character, one row each, plus text around it. */
const UNSAFE_ROWS: [string, string][] = [
  ['NUL', '\u0000'],
  ['C0 control', '\u0001'],
  ['backspace', '\b'],
  ['VT', '\u000b'],
  ['FF', '\f'],
  ['CR', '\r'],
  ['CRLF', '\r\n'],
  ['ESC sequence', '\u001b[2J'],
  ['DEL', '\u007f'],
  ['C1 control', '\u0080'],
  ['NEL', '\u0085'],
  ['NEL then a key', '\u0085servers: evil'],
  ['C1 CSI', '\u009b'],
  ['LS', '\u2028'],
  ['PS', '\u2029'],
  ['RLO (Trojan Source)', '\u202e'],
  ['LRE', '\u202a'],
  ['isolates', '\u2066\u2067\u2068\u2069'],
  ['LRM, RLM, ALM', '\u200e\u200f\u061c'],
  ['zero-width', '\u200b\u200c\u200d\u2060'],
  ['invisible operators', '\u2061\u2062\u2063\u2064'],
  ['unassigned U+2065', '\u2065'],
  ['soft hyphen', '\u00ad'],
  ['BOM', '\ufeff'],
  ['noncharacters', '\ufdd0\ufffe\uffff'],
  ['astral noncharacter', '\u{1fffe}\u{10ffff}'],
];

/** Characters that are safe raw: they must be left alone. */
const SAFE = ['a', '\t', '\n', ' ', '\u00a0', '\u3000', 'é', '\u{1f600}', '"', "'", '\\', '*/', '#'];

const hostile = (ch: string) => `before ${ch} after */ "q" 'q' # not: a comment`;

describe('the one definition of unsafe characters', () => {
  it.each(UNSAFE_ROWS)('%s is unsafe', (_name, ch) => {
    expect(hasUnsafeCharacter(ch)).toBe(true);
    expect(showUnsafe(ch)).not.toMatch(UNSAFE_CHARACTERS);
  });
  it.each(SAFE)('%j is safe', (ch) => expect(hasUnsafeCharacter(ch)).toBe(false));
  it('matches a lone surrogate but not a pair', () => {
    expect(hasUnsafeCharacter('\ud800')).toBe(true);
    expect(hasUnsafeCharacter('x\udc00')).toBe(true);
    expect(hasUnsafeCharacter('\ud83d\ude00')).toBe(false);
  });
});

describe('YAML and JSON sinks', () => {
  const rows = UNSAFE_ROWS.map(([name, ch]) => ({ name, text: hostile(ch) }));

  it('write every unsafe character escaped, as values and keys, and yaml, js-yaml and PyYAML read what JSON.parse reads', () => {
    const docs = rows.map(({ text }) => ({ description: text, list: [text, `${text}\nsecond line`], map: { [text]: text, yes: 'no' } }));
    const yamls = docs.map((d) => serializeYaml(d, 'banner'));
    const jsons = docs.map((d) => serializeJson(d));
    for (const text of [...yamls, ...jsons]) expect(text).not.toMatch(UNSAFE_CHARACTERS);
    expectYamlReadsAsJson(yamls, jsons);
    docs.forEach((d, i) => expect(JSON.parse(jsons[i]!)).toEqual(d));
  });

  it('write a tab inside a one-line string so that PyYAML reads it too (its scanner refuses a tab in a plain scalar)', () => {
    const texts = ['tab\tinside', 'tab at end\t', '\tleading tab', 'key: \tvalue'];
    const docs = texts.map((t) => ({ description: t, list: [t], map: { [t]: t } }));
    expectYamlReadsAsJson(docs.map((d) => serializeYaml(d, 'banner')), docs.map((d) => serializeJson(d)));
  });

  it('keep the banner one comment whatever line break or control it holds', () => {
    const yamls = rows.map(({ text }) => serializeYaml({ openapi: '3.1.0' }, `Title ${text}\nsecond line`));
    for (const text of yamls) {
      expect(text).not.toMatch(UNSAFE_CHARACTERS);
      const lines = text.split('\n');
      expect(lines.slice(0, 2).every((l) => l.startsWith('#'))).toBe(true);
    }
    expectYamlReadsAsJson(yamls, yamls.map(() => '{"openapi":"3.1.0"}'));
  });

  it('escape JSON text exactly: the value reads back the same', () => {
    for (const { text } of rows) {
      const json = escapeJsonText(JSON.stringify({ [text]: [text] }));
      expect(json).not.toMatch(UNSAFE_CHARACTERS);
      expect(JSON.parse(json)).toEqual({ [text]: [text] });
    }
  });
});

/** Every token of TypeScript source, by the real scanner, comments included. */
function scan(source: string): { kind: ts.SyntaxKind; text: string; value: string }[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const tokens = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    tokens.push({ kind, text: scanner.getTokenText(), value: scanner.getTokenValue() });
  }
  return tokens;
}

describe('TypeScript sinks', () => {
  it.each([...UNSAFE_ROWS, ['lone surrogate', '\ud800'], ['safe', SAFE.join('')]])('a string literal of %s is one token whose value is the text, with nothing raw', (_name, ch) => {
    const text = hostile(ch);
    const literal = tsString(text);
    expect(literal).not.toMatch(UNSAFE_CHARACTERS);
    const tokens = scan(literal);
    expect(tokens.map((t) => t.kind)).toEqual([ts.SyntaxKind.StringLiteral]);
    expect(tokens[0]!.value).toBe(text);
  });

  it.each(UNSAFE_ROWS)('a JSDoc and a line comment of %s stay one comment and show it', (_name, ch) => {
    const text = hostile(ch);
    for (const comment of [jsDoc({ paragraphs: [text], tags: [{ tag: 'deprecated', text }] }, 2), lineComment(text, 2)]) {
      expect(comment).not.toMatch(UNSAFE_CHARACTERS);
      const tokens = scan(comment).filter((t) => t.kind !== ts.SyntaxKind.WhitespaceTrivia && t.kind !== ts.SyntaxKind.NewLineTrivia);
      expect(tokens.map((t) => t.kind)).toEqual([comment.trimStart().startsWith('//') ? ts.SyntaxKind.SingleLineCommentTrivia : ts.SyntaxKind.MultiLineCommentTrivia]);
      // Shown, not dropped: the escape of each character stands in the comment.
      for (const c of ch.replace(/\r\n|[\r\u2028\u2029]/g, '')) expect(comment).toContain(showUnsafe(c));
    }
  });
});

describe('TypeScript object keys', () => {
  // Keys that mean something to JavaScript objects: in a literal, `__proto__: v` (bare or quoted) sets the prototype.
  const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf', 'a b', '0', '@type'];

  it.each(KEYS)('%j in an object literal is an own key holding the value, and Object.prototype stays untouched', async (key) => {
    const literal = `({ ${tsObjectKey(key)}: { polluted: 1 }, after: 2 })`;
    // Transpiled by the TypeScript compiler (as the package build does), then evaluated.
    const js = ts.transpileModule(`export default ${literal};`, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } }).outputText;
    const exports: { default?: Record<string, unknown> } = {};
    new Function('exports', js)(exports); // eslint-disable-line @typescript-eslint/no-implied-eval
    const value = exports.default!;
    expect(Object.keys(value).sort()).toEqual([key, 'after'].sort());
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, key)?.value).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(value))).toEqual(JSON.parse(`{${JSON.stringify(key)}: {"polluted": 1}, "after": 2}`));
    // Prettier keeps the key as printed, so the formatted output holds it too.
    const source = `export const x = { ${tsObjectKey(key)}: 1 };\n`;
    expect(await prettier.format(source, { ...PRETTIER_OPTIONS, parser: 'typescript' })).toBe(source);
  });

  it('a type member keeps its plain key: __proto__ is an ordinary property name in a type', () => {
    expect(tsPropertyKey('__proto__')).toBe('__proto__');
    expect(tsObjectKey('__proto__')).toBe("['__proto__']");
  });
});

/** A catalog whose every kind of text holds every unsafe character class (lone surrogates aside: validate refuses them). */
function hostileCatalog(): string {
  const all = UNSAFE_ROWS.map(([, ch]) => ch).join(' ');
  const q = (text: string) => JSON.stringify(text);
  return [
    'catalog:',
    '  id: hostile',
    `  title: ${q(`Hostile\u0085servers: ${all}`)}`,
    '  version: 1.0.0',
    `  description: ${q(`Package ${all}`)}`,
    '  package:',
    '    name: "@hostile/errors"',
    `    description: ${q(`Package ${all}`)}`,
    '  envelope:',
    '    request_id_header: X-Request-ID',
    `    fields: { message: ${q(`Message ${all}`)} }`,
    'parameters:',
    `  cloud: { description: ${q(`Cloud ${all}`)}, values: [{ value: aws, title: ${q(`AWS ${all}`)} }] }`,
    'namespaces:',
    `  auth: { description: ${q(`Auth ${all}`)} }`,
    'codes:',
    '  auth.hostile:',
    '    status: 401',
    `    description: ${q(`Hostile */ ${all}`)}`,
    `    retry: { policy: backoff, note: ${q(`Note ${all}`)} }`,
    `    deprecated: { since: 0.9.0, reason: ${q(`Reason ${all}`)} }`,
    '    meta:',
    '      type: object',
    '      properties:',
    `        ${q(`key ${all}`)}: { type: string, description: ${q(`Property ${all}`)}, enum: [${q(`enum ${all}`)}] }`,
    '    example:',
    `      message: ${q(`Example ${all}`)}`,
    `      meta: { ${q(`key ${all}`)}: ${q(`enum ${all}`)} }`,
    '  auth.{cloud}.down:',
    '    status: 503',
    `    description: ${q(`Down ${all}`)}`,
    `    example: { message: ${q(`Down ${all}`)} }`,
    '',
  ].join('\n');
}

describe('generated files of a hostile catalog', () => {
  let dir: string;
  let model: CatalogModel;
  let files: OutputFile[];
  const all = UNSAFE_ROWS.map(([, ch]) => ch).join(' ');

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-sinks-'));
    await writeFile(path.join(dir, 'catalog.yaml'), hostileCatalog());
    const checked = await checkCatalog(optionsFor(dir));
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    model = checked.model!;
    files = await renderTargets(model, TARGETS.filter((t) => t.name !== 'docs'), optionsFor(dir));
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('hold no unsafe character raw, in any TypeScript, JavaScript, declaration, YAML or JSON file', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(f.contents.match(UNSAFE_CHARACTERS), f.path).toBeNull();
  });

  it('write TypeScript sources that stay in their final Prettier form with the escapes in them', async () => {
    const sources = files.filter((f) => f.path.startsWith('typescript/src/'));
    expect(sources.length).toBeGreaterThan(4);
    for (const f of sources) expect(await prettier.format(f.contents, { ...PRETTIER_OPTIONS, parser: 'typescript' }), f.path).toBe(f.contents);
  });

  it('write OpenAPI YAML that yaml, js-yaml and PyYAML read exactly as the JSON', () => {
    const text = (name: string) => files.find((f) => f.path === `openapi/errors.openapi.${name}`)!.contents;
    expectYamlReadsAsJson([text('yaml')], [text('json')]);
    expect(JSON.parse(text('json')).info.title).toBe(`${model.title} errors`);
  });

  it('write TypeScript whose string literals are the catalog text and whose comments hold nothing raw', () => {
    const literals = new Set<string>();
    for (const f of files.filter((f) => /\.(ts|js)$/.test(f.path))) {
      const source = ts.createSourceFile(f.path, f.contents, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
        for (const range of ts.getLeadingCommentRanges(f.contents, node.getFullStart()) ?? []) {
          expect(f.contents.slice(range.pos, range.end), f.path).not.toMatch(UNSAFE_CHARACTERS);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      // The syntax errors, as transpiling reports them (a .d.ts, which has no output, is read as the .ts it could be).
      const syntax = ts.transpileModule(f.contents, { fileName: f.path.replace(/\.d\.ts$/, '.ts'), reportDiagnostics: true }).diagnostics ?? [];
      expect(syntax.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), f.path).toEqual([]);
    }
    const missing = [`Hostile */ ${all}`, `key ${all}`, `enum ${all}`, `Note ${all}`, `Reason ${all}`].filter((t) => !literals.has(t));
    expect(missing.map((t) => t.slice(0, 8))).toEqual([]);
  });
});

/** Runs the CLI in-process; returns what it printed. */
async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('terminal sink', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'errcat-terminal-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it.each(UNSAFE_ROWS)('formatDiagnostic shows %s as an escape, on one line', (_name, ch) => {
    const line = formatDiagnostic({ rule: 'schema', severity: 'error', message: hostile(ch), file: `a${ch}.yaml`, line: 1, column: 1 });
    expect(line).not.toMatch(UNSAFE_CHARACTERS);
    expect(line).not.toContain('\n');
  });

  it('prints catalog values, keys and file names with ESC shown, never raw', async () => {
    const dir = path.join(root, 'catalog');
    await mkdir(dir);
    await writeFile(path.join(dir, 'catalog.yaml'), hostileCatalog().replace('  auth.hostile:', '  "auth.\\e[2J":\n    status: 401\n  auth.hostile:'));
    await writeFile(path.join(dir, 'x\u001b[2J\u202e.yaml'), 'codes: "\\e[2J"\n');
    // A diagnostic that quotes a value: the unsafe pattern, with ESC, the one-byte CSI and RLO in it.
    await writeFile(
      path.join(dir, 'pattern.yaml'),
      'codes:\n  auth.pattern:\n    status: 401\n    description: Text.\n    meta: { type: object, properties: { v: { type: string, pattern: "(a+)+\\e[2J\\x9b\\u202e" } } }\n    example: { message: m }\n',
    );
    const { code, stdout, stderr } = await runCli(['validate', '--catalog', dir]);
    expect(code).toBe(3);
    expect(stdout + stderr).not.toMatch(UNSAFE_CHARACTERS);
    expect(stderr).toContain('x\\x1b[2J\\u202e.yaml');
    // quote() writes a code JSON-escaped (\u001b); what it leaves raw (C1, bidi) is escaped on the way out.
    expect(stderr).toContain('auth.\\u001b[2J');
    expect(stderr).toMatch(/meta-schema-unsafe-pattern: .*\(a\+\)\+\\u001b\[2J\\x9b\\u202e/);
  });

  it('prints commander\'s own errors about the command line with ESC shown, never raw', async () => {
    const { code, stderr } = await runCli(['validate', '--catalg\u001b[2J\u202e']);
    expect(code).toBe(2);
    expect(stderr).toContain('--catalg\\x1b[2J\\u202e');
    expect(stderr).not.toMatch(UNSAFE_CHARACTERS);
  });

  it('prints the stale and extra files of generate --check with ESC shown, never raw', async () => {
    const dir = path.join(root, 'catalog-ok');
    await mkdir(dir);
    await writeFile(path.join(dir, 'catalog.yaml'), hostileCatalog());
    const out = path.join(root, 'out\u001b[2J\u009b');
    const { code, stdout, stderr } = await runCli(['generate', '--catalog', dir, '--out', out, '--target', 'model', '--check']);
    expect(code).toBe(1);
    expect(stderr).toContain('stale: ');
    expect(stdout + stderr).not.toMatch(UNSAFE_CHARACTERS);
    expect(stderr).toContain('out\\x1b[2J\\x9b/model/catalog.json');
  });
});
