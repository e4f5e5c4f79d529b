/**
 * The switch from the old output to the new one, so that whatever happens
 * (a full disk, a read-only folder, a kill) the output folder ends up as the
 * complete old output or the complete new one.
 *
 * 1. Every new file is written into the staging folder and flushed.
 * 2. Commit point: the journal (what to move where) is renamed into place.
 *    Before it, a failure or a kill leaves the old output untouched, and the
 *    next run discards the staging folder.
 * 3. Old files are moved into the staging folder (kept for undo) and new
 *    ones into place. If this fails, errcat marks the journal "rollback" and
 *    moves the old files back; if errcat is killed, the next run finds the
 *    journal and finishes what it says: forward after "commit", back after
 *    "rollback". Every step checks what is on disk before it acts, so
 *    finishing twice is the same as finishing once.
 * 4. Folders are flushed, the journal removed, the staging folder emptied.
 *
 * Node has no atomic exchange of two folders (renameat2), so this journal
 * with its roll-forward is how the switch is made atomic to any later run.
 * One lock file keeps two errcat processes from switching one folder at once.
 */
import path from 'node:path';
import { compareStrings, type Diagnostic } from '../diagnostics.js';
import { outputDiagnostic, type OutputNames } from './failure.js';
import { hasCode, type WriterFs } from './fs.js';
import { isSafeRelative, JOURNAL_FILE, LOCK_FILE, parentsOf, STAGE_DIR, STAGED_JOURNAL, STAGED_NAME } from './paths.js';
import type { WritePlan } from './plan.js';

/** What the journal records: enough to finish the switch in either direction from any point. */
export interface Journal {
  format: 1;
  state: 'commit' | 'rollback';
  /** New files: where they wait in the staging folder, and where the old file goes while the switch is undoable. */
  writes: { path: string; staged: string; backup: string; existed: boolean }[];
  removals: { path: string; backup: string }[];
  /** Folders the switch creates, each after its parent. */
  newDirs: string[];
}

/** What a run found left over by an earlier one, and did about it. */
export type Recovery = 'none' | 'rolled-forward' | 'rolled-back' | 'discarded';

/** How long a lock being written is given to be complete. */
const LOCK_SETTLE_MS = 50;

/** Locks held by this process, so a lock file naming this pid but not held here is known to be stale. */
const HELD = new Set<string>();

/** The disk side of one run's switch, in one output folder. */
export class Transaction {
  constructor(
    private readonly fs: WriterFs,
    private readonly names: OutputNames,
  ) {}

  private get lockPath(): string {
    return this.names.abs(LOCK_FILE);
  }

  private get journalPath(): string {
    return this.names.abs(JOURNAL_FILE);
  }

  private staged(name: string): string {
    return path.join(this.names.abs(STAGE_DIR), name);
  }

  /** True when an earlier run left a lock, journal or staging folder: something to recover. */
  async hasLeftovers(): Promise<boolean> {
    for (const name of [LOCK_FILE, JOURNAL_FILE, STAGE_DIR]) if ((await this.fs.kind(this.names.abs(name))) !== 'missing') return true;
    return false;
  }

