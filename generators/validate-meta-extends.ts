/**
 * `meta: {extends: inherited, …}` (meta-extends.ts): each one, on a code,
 * a namespace or the catalog defaults, must have something to extend and
 * merge with it without guessing (meta-extends-invalid).
 */
import type { RuleId } from './diagnostics.js';
import { isExtending, mergeProblem } from './meta-extends.js';
import type { JsonSchema } from './model.js';
import { parentNamespaces } from './code-syntax.js';
import { child, explicitNamespace, metaLevels, namespaceChain, resolveLevels, syntaxOf, type Located, type MergedCatalog, type Origin, type RawMeta } from './resolve.js';

type Report = (rule: RuleId, message: string, origin: Origin, at?: 'key' | 'value') => void;

export function checkMetaExtends(merged: MergedCatalog, report: Report): void {
  const check = (levels: readonly Located<RawMeta>[]) => {
    const own = levels[0]?.value;
    if (!isExtending(own)) return;
    const inherited = levels.length > 1 ? resolveLevels(levels, 1) : undefined;
    const problem = mergeProblem(inherited, own as JsonSchema);
    if (problem) report('meta-extends-invalid', problem.message, child(levels[0]!.origin, ...problem.path), 'key');
  };
  const syntax = syntaxOf(merged);
  for (const [code, entry] of merged.codes) if (isExtending(entry.value.meta)) check(metaLevels(entry, namespaceChain(code, merged, explicitNamespace(entry, merged)?.value), merged));
  for (const [name, ns] of merged.namespaces) if (isExtending(ns.value.meta)) check(metaLevels(null, [name, ...parentNamespaces(name, merged.namespaces, syntax)], merged));
  if (isExtending(merged.header?.value.defaults?.meta)) check(metaLevels(null, [], merged));
}
