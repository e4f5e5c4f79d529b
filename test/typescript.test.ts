/**
 * The typescript target: goldens, Prettier stability of the sources written
 * in final form, the escaping sinks, a strict compile of the generated
 * package, its runtime helpers, and a consumer that installs the packed
 * tarball and handles errors like the reference's example.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as prettier from 'prettier';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsDoc, jsDocLines, tsIdentifier, tsPropertyKey, tsString } from '../generators/escape/typescript.js';
import { PRETTIER_OPTIONS } from '../generators/format.js';
import type { CatalogModel } from '../generators/model.js';
import type { OutputFile } from '../generators/output.js';
import { checkCatalog, renderTargets } from '../generators/pipeline.js';
import { renderTypeScript, typescriptTarget } from '../generators/targets/typescript.js';
import { indefiniteArticle } from '../generators/targets/typescript/examples.js';
import { printArray, printStringAfter, printUnionAlias } from '../generators/targets/typescript/layout.js';
import { textWidth } from '../generators/text-width.js';
import { expectGolden, FIXTURE_CATALOGS as SHARED_FIXTURES, loadModel, optionsFor, ROOT } from './helpers.js';
import { STRICT } from './strict-ts.js';

const run = promisify(execFile);

/**
 * Every valid fixture catalog: the embedded one and every
 * test/fixtures/<name>/catalog/ that validates (some fixtures exist to be
 * invalid), found on disk so that a new fixture is compiled, checked with
 * Prettier and has its examples compiled without being listed here.
 */
const FIXTURE_CATALOGS: Readonly<Record<string, string>> = Object.fromEntries(
  await Promise.all(
    Object.entries({
      ...SHARED_FIXTURES,
      ...Object.fromEntries(
        readdirSync(path.join(ROOT, 'test/fixtures'))
          .filter((name) => existsSync(path.join(ROOT, 'test/fixtures', name, 'catalog')))
          .map((name) => [name, path.join(ROOT, 'test/fixtures', name, 'catalog')]),
      ),
    }).map(async ([name, dir]) => [name, (await checkCatalog(optionsFor(dir))).model ? dir : null] as const),
  ).then((entries) => entries.filter((entry): entry is readonly [string, string] => entry[1] !== null)),
);
/** The fixtures tests name; FIXTURES holds every valid one found, these and any added later. */
type FixtureName = 'socialapi' | 'ledgerly' | 'minimal' | 'events-only' | 'name-clash';
const FIXTURES = Object.keys(FIXTURE_CATALOGS).sort() as FixtureName[];
/** The fixtures whose TypeScript output is golden-tested: the ones this target's tests own. */
const GOLDEN_FIXTURES: readonly FixtureName[] = ['socialapi', 'ledgerly', 'minimal', 'events-only', 'name-clash'];

const models = {} as Record<FixtureName, CatalogModel>;
const rendered = {} as Record<FixtureName, OutputFile[]>;
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-ts-'));
  for (const name of FIXTURES) {
    models[name] = await loadModel(FIXTURE_CATALOGS[name]!);
    rendered[name] = await renderTargets(models[name], [typescriptTarget], optionsFor(FIXTURE_CATALOGS[name]!));
  }
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Writes a rendered package below `dir` and returns the package's folder. */
async function writePackage(files: readonly OutputFile[], dir: string): Promise<string> {
  for (const f of files) {
    const full = path.join(dir, f.path);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, f.contents);
  }
  return path.join(dir, 'typescript');
}

/** Type-checks files with the repository's TypeScript and returns the diagnostics as text. */
function typecheck(rootNames: readonly string[], options: ts.CompilerOptions = STRICT): string[] {
  const program = ts.createProgram(rootNames, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('typescript target: goldens', () => {
  it.each(GOLDEN_FIXTURES)('%s matches its golden files', async (name) => {
    await expectGolden(name, rendered[name], 'typescript');
  });

  it('renders byte-identical output twice', async () => {
    const again = renderTypeScript(models.ledgerly);
    const first = renderTypeScript(models.ledgerly);
    expect(again).toEqual(first);
  });

  it('starts every source and declaration with the banner, and the README with it in a comment', () => {
    for (const name of FIXTURES) {
      for (const f of rendered[name].filter((f) => /\.(ts|js)$/.test(f.path))) {
        expect(f.contents.startsWith('// Generated by errcat from the'), f.path).toBe(true);
      }
      const readme = rendered[name].find((f) => f.path === 'typescript/README.md')!;
      expect(readme.contents.startsWith('<!-- Generated by errcat')).toBe(true);
    }
  });

  it('writes an installable package.json: ES modules and a CommonJS build, each with its types, a slim entry, no dependencies', () => {
    const pkg = JSON.parse(rendered.ledgerly.find((f) => f.path === 'typescript/package.json')!.contents);
    expect(pkg).toMatchObject({
      name: '@ledgerly/error-codes',
      version: '2.3.0',
      description: "Ledgerly's error codes: types, data and helpers.",
      type: 'module',
      sideEffects: false,
      exports: {
        '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' }, require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' } },
        './slim': { import: { types: './dist/slim.d.ts', default: './dist/slim.js' }, require: { types: './dist/cjs/slim.d.ts', default: './dist/cjs/slim.js' } },
      },
      main: './dist/cjs/index.js',
    });
    expect(pkg.dependencies).toBeUndefined();
    const targets = Object.values(pkg.exports as Record<string, unknown>).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e as Record<string, Record<string, string>>).flatMap((c) => Object.values(c))));
    for (const target of [...targets, pkg.main, pkg.module, pkg.types] as string[]) {
      expect(rendered.ledgerly.some((f) => `./${f.path}` === `./typescript/${target.slice(2)}`), target).toBe(true);
    }
    // The CommonJS build is its own package scope, so Node and TypeScript read its files as CommonJS.
    expect(JSON.parse(rendered.ledgerly.find((f) => f.path === 'typescript/dist/cjs/package.json')!.contents)).toEqual({ type: 'commonjs' });
  });
});

