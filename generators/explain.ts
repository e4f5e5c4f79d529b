/**
 * Everything the catalog knows about one code, for `errcat explain`: the
 * code is looked up as it is sent (a code, an alias, a family expansion),
 * as written (`platform.{platform}.auth`) or as docs print it
 * (`platform.<name>.auth`). Pure: a model and a query in, a view out; an
 * unknown code gets the nearest known ones instead.
 */
import { compareStrings } from './diagnostics.js';
import type { CatalogModel, ErrorDefinition, MetaProperty, RetiredCodeModel, RetryAdvice, WireCode } from './model.js';

/** The explanation of one code: what `explain --format json` prints under `code`. */
export interface Explanation {
  /** The code asked about, as sent on the wire (or the family as written). */
  code: string;
  /** How it relates to its definition: itself, an alias of it, one of a family's expansions, or the family itself. */
  via: WireCode['via'] | 'definition';
  definition: string;
  displayCode: string;
  family: { parameter: string; value: string | null; values: readonly string[] } | null;
  transport: ErrorDefinition['transport'];
  status: number | null;
  statusForwarding: ErrorDefinition['statusForwarding'];
  events: ErrorDefinition['events'];
  namespace: string;
  section: { id: string; title: string };
  description: string;
  /** The code the description is written relative to ("Same as above …"), with its description; null when it stands alone. */
  sameAs: { code: string; description: string } | null;
  details: string | null;
  meta: { required: boolean; properties: readonly MetaProperty[] } | null;
  example: ErrorDefinition['example'];
  retry: RetryAdvice;
  aliases: readonly string[];
  since: string | null;
  deprecated: ErrorDefinition['deprecated'];
  guidance: { id: string; title: string; body: string }[];
  docs: { anchor: string; url: string | null };
  typescript: { constant: string; type: string };
  source: string;
}

/** A code found, a retired code (no longer sent, reserved), or the nearest known codes. */
export type ExplainResult = { found: Explanation } | { retired: RetiredCodeModel } | { suggestions: string[] };

/** Looks a code up and explains it, or suggests the nearest known codes. */
export function explainCode(model: CatalogModel, query: string): ExplainResult {
  const definitions = new Map(model.definitions.map((d) => [d.code, d]));
  const wire = model.wireCodes.find((w) => w.code === query);
  if (wire) return { found: explanation(model, definitions.get(wire.definition)!, wire.code, wire.via, wire) };
  const definition = model.definitions.find((d) => d.code === query || d.displayCode === query);
  if (definition) return { found: explanation(model, definition, definition.code, definition.family ? 'definition' : 'code', null) };
  const retired = model.retired.find((r) => r.code === query);
  if (retired) return { retired };
  return { suggestions: nearestCodes(model, query) };
}

function explanation(model: CatalogModel, d: ErrorDefinition, code: string, via: Explanation['via'], wire: WireCode | null): Explanation {
  const section = model.sections.find((s) => s.id === d.section);
  const names = wire?.names ?? d.names;
  const value = d.family && via === 'family' ? code.slice(d.family.prefix.length, code.length - d.family.suffix.length) : null;
  return {
    code,
    via,
    definition: d.code,
    displayCode: d.displayCode,
    family: d.family ? { parameter: d.family.parameter, value, values: d.family.values } : null,
    transport: d.transport,
    status: d.status,
    statusForwarding: d.statusForwarding,
    events: d.events,
    namespace: d.namespace,
    section: { id: d.section, title: section?.title ?? d.section },
    description: d.description,
    // A model file from before same_as has none.
    sameAs: sameAsOf(model, d),
    details: d.details,
    meta: d.meta.kind === 'schema' ? { required: d.meta.required, properties: d.meta.properties } : null,
    example: d.example,
    retry: d.retry,
    aliases: d.aliases,
    since: d.since,
    deprecated: d.deprecated,
    guidance: model.guidance.filter((g) => d.guidance.includes(g.id)).map((g) => ({ id: g.id, title: g.title, body: g.body })),
    docs: { anchor: names.anchor, url: model.docs.baseUrl === null ? null : `${model.docs.baseUrl}#${names.anchor}` },
    typescript: { constant: names.constant, type: `${d.names.type}Meta` },
    source: d.source.file,
  };
}

/** The code above that a "same as above" description refers to; a model file from before same_as has none. */
function sameAsOf(model: CatalogModel, d: ErrorDefinition): Explanation['sameAs'] {
  const code = (d as { sameAs?: string | null }).sameAs ?? null;
  if (code === null) return null;
  return { code, description: model.definitions.find((x) => x.code === code)?.description ?? '' };
}

/** Edit distance (insert, delete, substitute, swap two neighbours), cut off above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before.slice();
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Up to five known codes close to `query`: by edit distance (within a third
 * of its length, at least 2), then those with the same last segment (a
 * reason such as `not_found` under another namespace), nearest first.
 */
export function nearestCodes(model: CatalogModel, query: string): string[] {
  const known = [...new Set([...model.wireCodes.map((w) => w.code), ...model.definitions.filter((d) => d.family).map((d) => d.code)])];
  const limit = Math.max(2, Math.floor(query.length / 3));
  const scored = known.map((code) => ({ code, distance: editDistance(query.toLowerCase(), code.toLowerCase(), limit) }));
  const close = scored.filter((s) => s.distance <= limit);
  // The reason is the last segment under a separator syntax; without a separator, a code has no reason apart from itself.
  const split = model.codeSyntax.split;
  const lastSegment = (code: string): string => (split.kind === 'separator' ? (code.split(split.separator).at(-1) ?? '') : '');
  const reason = lastSegment(query);
  const sameReason = reason.length > 0 ? known.filter((code) => lastSegment(code) === reason && !close.some((c) => c.code === code)) : [];
  close.sort((a, b) => a.distance - b.distance || compareStrings(a.code, b.code));
  return [...close.map((c) => c.code), ...sameReason.sort(compareStrings)].slice(0, 5);
}
