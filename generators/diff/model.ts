/**
 * Compares two models part by part: codes on the wire (with their aliases
 * and family expansions), what each code means (status, forwarding,
 * transport, events, namespace, meta, advice, wording), namespaces,
 * parameters, sections, guidance, the envelope and the package. Reports
 * each change once: a family's change names the family, not each
 * expansion. Anything in the model this file does not know is compared
 * too, and reported as a change errcat cannot judge (model-changed), so a
 * new part of the contract is never silently ignored.
 */
import { stableStringify } from '../meta-schema.js';
import type { BodyModel, CatalogModel, ErrorDefinition, SharedSchemaModel, WireCode } from '../model.js';
import { inlineShared } from '../shared-schemas.js';
import { compareBody } from './body.js';
import { compareDefinitionIdentifiers, compareDerivedNames, compareIdentifierDeclarations, compareSettings } from './identity.js';
import { compareSchemas } from './schema.js';
import type { Anchor, Direction, RawChange } from './types.js';

/** Records one change (body.ts emits through it too). */
export type Emit = (kind: string, code: string, property: string, from: unknown, to: unknown, direction: Direction, detail: string, anchor: Anchor, keyword?: string | null) => void;

const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);
const show = (v: unknown) => (v === undefined || v === null ? 'none' : typeof v === 'string' ? v : stableStringify(v));
const header = (...path: string[]): Anchor => ({ on: 'header', path });

/** A retired code, as the model lists it (catalog `retired:`). */
export interface RetiredCode {
  readonly code: string;
  readonly since: string;
  readonly replacement: string | null;
  readonly reason: string | null;
}

function retiredOf(model: CatalogModel): readonly RetiredCode[] {
  return (model as { retired?: readonly RetiredCode[] }).retired ?? [];
}

/** Every change from `before` to `after`, unjudged, in the order found. */
export function compareModels(before: CatalogModel, after: CatalogModel): RawChange[] {
  const changes: RawChange[] = [];
  const emit: Emit = (kind, code, property, from, to, direction, detail, anchor, keyword = null) => changes.push({ kind, code, property, keyword, from, to, direction, detail, anchor });
  compareHeader(before, after, emit);
  compareSettings(before, after, emit);
  compareWire(before, after, emit, compareIdentifierDeclarations(before, after, emit));
  compareNamespaces(before, after, emit);
  compareParameters(before, after, emit);
  compareById(before.sections, after.sections, (s) => s.id, 'section', emit);
  compareById(before.guidance, after.guidance, (g) => g.id, 'guidance', emit);
  compareRetired(before, after, emit);
  compareShared(before, after, emit);
  compareUnknown(before, after, emit);
  return changes;
}

function compareHeader(a: CatalogModel, b: CatalogModel, emit: Emit): void {
  if (a.package.name !== b.package.name) emit('package-renamed', '', 'package.name', a.package.name, b.package.name, 'changed', `package ${a.package.name} → ${b.package.name}: dependents install the old name`, header('catalog', 'package', 'name'));
  if (a.package.description !== b.package.description) emit('package-wording', '', 'package.description', a.package.description, b.package.description, 'none', 'package description reworded', header('catalog', 'package', 'description'));
  if (a.package.license !== b.package.license) emit('package-wording', '', 'package.license', a.package.license, b.package.license, 'none', `license ${a.package.license} → ${b.package.license}`, header('catalog', 'package', 'license'));
  for (const [key, path] of [['id', 'id'], ['title', 'title'], ['description', 'description']] as const) {
    if (!same(a[key], b[key])) emit('catalog-wording', '', `catalog.${path}`, a[key], b[key], 'none', `catalog ${path} ${key === 'id' ? `${show(a[key])} → ${show(b[key])}` : 'reworded'}`, header('catalog', path));
  }
  const docs = [['title', 'title'], ['intro', 'intro'], ['baseUrl', 'base_url'], ['statusPhrases', 'status_phrases'], ['frontMatter', 'front_matter']] as const;
  for (const [key, yaml] of docs) {
    // A model written before status_phrases and front_matter existed has neither: the defaults.
    const before = a.docs[key] ?? (key === 'statusPhrases' ? [] : null);
    const after = b.docs[key] ?? (key === 'statusPhrases' ? [] : null);
    if (!same(before, after)) emit('docs-changed', '', `docs.${yaml}`, before, after, 'none', key === 'baseUrl' ? `docs URL ${show(a.docs[key])} → ${show(b.docs[key])}: links into the reference move` : `docs ${yaml} reworded`, header('catalog', 'docs', yaml));
  }
  const shownA = (a.docs as { extensions?: unknown }).extensions ?? [];
  const shownB = (b.docs as { extensions?: unknown }).extensions ?? [];
  if (!same(shownA, shownB)) emit('docs-changed', '', 'docs.extensions', shownA, shownB, 'none', 'docs extension lines changed', header('catalog', 'docs', 'extensions'));
  compareExtensions('', 'catalog', extensionsOf(a), extensionsOf(b), (name) => header('catalog', name), emit);
  compareEnvelope(a.envelope as unknown as Record<string, unknown>, b.envelope as unknown as Record<string, unknown>, emit);
}

