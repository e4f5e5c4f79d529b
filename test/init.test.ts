/**
 * errcat init as users run it (a real process in a temporary folder): what
 * it creates, that the result validates and generates, that it never
 * overwrites a file, and that package.json gains only its scripts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ROOT } from './helpers.js';

const run = promisify(execFile);
let tmp: string;

async function errcat(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin/errcat.js'), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function project(name: string, files: Record<string, string> = {}): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'dist/cli.js')) || process.env.CI) await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-init-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('errcat init', () => {
  it('scaffolds a catalog that validates and generates, a workflow and the scripts', async () => {
    const dir = await project('fresh');
    const { code, stderr } = await errcat(['init'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain('created: catalog/catalog.yaml');
    const catalog = await readFile(path.join(dir, 'catalog/catalog.yaml'), 'utf8');
    expect(catalog.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/errcat/dist/schema/catalog.schema.json');
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(Object.keys(pkg.scripts)).toEqual(['errcat:generate', 'errcat:check', 'errcat:diff']);
    const workflow = YAML.parse(await readFile(path.join(dir, '.github/workflows/errcat.yml'), 'utf8')) as { jobs: { errcat: { steps: { run?: string }[] } } };
    const runs = workflow.jobs.errcat.steps.map((s) => s.run).filter(Boolean);
    expect(runs).toEqual([
      'npm ci',
      'npx errcat validate --catalog catalog --format github',
      'npx errcat generate --catalog catalog --out out --check --format github',
      'npx errcat diff --base origin/main --catalog catalog --format github',
    ]);
    // README "Use errcat in CI" shows this workflow's steps, and explains them.
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const ci = readme.slice(readme.indexOf('\n## Use errcat in CI\n'), readme.indexOf('\n## ', readme.indexOf('\n## Use errcat in CI\n') + 1));
    const shown = YAML.parse(/```yaml\n([\s\S]*?)```/.exec(ci)![1]!) as { steps: { run?: string }[] };
    expect(shown.steps.map((s) => s.run).filter(Boolean)).toEqual(runs);
    const validate = await errcat(['validate'], dir);
    expect(validate.stdout).toMatch(/^example: 2 definitions, 2 codes on the wire: valid$/m);
    expect((await errcat(['generate'], dir)).code).toBe(0);
    expect((await errcat(['generate', '--check'], dir)).code).toBe(0);
  });

  it('creates nothing and reports init-file-exists at each file that is in the way', async () => {
    const dir = await project('taken', { '.github/workflows/errcat.yml': 'mine\n' });
    const { code, stdout, stderr } = await errcat(['init', '--format', 'json'], dir);
    expect(code).toBe(4);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout) as { diagnostics: { rule: string; file: string; line: number }[] };
    expect(doc.diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['init-file-exists', '.github/workflows/errcat.yml', 1]]);
    expect((await readdir(dir)).sort()).toEqual(['.github']);
    expect(await readFile(path.join(dir, '.github/workflows/errcat.yml'), 'utf8')).toBe('mine\n');
  });

  it('adds only free script names to a package.json, keeping its bytes otherwise, and leaves one it cannot rewrite exactly alone', async () => {
    const original = '{\n\t"name": "x",\n\t"scripts": {\n\t\t"errcat:check": "make check"\n\t}\n}\n';
    const dir = await project('tabs', { 'package.json': original });
    const { code, stderr } = await errcat(['init'], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^package\.json:1:1 - warning init-scripts-not-added: .*errcat:check/m);
    const text = await readFile(path.join(dir, 'package.json'), 'utf8');
    expect(text).toBe('{\n\t"name": "x",\n\t"scripts": {\n\t\t"errcat:check": "make check",\n\t\t"errcat:generate": "errcat generate --catalog catalog --out out",\n\t\t"errcat:diff": "errcat diff --base origin/main --catalog catalog"\n\t}\n}\n');

    const odd = '{ "name": "y",   "scripts": {} }\n';
    const other = await project('odd', { 'package.json': odd });
    const refused = await errcat(['init'], other);
    expect(refused.code).toBe(0);
    expect(refused.stderr).toMatch(/^package\.json:1:1 - warning init-scripts-not-added: /m);
    expect(await readFile(path.join(other, 'package.json'), 'utf8')).toBe(odd);
  });

  it('refuses a path or branch that would need quoting in a shell command, with exit 2 and nothing created', async () => {
    const dir = await project('quoted');
    for (const args of [['--catalog', 'my catalog'], ['--out', '../elsewhere'], ['--default-branch', 'main; rm -rf /']]) {
      const { code } = await errcat(['init', ...args], dir);
      expect(code, args.join(' ')).toBe(2);
    }
    expect(await readdir(dir)).toEqual([]);
  });
});
