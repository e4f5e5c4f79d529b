/**
 * `errcat diff`: compare two versions of a catalog, judge every change to
 * its contract, check the semver bump; exit 1 on a breaking change or a
 * version that did not move far enough.
 *
 * Versions: positional folders or model JSONs (the older form), or
 * `--base <ref>` (and `--head <ref>`) read from git objects. The judging
 * is generators/diff/ (pure); this module reads, reports and picks the
 * exit code.
 */
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../diagnostics.js';
import type { Limits } from '../options.js';
import type { CatalogChange } from '../diff/index.js';
import { checkVersion } from '../diff/semver.js';
import type { Version } from '../diff/source.js';
import { emptyReport, type ChangeRecord, type Report, type ReportFormat } from '../report/index.js';
import { catalogOption, examples, formatOption, limitOption, optionsFor, type CommandContext } from './context.js';
import { EXIT, failedExitCode } from './exit-codes.js';

/** A judged change as a report record; what exactly changed goes under details. */
export function changeRecord(c: CatalogChange): ChangeRecord {
  const { file, line, column, verdict, kind, code, message, ...details } = c;
  return { file, line, column, verdict, kind, code, message, details };
}

export interface VersionFlags {
  catalog: string;
  limit?: Limits;
  base?: string;
  head?: string;
}

/** The two versions to compare, read from the arguments and flags; or the report of why not. */
export async function readVersions(before: string | undefined, after: string | undefined, flags: VersionFlags, report: Report): Promise<[Extract<Version, { ok: true }>, Extract<Version, { ok: true }>] | null> {
  // Loaded here, not at startup: reading a version runs the pipeline, which --help and --version never need.
  const { readGitVersion, readVersion } = await import('../diff/source.js');
  // Both versions are read under the same limits: a base within them and a head beyond is a head problem.
  const options = optionsFor(flags.catalog, undefined, flags.limit ? { limits: flags.limit } : {});
  const fail = (message: string, exitCode: number) => {
    report.notes = [...report.notes, `errcat: ${message}`];
    report.exitCode = exitCode;
    return null;
  };
  if (flags.base !== undefined && before !== undefined) return fail('give the older version either as an argument or as --base, not both', EXIT.usage);
  if (flags.base === undefined && before === undefined) return fail('nothing to compare with: give --base <git ref> (or a catalog folder or model JSON)', EXIT.usage);
  if (flags.head !== undefined && after !== undefined) return fail('give the newer version either as an argument or as --head, not both', EXIT.usage);
  const versions: Extract<Version, { ok: true }>[] = [];
  const diagnostics: Diagnostic[] = [];
  const reads: (() => Promise<Version>)[] = [
    () => (flags.base !== undefined ? readGitVersion(flags.base, options, 'ref') : readVersion(before!, options)),
    () => (flags.head !== undefined ? readGitVersion(flags.head, options, 'worktree') : readVersion(after ?? flags.catalog, options)),
  ];
  for (const read of reads) {
    const version = await read();
    diagnostics.push(...version.diagnostics);
    report.diagnostics = diagnostics;
    if (!version.ok) return fail(version.message, version.problem === 'unreadable' ? EXIT.usage : failedExitCode(version.diagnostics));
    versions.push(version);
  }
  return [versions[0]!, versions[1]!];
}

interface DiffFlags extends VersionFlags {
  json?: boolean;
  allowBreaking?: boolean;
  strict?: boolean;
  versionCheck: boolean;
  format: ReportFormat;
}

export function registerDiff(program: Command, ctx: CommandContext): void {
  program
    .command('diff')
    .description('compare two versions of a catalog, judge each change to the contract and check the semver bump; exit 1 on a breaking change or a version that did not move far enough')
    .argument('[before]', 'the older version: a catalog folder, or a model JSON written by generate (out/model/catalog.json); or use --base')
    .argument('[after]', 'the newer version, likewise (default: --catalog, or --head)')
    .addOption(catalogOption())
    .option('--base <ref>', 'the older version: --catalog as it is in this git commit, branch or tag (read from git objects, no checkout)')
    .option('--head <ref>', 'the newer version from git likewise (default: the working tree)')
    .option('--strict', "also the producer's view: narrowing what a server may send (a new required meta property, a tighter bound) is breaking too, for servers in other repositories that build errors with the package")
    .option('--allow-breaking', 'report breaking changes but do not fail on them')
    .option('--no-version-check', 'do not fail when catalog.version did not move as far as the changes need')
    .addOption(limitOption())
    .addOption(new Option('--json').hideHelp())
    .addOption(formatOption())
    .addHelpText(
      'after',
      examples(
        ['errcat diff --base origin/main', 'compare ./catalog with the catalog on main, read from git'],
        ['errcat diff --base v2.3.0 --head HEAD', 'compare two commits'],
        ['errcat diff --base origin/main --format github', 'annotate each change on the pull request line'],
        ['errcat diff base-model.json', 'compare a committed model with ./catalog'],
      ),
    )
    .action(async (before: string | undefined, after: string | undefined, flags: DiffFlags) => {
      const report = emptyReport('diff');
      if (flags.json) {
        // The older form printed the bare list of changes, a second JSON shape beside the documented report; it is gone.
        report.notes = ['errcat: diff --json was removed: use --format json (one report document; its changes are the same records, under "changes")'];
        report.exitCode = EXIT.usage;
        ctx.finish(report, 'text');
        return;
      }
      const versions = await readVersions(before, after, flags, report);
      if (!versions) {
        ctx.finish(report, flags.format);
        return;
      }
      const [older, newer] = versions;
      const { diffCatalogs } = await import('../diff/index.js');
      const changes = diffCatalogs(older.model, newer.model, { strict: flags.strict ?? false }, newer.source);
      const breaking = changes.filter((c) => c.verdict === 'breaking').length;
      const semver = checkVersion(older.model.version, newer.model.version, changes);
      const failsBreaking = breaking > 0 && !flags.allowBreaking;
      const failsVersion = !semver.ok && flags.versionCheck;
      report.exitCode = failsBreaking || failsVersion ? EXIT.checkFailed : EXIT.ok;
      report.changes = changes.map(changeRecord);
      report.data = { semver, strict: flags.strict ?? false };
      const counts = `${changes.length} change(s): ${breaking} breaking, ${changes.filter((c) => c.verdict === 'compatible').length} compatible, ${changes.filter((c) => c.verdict === 'notice').length} notice`;
      report.summary = `${counts}\nsemver: ${semver.message}${failsVersion ? '' : !semver.ok ? ' (not checked: --no-version-check)' : ''}`;
      ctx.finish(report, flags.format);
    });
}