type Extensions = readonly { readonly name: string; readonly value: unknown }[];

/** The extension fields of a model part; [] in a model written before they existed. */
function extensionsOf(part: object): Extensions {
  return (part as { extensions?: Extensions }).extensions ?? [];
}

/**
 * `x-*` fields added, removed or changed: notices. errcat gives them no
 * meaning, so it cannot tell whether a client depends on one; it says what
 * changed, once per field.
 */
function compareExtensions(code: string, owner: string, a: Extensions, b: Extensions, at: (name: string) => Anchor, emit: Emit): void {
  const before = new Map(a.map((e) => [e.name, e.value]));
  const after = new Map(b.map((e) => [e.name, e.value]));
  for (const [name, value] of before) {
    if (!after.has(name)) emit('extension-changed', code, name, value, null, 'none', `${owner}: extension ${name} removed`, at(name));
    else if (!same(value, after.get(name))) emit('extension-changed', code, name, value, after.get(name), 'none', `${owner}: extension ${name} changed`, at(name));
  }
  for (const [name, value] of after) if (!before.has(name)) emit('extension-changed', code, name, null, value, 'none', `${owner}: extension ${name} added`, at(name));
}

/** Envelope keys that are words for people; every other part of the body is contract. */
const ENVELOPE_PROSE = new Set(['description', 'fields', 'codeGrammar']);
const YAML_NAME: Record<string, string> = { requestIdHeader: 'request_id_header', codeGrammar: 'code_grammar' };

function compareEnvelope(a: Record<string, unknown>, b: Record<string, unknown>, emit: Emit): void {
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (same(a[key], b[key])) continue;
    const yaml = YAML_NAME[key] ?? key;
    const anchor = header('catalog', 'envelope', yaml);
    // The body's members carry descriptions for people beside what is sent: wording there is a notice.
    if (ENVELOPE_PROSE.has(key) || same(withoutProse(a[key]), withoutProse(b[key]))) emit('envelope-wording', '', `envelope.${yaml}`, a[key], b[key], 'none', `envelope ${yaml} reworded`, anchor);
    else if (key === 'requestIdHeader') emit('request-id-header-changed', '', 'envelope.request_id_header', a[key], b[key], 'changed', `request-id header ${show(a[key])} → ${show(b[key])}: clients read the old header`, anchor);
    else if (key === 'body' && isBody(a[key]) && isBody(b[key])) compareBody(a[key], b[key], emit, !same(a.requestIdHeader, b.requestIdHeader));
    else emit('envelope-changed', '', `envelope.${yaml}`, a[key], b[key], 'changed', `the error body's ${yaml} changed (its members, media type or headers): clients parse the old shape`, anchor);
  }
}

