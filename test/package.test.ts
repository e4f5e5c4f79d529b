/**
 * errcat as another repository gets it: `npm pack` (prepack builds dist/
 * in a clean copy of the sources), installed from the tarball into an empty
 * git project (offline, from the npm cache `npm ci` warmed; the registry if
 * the cache lacks something), then `init`, `validate`, `generate`, the
 * drift check, a hand-edited output failing it, `diff` against git, and the
 * outputs checked with the real tools and the lint configs the package
 * ships: tsc strict, Redocly, markdownlint.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const run = promisify(execFile);
const NPM_ENV = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' };
let tmp: string;
let tarball: string;
let files: string[];
let app: string;
let publish: { code: number; stdout: string; stderr: string };

/** Runs the installed errcat in the project. */
async function errcat(args: string[], env: NodeJS.ProcessEnv = NPM_ENV): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.join(app, 'node_modules/.bin/errcat'), args, { cwd: app, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const git = (...args: string[]) => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: app });

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-package-'));
  // Packed from a copy, so that prepack's clean build cannot pull dist/ from under other test files.
  const src = path.join(tmp, 'src');
  for (const entry of ['package.json', 'package-lock.json', 'bin', 'generators', 'templates', 'tsconfig.json', 'tsconfig.build.json', 'LICENSE', 'README.md', 'redocly.yaml', '.markdownlint-cli2.jsonc']) {
    await cp(path.join(ROOT, entry), path.join(src, entry), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'));
  const packed = await run('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: src, env: NPM_ENV, maxBuffer: 16 * 1024 * 1024 });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tmp, info!.filename);
  files = info!.files.map((f) => f.path).sort();
  // npm publish --dry-run from the same copy (built by pack's prepack just now; offline, nothing sent).
  publish = await run('npm', ['publish', '--dry-run', '--ignore-scripts', '--offline', '--json'], { cwd: src, env: NPM_ENV, maxBuffer: 16 * 1024 * 1024 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

  app = path.join(tmp, 'app');
  await mkdir(app);
  await writeFile(path.join(app, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2)}\n`);
  await run('git', ['init', '-q', '-b', 'main'], { cwd: app });
  const install = ['install', '--no-audit', '--no-fund', '--save-dev', tarball];
  await run('npm', [...install, '--offline'], { cwd: app, env: NPM_ENV }).catch(() => run('npm', [...install, '--prefer-offline'], { cwd: app, env: NPM_ENV }));
}, 300_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds the build, bin, schema, templates, lint configs, LICENSE and README, and no sources, tests or fixtures', () => {
    for (const f of ['bin/errcat.js', 'dist/cli.js', 'dist/schema/catalog.schema.json', 'templates/docs/errors.md.hbs', 'redocly.yaml', '.markdownlint-cli2.jsonc', 'LICENSE', 'README.md', 'package.json']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(test|generators|catalog|out)\/|\.ts$|tsconfig/.test(f))).toEqual([]);
  });

  it('npm publish --dry-run is clean: exit 0, the same files, no warning but that nobody is logged in', () => {
    expect(publish.code, publish.stderr).toBe(0);
    const doc = JSON.parse(publish.stdout) as Record<string, { files: { path: string }[] }>;
    expect(Object.values(doc)[0]!.files.map((f) => f.path).sort()).toEqual(files);
    const warnings = publish.stderr.split('\n').filter((l) => /^npm (warn|error|ERR)/i.test(l) && !/requires you to be logged in/.test(l));
    expect(warnings).toEqual([]);
  });

  it('runs --version and validate without loading TypeScript', async () => {
    const version = await errcat(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).version);
    const probe = path.join(tmp, 'probe.mjs');
    await writeFile(
      probe,
      "import { createRequire } from 'node:module';\nconst { main } = await import('errcat');\nconst code = await main(process.argv.slice(2));\n" +
        "const ts = Object.keys(createRequire(import.meta.url).cache).some((k) => /node_modules[\\\\/]typescript[\\\\/]/.test(k));\nprocess.stderr.write(`typescript:${ts}\\n`);\nprocess.exitCode = code;\n",
    );
    await cp(probe, path.join(app, 'probe.mjs'));
    for (const args of [['--version'], ['--help'], ['validate', '--catalog', 'no-such']]) {
      const { stderr } = await run(process.execPath, ['probe.mjs', ...args], { cwd: app }).catch((e: { stderr: string }) => e);
      expect(stderr, args.join(' ')).toContain('typescript:false');
    }
  });

  it('scaffolds, validates, generates, passes the drift check, and fails it naming a hand-edited file', async () => {
    const init = await errcat(['init']);
    expect(init.code, init.stderr).toBe(0);
    const catalog = await readFile(path.join(app, 'catalog/catalog.yaml'), 'utf8');
    const schemaPath = /\$schema=(\S+)/.exec(catalog)![1]!;
    // The schema line resolves to the installed package's schema.
    JSON.parse(await readFile(path.resolve(app, 'catalog', schemaPath), 'utf8'));

    expect((await errcat(['validate'])).code).toBe(0);
    const generated = await run('npm', ['run', '--silent', 'errcat:generate'], { cwd: app, env: NPM_ENV });
    expect(generated.stdout).toMatch(/written/);
    const check = await run('npm', ['run', '--silent', 'errcat:check'], { cwd: app, env: NPM_ENV });
    expect(check.stdout).toMatch(/out\/ is up to date/);

    const page = path.join(app, 'out/docs/errors.md');
    const original = await readFile(page, 'utf8');
    await writeFile(page, `${original}\nEdited by hand.\n`);
    const drift = await errcat(['generate', '--check']);
    expect(drift.code).toBe(1);
    expect(drift.stderr).toContain('stale: out/docs/errors.md');
    const annotated = await errcat(['generate', '--check', '--format', 'github']);
    expect(annotated.stdout).toMatch(/^::error file=out\/docs\/errors\.md,line=1,col=1,/m);
    await writeFile(page, original);
    expect((await errcat(['generate', '--check'])).code).toBe(0);
  });

  it('compares with the last commit from git objects and exits 1 on a breaking change', async () => {
    await git('add', '-A');
    await git('commit', '-q', '-m', 'errcat init');
    const file = path.join(app, 'catalog/catalog.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('    status: 404\n', '    status: 410\n'));
    const diff = await errcat(['diff', '--base', 'HEAD', '--format', 'json']);
    expect(diff.code, diff.stderr).toBe(1);
    const doc = JSON.parse(diff.stdout) as { changes: { verdict: string; kind: string; file: string; line: number }[] };
    expect(doc.changes.find((c) => c.verdict === 'breaking')).toMatchObject({ file: 'catalog/catalog.yaml' });
    await writeFile(file, original);
    expect((await errcat(['diff', '--base', 'HEAD'])).code).toBe(0);
  });

  it('generates output the real tools accept: tsc strict, Redocly with the shipped config, markdownlint with the shipped config', async () => {
    await writeFile(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noEmit: true, module: 'nodenext', target: 'es2022', skipLibCheck: false }, include: ['out/typescript/src/**/*.ts'] }),
    );
    await run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app });
    const lint = await run(path.join(ROOT, 'node_modules/.bin/redocly'), ['lint', 'out/openapi/errors.openapi.yaml', '--config', 'node_modules/errcat/redocly.yaml'], {
      cwd: app,
      env: { ...NPM_ENV, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    expect(lint.stdout + lint.stderr).toMatch(/valid/i);
    await run(path.join(ROOT, 'node_modules/.bin/markdownlint-cli2'), ['--config', 'node_modules/errcat/.markdownlint-cli2.jsonc', 'out/docs/**/*.md'], { cwd: app });
  });
});
