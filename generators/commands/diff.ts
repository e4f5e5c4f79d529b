/**
 * `errcat diff`: compare two versions of a catalog and classify every change
 * to the code contract; exit 1 on a breaking change.
 *
 * The classification itself lives in generators/diff.ts (pure: two models
 * in, changes out); this module reads the two versions, turns each change
 * into a report ChangeRecord and picks the exit code.
 */
import type { Command } from 'commander';
import type { Diagnostic } from '../diagnostics.js';
import { diffCatalogs, type CatalogChange } from '../diff.js';
import { stringifyJson } from '../escape/json.js';
import { loadModelFile } from '../load.js';
import type { CatalogModel } from '../model.js';
import { checkCatalog } from '../pipeline.js';
import { emptyReport, print, type ChangeRecord, type ReportFormat } from '../report/index.js';
import { catalogOption, examples, formatOption, optionsFor, type CommandContext } from './context.js';
import { EXIT, failedExitCode } from './exit-codes.js';

/** A version read, or why it could not be: the exit code says whether the input was unreadable or the catalog invalid. */
type LoadedVersion = { model: CatalogModel; diagnostics: readonly Diagnostic[] } | { error: string; exitCode: number; diagnostics: readonly Diagnostic[] };

/** A catalog version to compare: a model JSON file, or a catalog folder to check and normalize. */
async function loadVersion(source: string): Promise<LoadedVersion> {
  if (source.endsWith('.json')) {
    const loaded = await loadModelFile(source);
    return 'error' in loaded ? { error: loaded.error, exitCode: EXIT.usage, diagnostics: [] } : { model: loaded.model, diagnostics: [] };
  }
  const { diagnostics, model } = await checkCatalog(optionsFor(source));
  return model ? { model, diagnostics } : { error: `errcat: ${source} has errors; fix them before comparing`, exitCode: failedExitCode(diagnostics), diagnostics };
}

/** A change of generators/diff.ts as a report record (no position: that model holds none yet). */
export function changeRecord(c: CatalogChange): ChangeRecord {
  return { file: null, line: null, column: null, verdict: c.impact, kind: c.kind, code: c.code, message: c.message };
}

interface DiffFlags {
  catalog: string;
  json?: boolean;
  allowBreaking?: boolean;
  format: ReportFormat;
}

export function registerDiff(program: Command, ctx: CommandContext): void {
  program
    .command('diff')
    .description('compare two versions of a catalog and classify each change to the code contract; exit 1 on breaking changes')
    .argument('<before>', 'the earlier version: a catalog folder, or a model JSON written by generate (out/model/catalog.json)')
    .argument('[after]', 'the later version, likewise (default: --catalog)')
    .addOption(catalogOption())
    .option('--json', 'print only the list of changes as JSON (older form; see --format json)')
    .option('--allow-breaking', 'report breaking changes but exit 0')
    .addOption(formatOption())
    .addHelpText(
      'after',
      examples(
        ['errcat diff base-model.json', 'compare a committed model with ./catalog'],
        ['errcat diff old-catalog/ catalog/', 'compare two catalog folders'],
        ['errcat diff base-model.json --format github', 'annotate breaking changes on the pull request'],
      ),
    )
    .action(async (before: string, after: string | undefined, flags: DiffFlags) => {
      const report = emptyReport('diff');
      const models: CatalogModel[] = [];
      const diagnostics: Diagnostic[] = [];
      for (const source of [before, after ?? flags.catalog]) {
        const loaded = await loadVersion(source);
        diagnostics.push(...loaded.diagnostics);
        if ('error' in loaded) {
          report.diagnostics = diagnostics;
          report.notes = [loaded.error];
          report.exitCode = loaded.exitCode;
          ctx.finish(report, flags.format);
          return;
        }
        models.push(loaded.model);
      }
      const changes = diffCatalogs(models[0]!, models[1]!);
      const breaking = changes.filter((c) => c.impact === 'breaking').length;
      report.diagnostics = diagnostics;
      report.exitCode = breaking > 0 && !flags.allowBreaking ? EXIT.checkFailed : EXIT.ok;
      if (flags.json) {
        print(ctx.output.stdout, `${stringifyJson(changes, null, 2)}\n`);
        ctx.setExit(report.exitCode);
        return;
      }
      report.changes = changes.map(changeRecord);
      report.summary = `${changes.length} change(s), ${breaking} breaking`;
      ctx.finish(report, flags.format);
    });
}
