/**
 * The command line: maps flags onto the options object, runs the pipeline,
 * prints diagnostics and reports, and is the only module that exits.
 *
 * Exit codes: 0 success; 1 the catalog has errors, `--check` found stale
 * output, or the output folder was refused or could not be written; 2 the
 * command line itself is wrong or errcat failed internally; 128 + n when
 * signal n stopped generate (130 for Ctrl-C, 143 for SIGTERM).
 */
import os from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatDiagnostic, hasErrors, type Diagnostic } from './diagnostics.js';
import { stringifyJson } from './escape/json.js';
import { terminalText } from './escape/terminal.js';
import { applyLimit, DEFAULT_OPTIONS, type ErrcatOptions, type Limits } from './options.js';
import { diffCatalogs } from './diff.js';
import { loadModelFile } from './load.js';
import type { CatalogModel } from './model.js';
import { checkCatalog, generate } from './pipeline.js';
import type { StopControl } from './write.js';
import { renderModelJson } from './targets/model.js';
import { selectTargets, TARGETS } from './targets/index.js';

/**
 * Everything errcat prints goes through these two: catalog text, file names
 * and command-line arguments reach the terminal with their controls and
 * bidirectional characters shown as escapes (escape/terminal.ts). JSON
 * output is written by stringifyJson, which leaves none raw, so it passes
 * unchanged.
 */
function printOut(text: string): void {
  process.stdout.write(terminalText(text));
}

function printErr(text: string): void {
  process.stderr.write(terminalText(text));
}

interface CommonFlags {
  catalog: string;
  out: string;
  limit?: Limits;
}

type GenerateFlags = CommonFlags & { target?: string[]; check?: boolean; adopt?: boolean; openapi?: '3.1' | '3.0' };

function toOptions(flags: GenerateFlags): ErrcatOptions {
  return {
    ...DEFAULT_OPTIONS,
    catalogDir: flags.catalog,
    outDir: flags.out,
    targets: flags.target ?? [],
    check: flags.check ?? false,
    adopt: flags.adopt ?? false,
    limits: flags.limit ?? DEFAULT_OPTIONS.limits,
    openapi: { version: flags.openapi ?? DEFAULT_OPTIONS.openapi.version },
  };
}

/** A catalog version to compare: a model JSON file, or a catalog folder to check and normalize. */
async function loadVersion(source: string): Promise<{ model: CatalogModel } | { error: string }> {
  if (source.endsWith('.json')) return loadModelFile(source);
  const { diagnostics, model } = await checkCatalog(toOptions({ catalog: source, out: DEFAULT_OPTIONS.outDir }));
  printDiagnostics(diagnostics);
  return model ? { model } : { error: `errcat: ${source} has errors; fix them before comparing` };
}

