/**
 * Each output format of `validate`, `generate --check` and `diff`, from the
 * built CLI as a child process in a temporary git repository (issue 12's
 * "each output format's shape"): text in compiler form on stderr, one json
 * document on stdout with nothing on stderr, github workflow annotations at
 * the file, line and column; and colour on a real terminal (a pseudo-
 * terminal from util-linux `script`), never under NO_COLOR, never off one.
 */
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_FILE, contractRepo, errcat } from './contract/git-repo.js';
import { ROOT } from './helpers.js';

const run = promisify(execFile);
let repo: Awaited<ReturnType<typeof contractRepo>>;
/** The 1-based line of the fixture's `    status: 422`, which the broken and the breaking edit both touch. */
let statusLine: number;

/** The catalog with one edit in the working tree. */
const workingTree = (from: string, to: string) => writeFile(path.join(repo.dir, CATALOG_FILE), repo.baseText.replace(from, to));
const BROKEN = ['    status: 422\n', '    status: 99999\n'] as const;
const BREAKING = ['    status: 422\n', '    status: 400\n'] as const;

interface JsonReport {
  formatVersion: number;
  command: string;
  ok: boolean;
  exitCode: number;
  counts: Record<string, number>;
  diagnostics: { file: string; line: number; column: number; severity: string; rule: string; message: string }[];
  changes: { file: string; line: number; column: number; verdict: string; kind: string; code: string }[];
  files: { file: string; state: string }[];
}

beforeAll(async () => {
  repo = await contractRepo();
  statusLine = repo.baseText.split('\n').indexOf('    status: 422') + 1;
  expect(statusLine).toBeGreaterThan(0);
  expect((await errcat(['generate'], repo.dir)).code).toBe(0);
}, 120_000);

afterAll(async () => {
  if (repo) await rm(repo.dir, { recursive: true, force: true });
});

describe('validate', () => {
  it('text: file:line:column - error rule on stderr, exit 3', async () => {
    await workingTree(...BROKEN);
    const r = await errcat(['validate'], repo.dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^catalog/catalog\\.yaml:${statusLine}:\\d+ - error schema: `, 'm'));
  });

  it('json: one document, the diagnostic at its position, nothing on stderr', async () => {
    await workingTree(...BROKEN);
    const r = await errcat(['validate', '--format', 'json'], repo.dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as JsonReport;
    expect(doc).toMatchObject({ formatVersion: 1, command: 'validate', ok: false, exitCode: 3 });
    expect(doc.counts.errors).toBeGreaterThan(0);
    expect(doc.diagnostics.find((d) => d.rule === 'schema')).toMatchObject({ file: 'catalog/catalog.yaml', line: statusLine, severity: 'error' });
  });

  it('github: an ::error annotation on the line', async () => {
    await workingTree(...BROKEN);
    const r = await errcat(['validate', '--format', 'github'], repo.dir);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(new RegExp(`^::error file=catalog/catalog\\.yaml,line=${statusLine},col=\\d+,title=errcat schema::`, 'm'));
  });

  it('json on a valid catalog: ok, exit 0, no diagnostics', async () => {
    await workingTree('', '');
    const doc = JSON.parse((await errcat(['validate', '--format', 'json'], repo.dir)).stdout) as JsonReport;
    expect(doc).toMatchObject({ command: 'validate', ok: true, exitCode: 0, diagnostics: [] });
  });
});

describe('generate --check', () => {
  const page = () => path.join(repo.dir, 'out/docs/errors.md');

  it('text, json and github name a hand-edited output, exit 1; a clean tree passes', async () => {
    await workingTree('', '');
    const clean = await errcat(['generate', '--check', '--format', 'json'], repo.dir);
    expect(clean.code, clean.stderr).toBe(0);
    expect((JSON.parse(clean.stdout) as JsonReport).files).toEqual([]);
    await writeFile(page(), 'edited by hand\n');
    try {
      const text = await errcat(['generate', '--check'], repo.dir);
      expect(text.code).toBe(1);
      expect(text.stderr).toContain('stale: out/docs/errors.md');
      const json = await errcat(['generate', '--check', '--format', 'json'], repo.dir);
      expect(json.code).toBe(1);
      expect(json.stderr).toBe('');
      expect(JSON.parse(json.stdout) as JsonReport).toMatchObject({ command: 'generate', ok: false, exitCode: 1, files: [{ file: 'out/docs/errors.md', state: 'stale' }] });
      const github = await errcat(['generate', '--check', '--format', 'github'], repo.dir);
      expect(github.code).toBe(1);
      expect(github.stdout).toMatch(/^::error file=out\/docs\/errors\.md,line=1,col=1,title=errcat stale output::/m);
    } finally {
      expect((await errcat(['generate'], repo.dir)).code).toBe(0);
    }
  });
});

describe('diff', () => {
  it('text: the verdict, kind, code and position on stdout, exit 1', async () => {
    await workingTree(...BREAKING);
    const r = await errcat(['diff', '--base', 'base', '--no-version-check'], repo.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^breaking\\s+status-changed\\s+parcel\\.too_heavy: status 422 → 400.*\\(catalog/catalog\\.yaml:${statusLine}:13\\)$`, 'm'));
  });

  it('json and github: the change at its line; nothing on stderr for json', async () => {
    await workingTree(...BREAKING);
    const json = await errcat(['diff', '--base', 'base', '--no-version-check', '--format', 'json'], repo.dir);
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout) as JsonReport).toMatchObject({ formatVersion: 1, command: 'diff', exitCode: 1, changes: [{ file: 'catalog/catalog.yaml', line: statusLine, column: 13, verdict: 'breaking', kind: 'status-changed', code: 'parcel.too_heavy' }] });
    const github = await errcat(['diff', '--base', 'base', '--no-version-check', '--format', 'github'], repo.dir);
    expect(github.stdout).toMatch(new RegExp(`^::error file=catalog/catalog\\.yaml,line=${statusLine},col=13,`, 'm'));
  });
});

/** Runs the built CLI on a pseudo-terminal (util-linux `script`), so stdout and stderr are a TTY. */
async function onTerminal(args: string, env: NodeJS.ProcessEnv): Promise<string> {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'bin/errcat.js'))} ${args}`;
  const { stdout } = await run('script', ['-qec', command, '/dev/null'], { cwd: repo.dir, env: { ...colourless(), ...env } }).catch((e: { stdout: string }) => e);
  return stdout;
}

/** This process's environment without the variables that force colour on or off. */
function colourless(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return env;
}

const HAS_SCRIPT = await run('script', ['--version']).then(
  () => true,
  () => false,
);

describe.runIf(HAS_SCRIPT)('colour on a real terminal', () => {
  it('paints a diagnostic on a terminal, not under NO_COLOR, and not off a terminal', async () => {
    await workingTree(...BROKEN);
    // eslint-disable-next-line no-control-regex
    const SGR = /\u001b\[[0-9;]*m/;
    expect(await onTerminal('validate', {})).toMatch(SGR);
    expect(await onTerminal('validate', { NO_COLOR: '1' })).not.toMatch(SGR);
    const piped = await run(process.execPath, [path.join(ROOT, 'bin/errcat.js'), 'validate'], { cwd: repo.dir, env: colourless() }).catch((e: { stderr: string }) => e);
    expect(piped.stderr).toContain('error schema');
    expect(piped.stderr).not.toMatch(SGR);
  });
});
