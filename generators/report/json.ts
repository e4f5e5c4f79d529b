/**
 * `--format json`: one JSON document on stdout, nothing else on it, for
 * scripts and bots. The shape is versioned by `formatVersion` and
 * documented in the README ("Report formats"); a field is only ever added
 * within one format version, never renamed, retyped or removed.
 *
 * ```json
 * { "formatVersion": 1, "command": "validate", "ok": false, "exitCode": 3,
 *   "summary": "...", "counts": { "errors": 1, "warnings": 0, "breaking": 0, "compatible": 0, "notice": 0, "files": 0 },
 *   "diagnostics": [{ "file", "line", "column", "severity", "rule", "message" }],
 *   "changes": [{ "file", "line", "column", "verdict", "kind", "code", "message", "details"? }],
 *   "files": [{ "file", "state" }], "notes": ["..."] }
 * ```
 */
import { stringifyJson } from '../escape/json.js';
import type { Report } from './model.js';
import { print, type Output } from './output.js';

/** The version of the json report shape; raised on any change that is not an added field. */
export const REPORT_FORMAT_VERSION = 1;

/** The json document for a report, as a value (keys in a fixed order). */
export function reportDocument(report: Report): Record<string, unknown> {
  const count = (verdict: string) => report.changes.filter((c) => c.verdict === verdict).length;
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    command: report.command,
    ok: report.exitCode === 0,
    exitCode: report.exitCode,
    summary: report.summary,
    counts: {
      errors,
      warnings: report.diagnostics.length - errors,
      breaking: count('breaking'),
      compatible: count('compatible'),
      notice: count('notice'),
      files: report.files.length,
    },
    diagnostics: report.diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message })),
    changes: report.changes.map((c) => ({ file: c.file, line: c.line, column: c.column, verdict: c.verdict, kind: c.kind, code: c.code, message: c.message, ...(c.details ? { details: c.details } : {}) })),
    files: report.files.map((f) => ({ file: f.file, state: f.state })),
    notes: [...report.notes],
    ...(report.data ? { data: report.data } : {}),
  };
}

/** Prints a report as one JSON document (no raw unsafe characters: escape/json.ts). */
export function renderJson(report: Report, output: Output): void {
  print(output.stdout, `${stringifyJson(reportDocument(report), null, 2)}\n`);
}
