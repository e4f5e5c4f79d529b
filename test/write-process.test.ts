/**
 * The writer as a real process: SIGKILL at seeded random moments of its
 * write phase (the built writer alone, so many kills fit in the time),
 * SIGTERM and SIGKILL on the real `errcat generate`, and, where the machine
 * allows a private mount namespace, a really full disk and a really
 * read-only folder. After each, the output folder is exactly the old or
 * the new output once recovered, and nothing temporary remains.
 * Kill moments are relative to the lock file's appearance (seen through
 * fs.watch), so they land in the write phase however long rendering takes.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, watch } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputs, type WriteRequest, type WriteResult } from '../generators/write.js';
import { JOURNAL_FILE, LOCK_FILE } from '../generators/write/paths.js';
import { FIXTURE_CATALOGS, ROOT } from './helpers.js';
import { artifactsIn, outputFiles, restore, snapshotOf, treeOf, type Snapshot } from './write-tools.js';

const run = promisify(execFile);
const CHILD = path.join(ROOT, 'test/write-child.mjs');
let tmp: string;

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'dist/write.js')) || process.env.CI) await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-process-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** mulberry32: a seeded generator, so a failing kill moment can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Milliseconds from the lock's appearance to the exit; null if no lock was seen. */
  window: number | null;
  /** Milliseconds from the journal's appearance (the commit point) to the exit; null if none was seen. */
  committedWindow: number | null;
}

/** A signal to send `delay` ms after a file (the lock, or the journal) appears in the output folder. */
interface Kill {
  signal: NodeJS.Signals;
  after: typeof LOCK_FILE | typeof JOURNAL_FILE;
  delay: number;
}

/** Runs a process, sending it the kill if there is one, and times the lock's and the journal's appearance. */
function runKilled(args: string[], out: string, kill: Kill | null): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const seen = new Map<string, number>();
    const watcher = watch(out, (_event, name) => {
      if (name === null || seen.has(name) || (name !== LOCK_FILE && name !== JOURNAL_FILE)) return;
      seen.set(name, performance.now());
      if (kill?.after === name) setTimeout(() => child.kill(kill.signal), kill.delay);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher.close();
      if (code === 2) reject(new Error(`the process failed: ${stderr}`));
      const since = (name: string) => (seen.has(name) ? performance.now() - seen.get(name)! : null);
      resolve({ code, signal, window: since(LOCK_FILE), committedWindow: since(JOURNAL_FILE) });
    });
  });
}

/** Finishes whatever a killed run left, the way the next errcat run does (generate --check writes nothing else). */
async function recover(out: string, request: WriteRequest): Promise<WriteResult> {
  return writeOutputs({ ...request, outDir: out, check: true });
}

