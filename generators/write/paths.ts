/**
 * The names the writer reserves inside an output folder, and the one rule
 * every relative path it handles must pass. Paths come from targets (code),
 * from the manifest and from the journal (files on disk, so untrusted): the
 * same check guards all three, so a hand-edited manifest listing
 * `../../etc/passwd` is refused rather than followed.
 */
import path from 'node:path';

/** The manifest: what errcat generated in this folder. Committed with the output. */
export const MANIFEST_FILE = '.errcat-manifest.json';
/** Held while one errcat process changes the folder. */
export const LOCK_FILE = '.errcat-lock';
/** The commit point: present exactly while a switch is decided but not finished. */
export const JOURNAL_FILE = '.errcat-journal.json';
/** New files wait here, and old ones are kept here until the switch is done. */
export const STAGE_DIR = '.errcat-stage';

/** Every name errcat may create at the top of an output folder besides the targets' folders. */
export const RESERVED_NAMES: readonly string[] = [MANIFEST_FILE, LOCK_FILE, JOURNAL_FILE, STAGE_DIR];

/** Names of files inside the staging folder: new-000001 (a new file), old-000001 (an old one kept for undo). */
export const STAGED_NAME = /^(?:new|old)-\d{6,}$/;
/** The journal while it is written, inside the staging folder, before it is renamed into place. */
export const STAGED_JOURNAL = 'journal.json';

/**
 * True for a path errcat may handle below an output folder: relative,
 * `/`-separated, no empty, `.` or `..` segment, no backslash or NUL (which
 * some systems read as separators or terminators).
 */
export function isSafeRelative(relative: string): boolean {
  if (relative === '' || relative.startsWith('/') || /[\\\0]/.test(relative)) return false;
  return relative.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** The absolute path of a relative output path below root. */
export function below(root: string, relative: string): string {
  return path.join(root, ...relative.split('/'));
}

/** The folders above a relative path, outermost first: a/b/c.md gives a, a/b. */
export function parentsOf(relative: string): string[] {
  const segments = relative.split('/');
  return segments.slice(0, -1).map((_, i) => segments.slice(0, i + 1).join('/'));
}

/** The folder part of a relative path ('' at the root). */
export function dirnameOf(relative: string): string {
  const cut = relative.lastIndexOf('/');
  return cut < 0 ? '' : relative.slice(0, cut);
}

/** The last segment of a relative path. */
export function basenameOf(relative: string): string {
  return relative.slice(relative.lastIndexOf('/') + 1);
}