  /**
   * Takes the folder's lock, or says who holds it. A lock whose process is
   * gone (killed) is taken over; its run's leftovers are then recovered.
   */
  async acquireLock(): Promise<Diagnostic | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.fs.writeFile(this.lockPath, `${process.pid}\n`, { exclusive: true });
        HELD.add(this.lockPath);
        return null;
      } catch (error) {
        if (!hasCode(error, 'EEXIST')) {
          // The lock may exist half-written (a full disk): it is ours to remove.
          await this.fs.unlink(this.lockPath).catch(() => undefined);
          throw error;
        }
      }
      if ((await this.fs.kind(this.lockPath)) !== 'file') {
        return outputDiagnostic('output-folder-refused', this.names.show(LOCK_FILE), 'errcat reserves this name for its lock file, but this is not a file errcat made: remove it');
      }
      const holder = await this.lockHolder();
      if (holder !== null && isRunning(holder, this.lockPath)) {
        return outputDiagnostic('output-folder-refused', this.names.show(LOCK_FILE), `another errcat (process ${holder}) is writing this folder; wait for it, or remove the lock if no errcat is running`);
      }
      await this.fs.unlink(this.lockPath).catch((error: unknown) => (hasCode(error, 'ENOENT') ? undefined : Promise.reject(error)));
    }
    return outputDiagnostic('output-folder-refused', this.names.show(LOCK_FILE), 'another errcat took the lock of this folder at the same moment; rerun when it is done');
  }

  /**
   * The process a lock file names. A lock is written whole in one write, its
   * pid ended by a newline; one without the newline is being written right
   * now or was cut short by a full disk. Read again a moment later, a lock
   * still cut short names no one: its run failed before it could remove it.
   */
  private async lockHolder(): Promise<number | null> {
    for (let read = 0; read < 2; read++) {
      const match = /^([1-9][0-9]{0,9})\n$/.exec((await this.fs.readFile(this.lockPath)).toString('utf8'));
      if (match) return Number(match[1]);
      if (read === 0) await new Promise((resolve) => setTimeout(resolve, LOCK_SETTLE_MS));
    }
    return null;
  }

  async releaseLock(): Promise<void> {
    await this.fs.unlink(this.lockPath);
    HELD.delete(this.lockPath);
  }

  /** The run is over without releasing its lock (a bug threw): the lock file left on disk is then stale, like a killed run's. */
  forgetLock(): void {
    HELD.delete(this.lockPath);
  }

  /** Finishes or discards what a killed run left (under the lock, before planning). */
  async recover(): Promise<{ recovered: Recovery; diagnostics: Diagnostic[] }> {
    const kind = await this.fs.kind(this.journalPath);
    if (kind === 'missing') {
      const stage = await this.fs.kind(this.names.abs(STAGE_DIR));
      if (stage === 'missing') return { recovered: 'none', diagnostics: [] };
      const refusal = await this.emptyStage();
      return { recovered: 'discarded', diagnostics: refusal ? [refusal] : [] };
    }
    const journal = kind === 'file' ? parseJournal((await this.fs.readFile(this.journalPath)).toString('utf8')) : null;
    if (!journal) {
      const message = 'the journal of an interrupted errcat run is damaged, so errcat cannot tell which files are old and which new; restore the output folder (git checkout), then remove this file and the .errcat-stage folder';
      return { recovered: 'none', diagnostics: [outputDiagnostic('output-manifest-invalid', this.names.show(JOURNAL_FILE), message)] };
    }
    const blocked = await this.checkParents(journal);
    if (blocked) return { recovered: 'none', diagnostics: [blocked] };
    if (journal.state === 'commit') {
      await this.apply(journal);
      const refusal = await this.finish(journal);
      return { recovered: 'rolled-forward', diagnostics: refusal ? [refusal] : [] };
    }
    await this.undo(journal);
    const refusal = await this.finish(journal);
    return { recovered: 'rolled-back', diagnostics: refusal ? [refusal] : [] };
  }

  /** Step 1: writes every new file into the staging folder; `checkpoint` may stop the run between files. */
  async stage(plan: WritePlan, checkpoint: () => void): Promise<Journal> {
    const name = (kind: 'new' | 'old', i: number) => `${kind}-${String(i + 1).padStart(6, '0')}`;
    const writes = plan.writes.map((w, i) => ({ path: w.path, staged: name('new', i), backup: name('old', i), existed: w.existed }));
    const removals = plan.removals.map((p, j) => ({ path: p, backup: name('old', writes.length + j) }));
    await this.fs.mkdir(this.names.abs(STAGE_DIR));
    for (const [i, write] of plan.writes.entries()) {
      checkpoint();
      await this.fs.writeFile(this.staged(writes[i]!.staged), write.contents, { exclusive: true });
    }
    await this.fs.syncDir(this.names.abs(STAGE_DIR));
    return { format: 1, state: 'commit', writes, removals, newDirs: plan.newDirs };
  }

  /**
   * Step 2, the commit point: once the journal's rename is done, the switch
   * is finished whatever happens, forward (after a kill) or back (after a
   * failure errcat sees). Flushing the rename is the first step of
   * {@link apply}, so a failure to flush is undone like any other.
   */
  async commit(journal: Journal): Promise<void> {
    await this.fs.writeFile(this.staged(STAGED_JOURNAL), `${JSON.stringify(journal)}\n`, { exclusive: false });
    await this.fs.rename(this.staged(STAGED_JOURNAL), this.journalPath);
  }

  /** Step 3, or finishing it after a kill: removals, new folders, then each file. Safe to repeat. */
  async apply(journal: Journal): Promise<void> {
    await this.fs.syncDir(this.names.root);
    for (const removal of journal.removals) {
      if ((await this.fs.kind(this.names.abs(removal.path))) === 'file') await this.fs.rename(this.names.abs(removal.path), this.staged(removal.backup));
    }
    // The journal's new folders, and any folder above a new file that is gone (a folder the clean-up of a
    // killed run had emptied and removed): checkParents saw that nothing else is in their way.
    const dirs = new Set([...journal.newDirs, ...journal.writes.flatMap((w) => parentsOf(w.path))]);
    for (const dir of [...dirs].sort(compareStrings)) {
      if ((await this.fs.kind(this.names.abs(dir))) === 'missing') await this.fs.mkdir(this.names.abs(dir));
    }
    for (const write of journal.writes) {
      if ((await this.fs.kind(this.staged(write.staged))) !== 'file') continue;
      const target = this.names.abs(write.path);
      if (write.existed && (await this.fs.kind(target)) === 'file' && (await this.fs.kind(this.staged(write.backup))) === 'missing') {
        await this.fs.rename(target, this.staged(write.backup));
      }
      await this.fs.rename(this.staged(write.staged), target);
    }
  }

  /** Marks the journal "rollback" and puts the old output back: after a failure during {@link apply}. */
  async rollBack(journal: Journal): Promise<Diagnostic | null> {
    const back: Journal = { ...journal, state: 'rollback' };
    await this.writeJournal(back);
    await this.undo(back);
    return this.finish(back);
  }

  /** Puts every old file back and removes what the switch added. Safe to repeat. */
  private async undo(journal: Journal): Promise<void> {
    for (const write of [...journal.writes].reverse()) {
      const target = this.names.abs(write.path);
      if ((await this.fs.kind(this.staged(write.backup))) === 'file') {
        await this.fs.rename(this.staged(write.backup), target);
      } else if (!write.existed && (await this.fs.kind(this.staged(write.staged))) === 'missing' && (await this.fs.kind(target)) === 'file') {
        await this.fs.unlink(target);
      }
    }
    for (const dir of [...journal.newDirs].reverse()) {
      if ((await this.fs.kind(this.names.abs(dir))) === 'dir') await this.fs.rmdir(this.names.abs(dir)).catch(ignore('ENOTEMPTY', 'EEXIST'));
    }
    for (const removal of [...journal.removals].reverse()) {
      if ((await this.fs.kind(this.staged(removal.backup))) === 'file') await this.fs.rename(this.staged(removal.backup), this.names.abs(removal.path));
    }
  }

  /**
   * Step 4: removes folders that removals emptied (below a target's own
   * folder), flushes every changed folder, removes the journal, empties the
   * staging folder. Returns a refusal if the staging folder holds something
   * errcat did not put there.
   */
  async finish(journal: Journal): Promise<Diagnostic | null> {
    if (journal.state === 'commit') {
      const emptied = new Set(journal.removals.flatMap((r) => parentsOf(r.path).slice(1)));
      for (const dir of [...emptied].sort(compareStrings).reverse()) {
        if ((await this.fs.kind(this.names.abs(dir))) === 'dir') await this.fs.rmdir(this.names.abs(dir)).catch(ignore('ENOTEMPTY', 'EEXIST'));
      }
    }
    const changed = new Set([...journal.writes, ...journal.removals].flatMap((e) => parentsOf(e.path)));
    for (const dir of [...changed].sort(compareStrings)) if ((await this.fs.kind(this.names.abs(dir))) === 'dir') await this.fs.syncDir(this.names.abs(dir));
    await this.fs.syncDir(this.names.root);
    await this.fs.unlink(this.journalPath);
    await this.fs.syncDir(this.names.root);
    return this.emptyStage();
  }

  /**
   * Removes the staging folder: the files errcat names there and nothing
   * else. What a user put there stays, and is reported.
   */
  async emptyStage(): Promise<Diagnostic | null> {
    const stage = this.names.abs(STAGE_DIR);
    const kind = await this.fs.kind(stage);
    if (kind === 'missing') return null;
    if (kind !== 'dir') {
      const rule = kind === 'symlink' ? 'output-symlink' : 'output-folder-refused';
      return outputDiagnostic(rule, this.names.show(STAGE_DIR), 'errcat reserves this name for its staging folder, but this is not a folder errcat made: remove it');
    }
    for (const name of (await this.fs.readdir(stage)).sort(compareStrings)) {
      if ((STAGED_NAME.test(name) || name === STAGED_JOURNAL) && (await this.fs.kind(this.staged(name))) === 'file') await this.fs.unlink(this.staged(name));
    }
    try {
      await this.fs.rmdir(stage);
    } catch (error) {
      if (!hasCode(error, 'ENOTEMPTY', 'EEXIST')) throw error;
      return outputDiagnostic('output-folder-refused', this.names.show(STAGE_DIR), 'errcat\'s staging folder holds files errcat did not put there; move them away');
    }
    return null;
  }

  /** Writes the journal atomically: complete in the staging folder, then renamed into place. */
  private async writeJournal(journal: Journal): Promise<void> {
    await this.fs.writeFile(this.staged(STAGED_JOURNAL), `${JSON.stringify(journal)}\n`, { exclusive: false });
    await this.fs.rename(this.staged(STAGED_JOURNAL), this.journalPath);
    await this.fs.syncDir(this.names.root);
  }

  /**
   * A symlink (or file) where a journal's folder should be: something
   * changed after the kill. Refuse to act through it. A missing folder is
   * fine: it is one the switch creates or its clean-up removed.
   */
  private async checkParents(journal: Journal): Promise<Diagnostic | null> {
    const stage = await this.fs.kind(this.names.abs(STAGE_DIR));
    if (stage === 'missing') {
      // errcat removes the staging folder only after the journal: without it, the journal's new and old files are gone.
      return outputDiagnostic('output-manifest-invalid', this.names.show(JOURNAL_FILE), 'an interrupted errcat run left this journal, but its staging folder .errcat-stage is gone, so its switch cannot be finished; restore the output folder (git checkout), then remove this file');
    }
    if (stage !== 'dir') {
      return outputDiagnostic(stage === 'symlink' ? 'output-symlink' : 'output-folder-refused', this.names.show(STAGE_DIR), 'errcat reserves this name for its staging folder, but this is not a folder errcat made: remove it');
    }
    const dirs = new Set([...journal.writes, ...journal.removals].flatMap((e) => parentsOf(e.path)));
    for (const dir of [...dirs].sort(compareStrings)) {
      const kind = await this.fs.kind(this.names.abs(dir));
      if (kind === 'dir' || kind === 'missing') continue;
      const rule = kind === 'symlink' ? 'output-symlink' : 'output-foreign-file';
      return outputDiagnostic(rule, this.names.show(dir), `an interrupted errcat run must finish its switch here, but this is no longer the folder it was (${kind}); restore it, then rerun`);
    }
    return null;
  }
}

