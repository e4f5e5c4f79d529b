/**
 * `errcat explain <code>`: everything the catalog knows about one code, as
 * `rustc --explain` does for a compiler error. Text for people, or one JSON
 * document (`formatVersion`, `code`) for tools; an unknown code lists the
 * nearest known ones and exits 2.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { stringifyJson } from '../escape/json.js';
import type { Explanation } from '../explain.js';
import { emptyReport, paint, print, type Output } from '../report/index.js';
import type { Part } from '../report/output.js';
import type { Limits } from '../options.js';
import { catalogOption, examples, limitOption, optionsFor, type CommandContext } from './context.js';
import { EXIT, failedExitCode } from './exit-codes.js';

/** The version of explain's json shape; raised on any change that is not an added field. */
export const EXPLAIN_FORMAT_VERSION = 1;

const RETRY_TEXT: Record<Explanation['retry']['policy'], string> = {
  never: 'do not retry: retrying cannot help',
  safe: 'retry any request',
  idempotent: 'retry idempotent requests only',
  backoff: 'retry later, with exponential backoff',
  after_reset: 'not retryable until the limit resets',
  after_action: 'retry only after someone acts on the cause',
};

function relation(e: Explanation): string {
  if (e.via === 'alias') return `an alias of ${e.definition}: the server may send either`;
  if (e.via === 'family') return `one of the family ${e.definition} (${e.family!.parameter} = ${e.family!.value})`;
  if (e.via === 'definition') return `a family: ${e.family!.values.map((v) => e.definition.replace(`{${e.family!.parameter}}`, v)).join(', ')}`;
  return '';
}

/** The explanation as lines of text. */
function explanationLines(e: Explanation): Part[][] {
  const lines: Part[][] = [];
  const add = (...parts: Part[]) => lines.push(parts);
  const heading = (title: string) => {
    add('');
    add(paint('bold', title));
  };
  add(paint('bold', e.code), e.deprecated ? paint('yellow', '  (deprecated)') : '');
  const rel = relation(e);
  if (rel) add(rel);
  const where = e.transport === 'event' ? `sent in events ${e.events?.names.join(', ') ?? ''}, field ${e.events?.field ?? ''}` : `HTTP ${e.status}`;
  add(`${where} · namespace ${e.namespace} · section ${e.section.title}${e.since ? ` · since ${e.since}` : ''}`);
  if (e.statusForwarding) {
    // A model file from before status_forwarding.statuses has none.
    const declared = e.statusForwarding.statuses ?? [];
    add(`the upstream status is forwarded where it maps to HTTP${declared.length > 0 ? ` (declared: ${declared.join(', ')})` : ''}; otherwise ${e.statusForwarding.fallback}${e.statusForwarding.note ? `: ${e.statusForwarding.note}` : ''}`);
  }
  add('');
  add(e.description);
  // "Same as above" means nothing out of the table: say what is above.
  if (e.sameAs) add(`  (above it: ${e.sameAs.code}: ${e.sameAs.description})`);
  if (e.details) {
    add('');
    for (const line of e.details.trimEnd().split('\n')) add(line);
  }
  if (e.deprecated) {
    heading('Deprecated');
    add(`since ${e.deprecated.since}${e.deprecated.replacement ? `; send and match ${e.deprecated.replacement} instead` : ''}`);
    if (e.deprecated.reason) add(e.deprecated.reason);
  }
  heading('Meta (error.meta)');
  if (!e.meta) add('none: this code carries no meta');
  else {
    add(e.meta.required ? 'always present' : 'optional');
    for (const p of e.meta.properties) add(`  ${p.name}${p.required ? '' : '?'}: ${p.type}${p.description ? `  ${p.description}` : ''}`);
  }
  heading('Retry');
  add(`${e.retry.policy}: ${RETRY_TEXT[e.retry.policy]}${e.retry.afterSeconds !== null ? `, after ${e.retry.afterSeconds} s` : ''}`);
  if (e.retry.note) add(e.retry.note);
  if (e.aliases.length > 0) {
    heading('Aliases');
    add(e.aliases.join(', '));
  }
  heading('Example');
  for (const line of stringifyJson(e.example, null, 2).split('\n')) add(`  ${line}`);
  for (const g of e.guidance) {
    heading(`Guidance: ${g.title}`);
    for (const line of g.body.trimEnd().split('\n')) add(line);
  }
  heading('See also');
  add(`docs: ${e.docs.url ?? `docs/errors.md#${e.docs.anchor}`}`);
  add(`TypeScript: ${e.typescript.constant}${e.meta ? `, ${e.typescript.type}` : ''}`);
  add(`defined in ${e.source}`);
  return lines;
}

function printExplanation(e: Explanation, output: Output): void {
  for (const line of explanationLines(e)) print(output.stdout, ...line, '\n');
}

export function registerExplain(program: Command, ctx: CommandContext): void {
  program
    .command('explain')
    .description('everything the catalog knows about one code: status, meaning, meta, example, retry, deprecation, guidance, docs')
    .argument('<code>', 'a code as sent (an alias or a family expansion too), or a family as written: platform.{platform}.auth')
    .addOption(catalogOption())
    .addOption(limitOption())
    .addOption(new Option('--format <format>', 'text for people, json for tools').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      examples(
        ['errcat explain auth.invalid_key', 'one code'],
        ['errcat explain platform.tiktok.auth', 'a family expansion'],
        ['errcat explain auth.invalid_key --format json', 'the same, for tools'],
      ),
    )
    .action(async (code: string, flags: { catalog: string; limit?: Limits; format: 'text' | 'json' }) => {
      // Loaded here, not at startup, as every command's working parts are: --help and --version need none of them.
      const [{ checkCatalog }, { explainCode }] = await Promise.all([import('../pipeline.js'), import('../explain.js')]);
      const { diagnostics, model } = await checkCatalog(optionsFor(flags.catalog, undefined, flags.limit ? { limits: flags.limit } : {}));
      if (!model) {
        const report = emptyReport('explain');
        report.diagnostics = diagnostics;
        report.exitCode = failedExitCode(diagnostics);
        ctx.finish(report, flags.format);
        return;
      }
      const result = explainCode(model, code);
      if (flags.format === 'json') {
        const doc =
          'found' in result
            ? { formatVersion: EXPLAIN_FORMAT_VERSION, code: result.found }
            : 'retired' in result
              ? { formatVersion: EXPLAIN_FORMAT_VERSION, code: null, retired: result.retired }
              : { formatVersion: EXPLAIN_FORMAT_VERSION, code: null, unknown: code, suggestions: result.suggestions };
        print(ctx.output.stdout, `${stringifyJson(doc, null, 2)}\n`);
      } else if ('found' in result) {
        printExplanation(result.found, ctx.output);
      } else if ('retired' in result) {
        const r = result.retired;
        print(ctx.output.stdout, paint('bold', r.code), paint('yellow', '  (retired)'), '\n');
        print(ctx.output.stdout, `retired in ${r.since}: servers no longer send it, and the catalog keeps it reserved${r.replacement ? `; match ${r.replacement} instead` : ''}\n`);
        if (r.reason) print(ctx.output.stdout, `${r.reason}\n`);
      } else {
        const hint = result.suggestions.length > 0 ? `; did you mean ${result.suggestions.join(', ')}?` : '; errcat list prints every code';
        print(ctx.output.stderr, `errcat: no code ${JSON.stringify(code)} in ${model.id}${hint}\n`);
      }
      ctx.setExit('suggestions' in result ? EXIT.usage : EXIT.ok);
    });
}
