/**
 * The errcat command as users run it: a real process, real files. Exit
 * codes, diagnostics format, no stack traces for bad input, drift checks,
 * and nothing on disk lost when the catalog is broken.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS, ROOT } from './helpers.js';

const run = promisify(execFile);
let tmp: string;

async function errcat(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin/errcat.js'), ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const DIAGNOSTIC_LINE = /^(.+):(\d+):(\d+) - (error|warning) ([a-z0-9-]+): .+$/;

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'dist/cli.js')) || process.env.CI) {
    await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
  }
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function catalogWith(name: string, extra: Record<string, string | Buffer>): Promise<string> {
  const dir = path.join(tmp, name);
  await cp(FIXTURE_CATALOGS.ledgerly, dir, { recursive: true });
  for (const [file, contents] of Object.entries(extra)) await writeFile(path.join(dir, file), contents);
  return dir;
}

describe('errcat validate', () => {
  it('accepts the embedded catalog', async () => {
    const { code, stdout, stderr } = await errcat(['validate']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^socialapi: 80 definitions, 102 codes on the wire: valid$/m);
    expect(code).toBe(0);
  });

  it('prints every problem as file:line:column, exits 3 (invalid catalog), and never a stack trace', async () => {
    const dir = await catalogWith('bad', {
      'zz-bad.yaml': 'codes:\n  payment.x:\n    status: 99\n    description: d\n    example: {message: m}\n  nowhere.y:\n    status: 400\n    description: d\n    example: {message: m}\n',
    });
    const { code, stderr } = await errcat(['validate', '--catalog', dir]);
    expect(code).toBe(3);
    const lines = stderr.trim().split('\n');
    const diagnostics = lines.slice(0, -1);
    expect(lines.at(-1)).toMatch(/^2 error\(s\), 0 warning\(s\)$/);
    for (const line of diagnostics) expect(line).toMatch(DIAGNOSTIC_LINE);
    expect(diagnostics.map((l) => DIAGNOSTIC_LINE.exec(l)!.slice(2, 6).concat(path.basename(DIAGNOSTIC_LINE.exec(l)![1]!)))).toEqual([
      ['3', '13', 'error', 'schema', 'zz-bad.yaml'],
      ['6', '3', 'error', 'namespace-undeclared', 'zz-bad.yaml'],
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a file that is not UTF-8, an empty folder and a missing folder', async () => {
    const dir = await catalogWith('latin1', { 'zz.yaml': Buffer.from([0x63, 0x3a, 0x20, 0xe9, 0x0a]) });
    const latin1 = await errcat(['validate', '--catalog', dir]);
    expect(latin1.code).toBe(3);
    expect(latin1.stderr).toMatch(/zz\.yaml:1:1 - error file-encoding:/);

    const empty = path.join(tmp, 'empty');
    await mkdir(empty, { recursive: true });
    const none = await errcat(['validate', '--catalog', empty]);
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/- error catalog-empty:/);

    const missing = await errcat(['validate', '--catalog', path.join(tmp, 'no-such-folder')]);
    // A folder that is not there is unreadable input, not a bad catalog.
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/- error file-unreadable:/);
  });

  it('survives hostile YAML: an alias bomb and nesting 100,000 deep', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const dir = await catalogWith('hostile', {
      'x-bomb.yaml': `x-bomb:\n${bomb.map((l) => `  ${l}`).join('\n')}\n`,
      'x-deep.yaml': `x-deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
    });
    const started = Date.now();
    const { code, stderr } = await errcat(['validate', '--catalog', dir]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(code).toBe(3);
    expect(stderr).toMatch(/x-bomb\.yaml:2:\d+ - error yaml-alias:/);
    expect(stderr).toMatch(/x-deep\.yaml:1:\d+ - error yaml-too-deep:/);
    expect(stderr).not.toMatch(/\n\s+at |RangeError/);
  });

  it('rejects an unknown command or target with exit 2', async () => {
    expect((await errcat(['frobnicate'])).code).toBe(2);
    const unknown = await errcat(['generate', '--target', 'cobol', '--out', path.join(tmp, 'never')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown target/);
    expect(existsSync(path.join(tmp, 'never'))).toBe(false);
  });
});

describe('errcat generate', () => {
  it('writes out/, skips unchanged files, and --check catches drift but leaves a file errcat did not write alone', async () => {
    const out = path.join(tmp, 'out');
    const args = ['--catalog', FIXTURE_CATALOGS.ledgerly, '--out', out, '--target', 'model'];
    const first = await errcat(['generate', ...args]);
    expect(first.code).toBe(0);
    const file = path.join(out, 'model/catalog.json');
    const { mtimeMs } = await stat(file);

    const second = await errcat(['generate', ...args]);
    // The catalog's file and the manifest.
    expect(second.stdout).toMatch(/0 written, 0 removed, 2 unchanged/);
    expect((await stat(file)).mtimeMs).toBe(mtimeMs);
    expect((await errcat(['generate', '--check', ...args])).code).toBe(0);

    await writeFile(file, 'edited by hand\n');
    // Not in the manifest: the user's, so neither stale nor extra (files errcat wrote and dropped: see 'errcat generate and files it did not write').
    await writeFile(path.join(out, 'model/stale.json'), '{}\n');
    const drift = await errcat(['generate', '--check', ...args]);
    expect(drift.code).toBe(1);
    expect(drift.stderr).toContain(`stale: ${out}/model/catalog.json`);
    expect(drift.stderr).not.toContain('stale.json');
    expect(await readFile(file, 'utf8')).toBe('edited by hand\n');

    const repaired = await errcat(['generate', ...args]);
    expect(repaired.stdout).toMatch(/1 written, 0 removed/);
    expect(await readFile(path.join(out, 'model/stale.json'), 'utf8')).toBe('{}\n');
    expect((await errcat(['generate', '--check', ...args])).code).toBe(0);
  });

  it('leaves out/ untouched when the catalog has errors', async () => {
    const out = path.join(tmp, 'out-kept');
    await errcat(['generate', '--catalog', FIXTURE_CATALOGS.ledgerly, '--out', out, '--target', 'model']);
    const before = await readFile(path.join(out, 'model/catalog.json'), 'utf8');
    const dir = await catalogWith('broken', { 'zz.yaml': 'codes:\n  payment.x: [\n' });
    const { code } = await errcat(['generate', '--catalog', dir, '--out', out, '--target', 'model']);
    expect(code).toBe(3);
    expect(await readFile(path.join(out, 'model/catalog.json'), 'utf8')).toBe(before);
  });

  it('gives byte-identical output from any working directory', async () => {
    const a = await errcat(['list', '--json', '--catalog', FIXTURE_CATALOGS.socialapi]);
    const b = await errcat(['list', '--json', '--catalog', path.relative(tmp, FIXTURE_CATALOGS.socialapi)], tmp);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).toBe(await readFile(path.join(ROOT, 'out/model/catalog.json'), 'utf8'));
  });
});

describe('errcat generate and files it did not write', () => {
  const model = (out: string, catalog: string = FIXTURE_CATALOGS.ledgerly) => ['generate', '--catalog', catalog, '--out', out, '--target', 'model'];

  it('refuses a repository root, the catalog folder and a folder inside it, with exit 4 and nothing written', async () => {
    const repo = path.join(tmp, 'repo');
    await cp(FIXTURE_CATALOGS.ledgerly, path.join(repo, 'catalog'), { recursive: true });
    await mkdir(path.join(repo, '.git'));
    await writeFile(path.join(repo, 'CONTRIBUTING.md'), 'mine\n');
    const before = await listing(repo);
    for (const out of ['.', 'catalog', 'catalog/out']) {
      const { code, stdout, stderr } = await errcat(['generate', '--catalog', 'catalog', '--out', out, '--target', 'model'], repo);
      expect(code, out).toBe(4);
      expect(stderr, out).toMatch(new RegExp(`^${out.replace('.', '\\.')}:1:1 - error output-folder-refused: `, 'm'));
      expect(stdout, out).toBe('');
      expect(stderr, out).not.toMatch(/\n\s+at /);
    }
    expect(await listing(repo)).toEqual(before);
  });

  it('refuses to overwrite a file it did not write, names it, and overwrites it with --adopt', async () => {
    const out = path.join(tmp, 'out-foreign');
    await mkdir(path.join(out, 'model'), { recursive: true });
    await writeFile(path.join(out, 'model/catalog.json'), '{"mine": true}\n');
    const refused = await errcat(model(out));
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain(`${out}/model/catalog.json:1:1 - error output-foreign-file: `);
    expect(await readFile(path.join(out, 'model/catalog.json'), 'utf8')).toBe('{"mine": true}\n');
    expect((await errcat(['generate', '--check', ...model(out).slice(1)])).code).toBe(4);

    const adopted = await errcat([...model(out), '--adopt']);
    expect(adopted.code).toBe(0);
    expect(adopted.stderr).toContain(`adopted: ${out}/model/catalog.json`);
    expect((await errcat(['generate', '--check', ...model(out).slice(1)])).code).toBe(0);
  });

  it('refuses an output folder whose target folder is a symlink, and never touches what it points at', async () => {
    const out = path.join(tmp, 'out-link');
    const elsewhere = path.join(tmp, 'elsewhere');
    await mkdir(elsewhere, { recursive: true });
    await writeFile(path.join(elsewhere, 'secret.txt'), 'secret\n');
    await mkdir(out, { recursive: true });
    await symlink(elsewhere, path.join(out, 'model'));
    const { code, stderr } = await errcat(model(out));
    expect(code).toBe(4);
    expect(stderr).toContain(`${out}/model:1:1 - error output-symlink: `);
    expect(await listing(elsewhere)).toEqual(['secret.txt']);
  });

  it('removes a file it wrote and no longer generates, and --check lists it as extra', async () => {
    const out = path.join(tmp, 'out-extra');
    const docs = (catalog: string) => ['generate', '--catalog', catalog, '--out', out, '--target', 'docs'];
    expect((await errcat(docs(FIXTURE_CATALOGS.ledgerly))).code).toBe(0);
    await writeFile(path.join(out, 'docs/sections/notes.md'), 'my notes\n');
    const renamed = await catalogWith('renamed-section', {});
    const file = path.join(renamed, 'ledgerly.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('  - id: webhooks\n', '  - id: hooks\n').replace('    section: webhooks\n', '    section: hooks\n'));

    const check = await errcat(['generate', '--check', ...docs(renamed).slice(1)]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`extra: ${out}/docs/sections/webhooks.md`);
    expect(check.stderr).toContain(`stale: ${out}/docs/sections/hooks.md`);
    expect(check.stderr).not.toContain('notes.md');
    const written = await errcat(docs(renamed));
    expect(written.code).toBe(0);
    expect(existsSync(path.join(out, 'docs/sections/webhooks.md'))).toBe(false);
    expect(await readFile(path.join(out, 'docs/sections/notes.md'), 'utf8')).toBe('my notes\n');
  });

  it('writes the same bytes whatever the time zone and locale, and a second run in another one writes nothing', async () => {
    const out = path.join(tmp, 'out-env');
    const env = (vars: Record<string, string>) => ({ ...process.env, ...vars });
    const first = await errcatWithEnv(['generate', '--out', out], env({ TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }));
    expect(first.code).toBe(0);
    // out/ of this repository is generated and committed in the default environment.
    expect(await contentsOf(out)).toEqual(await contentsOf(path.join(ROOT, 'out')));
    const second = await errcatWithEnv(['generate', '--out', out], env({ TZ: 'America/St_Johns', LANG: 'C', LC_ALL: 'de_DE.UTF-8' }));
    expect(second.stdout).toMatch(/^0 written, 0 removed, \d+ unchanged/);
  });
});

/** Every file below dir, sorted: path and bytes. */
async function contentsOf(dir: string): Promise<[string, string][]> {
  const files = await listing(dir);
  return Promise.all(files.map(async (f): Promise<[string, string]> => [f, await readFile(path.join(dir, f), 'latin1')]));
}