describe('typescript target: sources are final as rendered', () => {
  it.each(FIXTURES)('Prettier leaves every %s source unchanged', async (name) => {
    const sources = rendered[name].filter((f) => f.path.startsWith('typescript/src/'));
    expect(sources.length).toBeGreaterThan(4);
    for (const f of sources) {
      expect(f.format).toBe('none');
      const formatted = await prettier.format(f.contents, { ...PRETTIER_OPTIONS, parser: 'typescript' });
      expect(formatted, f.path).toBe(f.contents);
    }
  });

  it('Prettier leaves sources unchanged for long names, wide unions and wide text too', async () => {
    const model = stretchModel(models.ledgerly);
    for (const f of renderTypeScript(model).filter((f) => f.path.startsWith('typescript/src/'))) {
      const formatted = await prettier.format(f.contents, { ...PRETTIER_OPTIONS, parser: 'typescript' });
      expect(formatted, f.path).toBe(f.contents);
    }
  });

  it('prints unions the three ways Prettier does', () => {
    expect(printUnionAlias('export type A', ["'a'", "'b'"])).toBe("export type A = 'a' | 'b';");
    const wide = Array.from({ length: 7 }, (_, i) => `'member_${i}'`);
    expect(printUnionAlias('export type A', wide).split('\n')).toHaveLength(2);
    const wider = Array.from({ length: 20 }, (_, i) => `'member_${i}'`);
    expect(printUnionAlias('export type A', wider).split('\n')).toHaveLength(21);
  });

  it('measures wide characters and emoji as Prettier does, so Prettier leaves the layout unchanged', async () => {
    // U+231A WATCH is one column to a naive East Asian width table and two to Prettier.
    expect(textWidth('⌚')).toBe(2);
    expect(textWidth('日本')).toBe(4);
    // Sweep the members' widths across the print width: one of the lengths
    // lands where counting a wide character as one column would keep a line
    // that Prettier breaks (or the reverse).
    for (const ch of ['⌚', '🎉', '日', '☕', 'é']) {
      for (let n = 1; n <= 40; n++) {
        const word = ch.repeat(n);
        const sources = [
          printUnionAlias('export type A', [tsString(word), tsString(`${word}b`)]),
          printUnionAlias('export type A', Array.from({ length: 6 }, (_, i) => tsString(`${word.slice(0, Math.ceil(word.length / 3))}${i}`))),
          printArray('export const a: readonly string[] = ', [tsString(word), tsString(word)], ';', 0),
          `const o = {\n${printStringAfter('description:', tsString(`${word}${word}`), ',', 2, 'description')}\n};`,
        ];
        for (const source of sources) {
          const text = `${source}\n`;
          const formatted = await prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' });
          expect(formatted, `${ch} x ${n}`).toBe(text);
        }
      }
    }
  });
});

/**
 * The ledgerly model with long codes, many parameter values, long and wide
 * text, and a meta schema with wide enums, arrays of unions and $defs: the
 * layouts that fixtures of normal size never reach.
 */
function stretchModel(model: CatalogModel): CatalogModel {
  const long = 'a_rather_long_segment_name_that_keeps_going';
  const values = Array.from({ length: 12 }, (_, i) => `rail_value_number_${i}`);
  const definitions = model.definitions.map((d) => {
    if (d.family) return { ...d, family: { ...d.family, values } };
    if (d.code !== 'payment.amount_invalid' || d.meta.kind !== 'schema') return { ...d, description: `${d.description} 日本語の説明はここにあります。これは長い説明です、とても長い説明です。` };
    const schema = {
      ...d.meta.schema,
      $defs: { Money: { type: 'object', additionalProperties: false, required: ['amount'], properties: { amount: { type: 'integer' }, currency: { $ref: '#/$defs/Currency' } } }, Currency: { enum: ['EUR', 'USD'] } },
      properties: {
        ...(d.meta.schema.properties as object),
        total: { $ref: '#/$defs/Money' },
        mode: { enum: values },
        modes: { type: 'array', items: { enum: values } },
        nullable: { type: ['string', 'null'] },
        recursive: { $ref: '#' },
        either: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        weird: { allOf: [{ type: 'string' }] },
        'needs-quotes': { type: 'boolean' },
      },
    };
    return { ...d, meta: { ...d.meta, schema } };
  });
  const longWire = model.wireCodes.map((w) => (w.code === 'payment.refused' ? { ...w, code: `payment.${long}_${long}` } : w));
  const longDefs = definitions.map((d) => (d.code === 'payment.declined' ? { ...d, aliases: [`payment.${long}_${long}`] } : d));
  return {
    ...model,
    parameters: model.parameters.map((p) => ({ ...p, values: values.map((v) => ({ value: v, title: v })) })),
    definitions: longDefs,
    wireCodes: [
      ...longWire.filter((w) => w.via !== 'family'),
      ...values.map((v) => ({ code: `rail.${v}.unavailable`, definition: 'rail.{rail}.unavailable', via: 'family' as const, names: { constant: `RAIL_${v.toUpperCase()}_UNAVAILABLE`, type: 'X', anchor: 'x' } })),
    ].sort((a, b) => (a.code < b.code ? -1 : 1)),
  };
}

