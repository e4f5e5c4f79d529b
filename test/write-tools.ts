/**
 * Tools for the writer's tests: the state of a folder as one comparable
 * value, and a file system that fails (or "kills" the run) at a chosen
 * operation, so a test can try every position of a run.
 */
import { createHash } from 'node:crypto';
import { cp, lstat, mkdir, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../generators/output.js';
import { nodeWriterFs, type WriterFs } from '../generators/write/fs.js';
import { JOURNAL_FILE, LOCK_FILE, STAGE_DIR } from '../generators/write/paths.js';

/** The names a finished run must never leave behind. */
export const ARTIFACTS = [LOCK_FILE, JOURNAL_FILE, STAGE_DIR];

/**
 * Every entry below dir, without following symlinks: path → "dir",
 * "file <sha256>" or "link <target>". Two folders are in the same state
 * exactly when their trees are equal.
 */
export async function treeOf(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  const walk = async (relative: string): Promise<void> => {
    for (const name of (await readdir(path.join(dir, relative))).sort()) {
      const child = relative ? `${relative}/${name}` : name;
      const full = path.join(dir, child);
      const stats = await lstat(full);
      if (stats.isSymbolicLink()) tree[child] = `link ${await readlink(full)}`;
      else if (stats.isDirectory()) {
        tree[child] = 'dir';
        await walk(child);
      } else tree[child] = `file ${createHash('sha256').update(await readFile(full)).digest('hex')}`;
    }
  };
  await walk('');
  return tree;
}

/** The tree without errcat's own temporary entries. */
export function withoutArtifacts(tree: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tree).filter(([p]) => !ARTIFACTS.includes(p.split('/')[0]!)));
}

/** The artifacts present in a tree. */
export function artifactsIn(tree: Record<string, string>): string[] {
  return Object.keys(tree).filter((p) => ARTIFACTS.includes(p));
}

/** Output files from a path → contents table. */
export function outputFiles(table: Record<string, string>): OutputFile[] {
  return Object.entries(table).map(([p, contents]) => ({ path: p, contents, format: 'none' as const }));
}

/** Copies a folder exactly, symlinks as symlinks. */
export async function copyTree(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
}

/** A folder of files and folders (no symlinks) held in memory: restoring it is much faster than fs.cp. */
export type Snapshot = [string, Buffer | null][];

export async function snapshotOf(dir: string): Promise<Snapshot> {
  const entries: Snapshot = [];
  for (const [relative, kind] of Object.entries(await treeOf(dir))) {
    if (kind.startsWith('link')) throw new Error(`snapshotOf: ${relative} is a symlink`);
    entries.push([relative, kind === 'dir' ? null : await readFile(path.join(dir, relative))]);
  }
  return entries;
}

/** Recreates a snapshot in a folder that does not exist yet. */
export async function restore(snapshot: Snapshot, dir: string): Promise<void> {
  await mkdir(dir);
  for (const [relative, data] of snapshot) {
    if (data === null) await mkdir(path.join(dir, relative));
    else await writeFile(path.join(dir, relative), data);
  }
}

/** Thrown by a {@link FaultFs} to stand for the process being killed: not an fs error, so the writer does no clean-up. */
export class Killed extends Error {}

/** One operation as a {@link FaultFs} saw it. */
export interface Operation {
  name: keyof WriterFs;
  path: string;
}

/**
 * The real file system (not flushed: durability is not what these tests
 * check), with operation number `at` (1-based) failing with `code`, or
 * every operation from `at` on when `persistent`; or with `kill`, the run
 * stopped dead there. writeFile faults write half the data first, as a
 * full disk does.
 */
export class FaultFs implements WriterFs {
  readonly log: Operation[] = [];
  private readonly base = nodeWriterFs({ durable: false });
  private killed = false;

  constructor(private readonly fault: { at: number; code?: string; persistent?: boolean; kill?: boolean } | null = null) {}

  /** The operation the fault hit, if it did. */
  get failed(): Operation | undefined {
    return this.fault ? this.log[this.fault.at - 1] : undefined;
  }

  private async step<T>(name: keyof WriterFs, file: string, run: () => Promise<T>, partial?: () => Promise<void>, to?: string): Promise<T> {
    if (this.killed) throw new Killed('killed');
    this.log.push({ name, path: to ? `${file} -> ${to}` : file });
    const n = this.log.length;
    const hit = this.fault && (n === this.fault.at || (this.fault.persistent && n > this.fault.at));
    if (!hit) return run();
    if (this.fault!.kill) {
      this.killed = true;
      throw new Killed('killed');
    }
    if (partial) await partial().catch(() => undefined);
    const code = this.fault!.code ?? 'EIO';
    throw Object.assign(new Error(`${code}: injected, ${name} '${file}'`), { code, syscall: name, path: file });
  }

  kind = (f: string) => this.step('kind', f, () => this.base.kind(f));
  targetKind = (f: string) => this.step('targetKind', f, () => this.base.targetKind(f));
  readFile = (f: string) => this.step('readFile', f, () => this.base.readFile(f));
  readdir = (f: string) => this.step('readdir', f, () => this.base.readdir(f));
  readlink = (f: string) => this.step('readlink', f, () => this.base.readlink(f));
  realpath = (f: string) => this.step('realpath', f, () => this.base.realpath(f));
  mkdir = (f: string) => this.step('mkdir', f, () => this.base.mkdir(f));
  writeFile = (f: string, data: string, options: { exclusive: boolean }) =>
    this.step('writeFile', f, () => this.base.writeFile(f, data, options), () => this.base.writeFile(f, data.slice(0, Math.floor(data.length / 2)), options));
  rename = (from: string, to: string) => this.step('rename', from, () => this.base.rename(from, to), undefined, to);
  unlink = (f: string) => this.step('unlink', f, () => this.base.unlink(f));
  rmdir = (f: string) => this.step('rmdir', f, () => this.base.rmdir(f));
  syncDir = (f: string) => this.step('syncDir', f, () => this.base.syncDir(f));
}