/** A body as this errcat models it (a model JSON from another version may hold another shape: then envelope-changed). */
function isBody(value: unknown): value is BodyModel {
  const body = value as Partial<BodyModel> | null;
  return typeof body?.mediaType === 'string' && Array.isArray(body.members) && Array.isArray(body.envelopeMembers) && Array.isArray(body.headers) && typeof body.list === 'boolean';
}

/** A value without its `description` members, at any depth: what the body sends, not how it is explained. */
function withoutProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'description').map(([k, v]) => [k, withoutProse(v)]));
}

/** Codes on the wire: added, removed, moved between definitions; then what each one means. */
function compareWire(before: CatalogModel, after: CatalogModel, emit: Emit, settled: ReadonlySet<string>): void {
  const defsA = new Map(before.definitions.map((d) => [d.code, d]));
  const defsB = new Map(after.definitions.map((d) => [d.code, d]));
  const wireA = new Map(before.wireCodes.map((w) => [w.code, w]));
  const wireB = new Map(after.wireCodes.map((w) => [w.code, w]));
  const retired = new Map(retiredOf(after).map((r) => [r.code, r]));
  const sharedA = sharedLookup(before);
  const sharedB = sharedLookup(after);

  // Removed definitions: once each, with every wire code they took along.
  for (const d of before.definitions) {
    if (defsB.has(d.code)) continue;
    const gone = before.wireCodes.filter((w) => w.definition === d.code && !wireB.has(w.code)).map((w) => w.code);
    if (gone.length === 0) continue; // Every code of it is still sent, by another definition: compared below.
    const record = retired.get(d.code) ?? gone.map((c) => retired.get(c)).find(Boolean);
    const anchor: Anchor = record ? { on: 'retired', code: record.code } : { on: 'code', code: d.code, path: [], formerFile: d.source.file };
    const what = gone.length === 1 ? gone[0]! : `${gone.length} codes (${gone.join(', ')})`;
    if (record) emit('code-retired', d.code, 'code', gone, null, 'changed', `retired in ${record.since}${record.replacement ? `; use ${record.replacement}` : ''}: ${what} no longer sent, and its constant leaves the package (clients that match on it stop compiling); the code stays reserved`, anchor);
    else emit('code-removed', d.code, 'code', gone, null, 'changed', `${what} no longer sent, and its constant leaves the package: clients that match on it stop compiling (record it under retired: to keep it reserved)`, anchor);
  }
  // Wire codes gone from a definition that stays: a family value or an alias.
  for (const w of before.wireCodes) {
    if (wireB.has(w.code) || !defsB.has(w.definition)) continue;
    const d = defsB.get(w.definition)!;
    const retiredNote = retired.has(w.code) ? ` (retired in ${retired.get(w.code)!.since})` : '';
    if (w.via === 'family') emit('family-value-removed', d.code, `values`, w.code, null, 'changed', `${w.code} no longer sent${retiredNote}: clients that match on it stop compiling`, { on: 'parameter', name: d.family?.parameter ?? '', path: ['values'] });
    else emit('alias-removed', d.code, 'aliases', w.code, null, 'changed', `alias ${w.code} no longer sent${retiredNote}: clients that match on it stop compiling`, { on: 'code', code: d.code, path: ['aliases'] });
  }
  // Added definitions, and wire codes added to an existing condition.
  for (const d of after.definitions) {
    if (defsA.has(d.code)) continue;
    const codes = after.wireCodes.filter((w) => w.definition === d.code);
    const existed = codes.find((w) => wireA.has(w.code));
    for (const w of codes) {
      if (wireA.has(w.code)) continue;
      if (existed) emit('alias-added', d.code, 'code', null, w.code, 'wider', `${w.code} is a new code for a condition sent as ${existed.code} before: old clients do not recognize it`, { on: 'code', code: d.code, path: [] });
    }
    if (!existed) {
      const list = codes.map((w) => w.code);
      emit('code-added', d.code, 'code', null, list, 'none', `new ${list.length === 1 ? 'code' : `codes ${list.join(', ')}`}, for a new condition`, { on: 'code', code: d.code, path: [] });
    }
  }
  for (const w of after.wireCodes) {
    if (wireA.has(w.code) || !defsA.has(w.definition)) continue;
    const d = after.definitions.find((x) => x.code === w.definition)!;
    if (w.via === 'family') emit('family-value-added', d.code, 'values', null, w.code, 'wider', `${w.code} is a new code of the family ${d.code}: old clients, and exhaustive switches over its parameter's union, do not know it`, { on: 'parameter', name: d.family?.parameter ?? '', path: ['values'] });
    else emit('alias-added', d.code, 'aliases', null, w.code, 'wider', `alias ${w.code} may now be sent for this condition: old clients do not recognize it`, { on: 'code', code: d.code, path: ['aliases'] });
  }
  // What every surviving wire code means: each pair of definitions once.
  const seen = new Set<string>();
  for (const w of before.wireCodes) {
    const now = wireB.get(w.code);
    if (!now) continue;
    const label = w.definition === now.definition ? now.definition : w.code;
    compareDerivedNames(w, now, label, emit);
    const key = `${w.definition}\u0000${now.definition}`;
    if (seen.has(key)) continue;
    seen.add(key);
    compareDefinitions(label, defsA.get(w.definition)!, defsB.get(now.definition)!, w, emit, sharedA, sharedB, settled);
  }
}