/** Reads a journal; null for anything errcat did not write. */
function parseJournal(text: string): Journal | null {
  let data: Journal;
  try {
    data = JSON.parse(text) as Journal;
  } catch {
    return null;
  }
  const name = (value: unknown) => typeof value === 'string' && STAGED_NAME.test(value);
  const relative = (value: unknown) => typeof value === 'string' && isSafeRelative(value);
  const ok =
    typeof data === 'object' && data !== null &&
    data.format === 1 && (data.state === 'commit' || data.state === 'rollback') &&
    Array.isArray(data.writes) && data.writes.every((w) => relative(w?.path) && name(w.staged) && name(w.backup) && typeof w.existed === 'boolean') &&
    Array.isArray(data.removals) && data.removals.every((r) => relative(r?.path) && name(r.backup)) &&
    Array.isArray(data.newDirs) && data.newDirs.every(relative);
  return ok ? data : null;
}

/** True when the process holding a lock still runs. */
function isRunning(pid: number, lockPath: string): boolean {
  if (pid === process.pid) return HELD.has(lockPath);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return !hasCode(error, 'ESRCH');
  }
}

/** A catch handler that lets the given error codes pass. */
function ignore(...codes: string[]): (error: unknown) => Promise<void> {
  return (error) => (hasCode(error, ...codes) ? Promise.resolve() : Promise.reject(error));
}
