/**
 * What a command reports, as data: the diagnostics it found, the changes it
 * classified and the files it judged, with one summary line. The renderers
 * (text.ts, json.ts, github.ts) turn one {@link Report} into the output of
 * `--format text|json|github`; commands never print findings themselves.
 */
import type { Diagnostic } from '../diagnostics.js';

/** The formats every reporting command accepts with `--format`. */
export const REPORT_FORMATS = ['text', 'json', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** How a change affects consumers: what `errcat diff` decides for each. */
export type Verdict = 'breaking' | 'compatible' | 'notice';

/**
 * One change between two versions of a catalog. `file`, `line` and `column`
 * point into the newer catalog (the older one for a removal); they are null
 * when the version compared was a model JSON, which holds no positions.
 */
export interface ChangeRecord {
  file: string | null;
  line: number | null;
  column: number | null;
  verdict: Verdict;
  /** A stable id of the kind of change, for CI to match on (`status-changed`). */
  kind: string;
  /** The wire code (or family) the change is about; '' for the catalog as a whole. */
  code: string;
  message: string;
  /** What exactly changed (diff: property, keyword, from, to, direction, bump); json prints it as it is. */
  details?: Record<string, unknown>;
}

/** What `generate` found or did to one output file. */
export type FileState = 'stale' | 'extra' | 'kept' | 'adopted';

export interface FileRecord {
  /** The path as the user named the output folder: `out/model/catalog.json`. */
  file: string;
  state: FileState;
}

/** Everything one command run reports. */
export interface Report {
  /** The command: `validate`, `generate`, `diff`, ... */
  command: string;
  diagnostics: readonly Diagnostic[];
  changes: readonly ChangeRecord[];
  files: readonly FileRecord[];
  /** Lines of progress (`kept:`, `errcat: finished the switch ...`) for people; json keeps them in `notes`. */
  notes: readonly string[];
  /** One line saying how it went: `3 file(s) in out/ are stale: run errcat generate`. Empty for none. */
  summary: string;
  /** The exit code the command ends with (commands/exit-codes.ts). */
  exitCode: number;
  /** Extra, command-specific data for json (the semver bump of diff, for instance). */
  data?: Record<string, unknown>;
}

/** A report with nothing in it yet. */
export function emptyReport(command: string): Report {
  return { command, diagnostics: [], changes: [], files: [], notes: [], summary: '', exitCode: 0 };
}
