/** Renders a report in the format the user chose. */
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import type { Report, ReportFormat } from './model.js';
import type { Output } from './output.js';
import { renderText } from './text.js';

export { REPORT_FORMATS, emptyReport, type ChangeRecord, type FileRecord, type Report, type ReportFormat, type Verdict } from './model.js';
export { print, paint, processOutput, type Output } from './output.js';

const RENDERERS: Record<ReportFormat, (report: Report, output: Output) => void> = { text: renderText, json: renderJson, github: renderGithub };

/** Prints `report` to `output` as `format`. */
export function renderReport(report: Report, format: ReportFormat, output: Output): void {
  RENDERERS[format](report, output);
}
