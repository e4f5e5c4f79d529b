/**
 * The adversarial fixture (test/fixtures/adversarial: every hostile string
 * of test/hostile/corpus.mjs in every kind of catalog field) rendered by
 * every target and handed to the real consumers of each output:
 *
 * - the compiled JavaScript is imported in a fresh Node process: it touches
 *   no global, and its runtime data is the catalog's text, exactly;
 * - the OpenAPI YAML reads the same as the OpenAPI JSON in `yaml`, js-yaml
 *   and PyYAML (where present), and every description renders as CommonMark
 *   to nothing but text and allowed elements;
 * - every Markdown file (the package's README and CHANGELOG, from the
 *   fixture's hostile CHANGELOG.md, included) lints clean, renders with
 *   remark + rehype (raw HTML let through) and with MDX (compiled, evaluated, rendered with React) to
 *   no element, attribute, URL or expression that came from catalog text,
 *   and shows the catalog's plain text as written;
 * - no generated file holds a raw control, bidirectional or invisible
 *   character.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../generators/diagnostics.js';
import type { CatalogModel } from '../generators/model.js';
import { duplicateHeadings } from '../generators/escape/markdown.js';
import type { OutputFile } from '../generators/output.js';
import { checkCatalog, renderTargets } from '../generators/pipeline.js';
import { TARGETS } from '../generators/targets/index.js';
import { comparable, HAS_PYYAML, inspectHast, lintMarkdown, mdxSyntaxIn, readYamlEverywhere, renderCommonMark, renderMdx, visibleText } from './consumers.js';
import { catalogFiles, STRINGS } from './fixtures/adversarial/generate.mjs';
import { optionsFor, ROOT } from './helpers.js';

const runFile = promisify(execFile);
const FIXTURE = path.join(ROOT, 'test/fixtures/adversarial/catalog');

/** What the catalog files say, read back with a YAML reader (the fixture's source of truth). */
interface RawCode {
  description: string;
  retry?: { note?: string };
  deprecated?: { reason?: string };
  identifiers?: Record<string, string | number>;
  example: { message: string };
}
let codes: Record<string, RawCode>;
let files: OutputFile[];
let diagnostics: Diagnostic[];
let model: CatalogModel;
let tmp: string;

/** Raw characters no generated file may hold: controls other than tab and line feed, bidirectional controls, invisible format characters. */
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