function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) printErr(`${formatDiagnostic(d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length > 0) printErr(`${errors} error(s), ${warnings} warning(s)\n`);
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command()
    .name('errcat')
    .description('Validate an error catalog and render it into TypeScript, Markdown docs and OpenAPI components.')
    .showHelpAfterError()
    // commander's own messages quote the command line (an unknown option, a bad value): printed the same safe way.
    .configureOutput({ writeOut: printOut, writeErr: printErr })
    .exitOverride();

  const catalogOption = () => new Option('--catalog <dir>', 'catalog folder').default(DEFAULT_OPTIONS.catalogDir);
  const outOption = () => new Option('--out <dir>', 'output folder').default(DEFAULT_OPTIONS.outDir);
  // Repeatable; each name=value overrides one limit (README, "Limits").
  const limitOption = () =>
    new Option('--limit <name=value>', 'override a limit, such as file-tokens=4000000 (repeatable)').argParser((text: string, limits: Limits | undefined) => {
      const applied = applyLimit(limits ?? DEFAULT_OPTIONS.limits, text);
      if ('error' in applied) throw new InvalidArgumentError(applied.error);
      return applied;
    });

  program
    .command('validate')
    .description('check the catalog and print every problem as file:line:column')
    .addOption(catalogOption())
    .addOption(limitOption())
    .action(async (flags: CommonFlags) => {
      const { diagnostics, model } = await checkCatalog(toOptions({ ...flags, out: DEFAULT_OPTIONS.outDir }));
      printDiagnostics(diagnostics);
      if (model) printOut(`${model.id}: ${model.definitions.length} definitions, ${model.wireCodes.length} codes on the wire: valid\n`);
      setExit(hasErrors(diagnostics) || !model ? 1 : 0);
    });

  program
    .command('generate')
    .description('validate, then render every target into the output folder')
    .addOption(catalogOption())
    .addOption(limitOption())
    .addOption(outOption())
    .addOption(new Option('--target <name...>', `targets to render (default: all): ${TARGETS.map((t) => t.name).join(', ')}`))
    .addOption(new Option('--openapi <version>', 'OpenAPI version of the openapi target').choices(['3.1', '3.0']).default('3.1'))
    .option('--check', 'write nothing (but finish a switch a killed run left); list outputs that are stale and exit 1 if any are')
    .option('--adopt', 'overwrite files at paths errcat generates although it did not write them (not in its manifest); never removes one')
    .action(async (flags: GenerateFlags) => {
      const { targets, unknown } = selectTargets(flags.target ?? []);
      if (unknown.length > 0) {
        printErr(`errcat: unknown target(s): ${unknown.join(', ')}; known: ${TARGETS.map((t) => t.name).join(', ')}\n`);
        setExit(2);
        return;
      }
      const options = toOptions(flags);
      const signals = trapStopSignals();
      const result = await generate(options, targets, signals.stop).finally(() => signals.release());
      printDiagnostics(result.diagnostics);
      const report = result.report;
      if (!report) {
        if (result.interrupted) printErr(`errcat: stopped by ${result.interrupted}; ${options.outDir}/ is unchanged\n`);
        setExit(result.interrupted ? signalExitCode(result.interrupted) : 1);
        return;
      }
      const recovered = { 'rolled-forward': 'finished the switch of a killed errcat run', 'rolled-back': 'undid the switch of a failed errcat run', discarded: 'discarded the staging of a killed errcat run' } as const;
      if (report.recovered !== 'none') printErr(`errcat: ${recovered[report.recovered]} in ${options.outDir}/\n`);
      for (const p of report.kept) printErr(`kept: ${options.outDir}/${p} (errcat no longer generates it, and it was edited since errcat wrote it)\n`);
      const { written, removed, unchanged } = report;
      if (options.check) {
        for (const p of written) printErr(`stale: ${options.outDir}/${p}\n`);
        for (const p of removed) printErr(`extra: ${options.outDir}/${p}\n`);
        const stale = written.length + removed.length;
        printOut(stale === 0 ? `${options.outDir}/ is up to date (${unchanged.length} files)\n` : `${stale} file(s) in ${options.outDir}/ are stale: run errcat generate\n`);
        setExit(stale === 0 ? 0 : 1);
        return;
      }
      for (const p of report.adopted) printErr(`adopted: ${options.outDir}/${p}\n`);
      printOut(`${written.length} written, ${removed.length} removed, ${unchanged.length} unchanged in ${options.outDir}/\n`);
      setExit(result.interrupted ? signalExitCode(result.interrupted) : 0);
    });

  program
    .command('list')
    .description('print the normalized model: one code per line, or the whole model with --json')
    .addOption(catalogOption())
    .addOption(limitOption())
    .option('--json', 'print the normalized model as JSON')
    .action(async (flags: CommonFlags & { json?: boolean }) => {
      const { diagnostics, model } = await checkCatalog(toOptions({ ...flags, out: DEFAULT_OPTIONS.outDir }));
      printDiagnostics(diagnostics);
      if (!model) {
        setExit(1);
        return;
      }
      if (flags.json) {
        printOut(renderModelJson(model));
      } else {
        const definitions = new Map(model.definitions.map((d) => [d.code, d]));
        for (const wire of model.wireCodes) {
          const d = definitions.get(wire.definition)!;
          const via = wire.via === 'code' ? '' : ` (${wire.via} of ${wire.definition})`;
          printOut(`${String(d.status ?? 'event').padEnd(5)} ${wire.code}${via}\n`);
        }
      }
      setExit(0);
    });

  program
    .command('diff')
    .description('compare two versions of a catalog and classify each change to the code contract; exit 1 on breaking changes')
    .argument('<before>', 'the earlier version: a catalog folder, or a model JSON written by generate (out/model/catalog.json)')
    .argument('[after]', 'the later version, likewise (default: --catalog)')
    .addOption(catalogOption())
    .option('--json', 'print the changes as JSON')
    .option('--allow-breaking', 'report breaking changes but exit 0')
    .action(async (before: string, after: string | undefined, flags: CommonFlags & { json?: boolean; allowBreaking?: boolean }) => {
      const models = [];
      for (const source of [before, after ?? flags.catalog]) {
        const loaded = await loadVersion(source);
        if ('error' in loaded) {
          printErr(`${loaded.error}\n`);
          setExit(1);
          return;
        }
        models.push(loaded.model);
      }
      const changes = diffCatalogs(models[0]!, models[1]!);
      if (flags.json) {
        printOut(`${stringifyJson(changes, null, 2)}\n`);
      } else {
        for (const c of changes) printOut(`${c.impact.padEnd(10)} ${c.kind.padEnd(27)} ${c.code}${c.code ? ': ' : ''}${c.message}\n`);
        const breaking = changes.filter((c) => c.impact === 'breaking').length;
        printOut(`${changes.length} change(s), ${breaking} breaking\n`);
      }
      setExit(changes.some((c) => c.impact === 'breaking') && !flags.allowBreaking ? 1 : 0);
    });

  program
    .command('targets')
    .description('list the targets errcat can render')
    .action(() => {
      for (const t of TARGETS) printOut(`${t.name.padEnd(12)} out/${t.dir}/  ${t.description}\n`);
      setExit(0);
    });

  return program;
}

/** Signals that stop a generate run, and the exit code of a process they stop (128 + the signal number). */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function signalExitCode(signal: string): number {
  return 128 + (os.constants.signals[signal as NodeJS.Signals] ?? 0);
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

/** Runs the CLI with the given arguments (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    // Bad input never gets here: it is a diagnostic. This is a bug in errcat.
    const detail = process.env.ERRCAT_DEBUG ? (error as Error).stack : (error as Error).message;
    printErr(`errcat: internal error: ${detail}\nRerun with ERRCAT_DEBUG=1 for a stack trace, and report it.\n`);
    return 2;
  }
  return exitCode;
}

/** True when this module is the process's entry point. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === new URL(`file://${process.argv[1]}`).href;
}
