/**
 * What every command gets: the output streams and a way to end with a
 * report. A command builds a {@link Report} and calls `finish`; it never
 * prints findings itself nor calls process.exit (only bin/errcat.js ends
 * the process, with the code main() returns).
 */
import { InvalidArgumentError, Option } from 'commander';
import { applyLimit, DEFAULT_OPTIONS, type ErrcatOptions, type Limits } from '../options.js';
import { REPORT_FORMATS, renderReport, type Output, type Report, type ReportFormat } from '../report/index.js';

export interface CommandContext {
  output: Output;
  /** Sets the exit code of this run (commands/exit-codes.ts). */
  setExit(code: number): void;
  /** Prints the report in the chosen format and takes its exit code. */
  finish(report: Report, format: ReportFormat): void;
}

export function createContext(output: Output, setExit: (code: number) => void): CommandContext {
  return {
    output,
    setExit,
    finish(report, format) {
      renderReport(report, format, output);
      setExit(report.exitCode);
    },
  };
}

/** `--catalog DIR`, the folder of the catalog's YAML files. */
export const catalogOption = () => new Option('--catalog <dir>', 'catalog folder').default(DEFAULT_OPTIONS.catalogDir);

/** `--out DIR`, the output folder. */
export const outOption = () => new Option('--out <dir>', 'output folder').default(DEFAULT_OPTIONS.outDir);

/** `--limit name=value`, repeatable: each overrides one limit (options.ts LIMIT_NAMES; README, "Limits and scale"). */
export const limitOption = () =>
  new Option('--limit <name=value>', 'override a limit, such as file-tokens=4000000 (repeatable)').argParser((text: string, limits: Limits | undefined) => {
    const applied = applyLimit(limits ?? DEFAULT_OPTIONS.limits, text);
    if ('error' in applied) throw new InvalidArgumentError(applied.error);
    return applied;
  });

/** `--format text|json|github`, how the report is printed (generators/report/). */
export const formatOption = () =>
  new Option('--format <format>', 'report format: text for people, json for scripts, github for workflow annotations').choices(REPORT_FORMATS).default('text');

/** The options object for a catalog folder (and output folder), every other setting at its default. */
export function optionsFor(catalog: string, out: string = DEFAULT_OPTIONS.outDir, extra: Partial<ErrcatOptions> = {}): ErrcatOptions {
  return { ...DEFAULT_OPTIONS, catalogDir: catalog, outDir: out, ...extra };
}

/** Help text listing examples, appended to a command's --help. */
export function examples(...lines: [string, string][]): string {
  const width = Math.max(...lines.map(([cmd]) => cmd.length));
  return `\nExamples:\n${lines.map(([cmd, what]) => `  $ ${cmd.padEnd(width)}  # ${what}`).join('\n')}\n`;
}
