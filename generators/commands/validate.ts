/** `errcat validate`: check the catalog and report every problem with its position. */
import type { Command } from 'commander';
import type { Limits } from '../options.js';
import { emptyReport, type ReportFormat } from '../report/index.js';
import { catalogOption, examples, limitOption, formatOption, optionsFor, type CommandContext } from './context.js';
import { exitCodeFor, failedExitCode } from './exit-codes.js';

export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .description('check the catalog and print every problem as file:line:column')
    .addOption(catalogOption())
    .addOption(limitOption())
    .addOption(formatOption())
    .addHelpText(
      'after',
      examples(
        ['errcat validate', 'check ./catalog'],
        ['errcat validate --catalog errors/', 'check another folder'],
        ['errcat validate --format github', 'annotate the pull request in GitHub Actions'],
      ),
    )
    .action(async (flags: { catalog: string; limit?: Limits; format: ReportFormat }) => {
      const { checkCatalog } = await import('../pipeline.js');
      const { diagnostics, model } = await checkCatalog(optionsFor(flags.catalog, undefined, flags.limit ? { limits: flags.limit } : {}));
      const report = emptyReport('validate');
      report.diagnostics = diagnostics;
      report.exitCode = model ? exitCodeFor(diagnostics) : failedExitCode(diagnostics);
      if (model) {
        report.summary = `${model.id}: ${model.definitions.length} definitions, ${model.wireCodes.length} codes on the wire: valid`;
        report.data = { catalog: model.id, definitions: model.definitions.length, wireCodes: model.wireCodes.length };
      }
      ctx.finish(report, flags.format);
    });
}
