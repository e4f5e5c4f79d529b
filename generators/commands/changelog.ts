/**
 * `errcat changelog --base <ref>`: the changes since another version as a
 * Keep a Changelog section (Breaking, Added, Deprecated, Changed), headed
 * with the newer catalog.version, for release notes and the package's
 * CHANGELOG.md.
 */
import type { Command } from 'commander';
import { emptyReport, print } from '../report/index.js';
import { catalogOption, examples, limitOption, type CommandContext } from './context.js';
import { readVersions, type VersionFlags } from './diff.js';
import { EXIT } from './exit-codes.js';

export function registerChangelog(program: Command, ctx: CommandContext): void {
  program
    .command('changelog')
    .description('print the changes since another version as a Markdown changelog section (Keep a Changelog: Breaking, Added, Deprecated, Changed)')
    .argument('[before]', 'the older version: a catalog folder or a model JSON; or use --base')
    .argument('[after]', 'the newer version (default: --catalog, or --head)')
    .addOption(catalogOption())
    .option('--base <ref>', 'the older version: --catalog as it is in this git commit, branch or tag')
    .option('--head <ref>', 'the newer version from git likewise (default: the working tree)')
    .option('--strict', "judge with the producer's view too (as errcat diff --strict)")
    .addOption(limitOption())
    .addHelpText('after', examples(['errcat changelog --base v1.4.0', 'the section for the next release'], ['errcat changelog --base v1.4.0 >> notes.md', 'append it to release notes']))
    .action(async (before: string | undefined, after: string | undefined, flags: VersionFlags & { strict?: boolean }) => {
      const report = emptyReport('changelog');
      const versions = await readVersions(before, after, flags, report);
      if (!versions) {
        ctx.finish(report, 'text');
        return;
      }
      const [older, newer] = versions;
      // Loaded here, not at startup: the judging and the Markdown escaping are for this command only.
      const [{ diffCatalogs }, { renderChangelogSection }] = await Promise.all([import('../diff/index.js'), import('../diff/changelog.js')]);
      const changes = diffCatalogs(older.model, newer.model, { strict: flags.strict ?? false }, newer.source);
      print(ctx.output.stdout, renderChangelogSection(newer.model.version, changes));
      ctx.setExit(EXIT.ok);
    });
}