function compareDefinitions(code: string, a: ErrorDefinition, b: ErrorDefinition, wire: WireCode, emit: Emit, sharedA: SharedLookup, sharedB: SharedLookup, settled: ReadonlySet<string>): void {
  const at = (...path: (string | number)[]): Anchor => ({ on: 'code', code: b.code, path });
  if (a.code !== b.code) emit('code-redefined', code, 'definition', a.code, b.code, 'none', `${wire.code} is now defined by ${b.code} (was ${a.code})`, at());
  if (a.transport !== b.transport) emit('transport-changed', code, 'transport', a.transport, b.transport, 'changed', `transport ${a.transport} → ${b.transport}: clients look for it in the wrong place`, at('transport'));
  if (a.status !== b.status) emit('status-changed', code, 'status', a.status, b.status, 'changed', `status ${show(a.status)} → ${show(b.status)}: clients branching on the status miss it`, at('status'));
  compareForwarding(code, a, b, at, emit);
  compareEvents(code, a, b, at, emit);
  if (a.namespace !== b.namespace) emit('namespace-changed', code, 'namespace', a.namespace, b.namespace, 'changed', `namespace ${a.namespace} → ${b.namespace}: inNamespace and the per-namespace responses no longer include it where they did`, at());
  if (a.section !== b.section) emit('section-changed', code, 'section', a.section, b.section, 'none', `listed in section ${b.section} instead of ${a.section}`, at());
  compareMeta(code, a, b, at, emit, sharedA, sharedB);
  const typeA = (a as { typeUri?: string | null }).typeUri ?? null;
  const typeB = (b as { typeUri?: string | null }).typeUri ?? null;
  if (typeA !== typeB) emit('problem-type-changed', code, 'type', typeA, typeB, 'changed', `problem type ${show(typeA)} → ${show(typeB)}: clients that match on the body's type URI miss it`, at('type'));
  compareExtensions(code, code, extensionsOf(a), extensionsOf(b), (name) => at(name), emit);
  compareDefinitionIdentifiers(code, a, b, settled, at, emit);
  compareUnknownFields(code, a, b, at, emit);
  for (const key of ['policy', 'afterSeconds', 'note'] as const) {
    const yaml = key === 'afterSeconds' ? 'after_seconds' : key;
    if (!same(a.retry[key], b.retry[key])) emit('retry-changed', code, `retry.${yaml}`, a.retry[key], b.retry[key], 'none', `retry ${yaml} ${key === 'note' ? 'reworded' : `${show(a.retry[key])} → ${show(b.retry[key])}`}`, at('retry', yaml));
  }
  if (a.description !== b.description) emit('description-changed', code, 'description', a.description, b.description, 'none', 'description reworded', at('description'));
  if (!same(a.details, b.details)) emit('description-changed', code, 'details', a.details, b.details, 'none', 'details reworded', at('details'));
  // Model files written before same_as existed have none.
  const sameA = (a as { sameAs?: string | null }).sameAs ?? null;
  const sameB = (b as { sameAs?: string | null }).sameAs ?? null;
  if (sameA !== sameB) emit('description-changed', code, 'same_as', sameA, sameB, 'none', `description now written relative to ${show(sameB)} (was ${show(sameA)})`, at('same_as'));
  if (!same({ m: a.example.message, x: a.example.meta, c: a.example.code }, { m: b.example.message, x: b.example.meta, c: b.example.code })) emit('example-changed', code, 'example', a.example, b.example, 'none', 'example changed', at('example'));
  if (!same(a.since, b.since)) emit('since-changed', code, 'since', a.since, b.since, 'none', `since ${show(a.since)} → ${show(b.since)}`, at('since'));
  if (!a.deprecated && b.deprecated) emit('code-deprecated', code, 'deprecated', null, b.deprecated, 'none', `deprecated since ${b.deprecated.since}${b.deprecated.replacement ? `; use ${b.deprecated.replacement}` : ''}`, at('deprecated'));
  else if (a.deprecated && !b.deprecated) emit('code-undeprecated', code, 'deprecated', a.deprecated, null, 'none', 'no longer deprecated', at());
  else if (!same(a.deprecated, b.deprecated)) emit('deprecation-changed', code, 'deprecated', a.deprecated, b.deprecated, 'none', `deprecation changed${b.deprecated?.replacement !== a.deprecated?.replacement ? `: replacement ${show(a.deprecated?.replacement)} → ${show(b.deprecated?.replacement)}` : ''}`, at('deprecated'));
}