describe('the built writer, killed (SIGKILL) at random moments of its write phase', () => {
  // 60 files of 64 KiB, flushed one by one: a write phase long enough to land kills in.
  const big = (tag: string, i: number) => `${tag} ${i}\n${'x'.repeat(64 * 1024)}\n`;
  const OLD: Record<string, string> = {};
  const NEW: Record<string, string> = {};
  for (let i = 0; i < 60; i++) {
    const file = `docs/part-${Math.floor(i / 10)}/page-${i}.md`;
    if (i >= 50) OLD[file] = big('old', i);
    else if (i % 7 === 0) [OLD[file], NEW[file]] = [big('same', i), big('same', i)];
    else [OLD[file], NEW[file]] = [big('old', i), big('new', i)];
    if (i < 10) NEW[`docs/fresh/page-${i}.md`] = big('new', i);
  }

  it('leaves the old or the new output, and nothing else, after each kill (at least 7 landing mid-write)', async () => {
    const request = (out: string, table: Record<string, string>): WriteRequest => ({
      outDir: out, catalogDir: path.join(tmp, 'catalog'), ownedDirs: ['docs'], files: outputFiles(table), check: false, adopt: false, cwd: tmp,
    });
    const oldDir = path.join(tmp, 'writer-old');
    expect((await writeOutputs(request(oldDir, OLD))).diagnostics).toEqual([]);
    await writeFile(path.join(oldDir, 'README.md'), 'not errcat\'s\n');
    const oldSnapshot: Snapshot = await snapshotOf(oldDir);
    const oldTree = await treeOf(oldDir);

    let runs = 0;
    const attempt = async (kill: Kill | null) => {
      const out = path.join(tmp, `writer-run-${++runs}`);
      await restore(oldSnapshot, out);
      const file = path.join(tmp, `request-${runs}.json`);
      await writeFile(file, JSON.stringify(request(out, NEW)));
      return { out, ended: await runKilled([CHILD, 'write', file], out, kill) };
    };
    const calibration = await attempt(null);
    expect(calibration.ended.code).toBe(0);
    const newTree = await treeOf(calibration.out);
    const window = calibration.ended.window!;
    const committedWindow = calibration.ended.committedWindow!;
    expect(committedWindow).toBeGreaterThan(0);

    // Half the kills anywhere in the write phase, half after the commit point, where roll-forward is needed.
    const next = random(8);
    // Kills go on until seven have landed mid-write: on a loaded machine a delay can outlast the run.
    const outcomes: string[] = [];
    const landed = () => outcomes.filter((o) => o.includes('SIGKILL')).length;
    for (let k = 0; landed() < 7 && k < 40; k++) {
      const kill: Kill = k % 2 === 0 ? { signal: 'SIGKILL', after: LOCK_FILE, delay: next() * window } : { signal: 'SIGKILL', after: JOURNAL_FILE, delay: next() * committedWindow };
      const delay = kill.delay;
      const { out, ended } = await attempt(kill);
      const committed = existsSync(path.join(out, JOURNAL_FILE));
      const check = await recover(out, request(out, NEW));
      const where = `kill ${k}, ${delay.toFixed(0)} ms after ${kill.after}`;
      expect(check.diagnostics, where).toEqual([]);
      const tree = await treeOf(out);
      expect(artifactsIn(tree), where).toEqual([]);
      const state = JSON.stringify(tree) === JSON.stringify(newTree) ? 'new' : JSON.stringify(tree) === JSON.stringify(oldTree) ? 'old' : 'mixed';
      expect(state, where).not.toBe('mixed');
      if (committed) expect(state, where).toBe('new');
      outcomes.push(`${kill.after === LOCK_FILE ? 'lock' : 'journal'}+${delay.toFixed(0)}ms:${ended.signal ?? ended.code}${committed ? '+journal' : ''}:${state}`);
      await rm(out, { recursive: true, force: true });
    }
    // The figures for the report; the assertion is only that kills really landed mid-write.
    console.info(`write phase ${window.toFixed(0)} ms, after the commit point ${committedWindow.toFixed(0)} ms; kills: ${outcomes.join(' ')}`);
    expect(landed()).toBeGreaterThanOrEqual(7);
  }, 300_000);
});

describe('errcat generate, stopped while writing', () => {
  it('on SIGTERM before the commit point exits 143 with the old output, after it 143 with the new; after SIGKILL the next run rolls forward', async () => {
    const v2 = path.join(tmp, 'ledgerly-v2');
    await cp(FIXTURE_CATALOGS.ledgerly, v2, { recursive: true });
    const header = path.join(v2, 'ledgerly.yaml');
    await writeFile(header, (await readFile(header, 'utf8')).replace('  version: 2.3.0\n', '  version: 2.4.0\n'));
    const generate = (catalog: string, out: string) => [path.join(ROOT, 'bin/errcat.js'), 'generate', '--catalog', catalog, '--out', out, '--target', 'model', 'docs'];

    const oldDir = path.join(tmp, 'cli-old');
    await mkdir(oldDir);
    expect((await runKilled(generate(FIXTURE_CATALOGS.ledgerly, oldDir), oldDir, null)).code).toBe(0);
    const oldSnapshot = await snapshotOf(oldDir);
    const oldTree = await treeOf(oldDir);
    let runs = 0;
    const attempt = async (kill: Kill | null) => {
      const out = path.join(tmp, `cli-run-${++runs}`);
      await restore(oldSnapshot, out);
      return { out, ended: await runKilled(generate(v2, out), out, kill) };
    };
    const calibration = await attempt(null);
    expect(calibration.ended.code).toBe(0);
    const newTree = await treeOf(calibration.out);
    const stateOf = async (out: string) => {
      const tree = await treeOf(out);
      return JSON.stringify(tree) === JSON.stringify(newTree) ? 'new' : JSON.stringify(tree) === JSON.stringify(oldTree) ? 'old' : `mixed: ${Object.keys(tree).join(' ')}`;
    };

    // As soon as the lock appears: before the commit point, so errcat discards its staging.
    const early = await attempt({ signal: 'SIGTERM', after: LOCK_FILE, delay: 0 });
    expect(early.ended.code).toBe(143);
    expect(await stateOf(early.out)).toBe('old');

    // After the commit point errcat finishes first. (If the signal comes once errcat is done, it simply ends it.)
    const late = await attempt({ signal: 'SIGTERM', after: JOURNAL_FILE, delay: 0 });
    expect([143, null, 0]).toContain(late.ended.code);
    expect(await stateOf(late.out)).toBe('new');

    const killed = await attempt({ signal: 'SIGKILL', after: JOURNAL_FILE, delay: 0 });
    const committed = existsSync(path.join(killed.out, JOURNAL_FILE));
    expect((await recover(killed.out, { outDir: killed.out, catalogDir: v2, ownedDirs: [], files: [], check: true, adopt: false, cwd: tmp })).diagnostics).toEqual([]);
    expect(await stateOf(killed.out)).toBe('new');
    console.info(`generate write phase ${calibration.ended.window!.toFixed(0)} ms; SIGTERM early: ${early.ended.code}, late: ${late.ended.code ?? late.ended.signal}; SIGKILL after commit left a journal: ${committed}`);
  });
});

