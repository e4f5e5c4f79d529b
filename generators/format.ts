/**
 * Stage 5: formatting with the pinned Prettier and explicit options, so
 * output does not depend on any config file near the output folder.
 *
 * Prettier's cost grows faster than linearly with file size; targets split
 * large outputs into files of bounded size, or render them final and mark
 * them 'none'. Files of one target are formatted concurrently.
 */
import * as prettier from 'prettier';
import type { OutputFile } from './output.js';

/** The one Prettier configuration errcat uses. */
export const PRETTIER_OPTIONS: prettier.Options = {
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
  proseWrap: 'preserve',
  embeddedLanguageFormatting: 'off',
};

const PARSERS = { typescript: 'typescript', markdown: 'markdown', json: 'json', yaml: 'yaml' } as const;

/** Formats every file that asks for it; others pass through unchanged. */
export async function formatFiles(files: readonly OutputFile[]): Promise<OutputFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (file.format === 'none') return file;
      const contents = await prettier.format(file.contents, { ...PRETTIER_OPTIONS, parser: PARSERS[file.format], filepath: undefined });
      return { ...file, contents };
    }),
  );
}