/** Every file and symlink below dir, sorted, without following symlinks. */
async function listing(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

async function errcatWithEnv(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin/errcat.js'), ...args], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('errcat diff', () => {
  it('compares a committed model with a catalog and exits 1 on breaking changes only', async () => {
    const same = await errcat(['diff', path.join(ROOT, 'out/model/catalog.json'), FIXTURE_CATALOGS.socialapi]);
    expect(same.stdout).toMatch(/^0 change\(s\): 0 breaking, 0 compatible, 0 notice\nsemver: the changes need no bump/);
    expect(same.code).toBe(0);

    const dir = await catalogWith('changed', {});
    const file = path.join(dir, 'ledgerly.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    status: 422\n', '    status: 400\n'));
    const breaking = await errcat(['diff', FIXTURE_CATALOGS.ledgerly, dir]);
    expect(breaking.code).toBe(1);
    expect(breaking.stdout).toMatch(/^breaking\s+status-changed\s+payment\.amount_invalid: status 422 → 400: .*\(.*ledgerly\.yaml:\d+:\d+\)$/m);
    // The version did not move either: --allow-breaking alone still fails on semver.
    expect((await errcat(['diff', FIXTURE_CATALOGS.ledgerly, dir, '--allow-breaking'])).code).toBe(1);
    expect((await errcat(['diff', FIXTURE_CATALOGS.ledgerly, dir, '--allow-breaking', '--no-version-check'])).code).toBe(0);
    const json = JSON.parse((await errcat(['diff', '--format', 'json', FIXTURE_CATALOGS.ledgerly, dir])).stdout) as { changes: { kind: string }[] };
    expect(json.changes.map((c) => c.kind)).toEqual(['status-changed']);
    // The older --json form (a bare list, a second JSON shape) is gone: a usage error that names its replacement.
    const older = await errcat(['diff', '--json', FIXTURE_CATALOGS.ledgerly, dir]);
    expect(older.code).toBe(2);
    expect(older.stdout).toBe('');
    expect(older.stderr).toContain('--format json');
  });

  it('diff, changelog and explain take --limit as validate and generate do', async () => {
    // The ledgerly catalog is far above 50 tokens a file: each command reads under the limit it was given.
    for (const args of [
      ['diff', FIXTURE_CATALOGS.ledgerly, FIXTURE_CATALOGS.ledgerly],
      ['changelog', FIXTURE_CATALOGS.ledgerly, FIXTURE_CATALOGS.ledgerly],
      ['explain', 'payment.amount_invalid', '--catalog', FIXTURE_CATALOGS.ledgerly],
    ]) {
      expect((await errcat(args)).code, args.join(' ')).toBe(0);
      const limited = await errcat([...args, '--limit', 'file-tokens=50']);
      expect(limited.code, args.join(' ')).toBe(3);
      expect(limited.stderr, args.join(' ')).toMatch(/ledgerly\.yaml:\d+:\d+ - error yaml-too-large/);
      const bad = await errcat([...args, '--limit', 'file-tokens=0']);
      expect(bad.code, args.join(' ')).toBe(2);
    }
  });

  it('says so when a file is not a model, is of another format, or is damaged', async () => {
    const model = JSON.parse(await readFile(path.join(ROOT, 'out/model/catalog.json'), 'utf8')) as { formatVersion: number; wireCodes: { definition: string }[] };
    const cases: [string, unknown, RegExp][] = [
      ['not-a-model.json', { hello: 1 }, /not an errcat model/],
      ['old-format.json', { ...model, formatVersion: 0 }, /model format 0; this errcat reads format 2/],
      ['damaged.json', { ...model, wireCodes: [{ ...model.wireCodes[0], definition: 'nowhere.x' }] }, /points at no definition/],
    ];
    for (const [name, contents, message] of cases) {
      const file = path.join(tmp, name);
      await writeFile(file, JSON.stringify(contents));
      const { code, stderr } = await errcat(['diff', file]);
      // Not a model: unreadable input.
      expect(code, name).toBe(2);
      expect(stderr, name).toMatch(message);
      expect(stderr, name).not.toMatch(/\n\s+at /);
    }
  });
});