/** Definition fields compared above, or derived from the code (names, display code, family: compared on the wire), or links (guidance, source). */
const KNOWN_DEFINITION_KEYS = new Set(['identifiers', 'extensions', 'typeUri', 'code', 'displayCode', 'family', 'namespace', 'section', 'transport', 'status', 'statusForwarding', 'events', 'description', 'details', 'sameAs', 'meta', 'retry', 'aliases', 'since', 'deprecated', 'example', 'names', 'guidance', 'source']);

function compareUnknownFields(code: string, a: ErrorDefinition, b: ErrorDefinition, at: (...p: string[]) => Anchor, emit: Emit): void {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
    if (KNOWN_DEFINITION_KEYS.has(key) || same(x[key], y[key])) continue;
    emit('model-changed', code, key, x[key], y[key], 'changed', `${key} changed, and this errcat cannot judge how: treated as breaking`, at(key));
  }
}

function compareForwarding(code: string, a: ErrorDefinition, b: ErrorDefinition, at: (...p: string[]) => Anchor, emit: Emit): void {
  const x = a.statusForwarding;
  const y = b.statusForwarding;
  if (!x && y) emit('status-forwarding-added', code, 'status_forwarding', null, y, 'wider', `the upstream status is now forwarded (fallback ${y.fallback}): clients may receive statuses other than ${show(a.status)}`, at('status_forwarding'));
  else if (x && !y) emit('status-forwarding-removed', code, 'status_forwarding', x, null, 'narrower', `always sent with status ${show(b.status)} now; the upstream status is no longer forwarded`, at('status_forwarding'));
  else if (x && y) {
    if (x.fallback !== y.fallback) emit('status-forwarding-changed', code, 'status_forwarding.fallback', x.fallback, y.fallback, 'changed', `fallback status ${x.fallback} → ${y.fallback}`, at('status_forwarding', 'fallback'));
    // Model files written before `statuses` existed have none.
    const before = x.statuses ?? [];
    const after = y.statuses ?? [];
    const added = after.filter((s) => !before.includes(s));
    const removed = before.filter((s) => !after.includes(s));
    if (added.length) emit('status-forwarding-status-added', code, 'status_forwarding.statuses', before, after, 'wider', `may now arrive with ${added.join(', ')} (forwarded): a client's ${added.join(', ')} handling meets a code it was not written for`, at('status_forwarding', 'statuses'));
    if (removed.length) emit('status-forwarding-status-removed', code, 'status_forwarding.statuses', before, after, 'narrower', `no longer forwarded with ${removed.join(', ')}`, at('status_forwarding', 'statuses'));
    if (!same(x.note, y.note)) emit('status-forwarding-wording', code, 'status_forwarding.note', x.note, y.note, 'none', 'status forwarding note reworded', at('status_forwarding', 'note'));
  }
}

