/**
 * Start-up: each command loads only the packages it uses. The built CLI
 * (dist/, as bin/errcat.js runs it) is started as a child process with a
 * module hook that records every module Node loads, ES modules through the
 * loader and CommonJS through require, so a static import that pulls a
 * package in at start shows up whatever the import path.
 *
 * No time is asserted: figures are measured in the report (README, "The
 * CLI"), not in tests.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const run = promisify(execFile);
let tmp: string;
let register: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-startup-'));
  const hooks = path.join(tmp, 'hooks.mjs');
  await writeFile(
    hooks,
    "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(process.env.ERRCAT_LOADED_LOG, `${url}\\n`);\n  return next(url, context);\n}\n",
  );
  register = path.join(tmp, 'register.mjs');
  await writeFile(
    register,
    [
      "import Module, { register } from 'node:module';",
      "import { appendFileSync } from 'node:fs';",
      `register(${JSON.stringify(pathToFileURL(hooks).href)});`,
      'const load = Module._load;',
      'Module._load = function (request, parent, isMain) {',
      "  try { appendFileSync(process.env.ERRCAT_LOADED_LOG, `${Module._resolveFilename(request, parent, isMain)}\\n`); } catch {}",
      '  return load.apply(this, arguments);',
      '};',
      '',
    ].join('\n'),
  );
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The packages (node_modules folders) that `errcat ...args` loads, sorted. */
async function packagesLoaded(args: string[]): Promise<string[]> {
  const log = path.join(tmp, `loaded-${args.join('_').replace(/[^a-z0-9_.-]/gi, '')}.log`);
  await writeFile(log, '');
  await run(process.execPath, ['--import', register, path.join(ROOT, 'bin/errcat.js'), ...args], { cwd: ROOT, env: { ...process.env, ERRCAT_LOADED_LOG: log, NO_COLOR: '1' } }).catch(() => undefined);
  const names = new Set<string>();
  for (const line of (await readFile(log, 'utf8')).split('\n')) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(line);
    if (m) names.add(m[1]!.replace('\\', '/'));
  }
  return [...names].sort();
}

describe('what each command loads at start', () => {
  it.each([[['--version']], [['--help']], [['help', 'diff']], [['diff', '--help']]])('errcat %j loads commander only', async (args) => {
    expect(await packagesLoaded(args)).toEqual(['commander']);
  });

  it.each([[['validate']], [['explain', 'auth.invalid_key']], [['list']]])('errcat %j loads neither Prettier, Handlebars nor TypeScript', async (args) => {
    const loaded = await packagesLoaded(args);
    expect(loaded).toContain('ajv'); // it does validate: the probe sees what it loads
    expect(loaded.filter((p) => ['prettier', 'handlebars', 'typescript'].includes(p))).toEqual([]);
  });

  it('errcat generate --check loads TypeScript and Prettier (the probe tells a load from none)', async () => {
    const loaded = await packagesLoaded(['generate', '--check']);
    expect(loaded).toEqual(expect.arrayContaining(['typescript', 'prettier', 'handlebars']));
  }, 120_000);
});
