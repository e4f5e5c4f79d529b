/**
 * What makes the components document render as an error reference.
 * Renderers such as Redoc show operations and tags, never bare components,
 * so a document of components alone renders as an empty page. Each
 * definition therefore gets a tag (`x-traitTag`: a tag without operations,
 * shown with its description), grouped by section in `x-tagGroups`: the
 * rendered reference lists every code in its navigation, section by section.
 *
 * Tags belong to this document only: `redocly bundle` of an API spec that
 * `$ref`s the components copies components, not tags, so the API's own
 * reference is unchanged.
 */
import { commonMarkText } from '../../escape/markdown.js';
import type { CatalogModel, ErrorDefinition } from '../../model.js';

type Json = Record<string, unknown>;

/** The statuses a definition is sent with, in words, for its tag. */
function statusFacts(d: ErrorDefinition): string {
  if (d.transport === 'event' || d.status === null) return d.events ? `Sent in events ${d.events.names.join(', ')} (field ${d.events.field}).` : 'Sent in events.';
  let facts = `HTTP ${d.status}.`;
  const forwarding = d.statusForwarding;
  if (forwarding) {
    facts += forwarding.statuses.length > 0 ? ` The upstream status is forwarded (declared: ${forwarding.statuses.join(', ')}); otherwise ${forwarding.fallback}.` : ` The upstream status is forwarded when possible; otherwise ${forwarding.fallback}.`;
  }
  return facts;
}

/**
 * The document's `tags` and `x-tagGroups`: one tag per definition, named by
 * its code as written and shown as the docs print it, in the model's
 * section order.
 *
 * @example referenceTags(model).tags[0]
 * // { name: 'account.already_linked', 'x-displayName': 'account.already_linked', 'x-traitTag': true, description: '…' }
 */
export function referenceTags(model: CatalogModel, wireCodesOf: (d: ErrorDefinition) => readonly string[]): { tags: Json[]; tagGroups: Json[] } {
  const definitions = new Map(model.definitions.map((d) => [d.code, d]));
  const tags: Json[] = [];
  const tagGroups: Json[] = [];
  for (const section of model.sections) {
    const members = section.codes.map((code) => definitions.get(code)).filter((d): d is ErrorDefinition => d !== undefined);
    if (members.length === 0) continue;
    for (const d of members) {
      const paragraphs = [commonMarkText(d.description), commonMarkText(statusFacts(d))];
      const wire = wireCodesOf(d);
      if (wire.length > 1 || wire[0] !== d.code) paragraphs.push(commonMarkText(`Codes on the wire: ${wire.join(', ')}.`));
      if (d.deprecated) paragraphs.push(commonMarkText(`Deprecated since ${d.deprecated.since}.${d.deprecated.replacement ? ` Use ${d.deprecated.replacement} instead.` : ''}`));
      tags.push({ name: d.code, 'x-displayName': d.displayCode, 'x-traitTag': true, description: paragraphs.join('\n\n') });
    }
    tagGroups.push({ name: section.title, tags: members.map((d) => d.code) });
  }
  return { tags, tagGroups };
}