function compareEvents(code: string, a: ErrorDefinition, b: ErrorDefinition, at: (...p: string[]) => Anchor, emit: Emit): void {
  const x = a.events;
  const y = b.events;
  if (!x && !y) return;
  if (!x || !y) {
    emit(y ? 'events-added' : 'events-removed', code, 'events', x, y, y ? 'wider' : 'narrower', y ? `now also sent in events ${y.names.join(', ')} (field ${y.field})` : 'no longer sent in events', at('events'));
    return;
  }
  if (x.field !== y.field) emit('event-field-changed', code, 'events.field', x.field, y.field, 'changed', `the code is carried in ${y.field} instead of ${x.field}: event consumers read the old field`, at('events', 'field'));
  const added = y.names.filter((n) => !x.names.includes(n)).sort();
  const removed = x.names.filter((n) => !y.names.includes(n)).sort();
  if (added.length) emit('events-added', code, 'events.names', x.names, y.names, 'wider', `now also sent in ${added.join(', ')}: consumers of those events get a code they did not expect`, at('events', 'names'));
  if (removed.length) emit('events-removed', code, 'events.names', x.names, y.names, 'narrower', `no longer sent in ${removed.join(', ')}`, at('events', 'names'));
}

function compareMeta(code: string, a: ErrorDefinition, b: ErrorDefinition, at: (...p: (string | number)[]) => Anchor, emit: Emit, sharedA: SharedLookup, sharedB: SharedLookup): void {
  const x = a.meta;
  const y = b.meta;
  if (x.kind === 'none' && y.kind === 'none') return;
  if (x.kind === 'schema' && y.kind === 'none') {
    emit('meta-removed', code, 'meta', x.schema, false, 'changed', 'no longer carries meta: clients that read it lose it', at('meta'));
    return;
  }
  if (x.kind === 'none' && y.kind === 'schema') {
    emit('meta-added', code, 'meta', false, y.schema, 'narrower', `now carries ${y.required ? 'required' : 'optional'} meta`, at('meta'));
    return;
  }
  if (x.kind !== 'schema' || y.kind !== 'schema') return;
  // Equal as written: a change inside a shared schema they refer to is reported once, with the schema.
  if (same(x.schema, y.schema)) return;
  // Otherwise compare what each means, shared schemas written in: moving to an identical shared schema is no change.
  for (const c of compareSchemas(inlineShared(x.schema, sharedA), inlineShared(y.schema, sharedB))) {
    const property = c.property === '' ? 'meta' : `meta.${c.property}`;
    const kind = c.kind === 'meta-property-added' && c.required ? 'meta-property-added-required' : c.kind;
    emit(kind, code, property, c.from, c.to, c.direction, `${property}: ${c.detail}`, at('meta', ...c.path), c.keyword);
  }
}

function compareNamespaces(before: CatalogModel, after: CatalogModel, emit: Emit): void {
  const b = new Map(after.namespaces.map((n) => [n.name, n]));
  const a = new Map(before.namespaces.map((n) => [n.name, n]));
  for (const [name, n] of a) {
    const m = b.get(name);
    if (!m) emit('namespace-removed', '', `namespaces.${name}`, name, null, 'changed', `namespace ${name} removed: its per-namespace response and inNamespace(…, '${name}') go`, { on: 'header', path: ['namespaces'] });
    else {
      if (n.description !== m.description) emit('namespace-wording', '', `namespaces.${name}.description`, n.description, m.description, 'none', `namespace ${name}: description reworded`, { on: 'namespace', name, path: ['description'] });
      if (n.section !== m.section) emit('section-changed', '', `namespaces.${name}.section`, n.section, m.section, 'none', `namespace ${name} listed in section ${m.section} instead of ${n.section}`, { on: 'namespace', name, path: ['section'] });
      compareExtensions('', `namespace ${name}`, extensionsOf(n), extensionsOf(m), (x) => ({ on: 'namespace', name, path: [x] }), emit);
    }
  }
  for (const name of b.keys()) if (!a.has(name)) emit('namespace-added', '', `namespaces.${name}`, null, name, 'none', `namespace ${name} added`, { on: 'namespace', name, path: [] });
}

