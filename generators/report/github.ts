/**
 * `--format github`: GitHub Actions workflow commands, so each problem
 * shows on the pull request at its line
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 *
 *   ::error file=catalog/auth.yaml,line=12,col=5,title=schema::codes.x.status must be >= 100
 *
 * A message is data: GitHub unescapes `%25`, `%0D` and `%0A` in it, so `%`,
 * CR and LF are written that way, and a catalog text can never end the
 * command early or start a second one on a new line. A property value
 * also ends at `,` and its name at `:`, so those become `%2C` and `%3A`.
 * Annotations go to stdout, where the runner reads commands; the summary
 * line follows as plain text.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { ChangeRecord, FileRecord, Report, Verdict } from './model.js';
import { print, type Output } from './output.js';

/** Escapes a workflow command's message. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

type Level = 'error' | 'warning' | 'notice';

/** One workflow command line: `::level prop=value,...::message`. */
export function githubCommand(level: Level, properties: Record<string, string | number | null | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${k}=${escapeGithubProperty(String(v))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeGithubData(message)}`;
}

const VERDICT_LEVEL: Record<Verdict, Level> = { breaking: 'error', compatible: 'notice', notice: 'notice' };

function diagnosticLine(d: Diagnostic): string {
  return githubCommand(d.severity, { file: d.file, line: d.line, col: d.column, title: `errcat ${d.rule}` }, d.message);
}

function changeLine(c: ChangeRecord): string {
  const title = `errcat ${c.verdict} change: ${c.kind}`;
  return githubCommand(VERDICT_LEVEL[c.verdict], { file: c.file, line: c.line, col: c.column, title }, c.code ? `${c.code}: ${c.message}` : c.message);
}

const FILE_MESSAGE: Record<FileRecord['state'], string> = {
  stale: 'out of date: this file is not what the catalog generates; run errcat generate and commit the result',
  extra: 'errcat no longer generates this file; run errcat generate to remove it',
  kept: 'errcat no longer generates this file, and it was edited since errcat wrote it: kept',
  adopted: 'errcat overwrote this file, which it had not written (--adopt)',
};

function fileLine(f: FileRecord): string {
  const level: Level = f.state === 'stale' || f.state === 'extra' ? 'error' : 'notice';
  return githubCommand(level, { file: f.file, line: 1, col: 1, title: `errcat ${f.state} output` }, FILE_MESSAGE[f.state]);
}

/** Prints a report as workflow commands, then its summary and notes as plain lines. */
export function renderGithub(report: Report, output: Output): void {
  const lines = [...report.diagnostics.map(diagnosticLine), ...report.files.map(fileLine), ...report.changes.map(changeLine)];
  for (const line of lines) print(output.stdout, `${line}\n`);
  for (const note of report.notes) print(output.stdout, `${escapeGithubData(note)}\n`);
  if (report.summary) print(output.stdout, `${report.summary}\n`);
}
