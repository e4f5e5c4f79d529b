/**
 * Deciding, without changing anything, what a run would do to the output
 * folder, file by file. Only paths errcat renders or its manifest lists are
 * ever looked at: the writer never walks a folder, so a file it does not
 * know of (docs/img/logo.png, typescript/.npmrc, a README beside the
 * targets' folders) is never read, reported, overwritten or removed.
 *
 * - A path errcat renders is unchanged (same bytes), written (missing, or
 *   listed in the manifest), or foreign: present with other bytes and not
 *   listed, refused unless `adopt`. A folder, symlink or device there is
 *   refused even then.
 * - A listed path errcat no longer renders is removed only if its bytes are
 *   still the ones the manifest records; edited since, it is kept and
 *   dropped from the manifest, because it has become the user's.
 * - Without a manifest (an output folder from before manifests), a file
 *   with exactly the bytes errcat renders is errcat's; nothing else is.
 */
import { compareStrings as compare, type Diagnostic } from '../diagnostics.js';
import type { OutputFile } from '../output.js';
import { outputDiagnostic, type OutputNames } from './failure.js';
import type { EntryKind, WriterFs } from './fs.js';
import { parseManifest, renderManifest, sha256, type Manifest } from './manifest.js';
import { basenameOf, dirnameOf, MANIFEST_FILE, parentsOf } from './paths.js';

/** One file the run writes: created (existed false) or replaced. */
export interface PlannedWrite {
  path: string;
  contents: string;
  existed: boolean;
}

/** What a run does to the output folder; every list is sorted. */
export interface WritePlan {
  /** Files to write, the manifest last. */
  writes: PlannedWrite[];
  /** Files errcat wrote and no longer renders, and temporary files of older errcat versions. */
  removals: string[];
  /** Folders to create, each after its parent. */
  newDirs: string[];
  unchanged: string[];
  /** Listed files errcat no longer renders that were edited since: left in place. */
  kept: string[];
  /** Foreign files that `adopt` lets errcat overwrite. */
  adopted: string[];
}

/** What planning needs. */
export interface PlanRequest {
  names: OutputNames;
  /** The folders (below the output folder) of the targets this run renders. */
  ownedDirs: readonly string[];
  files: readonly OutputFile[];
  adopt: boolean;
}

/** Temporary files of errcat versions before the staging folder: `<file>.<pid>.errcat-tmp` beside the file. */
const OLD_TEMPORARY = /^(.+)\.\d+\.errcat-tmp$/;

/** Works out the plan, or the diagnostics that refuse the run (every one of them, not just the first). */
export async function planWrite(fs: WriterFs, request: PlanRequest): Promise<{ plan: WritePlan; diagnostics: Diagnostic[] }> {
  const { names } = request;
  const diagnostics: Diagnostic[] = [];
  const plan: WritePlan = { writes: [], removals: [], newDirs: [], unchanged: [], kept: [], adopted: [] };
  const old = await readManifest(fs, names, diagnostics);
  if (old === 'refused') return { plan, diagnostics };
  const folders = new Folders(fs, names, diagnostics);
  const newDirs = new Set<string>();
  const owned = (file: string) => request.ownedDirs.some((dir) => file.startsWith(`${dir}/`));
  const rendered = new Set(request.files.map((f) => f.path));

  for (const file of [...request.files].sort((a, b) => compare(a.path, b.path))) {
    const where = await folders.check(file.path);
    if (where === 'blocked') continue;
    if (where !== 'exists') {
      for (const dir of parentsOf(file.path).slice(where.missingFrom)) newDirs.add(dir);
      plan.writes.push({ path: file.path, contents: file.contents, existed: false });
      continue;
    }
    const kind = await fs.kind(names.abs(file.path));
    if (kind === 'missing') {
      plan.writes.push({ path: file.path, contents: file.contents, existed: false });
    } else if (kind === 'file') {
      if (sameBytes(await fs.readFile(names.abs(file.path)), file.contents)) {
        plan.unchanged.push(file.path);
      } else if (old?.has(file.path) || request.adopt) {
        if (!old?.has(file.path)) plan.adopted.push(file.path);
        plan.writes.push({ path: file.path, contents: file.contents, existed: true });
      } else {
        diagnostics.push(outputDiagnostic('output-foreign-file', names.show(file.path), 'errcat did not write this file (it is not in the manifest) and would overwrite it: move it away, or rerun with --adopt to let errcat replace it'));
      }
    } else {
      await folders.refuseEntry(file.path, kind, 'errcat writes a file here');
    }
  }

  // Files errcat wrote before and no longer renders.
  for (const [file, hash] of old ? [...old].sort(([a], [b]) => compare(a, b)) : []) {
    if (!owned(file) || rendered.has(file)) continue;
    const where = await folders.check(file);
    if (where !== 'exists') continue;
    const kind = await fs.kind(names.abs(file));
    if (kind === 'file' && sha256(await fs.readFile(names.abs(file))) === hash) plan.removals.push(file);
    else if (kind !== 'missing') plan.kept.push(file);
  }

  await findOldTemporaries(fs, request, folders, old, plan);

  const manifest = new Map<string, string>();
  for (const [file, hash] of old ?? []) if (!owned(file)) manifest.set(file, hash);
  for (const file of request.files) manifest.set(file.path, sha256(file.contents));
  const manifestText = renderManifest(manifest);
  if (old?.text === manifestText) plan.unchanged.push(MANIFEST_FILE);
  else plan.writes.push({ path: MANIFEST_FILE, contents: manifestText, existed: old !== null });

  plan.newDirs = [...newDirs].sort(compare);
  plan.removals.sort(compare);
  plan.unchanged.sort(compare);
  return { plan, diagnostics };
}