function compareParameters(before: CatalogModel, after: CatalogModel, emit: Emit): void {
  const a = new Map(before.parameters.map((p) => [p.name, p]));
  const used = new Set(after.definitions.flatMap((d) => (d.family ? [d.family.parameter] : [])));
  for (const p of after.parameters) {
    const q = a.get(p.name);
    if (!q) continue;
    if (!same(q.description, p.description) || q.placeholder !== p.placeholder) emit('parameter-wording', '', `parameters.${p.name}`, q.description, p.description, 'none', `parameter ${p.name}: description or placeholder reworded`, { on: 'parameter', name: p.name, path: [] });
    const titles = (x: typeof p) => new Map(x.values.map((v) => [v.value, v.title]));
    const ta = titles(q);
    const tb = titles(p);
    for (const [value, title] of tb) if (ta.has(value) && ta.get(value) !== title) emit('parameter-wording', '', `parameters.${p.name}.${value}.title`, ta.get(value), title, 'none', `parameter ${p.name}: title of ${value} reworded`, { on: 'parameter', name: p.name, path: ['values'] });
    if (used.has(p.name)) continue; // Value changes of a used parameter are reported per family.
    for (const value of tb.keys()) if (!ta.has(value)) emit('parameter-value-added', '', `parameters.${p.name}`, null, value, 'wider', `parameter ${p.name} gains ${value}: its union widens`, { on: 'parameter', name: p.name, path: ['values'] });
    for (const value of ta.keys()) if (!tb.has(value)) emit('parameter-value-removed', '', `parameters.${p.name}`, value, null, 'changed', `parameter ${p.name} loses ${value}: code that names it stops compiling`, { on: 'parameter', name: p.name, path: ['values'] });
  }
}

function compareById<T>(a: readonly T[], b: readonly T[], id: (x: T) => string, what: 'section' | 'guidance', emit: Emit): void {
  const ma = new Map(a.map((x) => [id(x), x]));
  const mb = new Map(b.map((x) => [id(x), x]));
  const kind = what === 'section' ? 'section-changed' : 'guidance-changed';
  // Codes and namespaces listed in a section are derived from the codes: compared there.
  const strip = (x: T) => (what === 'section' ? { ...(x as object), codes: undefined, namespaces: undefined } : { ...(x as object), codes: [...(x as { codes: string[] }).codes].sort() });
  for (const [key, x] of ma) {
    const y = mb.get(key);
    if (!y) emit(kind, '', `${what}.${key}`, key, null, 'none', `${what} ${key} removed`, { on: 'header', path: [what === 'section' ? 'sections' : 'guidance'] });
    else if (!same(strip(x), strip(y))) emit(kind, '', `${what}.${key}`, null, null, 'none', `${what} ${key} changed`, what === 'section' ? { on: 'section', id: key, path: [] } : { on: 'guidance', id: key, path: [] });
  }
  for (const key of mb.keys()) if (!ma.has(key)) emit(kind, '', `${what}.${key}`, null, key, 'none', `${what} ${key} added`, what === 'section' ? { on: 'section', id: key, path: [] } : { on: 'guidance', id: key, path: [] });
}

type SharedLookup = (name: string) => unknown;

function sharedOf(model: CatalogModel): readonly SharedSchemaModel[] {
  return (model as { schemas?: readonly SharedSchemaModel[] }).schemas ?? [];
}