/** True when this process may make a private mount namespace with a tmpfs (root in a container usually may). */
const canMount = (() => {
  if (process.platform !== 'linux') return false;
  const probe = mkdtempSync(path.join(os.tmpdir(), 'errcat-mount-'));
  try {
    execFileSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=1m tmpfs '${probe}' && umount '${probe}'`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

describe('a real full disk and a real read-only folder (a private mount namespace)', () => {
  it.skipIf(!canMount)('fail with output-write-failed and leave exactly the old output; once fixed, the next run writes the new', async () => {
    const big = (tag: string, i: number) => `${tag} ${i}\n${'y'.repeat(100 * 1024)}\n`;
    const OLD: Record<string, string> = {};
    const NEW: Record<string, string> = {};
    for (let i = 0; i < 20; i++) [OLD[`docs/p${i % 3}/f${i}.md`], NEW[`docs/p${i % 3}/f${i}.md`]] = [big('old', i), big('new', i)];
    NEW['docs/added/g.md'] = big('new', 99);
    const oldDir = path.join(tmp, 'mount-old');
    const base = { catalogDir: path.join(tmp, 'catalog'), ownedDirs: ['docs'], check: false, adopt: false, cwd: tmp };
    expect((await writeOutputs({ ...base, outDir: oldDir, files: outputFiles(OLD) })).diagnostics).toEqual([]);
    const oldTree = await treeOf(oldDir);
    const reference = path.join(tmp, 'mount-new');
    await cp(oldDir, reference, { recursive: true });
    expect((await writeOutputs({ ...base, outDir: reference, files: outputFiles(NEW) })).diagnostics).toEqual([]);
    const newTree = await treeOf(reference);

    const mnt = path.join(tmp, 'mnt');
    const results = path.join(tmp, 'mount-results');
    await mkdir(mnt);
    await mkdir(results);
    const request = path.join(tmp, 'mount-request.json');
    await writeFile(request, JSON.stringify({ ...base, outDir: path.join(mnt, 'out'), files: outputFiles(NEW) }));
    // Everything happens inside the namespace: its mounts vanish with it.
    const script = `set -e
mount -t tmpfs -o size=6m tmpfs "$MNT"
cp -a "$OLD" "$MNT/out"
dd if=/dev/zero of="$MNT/filler" bs=64k 2>/dev/null || true
truncate -s -256K "$MNT/filler"
step() { node "$CHILD" write "$REQUEST" > "$RESULTS/$1.json"; node "$CHILD" tree "$MNT/out" > "$RESULTS/$1-tree.json"; }
step full
rm "$MNT/filler"
mount --bind "$MNT/out/docs/p1" "$MNT/out/docs/p1"
mount -o remount,bind,ro "$MNT/out/docs/p1"
step readonly
umount "$MNT/out/docs/p1"
step fixed
`;
    await run('unshare', ['-m', 'sh', '-c', script], { env: { ...process.env, MNT: mnt, OLD: oldDir, CHILD, REQUEST: request, RESULTS: results } });
    const read = async (name: string) => JSON.parse(await readFile(path.join(results, name), 'utf8')) as unknown;
    for (const step of ['full', 'readonly']) {
      const result = (await read(`${step}.json`)) as WriteResult;
      expect(result.report, step).toBeNull();
      expect(result.diagnostics.map((d) => d.rule), step).toEqual(['output-write-failed']);
      expect(await read(`${step}-tree.json`), step).toEqual(oldTree);
    }
    expect(((await read('fixed.json')) as WriteResult).diagnostics).toEqual([]);
    expect(await read('fixed-tree.json')).toEqual(newTree);
  });
});