/** Leftover `*.errcat-tmp` files, beside files errcat renders or lists: those, and only those, errcat made. */
async function findOldTemporaries(fs: WriterFs, request: PlanRequest, folders: Folders, old: (Manifest & { text: string }) | null, plan: WritePlan): Promise<void> {
  const known = new Map<string, Set<string>>();
  for (const file of [...request.files.map((f) => f.path), ...(old?.keys() ?? [])]) {
    const dir = dirnameOf(file);
    if (dir === '' || !folders.isRealDir(dir)) continue;
    if (!known.has(dir)) known.set(dir, new Set());
    known.get(dir)!.add(basenameOf(file));
  }
  for (const [dir, basenames] of [...known].sort(([a], [b]) => compare(a, b))) {
    for (const name of (await fs.readdir(request.names.abs(dir))).sort(compare)) {
      const match = OLD_TEMPORARY.exec(name);
      if (match && basenames.has(match[1]!) && (await fs.kind(request.names.abs(`${dir}/${name}`))) === 'file') plan.removals.push(`${dir}/${name}`);
    }
  }
}

/** The manifest in the folder with its text, null when there is none, 'refused' when it cannot be trusted. */
async function readManifest(fs: WriterFs, names: OutputNames, diagnostics: Diagnostic[]): Promise<(Manifest & { text: string }) | null | 'refused'> {
  const kind = await fs.kind(names.abs(MANIFEST_FILE));
  if (kind === 'missing') return null;
  const shown = names.show(MANIFEST_FILE);
  if (kind !== 'file') {
    const rule = kind === 'symlink' ? 'output-symlink' : 'output-manifest-invalid';
    diagnostics.push(outputDiagnostic(rule, shown, `the manifest is a ${kind === 'symlink' ? 'symlink' : 'folder or device'}, not a file errcat wrote; remove it and rerun errcat generate`));
    return 'refused';
  }
  const text = (await fs.readFile(names.abs(MANIFEST_FILE))).toString('utf8');
  const parsed = parseManifest(text);
  if ('error' in parsed) {
    diagnostics.push(outputDiagnostic('output-manifest-invalid', shown, `the manifest ${parsed.error}; errcat cannot tell which files it wrote. Restore it (git checkout), or remove it and rerun with --adopt`));
    return 'refused';
  }
  return Object.assign(new Map(parsed.manifest), { text });
}

/**
 * What the folders above each path are, looked up once each. A symlink or
 * a file where errcat needs a folder blocks every path below it, and is
 * reported once.
 */
class Folders {
  private readonly kinds = new Map<string, EntryKind>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly fs: WriterFs,
    private readonly names: OutputNames,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** 'exists' when every folder above file is a real folder; else the index of the first missing one, or 'blocked'. */
  async check(file: string): Promise<'exists' | 'blocked' | { missingFrom: number }> {
    const parents = parentsOf(file);
    for (let i = 0; i < parents.length; i++) {
      const dir = parents[i]!;
      let kind = this.kinds.get(dir);
      if (kind === undefined) {
        kind = await this.fs.kind(this.names.abs(dir));
        this.kinds.set(dir, kind);
      }
      if (kind === 'dir') continue;
      if (kind === 'missing') return { missingFrom: i };
      await this.refuseEntry(dir, kind, 'errcat needs a folder here');
      return 'blocked';
    }
    return 'exists';
  }

  /** True when dir was seen to be a real folder (never through a symlink). */
  isRealDir(dir: string): boolean {
    return parentsOf(`${dir}/x`).every((d) => this.kinds.get(d) === 'dir');
  }

  /** Reports a symlink, folder or device where errcat needs something else. */
  async refuseEntry(relative: string, kind: EntryKind, need: string): Promise<void> {
    if (this.reported.has(relative)) return;
    this.reported.add(relative);
    const shown = this.names.show(relative);
    if (kind === 'symlink') {
      const abs = this.names.abs(relative);
      const target = await this.fs.readlink(abs);
      const dangling = (await this.fs.targetKind(abs)) === 'missing';
      const what = dangling ? `a dangling symlink (to ${target}, which does not exist)` : `a symlink to ${target}`;
      this.diagnostics.push(outputDiagnostic('output-symlink', shown, `${need}, but this is ${what}; errcat never writes, reads or removes through a symlink: replace it with a real folder or file, or remove it`));
      return;
    }
    const what = kind === 'dir' ? 'a folder' : kind === 'file' ? 'a file' : 'neither a file nor a folder';
    this.diagnostics.push(outputDiagnostic('output-foreign-file', shown, `${need}, but this is ${what} errcat did not make; errcat never removes it: move it away`));
  }
}

function sameBytes(existing: Buffer, contents: string): boolean {
  return existing.length === Buffer.byteLength(contents, 'utf8') && existing.equals(Buffer.from(contents, 'utf8'));
}
