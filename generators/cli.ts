/**
 * The command line: a thin commander setup. Each command lives in
 * generators/commands/<command>.ts, reports through generators/report/, and
 * ends with a code from generators/commands/exit-codes.ts; this module maps
 * commander's own errors and errcat's internal ones onto that table. Only
 * bin/errcat.js ends the process, with the code main() returns.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { createContext, examples } from './commands/context.js';
import { EXIT } from './commands/exit-codes.js';
import { print, processOutput, type Output } from './report/index.js';

/** errcat's own version, read from its package.json (one directory above dist/ and generators/). */
export function errcatVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function buildProgram(output: Output, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('errcat')
    .description('Validate an error catalog and render it into TypeScript, Markdown docs and OpenAPI components.')
    .version(errcatVersion(), '-V, --version', 'print the version of errcat')
    .showHelpAfterError()
    // commander's own messages quote the command line (an unknown option, a bad value): printed the same safe way.
    .configureOutput({ writeOut: (text) => print(output.stdout, text), writeErr: (text) => print(output.stderr, text) })
    .exitOverride()
    .addHelpText(
      'after',
      examples(
        ['npx errcat init', 'scaffold a catalog, npm scripts and a CI workflow'],
        ['errcat validate', 'check ./catalog'],
        ['errcat generate', 'render it into ./out'],
        ['errcat generate --check', 'fail when ./out is stale'],
        ['errcat explain auth.invalid_key', 'everything about one code'],
        ['errcat diff --base origin/main', 'judge the changes since main'],
        ['errcat help generate', 'the options and examples of one command'],
      ) + '\nExit codes: 0 ok, 1 a check failed, 2 usage or unreadable input, 3 invalid catalog, 4 output folder refused, 70 internal error.\n',
    );
  const ctx = createContext(output, setExit);
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/** Runs the CLI with the given arguments (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[], output: Output = processOutput()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(output, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Bad input never gets here: it is a diagnostic. This is a bug in errcat.
    const detail = process.env.ERRCAT_DEBUG ? (error as Error).stack : (error as Error).message;
    print(output.stderr, `errcat: internal error: ${detail}\nRerun with ERRCAT_DEBUG=1 for a stack trace, and report it.\n`);
    return EXIT.internal;
  }
  return exitCode;
}

/** True when this module is the process's entry point. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === new URL(`file://${process.argv[1]}`).href;
}
