/**
 * Stage 6: the disk again. The only module that writes, and what it
 * promises (README, "What errcat guarantees"):
 *
 * - it touches only files it generated: those its manifest lists, or whose
 *   bytes are exactly what it renders; it refuses output folders where a
 *   mistake would reach a user's own files (write/folder.ts), and follows no
 *   symlink inside the output folder (write/plan.ts);
 * - the output folder is always the complete old output or the complete
 *   new one: new files are staged, then switched in under a journal that
 *   any later run finishes (write/transaction.ts);
 * - a file-system failure is a diagnostic, never a crash, and leaves no
 *   temporary file; unchanged files are not touched (mtime kept, so make and
 *   watchers see no change).
 */
import path from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import type { OutputFile } from './output.js';
import { fsFailure, OutputNames } from './write/failure.js';
import { checkOutputFolder, type AcceptedFolder } from './write/folder.js';
import { isFsError, nodeWriterFs, type FsError, type WriterFs } from './write/fs.js';
import { isSafeRelative, RESERVED_NAMES } from './write/paths.js';
import { planWrite, type WritePlan } from './write/plan.js';
import { Transaction, type Recovery } from './write/transaction.js';

export type { WriterFs } from './write/fs.js';
export type { Recovery } from './write/transaction.js';

/** What writing did, or in check mode what it would do. Paths are relative to the output folder, sorted. */
export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Files errcat wrote and no longer renders, left in place because they were edited since. */
  kept: string[];
  /** Files errcat did not write that `adopt` let it overwrite. */
  adopted: string[];
  /** What this run did about an earlier run that was killed mid-switch. */
  recovered: Recovery;
}

/** How the CLI asks the writer to stop (SIGINT, SIGTERM). */
export interface StopControl {
  /** Aborted with the signal's name. Before the commit point the writer then discards its staging and stops; after it, it finishes the switch first. */
  signal: AbortSignal;
  /** Called as the writer starts changing the disk: until then, stopping needs no clean-up. */
  onDiskPhase?(): void;
}

/** One write (or check) of an output folder. */
export interface WriteRequest {
  /** The output folder, as the user named it. */
  outDir: string;
  /** The catalog folder: the output folder must not overlap it. */
  catalogDir: string;
  /** The folders (below outDir) of the targets rendered: errcat's files elsewhere are left as they are. */
  ownedDirs: readonly string[];
  files: readonly OutputFile[];
  /** Write nothing; report what differs. */
  check: boolean;
  /** Overwrite files at paths errcat renders even if it did not write them. */
  adopt: boolean;
  /** Where relative paths start (default: process.cwd()). */
  cwd?: string;
  /** The file system (default: the real one, flushing to the device). */
  fs?: WriterFs;
  stop?: StopControl;
}

/** The outcome: diagnostics (refusals, failures), the report when the run went through, and the signal that stopped it. */
export interface WriteResult {
  diagnostics: Diagnostic[];
  report: WriteReport | null;
  interrupted: string | null;
}

/** Thrown by a checkpoint once a stop is requested before the commit point; never leaves this module. */
class StopRequested extends Error {}

/**
 * Writes (or, with `check`, compares) the rendered files into the output
 * folder. Bad folders and file-system failures come back as diagnostics.
 */
export async function writeOutputs(request: WriteRequest): Promise<WriteResult> {
  assertTargetPaths(request.ownedDirs, request.files);
  const fs = request.fs ?? nodeWriterFs();
  const cwd = request.cwd ?? process.cwd();
  let names = new OutputNames(request.outDir, path.resolve(cwd, request.outDir));
  try {
    const folder = await checkOutputFolder(fs, { outDir: request.outDir, catalogDir: request.catalogDir, cwd });
    if ('diagnostics' in folder) return { diagnostics: folder.diagnostics, report: null, interrupted: null };
    names = folder.names;
    return request.check ? await checkOnly(fs, folder, request) : await new WriteRun(fs, folder, request).run();
  } catch (error) {
    if (!isFsError(error)) throw error;
    return { diagnostics: [fsFailure(error, names, 'nothing in the output folder was changed')], report: null, interrupted: null };
  }
}

/**
 * The output-folder rules alone, so generate can refuse a bad --out before
 * it spends time rendering. {@link writeOutputs} applies them again.
 */
