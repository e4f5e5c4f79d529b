/**
 * Temporary git repositories for the end-to-end diff tests: the contract
 * fixture committed as `base`, and a way to run the built CLI in them as a
 * child process.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers.js';

const run = promisify(execFile);

export const CONTRACT_CATALOG = path.join(ROOT, 'test/fixtures/contract/catalog');
export const CATALOG_FILE = 'catalog/catalog.yaml';

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program, resolving to its exit code and output (never rejecting on a non-zero exit). */
export async function runProgram(file: string, args: readonly string[], cwd: string): Promise<Result> {
  try {
    const { stdout, stderr } = await run(file, [...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

/** Runs the built errcat (bin/errcat.js, or another one) in `cwd`. */
export function errcat(args: readonly string[], cwd: string, bin = path.join(ROOT, 'bin/errcat.js')): Promise<Result> {
  return runProgram(process.execPath, [bin, ...args], cwd);
}

/** A git repository in a temporary folder, with the contract fixture committed and tagged `base`. */
export async function contractRepo(): Promise<{ dir: string; git(...args: string[]): Promise<Result>; baseText: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-contract-'));
  await cp(CONTRACT_CATALOG, path.join(dir, 'catalog'), { recursive: true });
  const git = async (...args: string[]) => {
    const r = await runProgram('git', ['-c', 'user.name=errcat', '-c', 'user.email=errcat@example.invalid', '-c', 'commit.gpgsign=false', ...args], dir);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r;
  };
  await git('init', '-q', '-b', 'main');
  await git('add', '.');
  await git('commit', '-q', '-m', 'base');
  await git('tag', 'base');
  return { dir, git, baseText: await readFile(path.join(dir, CATALOG_FILE), 'utf8') };
}

/** Commits `text` as the catalog on top of base, tags it, and puts the working tree back to base. */
export async function commitVersion(repo: Awaited<ReturnType<typeof contractRepo>>, tag: string, text: string): Promise<void> {
  await writeFile(path.join(repo.dir, CATALOG_FILE), text);
  await repo.git('commit', '-q', '-a', '--allow-empty', '-m', tag);
  await repo.git('tag', tag);
  await repo.git('reset', '-q', '--hard', 'base');
}

/** Runs tasks with at most `limit` at a time (the machine is shared). */
export async function pool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
