/**
 * Fault injection: one run from an old output to a new one, failed at every
 * operation in turn (a full disk, a permission error, a read-only file
 * system), failed at every operation from some point on, and killed at
 * every operation. After each, the output folder holds the old files or the
 * new ones and nothing else, or (only after a kill or a lasting fault past
 * the commit point) a journal the next run finishes; after the next run it
 * is exactly the new output, with no temporary file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputs, type WriteResult } from '../generators/write.js';
import { nodeWriterFs, type WriterFs } from '../generators/write/fs.js';
import { JOURNAL_FILE } from '../generators/write/paths.js';
import { artifactsIn, FaultFs, Killed, outputFiles, restore, snapshotOf, treeOf, withoutArtifacts, type Snapshot } from './write-tools.js';

const OLD = {
  'docs/a.md': 'a, old\n',
  'docs/c.md': 'c, the same in both\n',
  'docs/sub/b.md': 'b, only old\n',
  'docs/sub/deep/e.md': 'e, only old\n',
  'model/m.json': '{"v":1}\n',
  'openapi/x.yaml': 'x: same\n',
};
const NEW = {
  'docs/a.md': 'a, new\n',
  'docs/c.md': 'c, the same in both\n',
  'docs/new/d.md': 'd, only new\n',
  'docs/new/deeper/f.md': 'f, only new\n',
  'model/m.json': '{"v":2}\n',
  'openapi/x.yaml': 'x: same\n',
};
/** Files errcat must never touch, and a temporary file of an older errcat it must remove. */
const FOREIGN = { 'README.md': 'mine\n', 'docs/img/logo.png': 'png\n', 'docs/guide/intro.md': 'intro\n', 'model/notes.txt': 'notes\n' };
const LEFTOVER = { 'docs/a.md.4242.errcat-tmp': 'half a file' };

let tmp: string;
let oldDir: string;
let oldTree: Record<string, string>;
let oldSnapshot: Snapshot;
let newTree: Record<string, string>;
/** The operations of the run with no fault. */
let operations: number;
let runs = 0;

function run(out: string, fs: WriterFs, check = false): Promise<WriteResult> {
  return writeOutputs({ outDir: out, catalogDir: path.join(tmp, 'catalog'), ownedDirs: ['docs', 'model', 'openapi'], files: outputFiles(NEW), check, adopt: false, cwd: tmp, fs });
}

/** Files and symlinks only: a failed clean-up may leave an empty folder, which the next run removes (checked exactly). */
function filesOf(tree: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tree).filter(([, v]) => v !== 'dir'));
}

function isOldOrNew(tree: Record<string, string>): boolean {
  const files = JSON.stringify(filesOf(withoutArtifacts(tree)));
  return files === JSON.stringify(filesOf(oldTree)) || files === JSON.stringify(filesOf(newTree));
}

/** A copy of the old output to run on. */
async function oldCopy(): Promise<string> {
  const dir = path.join(tmp, `run-${++runs}`);
  await restore(oldSnapshot, dir);
  return dir;
}

