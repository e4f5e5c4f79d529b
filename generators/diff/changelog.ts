/**
 * `errcat changelog`: the changes between two versions as a Keep a
 * Changelog section for the generated package, grouped Breaking / Added /
 * Deprecated / Changed. Every catalog value reaches the Markdown through
 * escape/markdown.ts.
 */
import { inlineCode, joinMarkdown, proseInline, trusted, type Markdown } from '../escape/markdown.js';
import type { CatalogChange } from './types.js';

/** The groups, in the order printed. */
const GROUPS = ['Breaking', 'Added', 'Deprecated', 'Changed'] as const;
type Group = (typeof GROUPS)[number];

/** Kinds that add something a client may now use. */
const ADDED_KINDS = new Set(['code-added', 'namespace-added', 'meta-added', 'meta-property-added']);

function groupOf(c: CatalogChange): Group {
  if (c.verdict === 'breaking') return 'Breaking';
  if (c.kind === 'code-deprecated') return 'Deprecated';
  if (c.verdict === 'compatible' && ADDED_KINDS.has(c.kind)) return 'Added';
  return 'Changed';
}

/** The section for `version`: `## [version]`, then one `###` group per kind of change present. */
export function renderChangelogSection(version: string, changes: readonly CatalogChange[]): string {
  const parts: Markdown[] = [joinMarkdown([trusted('## ['), proseInline(version), trusted(']')], '')];
  if (changes.length === 0) parts.push(trusted('No change to the error contract.'));
  for (const group of GROUPS) {
    const items = changes.filter((c) => groupOf(c) === group);
    if (items.length === 0) continue;
    const lines = items.map((c) => joinMarkdown([trusted('- '), ...(c.code ? [inlineCode(c.code), trusted(': ')] : []), proseInline(c.message)], ''));
    parts.push(joinMarkdown([trusted(`### ${group}`), trusted(''), ...lines], '\n'));
  }
  return `${joinMarkdown(parts, '\n\n')}\n`;
}
