/**
 * The exit codes of every errcat command, in one table, so CI can tell a
 * failed check from a broken catalog from a typo in the workflow. The README
 * ("Exit codes") prints this table; test/exit-codes.test.ts proves each row.
 */
import type { Diagnostic } from '../diagnostics.js';

export const EXIT = {
  /** Everything passed. */
  ok: 0,
  /** A check failed: a breaking change (diff), stale output (generate --check), a version that did not move far enough (diff). */
  checkFailed: 1,
  /** The command line is wrong, or an input cannot be read: an unknown option or target, a missing catalog folder, a file that is not a model, a git ref that does not exist. */
  usage: 2,
  /** The catalog has errors: every problem printed as a diagnostic. */
  invalidCatalog: 3,
  /** The output folder was refused or could not be written (a foreign file, a symlink, a full disk); `init` found a file it would overwrite. */
  outputRefused: 4,
  /** errcat failed internally: a bug, which it says; ERRCAT_DEBUG=1 prints the stack. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Rules about input errcat could not read at all: a usage problem rather than a bad catalog. */
const UNREADABLE_RULES: ReadonlySet<string> = new Set(['file-unreadable']);

/**
 * The exit code for a run that stopped on these diagnostics (0 when none is
 * an error). When several kinds are present, the one a user must fix first
 * wins: unreadable input, then the catalog, then the output folder.
 */
export function exitCodeFor(diagnostics: readonly Diagnostic[]): ExitCode {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return EXIT.ok;
  if (errors.some((d) => UNREADABLE_RULES.has(d.rule))) return EXIT.usage;
  if (errors.some((d) => !isOutputRule(d.rule) && !d.rule.startsWith('init-'))) return EXIT.invalidCatalog;
  return EXIT.outputRefused;
}

/** The exit code of a run that could not go on: as {@link exitCodeFor}, and an invalid catalog when no diagnostic says more. */
export function failedExitCode(diagnostics: readonly Diagnostic[]): ExitCode {
  const code = exitCodeFor(diagnostics);
  return code === EXIT.ok ? EXIT.invalidCatalog : code;
}

function isOutputRule(rule: string): boolean {
  return rule.startsWith('output-');
}

/** 128 + the signal's number, as shells report a process a signal stopped (130 for SIGINT, 143 for SIGTERM). */
export const SIGNAL_EXIT_BASE = 128;