describe('typescript escaping', () => {
  const hostile = ['it\'s "quoted"', "it's", 'say "hi"', 'back\\slash\\"', '*/ end', 'line\u2028sep\u2029para', 'tab\tnew\nline', '`${x}`', '</script>', ''];

  it.each(hostile)('string literal of %j evaluates back to the same text', (text) => {
    const literal = tsString(text);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(new Function(`return ${literal};`)()).toBe(text);
  });

  it('JSDoc text cannot end the comment or start a tag, and every line terminator becomes a new line', () => {
    const lines = jsDocLines('a */ b\r\nc\u2028d\u2029e\rf\n@internal');
    expect(lines).toEqual(['a *\\/ b', 'c', 'd', 'e', 'f', '\\@internal']);
    const comment = jsDoc({ paragraphs: ['x */ y'], tags: [{ tag: 'deprecated', text: 'use */ z' }] }, 2);
    expect(comment.indexOf('*/')).toBe(comment.length - 2);
  });

  it('names a parameter union that would clash with an exported name deterministically, instead of failing', () => {
    const codes = rendered['name-clash'].find((f) => f.path === 'typescript/src/codes.ts')!.contents;
    const unions = [...codes.matchAll(/^export type (\w+) =/gm)].map((m) => m[1]);
    expect(unions).toEqual(
      expect.arrayContaining([
        'ApiErrorParameter',
        'ErrorCodeParameter',
        'ErrorCodeParameterParameter',
        'ErrorInfoParameter',
        'Region',
        'RetryPolicyParameter',
        'WidgetBrokenMetaParameter',
        'ErrorCode',
      ]),
    );
    expect(codes).toContain('| `widget.${ErrorCodeParameter}.failed`');
  });

  it('warns (parameter-name-reserved) at exactly the parameters whose union does not take its plain PascalCase name', async () => {
    const dir = FIXTURE_CATALOGS['name-clash']!;
    const { diagnostics } = await checkCatalog(optionsFor(dir));
    const codes = rendered['name-clash'].find((f) => f.path === 'typescript/src/codes.ts')!.contents;
    const text = await readFile(path.join(dir, 'catalog.yaml'), 'utf8');
    const pascal = (name: string) => name.replace(/(?:^|_)([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    // A parameter's union is the one type whose members are its values (each value is distinct in this fixture).
    const unionOf = (values: readonly { value: string }[]) => new RegExp(`^export type (\\w+) = ${values.map((v) => `'${v.value}'`).join(' \\| ')};$`, 'm').exec(codes)?.[1];
    const renamedLines = models['name-clash'].parameters
      .filter((p) => unionOf(p.values) !== pascal(p.name))
      .map((p) => text.split('\n').indexOf(`  ${p.name}:`) + 1);
    expect(models['name-clash'].parameters.map((p) => unionOf(p.values))).not.toContain(undefined);
    expect(renamedLines.length).toBeGreaterThan(0);
    expect(renamedLines).not.toContain(0);
    const warned = diagnostics.filter((d) => d.rule === 'parameter-name-reserved').map((d) => d.line);
    expect(warned.sort((a, b) => a - b)).toEqual(renamedLines.sort((a, b) => a - b));
  });

  it('renders, without an internal error, a parameter named after every name the package exports', () => {
    const base = models['name-clash'];
    const reserved = [
      ...new Set(
        renderTypeScript(models.socialapi)
          .filter((f) => f.path.startsWith('typescript/src/'))
          .flatMap((f) => [...f.contents.matchAll(/^export (?:type|interface|class|function|const) (\w+)/gm)].map((m) => m[1]!))
          .filter((name) => /^[A-Z][A-Za-z]*$/.test(name)),
      ),
    ];
    expect(reserved).toEqual(expect.arrayContaining(['ErrorCode', 'ApiError', 'RetryPolicy', 'ErrorInfo', 'Platform', 'BillingPostLimitMeta']));
    for (const name of reserved) {
      const snake = name.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();
      const model = {
        ...base,
        parameters: base.parameters.map((p) => (p.name === 'region' ? { ...p, name: snake } : p)),
        definitions: base.definitions.map((d) => (d.family?.parameter === 'region' ? { ...d, family: { ...d.family, parameter: snake } } : d)),
      };
      expect(() => renderTypeScript(model), snake).not.toThrow();
    }
  });

  it('tells apart parameters whose PascalCase forms are equal', () => {
    const base = models['name-clash'];
    const rename: Record<string, string> = { region: 'tier_2', error_info: 'tier2' };
    const model = {
      ...base,
      parameters: base.parameters.map((p) => ({ ...p, name: rename[p.name] ?? p.name })),
      definitions: base.definitions.map((d) => (d.family && rename[d.family.parameter] ? { ...d, family: { ...d.family, parameter: rename[d.family.parameter]! } } : d)),
    };
    const codes = renderTypeScript(model).find((f) => f.path === 'typescript/src/codes.ts')!.contents;
    expect(codes).toContain('export type Parameter_tier_2 =');
    expect(codes).toContain('export type Parameter_tier2 =');
  });

  it('checks identifiers instead of changing them', () => {
    expect(tsIdentifier('AUTH_INVALID_KEY')).toBe('AUTH_INVALID_KEY');
    for (const bad of ['1abc', 'a-b', 'class', 'a b', '']) expect(() => tsIdentifier(bad)).toThrow();
    expect(tsPropertyKey('batch_id')).toBe('batch_id');
    expect(tsPropertyKey('needs-quotes')).toBe("'needs-quotes'");
  });

  it('keeps hostile catalog text inert in the generated ledgerly sources', () => {
    const sources = rendered.ledgerly.filter((f) => f.path.endsWith('.ts') || f.path.endsWith('.js'));
    for (const f of sources) {
      expect(f.contents, f.path).not.toMatch(/[\u2028\u2029]/);
      const scanner = ts.createSourceFile(f.path, f.contents, ts.ScriptTarget.ES2022, true, f.path.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
      expect((scanner as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, f.path).toEqual([]);
    }
  });
});

describe('typescript target: the generated package', () => {
  it.each(FIXTURES)('%s compiles under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess', async (name) => {
    const dir = await writePackage(rendered[name], path.join(tmp, `compile-${name}`));
    const sources = (await readdir(path.join(dir, 'src'))).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, 'src', f));
    expect(sources.length).toBeGreaterThan(5);
    expect(typecheck(sources)).toEqual([]);
    // The shipped declarations too, as a consumer's compiler reads them.
    expect(typecheck([path.join(dir, 'dist', 'index.d.ts')])).toEqual([]);
  });

  it('rejects wrong meta, missing meta, unknown codes and unknown platforms at compile time', async () => {
    const dir = await writePackage(rendered.socialapi, path.join(tmp, 'negative'));
    const cases = {
      wrongMetaField: `createErrorEnvelope('billing.post_limit', { message: 'm', requestId: 'r', meta: { plan: 'free', max: 1, extra: 1 } });`,
      missingMeta: `createErrorEnvelope('billing.post_limit', { message: 'm', requestId: 'r' });`,
      metaOnNoMetaCode: `createErrorEnvelope('auth.invalid_key', { message: 'm', requestId: 'r', meta: { plan: 'free' } });`,
      unknownCode: `const c: ErrorCode = 'auth.no_such_code';`,
      unknownPlatform: `const c: ErrorCode = 'platform.myspace.auth';`,
      unknownPattern: `declare const s: string; codeMatches(s, 'platfrom.*');`,
      eventCodeInEnvelope: `declare const e: ErrorEnvelope; if (e.error.code === 'publishing.delivery.timeout') {}`,
    };
    const control = `const ok: ErrorCode = 'platform.tiktok.auth'; createErrorEnvelope('billing.post_limit', { message: 'm', requestId: 'r', meta: { plan: 'free', max: 1 } }); void ok;`;
    const header = `import { codeMatches, createErrorEnvelope, type ErrorCode, type ErrorEnvelope } from './src/index.js';\n`;
    const files: string[] = [];
    for (const [name, body] of Object.entries({ ...cases, control })) {
      const file = path.join(dir, `${name}.ts`);
      await writeFile(file, `${header}${body}\nexport {};\n`);
      files.push(file);
    }
    const program = ts.createProgram(files, STRICT);
    for (const file of files) {
      const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
      const name = path.basename(file, '.ts');
      if (name === 'control') expect(diagnostics.map((d) => d.messageText)).toEqual([]);
      else expect(diagnostics.length, `${name} should not compile`).toBeGreaterThan(0);
    }
  });
});

/** Words of the embedded SocialAPI catalog that no other catalog's package should print unless it has them. */
const SOCIALAPI_WORDS = ['socialapi', 'platform', 'billing', 'tiktok', 'instagram', 'publishing', 'byok', 'reconnect'];

/**
 * The code of every JSDoc `@example` in a source: the lines after the tag
 * up to the next tag or the end of the comment, with `*\/` unescaped.
 */
function jsDocExamples(source: string): string[] {
  const examples: string[] = [];
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((l) => l.replace(/^\s*\/?\*\*?\/? ?/, ''));
    let current: string[] | null = null;
    for (const line of lines) {
      if (/^@\w+/.test(line)) {
        if (current) examples.push(current.join('\n'));
        current = line.startsWith('@example') ? [] : null;
        continue;
      }
      current?.push(line.replace(/\*\\\//g, '*/'));
    }
    if (current) examples.push(current.join('\n'));
  }
  return examples.map((e) => e.trim()).filter((e) => e !== '');
}

/** The free names examples may use, as a reader's program would have them. */
const EXAMPLE_PRELUDE = `
declare const response: { json(): Promise<unknown>; readonly status: number; readonly ok: boolean; readonly headers: { get(name: string): string | null } };
declare const res: { status(status: number): { json(body: unknown): void } };
declare const requestId: string;
declare const payload: { readonly [key: string]: any };
declare const console: { warn(...values: unknown[]): void };
`;

describe('typescript target: docs are the catalog\'s own', () => {
  it.each(FIXTURES.filter((f) => f !== 'socialapi'))('%s: the package prints no SocialAPI-specific text', (name) => {
    const modelText = JSON.stringify(models[name]).toLowerCase();
    for (const f of rendered[name]) {
      const text = f.contents.toLowerCase();
      for (const word of SOCIALAPI_WORDS) {
        if (modelText.includes(word)) continue;
        expect(text.includes(word), `${f.path} mentions ${word}`).toBe(false);
      }
    }
  });

  it.each(FIXTURES)('%s: every JSDoc @example and the README example compile against the package', async (name) => {
    const dir = await writePackage(rendered[name], path.join(tmp, `examples-${name}`));
    // The slim entry is its own entry point, not re-exported by the index.
    const sources = rendered[name].filter((f) => f.path.startsWith('typescript/src/') && !/^typescript\/src\/slim[./]/.test(f.path));
    const exported = new Set(sources.flatMap((f) => [...f.contents.matchAll(/^export (?:declare )?(?:type|interface|class|function|const|abstract class) (\w+)/gm)].map((m) => m[1]!)));
    const examples = sources.flatMap((f) => jsDocExamples(f.contents));
    // checkErrorEnvelope, codeMatches, ApiError at least; createErrorEnvelope when there are HTTP codes.
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const files: string[] = [];
    const body = examples.map((e, i) => `async function example${i}(code: string): Promise<void> {\n${e}\n}\nvoid example${i};`).join('\n');
    const jsDocFile = path.join(dir, 'jsdoc-examples.ts');
    await writeFile(jsDocFile, `import { ${[...exported].join(', ')} } from './src/index.js';\n${EXAMPLE_PRELUDE}\n${body}\nexport {};\n`);
    files.push(jsDocFile);
    const readme = rendered[name].find((f) => f.path === 'typescript/README.md')!.contents;
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const [i, block] of blocks.entries()) {
      const file = path.join(dir, `readme-example-${i}.ts`);
      const [imports, ...rest] = block.replaceAll(`'${models[name].package.name}'`, "'./src/index.js'").split(/(?<=;)\n/);
      await writeFile(file, `${imports}\n${EXAMPLE_PRELUDE}\n${rest.join('\n')}\nexport {};\n`);
      files.push(file);
    }
    expect(typecheck(files)).toEqual([]);
  });

  it('chooses a or an, and singular or plural, in the view', () => {
    expect(indefiniteArticle('Evil')).toBe('an');
    expect(indefiniteArticle('SocialAPI')).toBe('a');
    expect(indefiniteArticle('HTTP Gateway')).toBe('an');
    expect(indefiniteArticle('Ledgerly')).toBe('a');
    const evil = renderTypeScript({ ...models.minimal, title: 'Evil' }).find((f) => f.path === 'typescript/src/envelope.ts')!.contents;
    expect(evil).toContain('The body of an Evil error response');
    const readme = rendered.minimal.find((f) => f.path === 'typescript/README.md')!.contents;
    expect(readme).toContain('(1 code from 1 definition)');
    expect(rendered.ledgerly.find((f) => f.path === 'typescript/README.md')!.contents).toMatch(/\(\d+ codes from \d+ definitions\)/);
  });

  it('gives an event-only catalog a README example about events, not HTTP responses', () => {
    const readme = rendered['events-only'].find((f) => f.path === 'typescript/README.md')!.contents;
    expect(readme).not.toContain('Handling an error response');
    expect(readme).toContain('isEventErrorCode(code)');
  });
});

/** The runtime API of a generated package, as far as these tests use it. */
interface GeneratedRuntime {
  checkErrorEnvelope(value: unknown): { ok: true; envelope: { error: { code: string } } } | { ok: false; path: string; reason: string };
  isErrorEnvelope(value: unknown): boolean;
  isErrorCode(value: unknown): boolean;
  isEventErrorCode(value: unknown): boolean;
  hasErrorCode(envelope: unknown, code: string): boolean;
  codeMatches(code: string, pattern: string): boolean;
  inNamespace(code: string, namespace: string): boolean;
  errorStatus(code: string): number | null;
  isRetryable(code: string, options?: { idempotent?: boolean }): boolean;
  retryAdvice(code: string): { policy: string; afterSeconds: number | null };
  createErrorEnvelope(code: string, init: Record<string, unknown>): unknown;
  getErrorInfo(code: string): { via: string; definition: string; status: number | null; deprecated: unknown } | undefined;
  errorCatalog: Record<string, unknown>;
  errorCodes: readonly string[];
  ApiError: new (code: string, init: Record<string, unknown>) => Error & { code: string; status: number | null; meta: unknown; requestId: string | null; matches(p: string): boolean; is(c: string): boolean };
}

async function importRuntime(name: FixtureName): Promise<GeneratedRuntime> {
  const dir = await writePackage(rendered[name], path.join(tmp, `runtime-${name}`));
  return (await import(pathToFileURL(path.join(dir, 'dist', 'index.js')).href)) as GeneratedRuntime;
}

describe('typescript target: runtime helpers', () => {
  let social: GeneratedRuntime;
  let ledger: GeneratedRuntime;
  beforeAll(async () => {
    social = await importRuntime('socialapi');
    ledger = await importRuntime('ledgerly');
  });

  const envelope = (error: unknown, requestId: unknown = 'req_1') => ({ error, request_id: requestId });

  it('the guard accepts envelopes and says where and why others are not', () => {
    expect(social.checkErrorEnvelope(envelope({ code: 'billing.post_limit', message: 'm', meta: { plan: 'free', max: 30 } }))).toMatchObject({ ok: true, known: true });
    expect(social.checkErrorEnvelope({ ...envelope({ code: 'platform.tiktok.auth', message: 'm', extra: 1 }), extra: true })).toMatchObject({ ok: true, known: true });
    // Forward compatible: what a newer catalog may send (errcat diff: compatible) is an error, not garbage.
    const newer: [unknown, boolean][] = [
      [envelope({ code: 'auth.nope', message: 'm' }), false],
      [envelope({ code: 'platform.myspace.auth', message: 'm' }), false],
      [envelope({ code: 'constructor', message: 'm', meta: { any: 1 } }), false],
      // A new optional meta property, though the schema says additionalProperties: false.
      [envelope({ code: 'billing.post_limit', message: 'm', meta: { plan: 'free', max: 30, period: 'month' } }), true],
      // Meta added to a code that had none.
      [envelope({ code: 'auth.invalid_key', message: 'm', meta: { x: 1 } }), true],
    ];
    for (const [value, known] of newer) expect(social.checkErrorEnvelope(value), JSON.stringify(value)).toMatchObject({ ok: true, known });
    expect(social.isErrorEnvelope(newer[0]![0])).toBe(false);
    const failures: [unknown, string][] = [
      [null, ''],
      [[], ''],
      [{ request_id: 'r' }, 'error'],
      [envelope({ code: 7, message: 'm' }), 'error.code'],
      [envelope({ code: '', message: 'm' }), 'error.code'],
      [envelope({ code: 'auth.nope' }), 'error.message'],
      [envelope({ code: 'auth.nope', message: 'm', meta: 'x' }), 'error.meta'],
      [envelope({ code: 'publishing.delivery.timeout', message: 'm' }), 'error.code'],
      [envelope({ code: 'auth.invalid_key' }), 'error.message'],
      [envelope({ code: 'billing.post_limit', message: 'm' }), 'error.meta'],
      [envelope({ code: 'billing.post_limit', message: 'm', meta: [] }), 'error.meta'],
      [envelope({ code: 'auth.invalid_key', message: 'm', meta: 5 }), 'error.meta'],
      [envelope({ code: 'auth.invalid_key', message: 'm' }, 42), 'request_id'],
      // Meta is checked against the code's schema before anything is narrowed.
      [envelope({ code: 'billing.post_limit', message: 'm', meta: { plan: 5, max: 30 } }), 'error.meta.plan'],
      [envelope({ code: 'billing.post_limit', message: 'm', meta: { plan: 'free' } }), 'error.meta.max'],
      [envelope({ code: 'billing.post_limit', message: 'm', meta: { plan: 'free', max: -1 } }), 'error.meta.max'],
      [envelope({ code: 'billing.post_limit', message: 'm', meta: { plan: 'free', max: 1.5 } }), 'error.meta.max'],
      [envelope({ code: 'byok.credentials_missing', message: 'm', meta: { platform: 'myspace' } }), 'error.meta.platform'],
    ];
    for (const [value, where] of failures) {
      const result = social.checkErrorEnvelope(value);
      expect(result.ok, JSON.stringify(value)).toBe(false);
      if (!result.ok) {
        expect(result.path, JSON.stringify(value)).toBe(where);
        expect(result.reason.length).toBeGreaterThan(0);
      }
      expect(social.isErrorEnvelope(value)).toBe(false);
    }
  });

  it('matches namespaces and one-segment wildcards', () => {
    expect(social.codeMatches('platform.tiktok.auth', 'platform.*')).toBe(true);
    expect(social.codeMatches('platform.tiktok.auth', 'platform.*.auth')).toBe(true);
    expect(social.codeMatches('platform.tiktok.rate_limit', 'platform.*.auth')).toBe(false);
    expect(social.codeMatches('platform.auth', 'platform.*.auth')).toBe(false);
    expect(social.codeMatches('platform', 'platform.*')).toBe(false);
    expect(social.codeMatches('billing.post_limit', 'billing.*')).toBe(true);
    expect(social.codeMatches('billing.post_limit', 'billing.post_limit')).toBe(true);
    expect(social.inNamespace('publishing.delivery.timeout', 'publishing.delivery')).toBe(true);
    expect(social.inNamespace('publishing.duplicate_target', 'publishing.delivery')).toBe(false);
  });

  it('looks up statuses, retry advice and catalog data, aliases and families included', () => {
    expect(social.errorStatus('platform.tiktok.auth')).toBe(401);
    expect(social.errorStatus('publishing.delivery.timeout')).toBeNull();
    expect(social.errorStatus('brand.limit_reached')).toBe(social.errorStatus('billing.brands_limit'));
    expect(social.getErrorInfo('brand.limit_reached')).toMatchObject({ via: 'alias', definition: 'billing.brands_limit' });
    expect(social.getErrorInfo('platform.tiktok.auth')).toMatchObject({ via: 'family', definition: 'platform.{platform}.auth' });
    expect(social.getErrorInfo('toString')).toBeUndefined();
    expect(social.isRetryable('platform.tiktok.rate_limit')).toBe(true);
    expect(social.isRetryable('auth.invalid_key')).toBe(false);
    expect(ledger.retryAdvice('rail.sepa.unavailable')).toMatchObject({ policy: 'backoff', afterSeconds: 30 });
    expect(ledger.getErrorInfo('payment.legacy_capture_failed')?.deprecated).toMatchObject({ replacement: 'payment.declined' });
    expect(Object.isFrozen(social.errorCatalog)).toBe(true);
    expect(Object.isFrozen(social.errorCatalog['auth.invalid_key'])).toBe(true);
    expect(Object.isFrozen(social.errorCodes)).toBe(true);
    expect(social.errorCodes).toHaveLength(models.socialapi.wireCodes.length);
    expect(social.isEventErrorCode('publishing.delivery.timeout')).toBe(true);
  });

  it('the builder requires meta exactly when the schema does', () => {
    const built = social.createErrorEnvelope('billing.post_limit', { message: 'm', requestId: 'r', meta: { plan: 'free', max: 30 } });
    expect(built).toEqual({ error: { code: 'billing.post_limit', message: 'm', meta: { plan: 'free', max: 30 } }, request_id: 'r' });
    expect(social.checkErrorEnvelope(built).ok).toBe(true);
    expect(social.createErrorEnvelope('auth.invalid_key', { message: 'm', requestId: 'r' })).toEqual({ error: { code: 'auth.invalid_key', message: 'm' }, request_id: 'r' });
    expect(() => social.createErrorEnvelope('billing.post_limit', { message: 'm', requestId: 'r' })).toThrow(TypeError);
    expect(() => social.createErrorEnvelope('auth.invalid_key', { message: 'm', requestId: 'r', meta: {} })).toThrow(TypeError);
    expect(() => social.createErrorEnvelope('publishing.delivery.timeout', { message: 'm', requestId: 'r' })).toThrow(TypeError);
  });

  it('ApiError carries code, status, meta and request id, and narrows by pattern', () => {
    const error = new social.ApiError('billing.post_limit', { message: 'limit', requestId: 'r1', meta: { plan: 'free', max: 30 }, cause: 'x' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error).toMatchObject({ code: 'billing.post_limit', status: 429, requestId: 'r1', meta: { plan: 'free', max: 30 }, message: 'limit' });
    expect(error.cause).toBe('x');
    expect(error.matches('billing.*')).toBe(true);
    expect(error.is('billing.post_limit')).toBe(true);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'ApiError', code: 'billing.post_limit', message: 'limit', status: 429, meta: { plan: 'free', max: 30 }, requestId: 'r1' });
    const forwarded = new social.ApiError('platform.tiktok.api_error', { message: 'm', status: 503 });
    expect(forwarded.status).toBe(503);
    expect(forwarded.requestId).toBeNull();
    expect(() => new social.ApiError('billing.post_limit', { message: 'm' })).toThrow(TypeError);
  });
});

describe('typescript target: a consumer installs the packed package', () => {
  it('packs, installs offline, compiles strictly and handles errors like the reference example', async () => {
    const work = path.join(tmp, 'consumer');
    const pkgDir = await writePackage(rendered.socialapi, path.join(work, 'generated'));
    const npmEnv = { ...process.env, npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false' };
    const packed = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: pkgDir, env: npmEnv });
    const tarball = path.join(work, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
    const app = path.join(work, 'app');
    await mkdir(app, { recursive: true });
    await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, env: npmEnv });
    const installed = JSON.parse(await readFile(path.join(app, 'node_modules/@socialapi/errors/package.json'), 'utf8'));
    expect(installed.name).toBe('@socialapi/errors');
    // CommonJS callers can require() the ES module through the `default` condition.
    const required = await run(process.execPath, ['-e', "console.log(require('@socialapi/errors').errorStatus('auth.invalid_key'))"], { cwd: app });
    expect(required.stdout.trim()).toBe('401');

    await writeFile(path.join(app, 'handle.ts'), CONSUMER_PROGRAM);
    const options: ts.CompilerOptions = { ...STRICT, noEmit: false, outDir: app, rootDir: app, skipLibCheck: false };
    const program = ts.createProgram([path.join(app, 'handle.ts')], options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    expect(program.emit().emitSkipped).toBe(false);
    const { stdout } = await run(process.execPath, [path.join(app, 'handle.js')], { cwd: app });
    expect(JSON.parse(stdout)).toEqual([
      { kind: 'reconnect' },
      { kind: 'reconnect' },
      { kind: 'backoff', retry: true },
      { kind: 'upgrade', plan: 'free', max: 30 },
      { kind: 'upgrade', plan: 'starter', max: 3 },
      { kind: 'byok', platform: 'twitter' },
      { kind: 'unsupported' },
      { kind: 'throw', code: 'auth.invalid_key', status: 401, requestId: 'req_7' },
      // A newer server's code: an error with an unknown code, not garbage.
      { kind: 'newer', code: 'no.such_code', status: 500, requestId: 'req_9', message: 'ApiError [no.such_code]: m' },
      { kind: 'invalid', path: 'error.meta.plan' },
    ]);
  });
});

/**
 * The reference's "Example error handling", written against the typed API:
 * reconnect on account.reconnection_required or platform.*.auth, back off on
 * platform.*.rate_limit, prompt on billing.*, BYOK modal on
 * byok.credentials_missing, warn on resource.not_supported, else throw
 * with the request id. Meta is read without casts: narrowing types it.
 */
const CONSUMER_PROGRAM = `
import {
  ApiError,
  checkErrorEnvelope,
  envelopeMatches,
  hasErrorCode,
  isRetryable,
  type ErrorEnvelope,
} from '@socialapi/errors';

type Action =
  | { kind: 'reconnect' }
  | { kind: 'backoff'; retry: boolean }
  | { kind: 'upgrade'; plan: string; max: number }
  | { kind: 'byok'; platform: 'instagram' | 'tiktok' | 'facebook' | 'linkedin' | 'google' | 'youtube' | 'whatsapp' | 'twitter' }
  | { kind: 'unsupported' }
  | { kind: 'throw'; code: string; status: number | null; requestId: string | null }
  | { kind: 'newer'; code: string; status: number | null; requestId: string | null; message: string }
  | { kind: 'invalid'; path: string };

function handle(status: number, body: unknown): Action {
  const checked = checkErrorEnvelope(body);
  if (!checked.ok) return { kind: 'invalid', path: checked.path };
  if (!checked.known) {
    const error = ApiError.fromEnvelope(checked.envelope, { status });
    return { kind: 'newer', code: error.code, status: error.status, requestId: error.requestId, message: String(error) };
  }
  const envelope: ErrorEnvelope = checked.envelope;
  if (hasErrorCode(envelope, 'account.reconnection_required') || envelopeMatches(envelope, 'platform.*.auth')) {
    return { kind: 'reconnect' };
  }
  if (envelopeMatches(envelope, 'platform.*.rate_limit')) {
    return { kind: 'backoff', retry: isRetryable(envelope.error.code) };
  }
  if (envelopeMatches(envelope, 'billing.*')) {
    return { kind: 'upgrade', plan: envelope.error.meta.plan, max: envelope.error.meta.max };
  }
  switch (envelope.error.code) {
    case 'byok.credentials_missing':
      return { kind: 'byok', platform: envelope.error.meta.platform };
    case 'resource.not_supported':
      return { kind: 'unsupported' };
    default: {
      const error = ApiError.fromEnvelope(envelope, { status });
      return { kind: 'throw', code: error.code, status: error.status, requestId: error.requestId };
    }
  }
}

const bodies: [number, unknown][] = [
  [409, { error: { code: 'account.reconnection_required', message: 'm' }, request_id: 'req_1' }],
  [401, { error: { code: 'platform.tiktok.auth', message: 'm' }, request_id: 'req_2' }],
  [429, { error: { code: 'platform.instagram.rate_limit', message: 'm' }, request_id: 'req_3' }],
  [429, { error: { code: 'billing.post_limit', message: 'm', meta: { plan: 'free', max: 30 } }, request_id: 'req_4' }],
  [403, { error: { code: 'billing.brands_limit', message: 'm', meta: { plan: 'starter', max: 3 } }, request_id: 'req_5' }],
  [412, { error: { code: 'byok.credentials_missing', message: 'm', meta: { platform: 'twitter' } }, request_id: 'req_6' }],
  [400, { error: { code: 'resource.not_supported', message: 'm' }, request_id: 'req_8' }],
  [401, { error: { code: 'auth.invalid_key', message: 'm' }, request_id: 'req_7' }],
  [500, { error: { code: 'no.such_code', message: 'm' }, request_id: 'req_9' }],
  [429, { error: { code: 'billing.post_limit', message: 'm', meta: { plan: 5, max: 30 } }, request_id: 'req_10' }],
];
declare const console: { log(text: string): void };
console.log(JSON.stringify(bodies.map(([status, body]) => handle(status, body))));
`;

/** The names a module's declarations export, sorted, as a consumer's compiler sees them. */
function exportedNames(dtsFile: string): string[] {
  const program = ts.createProgram([dtsFile], STRICT);
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(dtsFile)!)!;
  return checker
    .getExportsOfModule(symbol)
    .map((s) => s.name)
    .sort();
}

