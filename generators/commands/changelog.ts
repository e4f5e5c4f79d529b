/**
 * `errcat changelog --base <ref>`: the changes since another version as a
 * Keep a Changelog section (Breaking, Added, Deprecated, Changed), headed
 * with the newer catalog.version, for release notes; with `--write`, put
 * into the catalog folder's CHANGELOG.md, which `errcat generate` ships in
 * the package.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { CatalogModel } from '../model.js';
import { emptyReport, print, type Report } from '../report/index.js';
import { catalogOption, examples, limitOption, type CommandContext } from './context.js';
import { readVersions, type VersionFlags } from './diff.js';
import { EXIT } from './exit-codes.js';

/**
 * Puts the section into the changelog file: written beside it and renamed
 * over it, so the file is never left half written; not touched when it
 * would not change.
 */
async function writeSection(file: string, section: string, model: CatalogModel): Promise<Pick<Report, 'notes' | 'diagnostics' | 'exitCode'>> {
  const shown = file.split(path.sep).join('/');
  try {
    const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
    // Loaded here, not at startup: the Markdown parser is for this command only.
    const { withChangelogSection } = await import('../changelog-file.js');
    const text = withChangelogSection(existing, section, model.package.name);
    if (text !== existing) {
      const staged = `${file}.errcat-${process.pid}.tmp`;
      try {
        await writeFile(staged, text, { flag: 'wx' });
        await rename(staged, file);
      } finally {
        await rm(staged, { force: true });
      }
    }
    return { notes: [`${text === existing ? 'unchanged' : 'written'}: ${shown} (section ${model.version}); errcat generate ships it in the package`], diagnostics: [], exitCode: EXIT.ok };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { notes: [], diagnostics: [{ rule: 'output-write-failed', severity: 'error', file: shown, line: 1, column: 1, message: `cannot write the changelog: ${reason}` }], exitCode: EXIT.outputRefused };
  }
}

/** The catalog folder's changelog (generators/changelog-file.ts), named here so that --help loads no Markdown parser. */
const CHANGELOG_FILE = 'CHANGELOG.md';

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
    .option('--write', `put the section into the catalog folder's ${CHANGELOG_FILE} (the same version's section is replaced, so running it again changes nothing); errcat generate ships that file in the package`)
    .addOption(limitOption())
    .addHelpText(
      'after',
      examples(
        ['errcat changelog --base v1.4.0', 'the section for the next release'],
        ['errcat changelog --base v1.4.0 --write', `write it into catalog/${CHANGELOG_FILE}, shipped in the package`],
        ['errcat changelog --base v1.4.0 >> notes.md', 'append it to release notes'],
      ),
    )
    .action(async (before: string | undefined, after: string | undefined, flags: VersionFlags & { strict?: boolean; write?: boolean }) => {
      const report = emptyReport('changelog');
      const folder = after ?? flags.catalog;
      if (flags.write && folder.endsWith('.json')) {
        report.notes = [`errcat: --write puts the section into a catalog folder's ${CHANGELOG_FILE}; ${folder} is a model JSON`];
        report.exitCode = EXIT.usage;
        ctx.finish(report, 'text');
        return;
      }
      const versions = await readVersions(before, after, flags, report);
      if (!versions) {
        ctx.finish(report, 'text');
        return;
      }
      const [older, newer] = versions;
      // Loaded here, not at startup: the judging and the Markdown escaping are for this command only.
      const [{ diffCatalogs }, { renderChangelogSection }] = await Promise.all([import('../diff/index.js'), import('../diff/changelog.js')]);
      const changes = diffCatalogs(older.model, newer.model, { strict: flags.strict ?? false }, newer.source);
      const section = renderChangelogSection(newer.model.version, changes);
      if (!flags.write) {
        print(ctx.output.stdout, section);
        ctx.setExit(EXIT.ok);
        return;
      }
      Object.assign(report, await writeSection(path.join(folder, CHANGELOG_FILE), section, newer.model));
      ctx.finish(report, 'text');
    });
}