/** The next run, with nothing failing, must leave exactly the new output. */
async function expectRecovered(out: string): Promise<void> {
  const again = await run(out, nodeWriterFs({ durable: false }));
  expect(again.diagnostics).toEqual([]);
  expect(await treeOf(out)).toEqual(newTree);
  await rm(out, { recursive: true, force: true });
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-faults-'));
  oldDir = path.join(tmp, 'old');
  const setup = await writeOutputs({ outDir: oldDir, catalogDir: path.join(tmp, 'catalog'), ownedDirs: ['docs', 'model', 'openapi'], files: outputFiles(OLD), check: false, adopt: false, cwd: tmp });
  expect(setup.diagnostics).toEqual([]);
  for (const [file, contents] of Object.entries({ ...FOREIGN, ...LEFTOVER })) {
    await mkdir(path.dirname(path.join(oldDir, file)), { recursive: true });
    await writeFile(path.join(oldDir, file), contents);
  }
  oldTree = await treeOf(oldDir);
  oldSnapshot = await snapshotOf(oldDir);
  const reference = await oldCopy();
  const counting = new FaultFs();
  expect((await run(reference, counting)).diagnostics).toEqual([]);
  operations = counting.log.length;
  newTree = await treeOf(reference);
  expect(newTree).not.toEqual(oldTree);
  expect(artifactsIn(newTree)).toEqual([]);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const CODES = ['ENOSPC', 'EPERM', 'EROFS'];

describe('fault injection', () => {
  it('covers a run that writes, replaces, removes, creates folders and leaves files alone', () => {
    expect(operations).toBeGreaterThan(50);
    for (const file of Object.keys(FOREIGN)) expect(newTree[file]).toBe(oldTree[file]);
    expect(newTree['docs/sub']).toBeUndefined();
    expect(newTree['docs/a.md.4242.errcat-tmp']).toBeUndefined();
  });

  // The writer never branches on which error it gets (only ENOENT, EEXIST and ENOTEMPTY mean something to it),
  // so each position gets one of the three in turn rather than all three: a third of the time on a shared machine.
  it('one failing operation at every position (no space, not permitted, read-only in turn): old or new, a diagnostic, no temporary file unless removing it failed', async () => {
    for (let at = 1; at <= operations; at++) {
      const code = CODES[at % CODES.length]!;
      const out = await oldCopy();
      const fs = new FaultFs({ at, code });
      const result = await run(out, fs);
      const where = `${code} at operation ${at} (${fs.failed?.name} ${fs.failed?.path})`;
      expect(result.report, where).toBeNull();
      expect(result.diagnostics.map((d) => d.rule), where).toContain('output-write-failed');
      const tree = await treeOf(out);
      expect(isOldOrNew(tree), where).toBe(true);
      // Temporary files are left only when the switch is complete and removing them failed.
      if (artifactsIn(tree).length > 0) expect(filesOf(withoutArtifacts(tree)), where).toEqual(filesOf(newTree));
      await expectRecovered(out);
    }
  });

  it('every operation failing from some position on (the disk stays full): old, new, or a journal the next run finishes', async () => {
    for (let at = 1; at <= operations; at++) {
      const out = await oldCopy();
      const fs = new FaultFs({ at, code: CODES[(at + 1) % CODES.length]!, persistent: true });
      const result = await run(out, fs);
      const where = `from operation ${at} (${fs.failed?.name} ${fs.failed?.path})`;
      expect(result.diagnostics.map((d) => d.rule), where).toContain('output-write-failed');
      const tree = await treeOf(out);
      if (!tree[JOURNAL_FILE]) expect(isOldOrNew(tree), where).toBe(true);
      await expectRecovered(out);
    }
  });

  it('killed at every position: old or new once recovered, and new once the killed switch was committed', async () => {
    const committedAt: number[] = [];
    for (let at = 1; at <= operations; at++) {
      const out = await oldCopy();
      const fs = new FaultFs({ at, kill: true });
      await expect(run(out, fs)).rejects.toBeInstanceOf(Killed);
      const killed = await treeOf(out);
      const committed = killed[JOURNAL_FILE] !== undefined;
      if (committed) committedAt.push(at);
      else expect(isOldOrNew(killed), `killed at ${at}`).toBe(true);
      // --check recovers and writes nothing else.
      const check = await run(out, nodeWriterFs({ durable: false }), true);
      expect(check.diagnostics, `killed at ${at}`).toEqual([]);
      const recovered = await treeOf(out);
      expect([JSON.stringify(oldTree), JSON.stringify(newTree)], `killed at ${at}`).toContain(JSON.stringify(recovered));
      if (committed) expect(recovered, `killed at ${at}`).toEqual(newTree);
      await expectRecovered(out);
    }
    expect(committedAt.length).toBeGreaterThan(10);
  });

  it('killed again while recovering, at every position of the recovery: still new in the end', async () => {
    // Kill points: in the middle of the switch, and while cleaning up after it.
    const probe = new FaultFs();
    await run(await oldCopy(), probe);
    const commit = probe.log.findIndex((op) => op.name === 'rename' && op.path.endsWith(JOURNAL_FILE)) + 1;
    for (const at of [Math.floor((commit + operations) / 2), operations - 3]) {
      const out = await oldCopy();
      await expect(run(out, new FaultFs({ at, kill: true }))).rejects.toBeInstanceOf(Killed);
      const killed = await snapshotOf(out);
      const recovery = new FaultFs();
      await run(out, recovery, true);
      for (let again = 1; again <= recovery.log.length; again++) {
        const twice = path.join(tmp, `run-${++runs}`);
        await restore(killed, twice);
        await expect(run(twice, new FaultFs({ at: again, kill: true }), true)).rejects.toBeInstanceOf(Killed);
        await expectRecovered(twice);
      }
    }
  });
});

/** A folder errcat cannot change: immutable for root (who ignores permissions), mode 0555 for anyone else. */
function makeReadOnly(dir: string, readOnly: boolean): Promise<void> {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', [readOnly ? '+i' : '-i', dir]);
    return Promise.resolve();
  }
  return chmod(dir, readOnly ? 0o555 : 0o755);
}

const canMakeReadOnly = (() => {
  if (process.getuid?.() !== 0) return true;
  try {
    const probe = mkdtempSync(path.join(os.tmpdir(), 'errcat-chattr-'));
    execFileSync('chattr', ['+i', probe], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', probe], { stdio: 'ignore' });
    rmSync(probe, { recursive: true });
    return true;
  } catch {
    return false;
  }
})();

describe('a real read-only subfolder', () => {
  it.skipIf(!canMakeReadOnly)('fails with a diagnostic after the commit point and puts the old output back', async () => {
    const out = await oldCopy();
    // Staging (at the top) works; the first change inside docs fails, after the commit point, with docs/sub/b.md already moved.
    const docs = path.join(out, 'docs');
    await makeReadOnly(docs, true);
    let result: WriteResult;
    try {
      result = await run(out, nodeWriterFs());
    } finally {
      await makeReadOnly(docs, false);
    }
    expect(result.report).toBeNull();
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['output-write-failed']);
    expect(await treeOf(out)).toEqual(oldTree);
    await expectRecovered(out);
  });
});
