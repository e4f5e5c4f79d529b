/** `errcat targets`: the targets and the folders they own. */
import type { Command } from 'commander';
import { print } from '../report/index.js';
import { examples, type CommandContext } from './context.js';
import { EXIT } from './exit-codes.js';

export function registerTargets(program: Command, ctx: CommandContext): void {
  program
    .command('targets')
    .description('list the targets errcat can render')
    .addHelpText('after', examples(['errcat targets', 'name, folder and what each renders']))
    .action(async () => {
      const { TARGETS } = await import('../targets/index.js');
      for (const t of TARGETS) print(ctx.output.stdout, `${t.name.padEnd(12)} out/${t.dir}/  ${t.description}\n`);
      ctx.setExit(EXIT.ok);
    });
}
