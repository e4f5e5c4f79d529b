/**
 * The docs' part on the generated package: its install line and how to
 * match a code with its helpers (isErrorCode, inNamespace, codeMatches),
 * with a code, a namespace and patterns of the catalog being rendered. The
 * examples are the ones the package's own README and JSDoc use
 * (targets/typescript/examples.ts), which checks every pattern against the
 * catalog's codes: the package turns a pattern that matches no code into a
 * compile error, so a sample written for another catalog would not compile.
 */
import { memberPath } from '../../body.js';
import { codeBlock, inlineCode, joinMarkdown, trusted, type Markdown } from '../../escape/markdown.js';
import { tsString } from '../../escape/typescript.js';
import type { CatalogModel } from '../../model.js';
import { pickExamples } from '../typescript/examples.js';
import { parameterTypeNames } from '../typescript/names.js';

/** What the docs print about the package. */
export interface PackageView {
  anchor: Markdown;
  intro: Markdown;
  install: Markdown;
  lead: Markdown;
  sample: Markdown;
}

/** The package part's blocks, all made by the escape modules. */
export function buildPackage(model: CatalogModel, anchor: Markdown): PackageView {
  const examples = pickExamples(model, parameterTypeNames(model.parameters));
  const body = model.envelope.body;
  const codeMember = body.members.find((m) => m.value === 'code')!;
  const lines = [
    `import { codeMatches, inNamespace, isErrorCode } from ${tsString(model.package.name)};`,
    '',
    'function handle(code: unknown): void {',
    '  // A code this version does not know (a newer server may send one): handle it as a generic error.',
    '  if (!isErrorCode(code)) return;',
    `  if (code === ${tsString(examples.code)}) {`,
    '    // exactly this code',
    '  }',
    `  if (inNamespace(code, ${tsString(examples.namespace)})) {`,
    `    // any code of the ${examples.namespace} namespace`,
    '  }',
  ];
  // `*` alone (a syntax without segments) matches every code: no example worth showing.
  const patterns = [examples.inner?.pattern, examples.trailing.pattern].filter((p): p is string => p !== undefined && p !== '*');
  for (const pattern of patterns) {
    lines.push(`  if (codeMatches(code, ${tsString(pattern)})) {`, '    // any code the pattern matches', '  }');
  }
  lines.push('}');
  return {
    anchor,
    intro: joinMarkdown(
      [trusted('The npm package '), inlineCode(model.package.name), trusted(' has every code of this reference as a type and a constant, and helpers that check a code and match it by namespace or pattern, so a client never compares strings by hand:')],
      '',
    ),
    install: codeBlock(`npm install ${model.package.name}`, 'sh'),
    lead: joinMarkdown([trusted('Below, `code` is the '), inlineCode(memberPath(body, codeMember)), trusted(` of an error body.${patternWords(patterns)}`)], ''),
    sample: codeBlock(lines.join('\n'), 'ts'),
  };
}

/** How the sample's patterns read, in errcat's words. */
function patternWords(patterns: readonly string[]): string {
  if (patterns.length === 0) return '';
  const inner = patterns.some((p) => p.slice(0, -1).includes('*'));
  return ` In a pattern, ${inner ? '`*` inside stands for one segment and ' : ''}\`*\` at the end for the rest of the code; a pattern that matches no code does not compile.`;
}
