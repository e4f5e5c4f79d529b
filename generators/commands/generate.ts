/** `errcat generate`: validate, then render every target into the output folder; `--check` reports drift instead. */
import os from 'node:os';
import type { Command } from 'commander';
import { Option } from 'commander';
import { DEFAULT_OPTIONS, type Limits } from '../options.js';
import { emptyReport, type FileRecord, type ReportFormat } from '../report/index.js';
import type { StopControl } from '../write.js';
import { catalogOption, examples, formatOption, limitOption, optionsFor, outOption, type CommandContext } from './context.js';
import { EXIT, failedExitCode, SIGNAL_EXIT_BASE } from './exit-codes.js';

interface GenerateFlags {
  catalog: string;
  out: string;
  limit?: Limits;
  target?: string[];
  check?: boolean;
  adopt?: boolean;
  openapi: '3.1' | '3.0';
  format: ReportFormat;
}

const RECOVERED = {
  'rolled-forward': 'finished the switch of a killed errcat run',
  'rolled-back': 'undid the switch of a failed errcat run',
  discarded: 'discarded the staging of a killed errcat run',
} as const;

export function registerGenerate(program: Command, ctx: CommandContext): void {
  program
    .command('generate')
    .description('validate, then render every target into the output folder')
    .addOption(catalogOption())
    .addOption(limitOption())
    .addOption(outOption())
    .addOption(new Option('--target <name...>', 'targets to render (default: all; errcat targets lists them)'))
    .addOption(new Option('--openapi <version>', 'OpenAPI version of the openapi target').choices(['3.1', '3.0']).default('3.1'))
    .option('--check', 'write nothing (but finish a switch a killed run left); list outputs that are stale and exit 1 if any are')
    .option('--adopt', 'overwrite files at paths errcat generates although it did not write them (not in its manifest); never removes one')
    .addOption(formatOption())
    .addHelpText(
      'after',
      examples(
        ['errcat generate', 'render ./catalog into ./out'],
        ['errcat generate --check', 'the drift check for CI: exit 1 when out/ is stale'],
        ['errcat generate --check --format github', 'the same, annotating each stale file'],
        ['errcat generate --target typescript docs', 'render two targets only'],
        ['errcat generate --openapi 3.0 --out build/errors', 'OpenAPI 3.0.3, into another folder'],
      ),
    )
    .action(async (flags: GenerateFlags) => {
      const report = emptyReport('generate');
      // Loaded here, not at startup: --help and --version need none of the pipeline.
      const [{ generate }, { selectTargets, TARGETS }] = await Promise.all([import('../pipeline.js'), import('../targets/index.js')]);
      const { targets, unknown } = selectTargets(flags.target ?? []);
      if (unknown.length > 0) {
        report.notes = [`errcat: unknown target(s): ${unknown.join(', ')}; known: ${TARGETS.map((t) => t.name).join(', ')}`];
        report.exitCode = EXIT.usage;
        ctx.finish(report, flags.format);
        return;
      }
      const options = optionsFor(flags.catalog, flags.out, {
        targets: flags.target ?? [],
        check: flags.check ?? false,
        adopt: flags.adopt ?? false,
        openapi: { version: flags.openapi ?? DEFAULT_OPTIONS.openapi.version },
        limits: flags.limit ?? DEFAULT_OPTIONS.limits,
      });
      const signals = trapStopSignals();
      const result = await generate(options, targets, signals.stop).finally(() => signals.release());
      report.diagnostics = result.diagnostics;
      const written = result.report;
      if (!written) {
        if (result.interrupted) report.notes = [`errcat: stopped by ${result.interrupted}; ${options.outDir}/ is unchanged`];
        report.exitCode = result.interrupted ? signalExitCode(result.interrupted) : failedExitCode(result.diagnostics);
        ctx.finish(report, flags.format);
        return;
      }
      const notes: string[] = [];
      if (written.recovered !== 'none') notes.push(`errcat: ${RECOVERED[written.recovered]} in ${options.outDir}/`);
      report.notes = notes;
      const at = (p: string) => `${options.outDir}/${p}`;
      const files: FileRecord[] = written.kept.map((p) => ({ file: at(p), state: 'kept' }));
      if (options.check) {
        files.push(...written.written.map((p): FileRecord => ({ file: at(p), state: 'stale' })));
        files.push(...written.removed.map((p): FileRecord => ({ file: at(p), state: 'extra' })));
        const stale = written.written.length + written.removed.length;
        report.summary =
          stale === 0 ? `${options.outDir}/ is up to date (${written.unchanged.length} files)` : `${stale} file(s) in ${options.outDir}/ are stale: run errcat generate`;
        report.exitCode = stale === 0 ? EXIT.ok : EXIT.checkFailed;
      } else {
        files.push(...written.adopted.map((p): FileRecord => ({ file: at(p), state: 'adopted' })));
        report.summary = `${written.written.length} written, ${written.removed.length} removed, ${written.unchanged.length} unchanged in ${options.outDir}/`;
        report.exitCode = result.interrupted ? signalExitCode(result.interrupted) : EXIT.ok;
        report.data = { written: written.written, removed: written.removed, unchanged: written.unchanged.length };
      }
      report.files = files;
      ctx.finish(report, flags.format);
    });
}

/** Signals that stop a generate run. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The exit code of a process a signal stopped: 128 + the signal's number. */
function signalExitCode(signal: string): number {
  return SIGNAL_EXIT_BASE + (os.constants.signals[signal as NodeJS.Signals] ?? 0);
}

/**
 * Ctrl-C, kill and a closed terminal during generate. While errcat only
 * reads and renders they keep their default effect, ending the process at
 * once: nothing is on disk yet. Once the writer starts changing the disk,
 * they ask it to stop instead: it discards its staging (before the commit
 * point) or finishes the switch (after it), and the command then exits with
 * the signal's code.
 */
function trapStopSignals(): { stop: StopControl; release(): void } {
  const controller = new AbortController();
  const handlers = STOP_SIGNALS.map((signal) => [signal, () => controller.abort(signal)] as const);
  let installed = false;
  return {
    stop: {
      signal: controller.signal,
      onDiskPhase: () => {
        if (installed) return;
        installed = true;
        for (const [signal, handler] of handlers) process.on(signal, handler);
      },
    },
    release: () => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
    },
  };
}
