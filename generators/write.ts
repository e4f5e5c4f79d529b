/**
 * Stage 6: the disk again. The only module that writes. Files are written
 * to a temporary sibling and renamed into place, so a crash never leaves a
 * half-written file; unchanged files are not touched (their mtime stays, so
 * make and watchers see no change); files a target no longer renders are
 * removed only after every new file is in place.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from './output.js';

/** What writing did, or in check mode what it would do. */
export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Writes files below outDir. `ownedDirs` are the folders (below outDir)
 * whose every file errcat generates: anything else found there is stale.
 * With `check`, nothing is written and the report lists what differs.
 */
export async function writeOutputs(outDir: string, ownedDirs: readonly string[], files: readonly OutputFile[], check: boolean): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  const wanted = new Set(files.map((f) => f.path));
  for (const file of files) {
    assertInside(file.path);
    const full = path.join(outDir, file.path);
    const current = await readFile(full, 'utf8').catch(() => null);
    if (current === file.contents) {
      report.unchanged.push(file.path);
      continue;
    }
    report.written.push(file.path);
    if (check) continue;
    await mkdir(path.dirname(full), { recursive: true });
    const temporary = `${full}.${process.pid}.errcat-tmp`;
    await writeFile(temporary, file.contents, 'utf8');
    await rename(temporary, full);
  }
  for (const dir of ownedDirs) {
    for (const existing of await listFiles(outDir, dir)) {
      if (wanted.has(existing)) continue;
      report.removed.push(existing);
      if (!check) await rm(path.join(outDir, existing));
    }
  }
  report.written.sort();
  report.removed.sort();
  return report;
}

/** Output paths come from targets; a path that escapes out/ is a bug, not input. */
function assertInside(relative: string): void {
  if (path.isAbsolute(relative) || relative.split('/').some((p) => p === '..' || p === '')) {
    throw new Error(`target produced a path outside the output folder: ${relative}`);
  }
}

async function listFiles(outDir: string, dir: string): Promise<string[]> {
  const root = path.join(outDir, dir);
  const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((p) => !p.split('/').includes('node_modules'));
}
