/**
 * The generated package's shape, as the tools people use see it: the
 * committed out/typescript/ copied into a consumer's node_modules, then
 *
 * - bundled with esbuild (tree shaking with the package's
 *   `sideEffects: false`): one constant is a few dozen bytes, a helper that
 *   needs no catalog data pulls none of its prose, and the slim entry
 *   answers statuses and retries without the prose;
 * - compiled by tsc as an ES module and as a CommonJS consumer under
 *   `module` nodenext and node16, and under bundler resolution;
 * - run by Node as `import` and as `require`, the latter with require() of
 *   ES modules turned off (what Node before 20.19 does);
 * - its source maps and declaration maps resolved back to the shipped src/.
 *
 * The bundle sizes are printed as figures; the assertions are bounds with
 * room, not measurements.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild-wasm';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const run = promisify(execFile);
const PACKAGE = '@socialapi/errors';
const OUT = path.join(ROOT, 'out/typescript');
let app: string;

beforeAll(async () => {
  app = await mkdtemp(path.join(os.tmpdir(), 'errcat-package-shape-'));
  await cp(OUT, path.join(app, 'node_modules', PACKAGE), { recursive: true });
  await writeFile(path.join(app, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
});

afterAll(async () => {
  await esbuild.stop();
  if (app) await rm(app, { recursive: true, force: true });
});

/** The minified ES module esbuild bundles from `contents` (an entry importing the package). */
async function bundle(contents: string): Promise<string> {
  const result = await esbuild.build({ stdin: { contents, resolveDir: app, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

const figures: Record<string, number> = {};

describe('tree shaking (esbuild)', () => {
  // A description of the catalog: prose no slim or constant-only bundle may hold.
  const PROSE = 'API key does not match any active key';

  it('one constant bundles to itself', async () => {
    const text = await bundle(`import { AUTH_INVALID_KEY } from '${PACKAGE}'; console.log(AUTH_INVALID_KEY);`);
    figures['one constant'] = text.length;
    expect(text).toContain('auth.invalid_key');
    expect(text).not.toContain('auth.invalid_token'); // no other code: errorCodes is dropped
    expect(text.length).toBeLessThan(100);
  });

  it('a pattern helper pulls none of the catalog data', async () => {
    const text = await bundle(`import { codeMatches } from '${PACKAGE}'; console.log(codeMatches('auth.invalid_key', 'auth.*'));`);
    figures['codeMatches'] = text.length;
    expect(text).not.toContain('account.already_linked'); // no table of codes
    expect(text.length).toBeLessThan(2_000);
  });

  it('the slim entry answers statuses and retries without the prose, in a fraction of the main entry', async () => {
    const use = `console.log(errorStatus('auth.invalid_key'), isRetryable('auth.invalid_key'), isErrorCode('x'));`;
    const full = await bundle(`import { errorStatus, isRetryable, isErrorCode } from '${PACKAGE}'; ${use}`);
    const slim = await bundle(`import { errorStatus, isRetryable, isErrorCode } from '${PACKAGE}/slim'; ${use}`);
    const slimConstant = await bundle(`import { AUTH_INVALID_KEY } from '${PACKAGE}/slim'; console.log(AUTH_INVALID_KEY);`);
    Object.assign(figures, { 'status + retry, main entry': full.length, 'status + retry, slim entry': slim.length, 'one constant, slim entry': slimConstant.length });
    expect(full).toContain(PROSE); // the probe: the main entry does carry the descriptions
    expect(slim).not.toContain(PROSE);
    expect(slim).not.toContain('https://'); // no docs links either
    expect(slim.length).toBeLessThan(full.length / 3);
    expect(slimConstant.length).toBeLessThan(100);
  });

  it('prints the figures', () => {
    console.log(`bundle sizes (esbuild ${esbuild.version}, minified, bytes): ${JSON.stringify(figures)}`);
    expect(Object.keys(figures).length).toBeGreaterThanOrEqual(5);
  });
});

/** A consumer program importing or requiring the package, per module setting. */
const ESM_CONSUMER = `import { AUTH_INVALID_KEY, errorStatus, isRetryable, type ErrorCode } from '${PACKAGE}';
import { errorStatus as slimStatus } from '${PACKAGE}/slim';
const code: ErrorCode = AUTH_INVALID_KEY;
export const status: number = errorStatus(code) ?? 0;
export const same: boolean = slimStatus(code) === status && typeof isRetryable(code) === 'boolean';
`;
const CJS_CONSUMER = `import errors = require('${PACKAGE}');
import slim = require('${PACKAGE}/slim');
const code: errors.ErrorCode = errors.AUTH_INVALID_KEY;
export const status: number = errors.errorStatus(code) ?? 0;
export const same: boolean = slim.errorStatus(code) === status;
`;

/** tsc's diagnostics for one consumer file under one module setting, as text. */
function compile(file: string, options: ts.CompilerOptions): string[] {
  const program = ts.createProgram([file], { target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['lib.es2022.d.ts'], ...options });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.relative(app, d.file.fileName) : ''}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

describe('module support (tsc and Node)', () => {
  const cases: [string, string, string, ts.CompilerOptions][] = [
    ['nodenext, ES module consumer', 'esm-nodenext.mts', ESM_CONSUMER, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }],
    ['nodenext, CommonJS consumer', 'cjs-nodenext.cts', CJS_CONSUMER, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }],
    ['node16, ES module consumer', 'esm-node16.mts', ESM_CONSUMER, { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }],
    ['node16, CommonJS consumer', 'cjs-node16.cts', CJS_CONSUMER, { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }],
    ['bundler resolution', 'bundler.ts', ESM_CONSUMER, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }],
  ];
  it.each(cases)('tsc compiles a consumer: %s', async (_name, file, source, options) => {
    const full = path.join(app, file);
    await writeFile(full, source);
    expect(compile(full, options)).toEqual([]);
  });

  it('Node imports the ES modules and requires the CommonJS build, also with require() of ES modules turned off', async () => {
    await writeFile(path.join(app, 'use.mjs'), `import { errorStatus } from '${PACKAGE}';\nimport { errorStatus as slim } from '${PACKAGE}/slim';\nconsole.log(errorStatus('auth.invalid_key'), slim('auth.invalid_key'));\n`);
    await writeFile(path.join(app, 'use.cjs'), `const { errorStatus } = require('${PACKAGE}');\nconst slim = require('${PACKAGE}/slim');\nconsole.log(errorStatus('auth.invalid_key'), slim.errorStatus('auth.invalid_key'), require.resolve('${PACKAGE}').includes('cjs'));\n`);
    expect((await run(process.execPath, ['use.mjs'], { cwd: app })).stdout).toBe('401 401\n');
    expect((await run(process.execPath, ['use.cjs'], { cwd: app })).stdout).toBe('401 401 true\n');
    // Node before 20.19 cannot require() an ES module: the CommonJS build must not need it.
    expect((await run(process.execPath, ['--no-experimental-require-module', 'use.cjs'], { cwd: app })).stdout).toBe('401 401 true\n');
  });
});

describe('source maps and declaration maps', () => {
  /** The 0-based line and column of the first `needle` in a text. */
  function find(text: string, needle: string): { line: number; column: number } {
    const before = text.slice(0, text.indexOf(needle));
    expect(before.length, needle).toBeLessThan(text.length);
    const lines = before.split('\n');
    return { line: lines.length - 1, column: lines.at(-1)!.length };
  }

  it.each([
    ['dist/codes.js', 'function isRetiredCode'],
    ['dist/cjs/codes.js', 'function isRetiredCode'],
    ['dist/codes.d.ts', 'function isRetiredCode'],
    ['dist/cjs/codes.d.ts', 'function isRetiredCode'],
    ['dist/slim.js', 'function isRetryable'],
    ['dist/cjs/helpers.js', 'function codeMatches'],
  ])('%s maps %s back to the shipped source', async (file, needle) => {
    const output = await readFile(path.join(OUT, file), 'utf8');
    const mapFile = `${file}.map`;
    expect(output.trimEnd().split('\n').at(-1)).toBe(`//# sourceMappingURL=${path.basename(mapFile)}`);
    const payload = JSON.parse(await readFile(path.join(OUT, mapFile), 'utf8')) as { sources: string[] };
    const source = path.resolve(path.dirname(path.join(OUT, file)), payload.sources[0]!);
    expect(path.relative(OUT, source)).toBe(`src/${path.basename(file).replace(/\.d\.ts$|\.js$/, '')}.ts`);
    const sourceText = await readFile(source, 'utf8');
    const at = find(output, needle);
    const entry = new SourceMap(payload as never).findEntry(at.line, at.column) as { originalLine: number };
    expect(sourceText.split('\n')[entry.originalLine], `${file} line ${at.line + 1}`).toContain(needle.split(' ').at(-1));
  });
});
