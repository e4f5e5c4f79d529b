/**
 * Which folders errcat agrees to write into. Each refusal here stands for
 * a folder where a mistyped --out would put a user's own files at risk:
 * a repository root (`--out .`), the catalog itself (`--out catalog`), a
 * folder holding either. The output folder itself may be reached through a
 * symlink (the user named it); everything inside it is checked separately,
 * and no symlink inside it is followed.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { outputDiagnostic, OutputNames } from './failure.js';
import { hasCode, type WriterFs } from './fs.js';

/** Files and folders that mark the root of a version-controlled working tree (.git is a file in a worktree). */
const REPOSITORY_MARKERS = ['.git', '.hg', '.svn'];

/** What the folder rules need to know. */
export interface FolderRequest {
  /** The output folder as the user gave it. */
  outDir: string;
  catalogDir: string;
  /** The working directory relative paths are resolved against. */
  cwd: string;
}

/** An accepted output folder: how to name paths in it, and whether it exists yet. */
export interface AcceptedFolder {
  names: OutputNames;
  exists: boolean;
}

/** Applies the output-folder rules; every refusal is an `output-folder-refused` diagnostic. */
export async function checkOutputFolder(fs: WriterFs, request: FolderRequest): Promise<AcceptedFolder | { diagnostics: Diagnostic[] }> {
  const shown = request.outDir;
  const root = await realPathOf(fs, path.resolve(request.cwd, request.outDir));
  const refuse = (why: string) => ({ diagnostics: [outputDiagnostic('output-folder-refused', shown, `errcat will not write into ${why}; choose another --out`)] });

  if (path.parse(root).root === root) return refuse('the root of the file system');
  if (root.split(path.sep).some((segment) => REPOSITORY_MARKERS.includes(segment))) return refuse("a repository's own metadata folder");
  const marker = await markerIn(fs, root);
  if (marker) return refuse(`the root of a repository (it holds ${marker}): generated files belong in a folder of their own, such as out/`);
  const repository = await repositoryOf(fs, await realPathOf(fs, path.resolve(request.cwd)));
  if (repository && isInsideOrSame(repository, root)) return refuse(`a folder that holds the repository you are working in (${repository})`);

  const catalog = await realPathOf(fs, path.resolve(request.cwd, request.catalogDir));
  if (catalog === root) return refuse('the catalog folder');
  if (isInsideOrSame(root, catalog)) return refuse(`a folder inside the catalog folder ${request.catalogDir}`);
  if (isInsideOrSame(catalog, root)) return refuse(`a folder that holds the catalog folder ${request.catalogDir}`);

  const kind = await fs.kind(root);
  if (kind !== 'dir' && kind !== 'missing') return refuse('something that is not a folder');
  return { names: new OutputNames(shown, root), exists: kind === 'dir' };
}

/** True when inner is outer or below it. */
function isInsideOrSame(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The real path of a path that may not exist yet: its longest existing part resolved, the rest appended. */
async function realPathOf(fs: WriterFs, absolute: string): Promise<string> {
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(await fs.realpath(current), ...rest.reverse());
    } catch (error) {
      const parent = path.dirname(current);
      if (!hasCode(error, 'ENOENT', 'ENOTDIR') || parent === current) throw error;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

async function markerIn(fs: WriterFs, dir: string): Promise<string | null> {
  for (const marker of REPOSITORY_MARKERS) if ((await fs.kind(path.join(dir, marker))) !== 'missing') return marker;
  return null;
}

/** The nearest folder at or above dir that is a repository root, if any. */
async function repositoryOf(fs: WriterFs, dir: string): Promise<string | null> {
  for (let current = dir; ; current = path.dirname(current)) {
    if (await markerIn(fs, current)) return current;
    if (path.dirname(current) === current) return null;
  }
}