function file(name: string): string {
  const found = files.find((f) => f.path === name);
  if (!found) throw new Error(`no ${name} among ${files.map((f) => f.path).join(', ')}`);
  return found.contents;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-hardening-'));
  const checked = await checkCatalog(optionsFor(FIXTURE));
  diagnostics = checked.diagnostics;
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  model = checked.model!;
  files = await renderTargets(model, TARGETS, optionsFor(FIXTURE));
  codes = {};
  for (const name of await readdir(path.join(FIXTURE, 'codes'))) {
    Object.assign(codes, (parseYaml(await readFile(path.join(FIXTURE, 'codes', name), 'utf8')) as { codes: Record<string, RawCode> }).codes);
  }
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the adversarial fixture', () => {
  it('is what its generator writes, and holds every catalog-valid hostile string', async () => {
    for (const [name, contents] of Object.entries(catalogFiles())) {
      expect(await readFile(path.join(FIXTURE, name), 'utf8'), `${name}: run node test/fixtures/adversarial/generate.mjs`).toBe(contents);
    }
    const descriptions = new Set(Object.values(codes).map((c) => c.description));
    for (const s of STRINGS) expect(descriptions.has(s), JSON.stringify(s)).toBe(true);
    // The fields added since the fixture was first written carry hostile text too.
    const header = parseYaml(await readFile(path.join(FIXTURE, 'catalog.yaml'), 'utf8')) as { catalog: Record<string, any>; retired: { reason: string }[]; schemas: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const body = header.catalog.envelope.body;
    for (const text of [
      ...body.members.map((m: { description: string }) => m.description),
      ...body.envelope_members.map((m: { description: string }) => m.description),
      ...body.headers.map((h: { description: string }) => h.description),
      header.catalog.code_syntax.description,
      ...Object.values(header.catalog.identifiers as Record<string, { title: string; description: string }>).flatMap((i) => [i.title, i.description]),
      ...header.retired.map((r) => r.reason),
      header.catalog.docs.front_matter.description,
      ...Object.entries(header.schemas as Record<string, { title: string; description: string; properties: Record<string, { description: string }> }>).filter(([name]) => name.startsWith('Recursive')).flatMap(([, schema]) => [
        schema.title,
        schema.description,
        ...Object.keys(schema.properties).filter((k) => k !== 'self'),
        ...Object.values(schema.properties).map((p) => p.description),
      ]),
    ]) {
      expect(typeof text === 'string' && STRINGS.some((s) => text.includes(s)), JSON.stringify(text)).toBe(true);
    }
    expect(Object.values(codes).filter((c) => (c as { type_uri?: string }).type_uri?.startsWith('javascript:')).length).toBeGreaterThan(0);
    expect(Object.values(codes).filter((c) => (c as { type_uri?: string }).type_uri?.startsWith('tag:')).length).toBeGreaterThan(0);
    // Shared schemas are used as a whole meta and as a property, and recurse through '#'.
    expect(Object.values(codes).filter((c) => JSON.stringify((c as { meta?: unknown }).meta ?? null).includes('"$ref":"#/schemas/')).length).toBeGreaterThan(20);
    // Body member names that mean something to JavaScript objects and JSON Schema tools, and a media type with every character it may hold.
    expect(body.members.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['constructor', 'toString', 'valueOf', '$schema', '$id', '@type', 'hasOwnProperty']));
    expect(body.media_type).toMatch(/[!#$&^]/);
    // The changelog (author Markdown shipped in the package) holds every hostile string a reviewer can see.
    const changelog = await readFile(path.join(FIXTURE, 'CHANGELOG.md'), 'utf8');
    const visible = STRINGS.filter((s) => !RAW_UNSAFE.test(s) && !/[\ufdd0-\ufdef\ufffe\uffff]/u.test(s));
    expect(visible.length).toBeGreaterThan(STRINGS.length / 2);
    for (const s of visible) expect(changelog.includes(s), JSON.stringify(s)).toBe(true);
  });

  it('renders into files that hold no raw control, bidirectional or invisible character', () => {
    for (const f of files) {
      const at = f.contents.search(RAW_UNSAFE);
      expect(at, `${f.path} holds U+${f.contents.codePointAt(at)?.toString(16).toUpperCase()} near ${JSON.stringify(f.contents.slice(Math.max(0, at - 30), at + 10))}`).toBe(-1);
    }
  });
});

describe('TypeScript', () => {
  it('imports in a fresh Node process without touching a global, and its data is the catalog text exactly', async () => {
    const out = path.join(tmp, 'ts');
    for (const f of files.filter((f) => f.path.startsWith('typescript/'))) {
      await mkdir(path.dirname(path.join(out, f.path)), { recursive: true });
      await writeFile(path.join(out, f.path), f.contents);
    }
    const probe = [
      'const before = new Set(Object.getOwnPropertyNames(globalThis));',
      `const m = await import(${JSON.stringify(path.join(out, 'typescript/dist/index.js'))});`,
      'const touched = Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n));',
      'process.stdout.write(JSON.stringify({ touched, catalog: m.errorCatalog }));',
    ].join('\n');
    const { stdout } = await runFile(process.execPath, ['--input-type=module', '-e', probe], { maxBuffer: 1 << 28 });
    const { touched, catalog } = JSON.parse(stdout) as {
      touched: string[];
      catalog: Record<string, { description: string; retry: { note: string | null }; deprecated: { reason: string | null } | null; identifiers: Record<string, string | number>; extensions: Record<string, unknown> }>;
    };
    expect(touched).toEqual([]);
    for (const [code, raw] of Object.entries(codes)) {
      if (code.includes('{')) continue;
      const info = catalog[code];
      expect(info, code).toBeDefined();
      expect(info!.description, code).toBe(raw.description);
      if (raw.retry) expect(info!.retry.note, code).toBe(raw.retry.note ?? null);
      if (raw.deprecated) expect(info!.deprecated?.reason, code).toBe(raw.deprecated.reason);
      if (raw.identifiers) expect(info!.identifiers, code).toEqual(raw.identifiers);
      // Extension values are data: keys named __proto__, constructor or prototype come out as own keys (JSON.stringify above keeps only those).
      const extensions = Object.fromEntries(Object.entries(raw).filter(([k]) => k.startsWith('x-')));
      expect(canonicalJson(info!.extensions), code).toBe(canonicalJson(extensions));
    }
    expect(JSON.stringify(catalog).match(/"__proto__":\{"polluted"/g)?.length, 'the fixture puts __proto__ keys into extension data').toBeGreaterThan(10);
  }, 120_000);

  it('checks meta through hostile shared schemas: every example passes the strict view, a wrong value inside one fails at its path', async () => {
    const out = path.join(tmp, 'ts-checks');
    for (const f of files.filter((f) => f.path.startsWith('typescript/'))) {
      await mkdir(path.dirname(path.join(out, f.path)), { recursive: true });
      await writeFile(path.join(out, f.path), f.contents);
    }
    // JSON, so the examples' keys named constructor or toString reach the probe as data.
    const examples = model.definitions.flatMap((d) => (d.example.meta === null ? [] : [[d.example.code, d.example.meta] as const]));
    const usesShared = examples.filter(([, meta]) => Object.hasOwn(meta, 'shared'));
    expect(usesShared.length).toBeGreaterThan(10);
    await writeFile(path.join(out, 'examples.json'), JSON.stringify(examples));
    const probe = [
      `const m = await import(${JSON.stringify(path.join(out, 'typescript/dist/index.js'))});`,
      `const examples = JSON.parse(await (await import('node:fs/promises')).readFile(${JSON.stringify(path.join(out, 'examples.json'))}, 'utf8'));`,
      'const passing = examples.map(([code, meta]) => m.validateMeta(code, meta, { strict: true }));',
      'const failing = examples.filter(([, meta]) => Object.hasOwn(meta, "shared")).map(([code, meta]) => {',
      '  const item = { ...meta.shared.items[0], constructor: -1 };',
      '  return m.validateMeta(code, { ...meta, shared: { items: [item] } }).map((i) => i.path);',
      '});',
      'process.stdout.write(JSON.stringify({ passing, failing }));',
    ].join('\n');
    const { stdout } = await runFile(process.execPath, ['--input-type=module', '-e', probe], { maxBuffer: 1 << 28 });
    const { passing, failing } = JSON.parse(stdout) as { passing: unknown[][]; failing: unknown[][] };
    expect(passing.flat()).toEqual([]);
    expect(failing).toEqual(usesShared.map(() => [['shared', 'items', 0, 'constructor']]));
  }, 120_000);
});

/** JSON with every object's own keys sorted (the package orders extensions by name, the catalog as written). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** Every description string in an OpenAPI document, with its JSON pointer. */
function descriptionsOf(node: unknown, at = '', found: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((item, i) => descriptionsOf(item, `${at}/${i}`, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') found.push([`${at}/${key}`, value]);
      else descriptionsOf(value, `${at}/${key}`, found);
    }
  }
  return found;
}

describe('OpenAPI', () => {
  it(`reads the same in yaml, js-yaml${HAS_PYYAML ? ' and PyYAML' : ' (PyYAML is not on this machine)'} as the JSON`, () => {
    const json = JSON.parse(file('openapi/errors.openapi.json')) as unknown;
    for (const [reader, view] of Object.entries(readYamlEverywhere(file('openapi/errors.openapi.yaml')))) {
      expect(view, reader).toEqual(json);
    }
  });

  it('holds no $ref but errcat\'s own, each resolving in the document: a resolver that follows $ref anywhere (swagger-parser, Spectral) fetches nothing', () => {
    const json = JSON.parse(file('openapi/errors.openapi.json')) as unknown;
    const refs: [string, unknown][] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => visit(item, `${at}/${i}`));
      else if (node && typeof node === 'object') {
        if (Object.hasOwn(node, '$ref')) refs.push([at, (node as { $ref: unknown }).$ref]);
        for (const [key, value] of Object.entries(node)) visit(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
    };
    visit(json, '');
    expect(refs.length).toBeGreaterThan(STRINGS.length);
    const resolve = (pointer: string): unknown =>
      pointer.slice(2).split('/').reduce<unknown>((node, token) => {
        const key = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
        return node && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
      }, json);
    for (const [at, ref] of refs) {
      expect(typeof ref === 'string' && ref.startsWith('#/components/'), `${at}: ${JSON.stringify(ref)}`).toBe(true);
      expect(resolve(ref as string), `${at}: ${String(ref)}`).toBeDefined();
    }
  });

  it('every description renders as CommonMark to text and allowed elements only', async () => {
    const json = JSON.parse(file('openapi/errors.openapi.json')) as unknown;
    const descriptions = descriptionsOf(json);
    expect(descriptions.length).toBeGreaterThan(STRINGS.length);
    for (const [pointer, description] of descriptions) {
      const { tree } = await renderCommonMark(description);
      expect(inspectHast(tree), pointer).toEqual([]);
    }
  }, 120_000);

  it('a "same as above" code\'s schema shows the hostile description of the code it refers to, as that code\'s schema does', async () => {
    const json = JSON.parse(file('openapi/errors.openapi.json')) as { components: { schemas: Record<string, { description: string }> } };
    const schemaOf = (code: string) => json.components.schemas[`${model.definitions.find((d) => d.code === code)!.names.type}Error`]!;
    const relative = model.definitions.filter((d) => d.sameAs !== null);
    expect(relative.length).toBeGreaterThan(20);
    for (const d of relative) {
      const [, relation] = (await renderCommonMark(schemaOf(d.code).description)).tree.children.filter((n) => n.type === 'element');
      // The first paragraph is the code's own description; the second names the code above and repeats its description, rendered as there.
      const above = (await renderCommonMark(schemaOf(d.sameAs!).description)).tree.children.find((n) => n.type === 'element')!;
      expect(visibleText(relation as never), `${d.code} (same as ${d.sameAs})`).toBe(`Described relative to ${d.sameAs}: ${visibleText(above as never)}`);
    }
  }, 120_000);
});

/** Every string of a parsed catalog file, keys aside. */
function stringsOf(node: unknown, found: string[] = []): string[] {
  if (typeof node === 'string') found.push(node);
  else if (Array.isArray(node)) for (const item of node) stringsOf(item, found);
  else if (node && typeof node === 'object') for (const value of Object.values(node)) stringsOf(value, found);
  return found;
}

/** A heading line of a page as plain text: its marker and backslash escapes gone. */
const headingText = (line: string): string => line.replace(/^#+ /, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('Markdown', () => {
  /** The docs pages, which docs sites build as MDX. */
  const pages = (): OutputFile[] => files.filter((f) => f.path.startsWith('docs/') && f.path.endsWith('.md'));
  /** The generated package's README, which npm and GitHub render as CommonMark. */
  const readme = (): OutputFile => files.find((f) => f.path === 'typescript/README.md')!;
  /** The generated package's CHANGELOG, re-printed from the fixture's hostile one; rendered as CommonMark too. */
  const changelog = (): OutputFile => files.find((f) => f.path === 'typescript/CHANGELOG.md')!;

  it('lints clean with the shipped markdownlint config, but for the repeated headings validate warns about', async () => {
    const all = [...pages(), readme(), changelog()];
    const findings = await lintMarkdown(Object.fromEntries(all.map((f) => [f.path, f.contents])));
    // The fixture's Markdown fields repeat a heading (`# heading` … `heading\n===`):
    // the author's words, which errcat reports (markdown-heading-duplicate) and does not change.
    const warned = diagnostics.filter((d) => d.rule === 'markdown-heading-duplicate');
    expect(warned.length).toBeGreaterThan(0);
    const repeated = new Set<string>();
    for (const name of ['catalog.yaml', ...(await readdir(path.join(FIXTURE, 'codes'))).map((n) => `codes/${n}`)]) {
      for (const text of stringsOf(parseYaml(await readFile(path.join(FIXTURE, name), 'utf8')))) for (const h of duplicateHeadings(text)) repeated.add(h.text);
    }
    for (const h of duplicateHeadings(await readFile(path.join(FIXTURE, 'CHANGELOG.md'), 'utf8'))) repeated.add(h.text);
    const other = findings.filter((f) => {
      const at = /^([^:]+):(\d+) error MD024\//.exec(f);
      if (!at) return true;
      const line = all.find((p) => p.path === at[1])!.contents.split('\n')[Number(at[2]) - 1]!;
      return !repeated.has(headingText(line));
    });
    expect(other).toEqual([]);
  }, 120_000);

  it('holds no MDX expression, JSX or ESM', () => {
    for (const f of pages()) expect(mdxSyntaxIn(f.contents), f.path).toEqual([]);
  });

  it('renders with remark + rehype, raw HTML let through, to allowed elements, attributes and URLs only', async () => {
    for (const f of pages()) expect(inspectHast((await renderCommonMark(f.contents)).tree), f.path).toEqual([]);
    // The README's one comment is errcat's banner, made of the catalog's id and version (both checked identifiers).
    const banner = /^comment <!-- Generated by errcat from the [a-z][a-z0-9_-]* catalog \(version [0-9A-Za-z.+-]+\)\. Do not edit: change the catalog and run `errcat generate`\. -->$/;
    const findings = inspectHast((await renderCommonMark(readme().contents)).tree);
    expect(findings.filter((f) => !banner.test(f))).toEqual([]);
    expect(findings.length).toBeLessThanOrEqual(1);
    // The same for the package's CHANGELOG: its one comment is its banner, and no raw HTML, script URL or MDX is left of the fixture's.
    const changelogBanner = /^comment <!-- Generated by errcat from the [a-z][a-z0-9_-]* catalog \(version [0-9A-Za-z.+-]+\): its CHANGELOG\.md\. Do not edit: change the catalog's CHANGELOG\.md and run `errcat generate`\. -->$/;
    const shipped = inspectHast((await renderCommonMark(changelog().contents)).tree);
    expect(shipped.filter((f) => !changelogBanner.test(f))).toEqual([]);
    expect(shipped.length).toBe(1);
  }, 120_000);

  it('compiles, evaluates and renders as MDX with React without running catalog text, to allowed elements only', async () => {
    for (const f of pages()) {
      const { tree, touchedGlobals } = await renderMdx(f.contents);
      expect(touchedGlobals, f.path).toEqual([]);
      expect(inspectHast(tree), f.path).toEqual([]);
    }
  }, 180_000);

  it('shows every plain-text field as written, in CommonMark and in MDX', async () => {
    const page = file('docs/errors.md');
    const shown = [visibleText((await renderCommonMark(page)).tree), visibleText((await renderMdx(page)).tree)];
    for (const [code, raw] of Object.entries(codes)) {
      for (const text of [raw.description, raw.retry?.note, raw.deprecated?.reason, raw.identifiers === undefined ? undefined : String(raw.identifiers.legacy)]) {
        if (text === undefined) continue;
        for (const [i, view] of shown.entries()) expect(view.includes(comparable(text)), `${code} in ${i === 0 ? 'CommonMark' : 'MDX'}: ${JSON.stringify(text)}`).toBe(true);
      }
    }
  }, 180_000);
});