describe('typescript target: a large catalog is split into bounded parts', () => {
  it('renders parts that stay small, compile strictly, and keep the API and data of the single-file package', async () => {
    // test/bench/synthetic.mjs is the bench's catalog writer; imported by URL since it is plain JavaScript.
    const synthetic = (await import(pathToFileURL(path.join(ROOT, 'test/bench/synthetic.mjs')).href)) as { writeSyntheticCatalog(dir: string, n: number): void };
    const catalogDir = path.join(tmp, 'large-catalog');
    synthetic.writeSyntheticCatalog(catalogDir, 2500);
    const model = await loadModel(catalogDir);
    const partSize = 400;
    const split = renderTypeScript(model, partSize);
    const whole = renderTypeScript(model, 1e9);
    const parts = Math.ceil(model.wireCodes.length / partSize);
    expect(parts).toBeGreaterThan(5);

    const sources = split.filter((f) => f.path.startsWith('typescript/src/'));
    const partFiles = sources.filter((f) => /^typescript\/src\/(codes|meta|catalog|envelope|slim|validate)\//.test(f.path));
    expect(partFiles.map((f) => f.path).filter((p) => p.endsWith('-0001.ts'))).toEqual([
      'typescript/src/catalog/part-0001.ts',
      'typescript/src/codes/constants-0001.ts',
      'typescript/src/codes/lists-0001.ts',
      'typescript/src/envelope/type-uris-0001.ts',
      'typescript/src/meta/maps-0001.ts',
      'typescript/src/meta/types-0001.ts',
      'typescript/src/slim/part-0001.ts',
      'typescript/src/validate/schemas-0001.ts',
    ]);
    expect(partFiles).toHaveLength(8 * parts);
    // Bounded: every part holds at most partSize items of a few hundred bytes,
    // and the modules that assemble them hold a line or two per part.
    const wholeSize = (name: string): number => whole.find((f) => f.path === `typescript/src/${name}.ts`)!.contents.length;
    for (const f of partFiles) expect(f.contents.length, f.path).toBeLessThan(partSize * 800);
    // validate.ts holds the walker (about 14 kB) besides its list of parts.
    for (const [name, fixed] of [['codes', 8_000], ['meta', 8_000], ['catalog', 8_000], ['slim', 8_000], ['validate', 16_000]] as const) {
      const module = sources.find((f) => f.path === `typescript/src/${name}.ts`)!;
      expect(module.contents.length, name).toBeLessThan(fixed + parts * 200);
      expect(module.contents.length, name).toBeLessThan(wholeSize(name) / 10);
    }
    // Final as rendered, like the single files: the assembling modules and one part of each kind.
    for (const f of sources.filter((f) => /^typescript\/src\/(codes|meta|catalog|envelope|slim|validate)(\.ts|\/.*-0001\.ts)$/.test(f.path))) {
      expect(await prettier.format(f.contents, { ...PRETTIER_OPTIONS, parser: 'typescript' }), f.path).toBe(f.contents);
    }
    // The same catalog below the threshold keeps one file per module.
    expect(whole.filter((f) => f.path.startsWith('typescript/src/')).map((f) => f.path)).toHaveLength(9);
    // Outside the parts, only the modules that assemble them change.
    const changed = whole.filter((f) => split.find((g) => g.path === f.path)?.contents !== f.contents).map((f) => f.path);
    expect(changed.filter((p) => p.includes('/src/'))).toEqual(['typescript/src/catalog.ts', 'typescript/src/codes.ts', 'typescript/src/envelope.ts', 'typescript/src/meta.ts', 'typescript/src/slim.ts', 'typescript/src/validate.ts']);

    const dir = await writePackage(split, path.join(tmp, 'large-split'));
    const wholeDir = await writePackage(whole, path.join(tmp, 'large-whole'));
    expect(typecheck(sources.map((f) => path.join(tmp, 'large-split', f.path)))).toEqual([]);
    expect(typecheck([path.join(dir, 'dist', 'index.d.ts')])).toEqual([]);
    // The public API: the same exported names, the same data at run time.
    expect(exportedNames(path.join(dir, 'dist', 'index.d.ts'))).toEqual(exportedNames(path.join(wholeDir, 'dist', 'index.d.ts')));
    const splitRuntime = (await import(pathToFileURL(path.join(dir, 'dist', 'index.js')).href)) as Record<string, unknown>;
    const wholeRuntime = (await import(pathToFileURL(path.join(wholeDir, 'dist', 'index.js')).href)) as Record<string, unknown>;
    expect(Object.keys(splitRuntime).sort()).toEqual(Object.keys(wholeRuntime).sort());
    expect(splitRuntime.errorCodes).toEqual(wholeRuntime.errorCodes);
    expect(splitRuntime.errorCatalog).toEqual(wholeRuntime.errorCatalog);
    expect(splitRuntime.errorBody).toEqual(wholeRuntime.errorBody);
    expect(Object.isFrozen(splitRuntime.errorCodes)).toBe(true);
    // The slim entry likewise: the same names, the same answers for every code.
    const splitSlim = (await import(pathToFileURL(path.join(dir, 'dist', 'slim.js')).href)) as typeof import('../out/typescript/src/slim.js');
    const wholeSlim = (await import(pathToFileURL(path.join(wholeDir, 'dist', 'slim.js')).href)) as typeof import('../out/typescript/src/slim.js');
    expect(Object.keys(splitSlim).sort()).toEqual(Object.keys(wholeSlim).sort());
    for (const code of model.wireCodes.map((w) => w.code)) expect(splitSlim.getSlimErrorInfo(code), code).toEqual(wholeSlim.getSlimErrorInfo(code));
    // The meta checks likewise: each code's example passes both, and a wrong value fails both at the same place.
    type Validate = (code: string, meta: unknown, options?: { strict?: boolean }) => readonly { path: readonly (string | number)[] }[];
    const [splitValidate, wholeValidate] = [splitRuntime.validateMeta as Validate, wholeRuntime.validateMeta as Validate];
    let checked = 0;
    for (const d of model.definitions) {
      if (d.meta.kind !== 'schema') continue;
      const meta = d.example.meta as Record<string, unknown>;
      expect(splitValidate(d.example.code, meta, { strict: true }), d.code).toEqual([]);
      const wrong = Object.fromEntries(Object.keys(meta).map((k) => [k, null]));
      const issues = splitValidate(d.example.code, wrong);
      expect(issues.length, d.code).toBeGreaterThan(0);
      expect(issues).toEqual(wholeValidate(d.example.code, wrong));
      checked++;
    }
    expect(checked).toBeGreaterThan(parts * 10);
  }, 240_000);

  it('splits the problem type URIs of an RFC 9457 body like the catalog data, with the same errorBody at run time', async () => {
    const model = models['body-rfc9457' as FixtureName];
    const partSize = 2;
    const split = renderTypeScript(model, partSize);
    const parts = split.filter((f) => /^typescript\/src\/envelope\/type-uris-\d+\.ts$/.test(f.path));
    expect(parts).toHaveLength(Math.ceil(model.wireCodes.length / partSize));
    for (const f of parts) expect([...f.contents.matchAll(/^ {2}\S.*: '/gm)].length, f.path).toBeLessThanOrEqual(partSize);
    for (const f of [...parts, split.find((f) => f.path === 'typescript/src/envelope.ts')!]) {
      expect(await prettier.format(f.contents, { ...PRETTIER_OPTIONS, parser: 'typescript' }), f.path).toBe(f.contents);
    }
    const dir = await writePackage(split, path.join(tmp, 'rfc9457-split'));
    const wholeDir = await writePackage(renderTypeScript(model, 1e9), path.join(tmp, 'rfc9457-whole'));
    const load = async (d: string) => ((await import(pathToFileURL(path.join(d, 'dist', 'index.js')).href)) as { errorBody: { typeUris: Record<string, string> } }).errorBody;
    const [splitBody, wholeBody] = [await load(dir), await load(wholeDir)];
    expect(Object.keys(wholeBody.typeUris).length).toBeGreaterThan(partSize);
    expect(splitBody).toEqual(wholeBody);
  }, 120_000); // about 15 s alone; a shared CI machine has taken over 60 s
});
