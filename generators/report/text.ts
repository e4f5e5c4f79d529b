/**
 * `--format text`, for people at a terminal: diagnostics, notes and file
 * states on stderr in the compiler form editors jump to
 * (`file:line:column - error rule: message`), changes and the summary on
 * stdout. Colour marks severities and verdicts when the stream shows it.
 */
import { terminalLine } from '../escape/terminal.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ChangeRecord, FileRecord, Report, Verdict } from './model.js';
import { paint, print, type Output, type Part, type Style } from './output.js';

const SEVERITY_STYLE: Record<Diagnostic['severity'], Style> = { error: 'red', warning: 'yellow' };
const VERDICT_STYLE: Record<Verdict, Style> = { breaking: 'red', compatible: 'green', notice: 'cyan' };

/** `file:line:column - error rule: message`, the severity painted; one line whatever the message holds. */
export function diagnosticParts(d: Diagnostic): Part[] {
  return [`${terminalLine(d.file)}:${d.line}:${d.column} - `, paint(SEVERITY_STYLE[d.severity], d.severity), ` ${d.rule}: ${terminalLine(d.message)}`];
}

/** `breaking   status-changed              payment.x: status 422 is now 400`, with the position after it when known. */
export function changeParts(c: ChangeRecord): Part[] {
  const where = c.file === null ? '' : `  (${terminalLine(c.file)}:${c.line ?? 1}:${c.column ?? 1})`;
  return [paint(VERDICT_STYLE[c.verdict], c.verdict.padEnd(10)), ` ${c.kind.padEnd(27)} ${terminalLine(c.code)}${c.code ? ': ' : ''}${terminalLine(c.message)}${where}`];
}

const FILE_TEXT: Record<FileRecord['state'], (file: string) => string> = {
  stale: (f) => `stale: ${f}`,
  extra: (f) => `extra: ${f}`,
  kept: (f) => `kept: ${f} (errcat no longer generates it, and it was edited since errcat wrote it)`,
  adopted: (f) => `adopted: ${f}`,
};

/** Prints a report as text. */
export function renderText(report: Report, output: Output): void {
  const { stdout, stderr } = output;
  for (const d of report.diagnostics) print(stderr, ...diagnosticParts(d), '\n');
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  if (report.diagnostics.length > 0) print(stderr, `${errors} error(s), ${report.diagnostics.length - errors} warning(s)\n`);
  for (const note of report.notes) print(stderr, `${note}\n`);
  // kept and adopted first: they happened; stale and extra are what is left to do.
  const order: FileRecord['state'][] = ['kept', 'stale', 'extra', 'adopted'];
  for (const state of order) {
    for (const f of report.files) {
      if (f.state === state) print(stderr, state === 'stale' || state === 'extra' ? paint('yellow', FILE_TEXT[state](f.file)) : FILE_TEXT[state](f.file), '\n');
    }
  }
  for (const c of report.changes) print(stdout, ...changeParts(c), '\n');
  if (report.summary) print(stdout, `${report.summary}\n`);
}
