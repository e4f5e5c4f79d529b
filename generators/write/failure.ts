/**
 * The writer's problems as diagnostics, like a catalog's: a rule id, the
 * file (as the user named the output folder, not its resolved real path)
 * and line 1, column 1, since an output problem has no line of its own.
 */
import path from 'node:path';
import { RULES, type Diagnostic, type RuleId } from '../diagnostics.js';
import { explainFsError, type FsError } from './fs.js';
import { below } from './paths.js';

/** Maps paths below the output folder back to how the user wrote them. */
export class OutputNames {
  constructor(
    /** The output folder as given (--out). */
    readonly shown: string,
    /** Its real path, where the writer works. */
    readonly root: string,
  ) {}

  /** How to show a relative output path: out/docs/errors.md. */
  show(relative: string): string {
    return relative === '' ? this.shown : path.join(this.shown, ...relative.split('/'));
  }

  /** How to show an absolute path the file system reported. */
  showAbsolute(absolute: string): string {
    const relative = path.relative(this.root, absolute);
    if (relative === '') return this.shown;
    if (relative.startsWith('..') || path.isAbsolute(relative)) return absolute;
    return path.join(this.shown, relative);
  }

  /** The absolute path of a relative output path. */
  abs(relative: string): string {
    return relative === '' ? this.root : below(this.root, relative);
  }
}

/** A diagnostic about the output folder. */
export function outputDiagnostic(rule: RuleId, file: string, message: string): Diagnostic {
  return { rule, severity: RULES[rule].severity, message, file, line: 1, column: 1 };
}

/**
 * A failed file-system operation as an `output-write-failed` diagnostic:
 * which operation, on which file, why, and what state the output is in.
 */
export function fsFailure(error: FsError, names: OutputNames, outcome: string): Diagnostic {
  const file = error.path ? names.showAbsolute(error.path) : names.shown;
  const operation = error.syscall ? `${error.syscall} failed` : 'failed';
  return outputDiagnostic('output-write-failed', file, `${operation}: ${explainFsError(error)}; ${outcome}`);
}