export async function refuseOutputFolder(request: Pick<WriteRequest, 'outDir' | 'catalogDir' | 'cwd' | 'fs'>): Promise<Diagnostic[]> {
  const fs = request.fs ?? nodeWriterFs();
  const cwd = request.cwd ?? process.cwd();
  try {
    const folder = await checkOutputFolder(fs, { outDir: request.outDir, catalogDir: request.catalogDir, cwd });
    return 'diagnostics' in folder ? folder.diagnostics : [];
  } catch (error) {
    if (!isFsError(error)) throw error;
    return [fsFailure(error, new OutputNames(request.outDir, path.resolve(cwd, request.outDir)), 'nothing in the output folder was changed')];
  }
}

/** --check: recovers a killed run's switch if there is one (the only write it makes), then compares. */
async function checkOnly(fs: WriterFs, folder: AcceptedFolder, request: WriteRequest): Promise<WriteResult> {
  let recovered: Recovery = 'none';
  const transaction = new Transaction(fs, folder.names);
  if (folder.exists && (await transaction.hasLeftovers())) {
    request.stop?.onDiskPhase?.();
    const refused = await transaction.acquireLock();
    if (refused) return { diagnostics: [refused], report: null, interrupted: null };
    let recovery;
    try {
      recovery = await transaction.recover();
    } finally {
      try {
        await transaction.releaseLock();
      } finally {
        transaction.forgetLock();
      }
    }
    if (recovery.diagnostics.length > 0) return { diagnostics: recovery.diagnostics, report: null, interrupted: null };
    recovered = recovery.recovered;
  }
  const { plan, diagnostics } = await planWrite(fs, { names: folder.names, ownedDirs: request.ownedDirs, files: request.files, adopt: request.adopt });
  return { diagnostics, report: diagnostics.length > 0 ? null : reportOf(plan, recovered), interrupted: null };
}

/** One generate run's write: lock, recover, plan, stage, commit, switch, clean up. */
class WriteRun {
  private readonly transaction: Transaction;
  private readonly diagnostics: Diagnostic[] = [];
  /** Folders this run created to hold the output folder, outermost first: removed again if nothing was written. */
  private created: string[] = [];
  private locked = false;
  private staged = false;
  private committed = false;

  constructor(
    private readonly fs: WriterFs,
    private readonly folder: AcceptedFolder,
    private readonly request: WriteRequest,
  ) {
    this.transaction = new Transaction(fs, folder.names);
  }

  async run(): Promise<WriteResult> {
    let report: WriteReport | null = null;
    let interrupted: string | null = null;
    try {
      try {
        report = await this.switchOver();
      } catch (error) {
        if (error instanceof StopRequested) interrupted = this.stopReason();
        else if (isFsError(error)) this.fail(error, this.committed ? 'the switch to the new output is recorded in .errcat-journal.json and the next errcat run finishes it' : 'nothing in the output folder was changed');
        else throw error;
      }
      await this.cleanUp();
    } finally {
      this.transaction.forgetLock();
    }
    if (this.diagnostics.length > 0) report = null;
    return { diagnostics: this.diagnostics, report, interrupted: interrupted ?? (report ? this.stopReason() : null) };
  }

  private async switchOver(): Promise<WriteReport | null> {
    const { names } = this.folder;
    this.request.stop?.onDiskPhase?.();
    if (!this.folder.exists) this.created = await makeFolders(this.fs, names.root);
    const busy = await this.transaction.acquireLock();
    if (busy) return this.refuse([busy]);
    this.locked = true;
    const recovery = await this.transaction.recover();
    if (recovery.diagnostics.length > 0) return this.refuse(recovery.diagnostics);
    this.checkpoint();
    const { plan, diagnostics } = await planWrite(this.fs, { names, ownedDirs: this.request.ownedDirs, files: this.request.files, adopt: this.request.adopt });
    if (diagnostics.length > 0) return this.refuse(diagnostics);
    const report = reportOf(plan, recovery.recovered);
    if (plan.writes.length === 0 && plan.removals.length === 0) return report;

    this.staged = true;
    const journal = await this.transaction.stage(plan, () => this.checkpoint());
    this.checkpoint();
    // A rename either happens or not: if this throws, nothing is committed.
    await this.transaction.commit(journal);
    this.committed = true;
    try {
      await this.transaction.apply(journal);
    } catch (error) {
      if (!isFsError(error)) throw error;
      this.staged = false;
      try {
        const refusal = await this.transaction.rollBack(journal);
        this.fail(error, 'errcat put the old output back');
        if (refusal) this.diagnostics.push(refusal);
      } catch (undoError) {
        if (!isFsError(undoError)) throw undoError;
        this.fail(error, 'errcat then tried to put the old output back');
        this.fail(undoError, 'errcat could not finish putting the old output back; .errcat-journal.json records where it stopped, and the next errcat run completes it');
      }
      return null;
    }
    const refusal = await this.transaction.finish(journal);
    this.staged = false;
    if (refusal) this.diagnostics.push(refusal);
    return report;
  }

