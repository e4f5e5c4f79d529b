/**
 * `errcat init`: scaffold errcat in a project. Creates the starter catalog
 * and the CI workflow (generators/init/scaffold.ts) and adds the npm
 * scripts to package.json (generators/init/package-json.ts). It never
 * overwrites a file: if any file it would create exists, it reports each
 * (`init-file-exists`) and creates nothing. Files it did not create are
 * left alone, except package.json, which gains only its new script names
 * and only when that changes nothing else in it.
 */
import { lstat, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Diagnostic } from '../diagnostics.js';
import type { InitSettings } from '../init/scaffold.js';
import { emptyReport, type ReportFormat } from '../report/index.js';
import { examples, formatOption, type CommandContext } from './context.js';
import { EXIT, exitCodeFor } from './exit-codes.js';

interface InitFlags {
  dir: string;
  catalog: string;
  out: string;
  defaultBranch: string;
  scripts: boolean;
  format: ReportFormat;
}

/** A path as diagnostics print it: relative to the working directory, with / separators. */
function shown(file: string): string {
  return (path.relative(process.cwd(), file) || '.').split(path.sep).join('/');
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

function problem(rule: Diagnostic['rule'], severity: Diagnostic['severity'], file: string, message: string): Diagnostic {
  return { rule, severity, file: shown(file), line: 1, column: 1, message };
}

function errorText(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description('scaffold errcat in a project: a starter catalog, npm scripts and a CI workflow; never overwrites a file')
    .addOption(new Option('--dir <dir>', 'the project folder').default('.'))
    .addOption(new Option('--catalog <dir>', 'catalog folder to create, relative to the project').default('catalog'))
    .addOption(new Option('--out <dir>', 'output folder the scripts and workflow generate into').default('out'))
    .addOption(new Option('--default-branch <name>', 'the branch pull requests are compared with').default('main'))
    .option('--no-scripts', 'do not add npm scripts to package.json')
    .addOption(formatOption().choices(['text', 'json']))
    .addHelpText(
      'after',
      examples(
        ['npm i -D errcat && npx errcat init', 'scaffold a new project'],
        ['npx errcat init --catalog api/errors --out api/generated', 'other folders'],
        ['npx errcat init --default-branch trunk', 'compare pull requests with trunk'],
      ),
    )
    .action(async (flags: InitFlags) => {
      // Loaded here, not at startup: the scaffold needs the YAML library, which --help and --version do not.
      const { initFiles, initScripts, PLAIN_PATH } = await import('../init/scaffold.js');
      const report = emptyReport('init');
      const settings: InitSettings = { catalog: flags.catalog.replace(/\/+$/, ''), out: flags.out.replace(/\/+$/, ''), defaultBranch: flags.defaultBranch };
      const bad = Object.entries(settings).filter(([, value]) => !PLAIN_PATH.test(value));
      if (bad.length > 0) {
        report.notes = bad.map(([name, value]) => `errcat: --${name === 'defaultBranch' ? 'default-branch' : name} ${JSON.stringify(value)}: use a relative path of letters, digits, ".", "_", "-" and "/" (it goes into shell commands and YAML)`);
        report.exitCode = EXIT.usage;
        ctx.finish(report, flags.format);
        return;
      }
      const root = path.resolve(flags.dir);
      const files = initFiles(settings).map((f) => ({ ...f, at: path.join(root, f.file) }));
      const packageJson = path.join(root, 'package.json');
      const diagnostics: Diagnostic[] = [];
      for (const f of files) {
        if (await exists(f.at)) diagnostics.push(problem('init-file-exists', 'error', f.at, `${f.file} exists already; errcat init never overwrites a file: move it away or scaffold elsewhere (--catalog)`));
      }
      if (diagnostics.length > 0) {
        report.diagnostics = diagnostics;
        report.summary = 'errcat init: nothing created';
        report.exitCode = exitCodeFor(diagnostics);
        ctx.finish(report, flags.format);
        return;
      }
      const created: string[] = [];
      for (const f of files) {
        try {
          await mkdir(path.dirname(f.at), { recursive: true });
          // 'wx': fails if the file appeared since the check, so it is never overwritten.
          await writeFile(f.at, f.contents, { flag: 'wx' });
          created.push(shown(f.at));
        } catch (error) {
          const rule = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'init-file-exists' : 'output-write-failed';
          diagnostics.push(problem(rule, 'error', f.at, `cannot create ${f.file}: ${errorText(error)}`));
        }
      }
      const notes = created.map((f) => `created: ${f}`);
      if (flags.scripts && diagnostics.length === 0) notes.push(...(await addPackageScripts(packageJson, initScripts(settings), diagnostics)));
      report.diagnostics = diagnostics;
      report.notes = notes;
      report.exitCode = exitCodeFor(diagnostics);
      report.data = { created, scripts: flags.scripts ? initScripts(settings) : {} };
      if (report.exitCode === EXIT.ok) {
        report.summary = `errcat init: done. Next: npm run errcat:generate, commit ${settings.catalog}/, ${settings.out}/ and .github/workflows/errcat.yml`;
      }
      ctx.finish(report, flags.format);
    });
}

/** Adds the scripts to package.json (creating it when there is none); returns the notes to print, pushing warnings. */
async function addPackageScripts(file: string, scripts: Record<string, string>, diagnostics: Diagnostic[]): Promise<string[]> {
  const { addScripts, newPackageJson } = await import('../init/package-json.js');
  const howTo = (names: string[]) => names.map((name) => `npm pkg set 'scripts.${name}=${scripts[name]}'`).join('; ');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      diagnostics.push(problem('init-scripts-not-added', 'warning', file, `cannot read it (${errorText(error)}); add the scripts yourself: ${howTo(Object.keys(scripts))}`));
      return [];
    }
    try {
      await writeFile(file, newPackageJson(scripts), { flag: 'wx' });
      return [`created: ${shown(file)} (scripts ${Object.keys(scripts).join(', ')})`];
    } catch (writeError) {
      diagnostics.push(problem('init-scripts-not-added', 'warning', file, `cannot create it (${errorText(writeError)}); add the scripts yourself: ${howTo(Object.keys(scripts))}`));
      return [];
    }
  }
  const edit = addScripts(text, scripts);
  if (edit.kind === 'refused') {
    diagnostics.push(problem('init-scripts-not-added', 'warning', file, `left as it is: ${edit.reason}; add the scripts yourself: ${howTo(Object.keys(scripts))}`));
    return [];
  }
  if (edit.taken.length > 0) {
    diagnostics.push(problem('init-scripts-not-added', 'warning', file, `script name(s) ${edit.taken.join(', ')} already run something else, left as they are; errcat's would be: ${howTo(edit.taken)}`));
  }
  if (edit.kind === 'unchanged') return [];
  // Written beside it and renamed over it: package.json is never left half written.
  const temporary = `${file}.errcat-tmp`;
  try {
    await writeFile(temporary, edit.text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    diagnostics.push(problem('init-scripts-not-added', 'warning', file, `cannot write it (${errorText(error)}); add the scripts yourself: ${howTo(edit.added)}`));
    return [];
  }
  return [`added to ${shown(file)}: scripts ${edit.added.join(', ')}`];
}
