/**
 * The writer's every touch of the disk goes through this small interface,
 * so a test can fail any one operation of a run (a full disk, a read-only
 * folder) and check what is left. {@link nodeWriterFs} is the real one.
 * Operations never follow a symlink unless their name says so.
 */
import { lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, rmdir, stat, unlink } from 'node:fs/promises';

/** What a path is, without following a symlink at its end. */
export type EntryKind = 'missing' | 'file' | 'dir' | 'symlink' | 'other';

/** The file-system operations the writer uses. */
export interface WriterFs {
  /** lstat: what the path itself is; 'missing' when it or a folder above it does not exist. */
  kind(file: string): Promise<EntryKind>;
  /** stat: what a symlink points at ('missing' for a dangling one). */
  targetKind(file: string): Promise<EntryKind>;
  readFile(file: string): Promise<Buffer>;
  readdir(dir: string): Promise<string[]>;
  readlink(file: string): Promise<string>;
  realpath(file: string): Promise<string>;
  /** Creates one folder; fails with EEXIST when something is there. */
  mkdir(dir: string): Promise<void>;
  /** Writes a whole file and, if the implementation is durable, flushes it to the device before resolving. */
  writeFile(file: string, data: string, options: { exclusive: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  rmdir(dir: string): Promise<void>;
  /** Flushes a folder's entries (creations, renames) to the device. */
  syncDir(dir: string): Promise<void>;
}

/** An error from the operating system, with its errno code (ENOSPC, EACCES, ...). */
export interface FsError extends Error {
  code: string;
  syscall?: string;
  path?: string;
}

/** True for an operating-system error; anything else reaching the writer's catch is a bug. */
export function isFsError(error: unknown): error is FsError {
  return error instanceof Error && typeof (error as FsError).code === 'string' && /^E[A-Z0-9]+$/.test((error as FsError).code);
}

/** True when the error is an fs error with one of the codes. */
export function hasCode(error: unknown, ...codes: string[]): boolean {
  return isFsError(error) && codes.includes(error.code);
}

/** Plain words for the errors a user can do something about. */
const EXPLANATIONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOTEMPTY: 'folder not empty',
  EEXIST: 'already exists',
  EBUSY: 'busy',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error',
  ENAMETOOLONG: 'name too long',
  ENOENT: 'no such file or folder',
};

/** "ENOSPC (no space left on the device)". */
export function explainFsError(error: FsError): string {
  const words = EXPLANATIONS[error.code];
  return words ? `${error.code} (${words})` : error.code;
}

/**
 * The real file system. With `durable`, each written file and each changed
 * folder is flushed to the device, so a power cut cannot undo a switch that
 * was reported done; tests that only simulate faults turn it off for speed.
 */
export function nodeWriterFs(options: { durable: boolean } = { durable: true }): WriterFs {
  const kindOf = async (file: string, follow: boolean): Promise<EntryKind> => {
    try {
      const s = follow ? await stat(file) : await lstat(file);
      return s.isSymbolicLink() ? 'symlink' : s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
    } catch (error) {
      if (hasCode(error, 'ENOENT', 'ENOTDIR')) return 'missing';
      throw error;
    }
  };
  return {
    kind: (file) => kindOf(file, false),
    targetKind: (file) => kindOf(file, true).catch((error: unknown) => (hasCode(error, 'ELOOP') ? 'missing' : Promise.reject(error))),
    readFile: (file) => readFile(file),
    readdir: (dir) => readdir(dir),
    readlink: (file) => readlink(file),
    realpath: (file) => realpath(file),
    mkdir: async (dir) => {
      await mkdir(dir);
    },
    writeFile: async (file, data, { exclusive }) => {
      const handle = await open(file, exclusive ? 'wx' : 'w');
      try {
        await handle.writeFile(data, 'utf8');
        if (options.durable) await handle.datasync();
      } finally {
        await handle.close();
      }
    },
    rename: (from, to) => rename(from, to),
    unlink: (file) => unlink(file),
    rmdir: (dir) => rmdir(dir),
    syncDir: async (dir) => {
      if (!options.durable) return;
      const handle = await open(dir, 'r');
      try {
        await handle.sync();
      } catch (error) {
        // Some systems cannot flush a folder (EISDIR, EINVAL): the rename is then as durable as they make it.
        if (!hasCode(error, 'EISDIR', 'EINVAL', 'ENOTSUP', 'EBADF')) throw error;
      } finally {
        await handle.close();
      }
    },
  };
}