  /** Removes whatever of this run is still on disk; a failure here is reported, never thrown. */
  private async cleanUp(): Promise<void> {
    const leftover = 'the output is as reported, but errcat could not remove its temporary files; the next errcat run removes them';
    if (this.staged && !this.committed) await this.attempt(() => this.transaction.emptyStage().then((r) => void (r && this.diagnostics.push(r))), leftover);
    if (this.locked) await this.attempt(() => this.transaction.releaseLock(), leftover);
    // A folder created for output that never came stays empty: remove it, never anything in it.
    if (!this.committed && this.created.length > 0) {
      for (const dir of [...this.created].reverse()) await this.attempt(() => this.fs.rmdir(dir), 'errcat could not remove the empty output folder it had created');
    }
  }

  private async attempt(step: () => Promise<void>, outcome: string): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (!isFsError(error)) throw error;
      this.fail(error, outcome);
    }
  }

  private refuse(diagnostics: Diagnostic[]): null {
    this.diagnostics.push(...diagnostics);
    return null;
  }

  private fail(error: FsError, outcome: string): void {
    this.diagnostics.push(fsFailure(error, this.folder.names, outcome));
  }

  private checkpoint(): void {
    if (this.request.stop?.signal.aborted) throw new StopRequested();
  }

  private stopReason(): string | null {
    const signal = this.request.stop?.signal;
    return signal?.aborted ? String(signal.reason) : null;
  }
}

function reportOf(plan: WritePlan, recovered: Recovery): WriteReport {
  return {
    written: plan.writes.map((w) => w.path).sort(),
    unchanged: plan.unchanged,
    removed: plan.removals,
    kept: plan.kept,
    adopted: plan.adopted,
    recovered,
  };
}

/** Creates a folder and its missing parents; returns those it created, outermost first. */
async function makeFolders(fs: WriterFs, dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let current = dir; (await fs.kind(current)) === 'missing'; current = path.dirname(current)) missing.unshift(current);
  const created: string[] = [];
  try {
    for (const folder of missing) {
      await fs.mkdir(folder);
      created.push(folder);
    }
  } catch (error) {
    for (const folder of created.reverse()) await fs.rmdir(folder).catch(() => undefined);
    throw error;
  }
  return created;
}

/** Output paths come from targets: one outside its folder, or clashing with another, is a bug in errcat, not input. */
function assertTargetPaths(ownedDirs: readonly string[], files: readonly OutputFile[]): void {
  for (const dir of ownedDirs) {
    if (!isSafeRelative(dir) || RESERVED_NAMES.includes(dir.split('/')[0]!)) throw new Error(`a target owns the folder ${JSON.stringify(dir)}, which errcat cannot write`);
  }
  const paths = new Set<string>();
  for (const file of files) {
    if (!isSafeRelative(file.path) || !ownedDirs.some((dir) => file.path.startsWith(`${dir}/`))) throw new Error(`target produced a path outside its folder: ${file.path}`);
    if (paths.has(file.path)) throw new Error(`two targets produced ${file.path}`);
    paths.add(file.path);
  }
  for (const file of paths) {
    for (let cut = file.indexOf('/'); cut >= 0; cut = file.indexOf('/', cut + 1)) {
      if (paths.has(file.slice(0, cut))) throw new Error(`target produced both the file ${file.slice(0, cut)} and ${file} below it`);
    }
  }
}