function sharedLookup(model: CatalogModel): SharedLookup {
  const byName = new Map(sharedOf(model).map((s) => [s.name, s.schema]));
  return (name) => byName.get(name);
}

/**
 * Shared meta schemas, by name, with the same response-side rules as a
 * code's meta: each change once, naming the codes whose meta reaches the
 * schema (a change to it is a change to each of them).
 */
function compareShared(before: CatalogModel, after: CatalogModel, emit: Emit): void {
  const a = new Map(sharedOf(before).map((s) => [s.name, s]));
  const b = new Map(sharedOf(after).map((s) => [s.name, s]));
  for (const [name, x] of a) {
    const y = b.get(name);
    if (!y) {
      emit('schema-removed', '', `schemas.${name}`, x.schema, null, 'changed', `shared schema ${name} removed: its exported type ${name} and component schemas/${name} leave${x.usedBy.length > 0 ? ` (it was the meta of ${x.usedBy.join(', ')}; their own changes are reported with them)` : ''}`, { on: 'header', path: ['schemas'] });
      continue;
    }
    const codes = [...new Set([...x.usedBy, ...y.usedBy])].sort();
    const users = codes.length === 0 ? 'used by no code' : `the meta of ${codes.join(', ')}`;
    for (const c of compareSchemas(x.schema, y.schema)) {
      const property = c.property === '' ? `schemas.${name}` : `schemas.${name}.${c.property}`;
      const kind = c.kind === 'meta-property-added' && c.required ? 'meta-property-added-required' : c.kind;
      emit(kind, '', property, c.from, c.to, c.direction, `shared schema ${name} (${users}): ${c.property === '' ? '' : `${c.property}: `}${c.detail}`, { on: 'schema', name, path: c.path }, c.keyword);
    }
  }
  for (const [name, y] of b) if (!a.has(name)) emit('schema-added', '', `schemas.${name}`, null, y.schema, 'none', `shared schema ${name} added`, { on: 'schema', name, path: [] });
}

/** Model keys compared above, or derived from what is (statuses from codes), or not contract (version: semver.ts; file names). */
// changelog: release notes, not the contract; a version read from git or a model JSON may lack it.
const KNOWN_KEYS = new Set(['identifiers', 'codeSyntax', 'order', 'wording', 'changelog', 'extensions', 'schemas', 'formatVersion', 'id', 'title', 'version', 'description', 'package', 'docs', 'envelope', 'parameters', 'sections', 'namespaces', 'definitions', 'wireCodes', 'guidance', 'statuses', 'sourceFiles', 'retired']);

function compareUnknown(before: CatalogModel, after: CatalogModel, emit: Emit): void {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (KNOWN_KEYS.has(key) || same(a[key], b[key])) continue;
    emit('model-changed', '', key, a[key], b[key], 'changed', `${key} changed, and this errcat cannot judge how: treated as breaking`, header('catalog'));
  }
}

/** Entries of `retired:` recorded or edited without a code leaving (a removal is code-retired above). */
function compareRetired(before: CatalogModel, after: CatalogModel, emit: Emit): void {
  const a = new Map(retiredOf(before).map((r) => [r.code, r]));
  const onWire = new Set(before.wireCodes.map((w) => w.code));
  const defined = new Set(before.definitions.map((d) => d.code));
  for (const r of retiredOf(after)) {
    const old = a.get(r.code);
    if (!old && !onWire.has(r.code) && !defined.has(r.code)) emit('retired-recorded', r.code, 'retired', null, r, 'none', `recorded as retired in ${r.since}`, { on: 'retired', code: r.code });
    else if (old && !same(old, r)) emit('retired-changed', r.code, 'retired', old, r, 'none', 'retirement record changed', { on: 'retired', code: r.code });
  }
  const b = new Set(retiredOf(after).map((r) => r.code));
  for (const code of a.keys()) if (!b.has(code)) emit('retired-unrecorded', code, 'retired', a.get(code), null, 'none', 'no longer recorded as retired: the code may be reused', { on: 'header', path: ['retired'] });
}
