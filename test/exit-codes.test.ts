/**
 * Every row of the exit-code table (generators/commands/exit-codes.ts, the
 * README's "Exit codes"), each proved by a real errcat process, and every
 * command's --help carrying examples.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../generators/cli.js';
import { EXIT } from '../generators/commands/exit-codes.js';
import { FIXTURE_CATALOGS, ROOT } from './helpers.js';

const run = promisify(execFile);
let tmp: string;

async function errcat(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin/errcat.js'), ...args], { cwd: tmp });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-exit-'));
  await cp(FIXTURE_CATALOGS.ledgerly, path.join(tmp, 'catalog'), { recursive: true });
  await cp(FIXTURE_CATALOGS.ledgerly, path.join(tmp, 'bad'), { recursive: true });
  await writeFile(path.join(tmp, 'bad/zz.yaml'), 'codes:\n  nowhere.x:\n    status: 400\n    description: d\n    example: {message: m}\n');
  await mkdir(path.join(tmp, 'foreign/model'), { recursive: true });
  await writeFile(path.join(tmp, 'foreign/model/catalog.json'), '{"mine": true}\n');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('exit codes', () => {
  const model = ['--target', 'model'];
  it.each([
    ['0: success', ['validate'], EXIT.ok],
    ['1: stale output', ['generate', '--check', '--out', 'never-written', ...model], EXIT.checkFailed],
    ['1: a breaking change', ['diff', 'catalog', FIXTURE_CATALOGS.socialapi, '--no-version-check'], EXIT.checkFailed],
    ['2: an unknown option', ['validate', '--nope'], EXIT.usage],
    ['2: an unknown format', ['validate', '--format', 'xml'], EXIT.usage],
    ['2: a missing catalog folder', ['validate', '--catalog', 'no-such-folder'], EXIT.usage],
    ['2: an unknown code', ['explain', 'payment.nope'], EXIT.usage],
    ['3: an invalid catalog', ['validate', '--catalog', 'bad'], EXIT.invalidCatalog],
    ['3: an invalid catalog, for generate too', ['generate', '--catalog', 'bad', '--out', 'o3', ...model], EXIT.invalidCatalog],
    ['4: a file errcat did not write', ['generate', '--out', 'foreign', ...model], EXIT.outputRefused],
  ] as [string, string[], number][])('%s', async (_name, args, code) => {
    const result = await errcat(args);
    expect(result.code, result.stderr).toBe(code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('70: an internal error (here, stdout failing under a command) says it is a bug and prints no stack', async () => {
    let err = '';
    const output = {
      stdout: { write: () => { throw new Error('stdout is gone'); }, color: false },
      stderr: { write: (t: string) => void (err += t), color: false },
    };
    expect(await main(['targets'], output)).toBe(EXIT.internal);
    expect(err).toMatch(/^errcat: internal error: stdout is gone\n.*ERRCAT_DEBUG=1/);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('--help', () => {
  it.each(['init', 'validate', 'generate', 'list', 'explain', 'diff', 'changelog', 'targets'])('%s --help shows examples and exits 0', async (command) => {
    const { code, stdout } = await errcat([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`\\nExamples:\\n {2}\\$ (npm i -D errcat && npx )?errcat ${command}`));
  });

  it('errcat --help lists the commands, examples and the exit codes', async () => {
    const { code, stdout } = await errcat(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples:/);
    expect(stdout).toMatch(/Exit codes: 0 ok, 1 a check failed/);
  });
});
