/** `errcat list`: the normalized model, one wire code per line or all of it as JSON. */
import type { Command } from 'commander';
import type { Limits } from '../options.js';
import { emptyReport, print } from '../report/index.js';
import { catalogOption, examples, limitOption, optionsFor, type CommandContext } from './context.js';
import { EXIT, failedExitCode } from './exit-codes.js';

export function registerList(program: Command, ctx: CommandContext): void {
  program
    .command('list')
    .description('print the normalized model: one code per line, or the whole model with --json')
    .addOption(catalogOption())
    .addOption(limitOption())
    .option('--json', 'print the normalized model as JSON (the same bytes as out/model/catalog.json)')
    .addHelpText(
      'after',
      examples(
        ['errcat list', 'status and wire code, one per line'],
        ['errcat list --json | jq ".wireCodes | length"', 'the model, for scripts'],
      ),
    )
    .action(async (flags: { catalog: string; limit?: Limits; json?: boolean }) => {
      const [{ checkCatalog }, { renderModelJson }] = await Promise.all([import('../pipeline.js'), import('../targets/model.js')]);
      const { diagnostics, model } = await checkCatalog(optionsFor(flags.catalog, undefined, flags.limit ? { limits: flags.limit } : {}));
      const report = emptyReport('list');
      report.diagnostics = diagnostics;
      if (!model) {
        report.exitCode = failedExitCode(diagnostics);
        ctx.finish(report, 'text');
        return;
      }
      ctx.finish(report, 'text');
      const out = ctx.output.stdout;
      if (flags.json) {
        print(out, renderModelJson(model));
      } else {
        const definitions = new Map(model.definitions.map((d) => [d.code, d]));
        for (const wire of model.wireCodes) {
          const d = definitions.get(wire.definition)!;
          const via = wire.via === 'code' ? '' : ` (${wire.via} of ${wire.definition})`;
          print(out, `${String(d.status ?? 'event').padEnd(5)} ${wire.code}${via}\n`);
        }
      }
      ctx.setExit(EXIT.ok);
    });
}
