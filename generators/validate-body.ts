/**
 * The rules of a declared error body that its JSON Schema cannot express:
 * which keys go with which form, one code member, unique member and header
 * names, values in places that can hold them, meta spread into an object
 * without clashing with its members, and a problem type URI for every code
 * whose body has a `type` member. A problem type URI (`type_uri`,
 * `type_base`) is also judged by the URL allow-list (escape/url.ts), with
 * `urn:` and `tag:` added, which only name a type: RFC 9457 clients and
 * tools follow the others, so a `javascript:` or `data:` type is a
 * `url-scheme-refused` warning (errcat prints it only as data, never as a
 * link).
 */
import { quote, type RuleId } from './diagnostics.js';
import { allowedTypeUri, TYPE_URI_SCHEMES } from './escape/url.js';
import { ENVELOPE_VALUES, expandBody, META_VALUES, type DeclaredMember } from './body.js';
import { deriveNames } from './names.js';
import { isExtending } from './meta-extends.js';
import { cascade, child, explicitNamespace, metaLevels, namespaceChain, syntaxOf, type Located, type MergedCatalog, type Origin, type RawMeta } from './resolve.js';
import { sharedRefName } from './shared-schemas.js';

type Report = (rule: RuleId, message: string, origin: Origin, at?: 'key' | 'value') => void;

const CUSTOM_KEYS = ['error_member', 'list', 'members', 'envelope_members'] as const;
const RFC9457_KEYS = ['code_member', 'request_id_member', 'type_base'] as const;

/** Checks the header's body declaration and what it asks of every code. */
export function checkBody(merged: MergedCatalog, report: Report): void {
  const header = merged.header;
  if (!header) return;
  const raw = header.value.envelope.body;
  const at = (...path: (string | number)[]): Origin => ({ file: header.origin.file, path: [...header.origin.path, ...path.slice(1)] });
  const bodyAt = (key: string) => at('catalog', 'envelope', 'body', key);

  if (raw !== undefined) {
    if (raw.preset !== undefined) {
      for (const key of CUSTOM_KEYS) {
        if (raw[key] !== undefined) report('body-form', `${key} belongs to the custom form; preset ${quote(raw.preset)} sets the members itself`, bodyAt(key), 'key');
      }
    } else if (raw.members === undefined) {
      report('body-form', 'a body declares a preset (rfc9457, jsonapi) or its members', at('catalog', 'envelope', 'body'), 'key');
    }
    if (raw.preset !== 'rfc9457') {
      for (const key of RFC9457_KEYS) {
        if (raw[key] !== undefined) report('body-form', `${key} is an option of the rfc9457 preset only`, bodyAt(key), 'key');
      }
    }
  }

  const body = expandBody(header.value);
  const where = (m: DeclaredMember) => at(...m.path);
  const codes = body.members.filter((m) => m.value === 'code');
  if (raw?.preset === undefined && raw?.members !== undefined && codes.length !== 1) {
    report('body-code-missing', codes.length === 0 ? 'the error object has no member with value code' : `the error object has ${codes.length} members with value code; it needs exactly one`, codes[1] ? where(codes[1]) : bodyAt('members'), 'key');
  }
  for (const m of [...body.members, ...body.envelopeMembers]) {
    if (m.declaredRequired === false && (m.value === 'code' || META_VALUES.has(m.value))) {
      report('body-form', m.value === 'code' ? 'the code member is always present; drop required' : `whether ${m.value} is present follows each code's meta schema; drop required`, child(where(m), 'required'), 'key');
    }
  }

  // Names are unique in each object; each value has one place.
  const rootIsError = body.model.errorMember === null;
  const objects: { what: string; members: readonly DeclaredMember[]; reserved: string | null }[] = [
    { what: 'error object', members: body.members, reserved: null },
    { what: 'body', members: body.envelopeMembers, reserved: body.model.errorMember },
  ];
  const values = new Map<string, DeclaredMember>();
  for (const { what, members, reserved } of objects) {
    const names = new Set<string>(reserved === null ? [] : [reserved]);
    for (const m of members) {
      if (m.name !== null) {
        if (names.has(m.name)) report('body-member-duplicate', `the ${what} already has a member named ${quote(m.name)}`, child(where(m), 'name'));
        names.add(m.name);
      }
      const metaLike = META_VALUES.has(m.value) ? 'meta' : m.value;
      const first = values.get(metaLike);
      if (first && !(metaLike === 'code' && codes.length > 1)) report('body-member-duplicate', `${m.value} is already carried by ${first.name === null ? 'the meta members' : quote(first.name)}`, child(where(m), 'value'));
      else values.set(metaLike, m);
    }
  }
  // Names JSON readers do not all keep as data: `__proto__` sets the prototype
  // in JavaScript object literals and the tools built on them (ajv and
  // Redocly never check such a member), and OpenAPI tools resolve a `$ref`
  // wherever it stands, examples included, fetching the URI a member holds.
  for (const m of [...body.members, ...body.envelopeMembers]) {
    if (m.name === null || !RESERVED_MEMBER_NAMES.has(m.name)) continue;
    const named = m.path[m.path.length - 1];
    report('body-member-reserved', reservedMember(m.name), typeof named === 'string' && named.endsWith('_member') ? at(...m.path) : child(where(m), 'name'), 'value');
  }
  if (raw?.error_member !== undefined && RESERVED_MEMBER_NAMES.has(raw.error_member)) report('body-member-reserved', reservedMember(raw.error_member), bodyAt('error_member'), 'value');
  if (raw !== undefined && raw.preset === undefined) {
    if (rootIsError && raw.envelope_members !== undefined && raw.envelope_members.length > 0) {
      report('body-member-misplaced', 'envelope_members sit beside the error object, so they need error_member; without it the body is the error object: list them under members', bodyAt('envelope_members'), 'key');
    }
    if (raw.list === true && rootIsError) report('body-member-misplaced', 'a list of errors needs error_member, the body member that holds it', bodyAt('list'), 'key');
    for (const m of body.envelopeMembers) {
      if (!ENVELOPE_VALUES.has(m.value)) report('body-member-misplaced', `${m.value} belongs in the error object (members); beside it the body may carry ${[...ENVELOPE_VALUES].join(', ')}`, child(where(m), 'value'));
    }
  }

  // Headers: one of each name, HTTP names being case-insensitive, and one of each component name.
  const headerNames = new Map<string, string>();
  for (const h of body.headers) {
    for (const key of [`name ${h.name.toLowerCase()}`, `component ${h.component}`]) {
      const first = headerNames.get(key);
      if (first !== undefined) {
        report('body-header-duplicate', `header ${quote(h.name)} ${key.startsWith('name') ? 'is' : 'derives the same component name as'} ${quote(first)}`, at(...h.path), 'key');
        break;
      }
      headerNames.set(key, h.name);
    }
  }

  const spread = body.members.some((m) => m.value === 'meta_members');
  const memberNames = new Set(body.members.flatMap((m) => (m.name === null ? [] : [m.name])));
  const hasType = body.model.members.some((m) => m.value === 'type');
  const typeBase = raw?.type_base !== undefined || header.value.docs?.base_url !== undefined;
  if (raw?.type_base !== undefined && !allowedTypeUri(raw.type_base)) report('url-scheme-refused', typeUriRefused('type_base', raw.type_base), bodyAt('type_base'), 'value');
  const reportedMeta = new Set<string>();
  for (const [code, entry] of merged.codes) {
    const chain = namespaceChain(code, merged, explicitNamespace(entry, merged)?.value);
    const transport = cascade('transport', entry, chain, merged)?.value ?? 'http';
    if (hasType && transport === 'http' && entry.value.type_uri === undefined && !typeBase) {
      report('body-type-uri-missing', `the body has a type member, but ${quote(code)} has no type_uri and the catalog neither docs.base_url nor envelope.body.type_base to derive one from (${quote(deriveNames(code, syntaxOf(merged)).anchor)})`, entry.origin, 'key');
    }
    if (entry.value.type_uri !== undefined && !allowedTypeUri(entry.value.type_uri)) {
      report('url-scheme-refused', typeUriRefused(`${quote(code)}'s type_uri`, entry.value.type_uri), child(entry.origin, 'type_uri'), 'value');
    }
    if (!hasType && entry.value.type_uri !== undefined) {
      report('body-type-uri-unused', `the body has no type member, so ${quote(code)}'s type_uri is never sent`, child(entry.origin, 'type_uri'), 'key');
    }
    if (!spread || transport !== 'http') continue;
    for (const property of spreadProperties(metaLevels(entry, chain, merged), merged)) {
      if (!memberNames.has(property.name)) continue;
      const key = `${property.origin.file}\u0000${property.origin.path.join('\u0000')}`;
      if (reportedMeta.has(key)) continue;
      reportedMeta.add(key);
      report('body-meta-member-collision', `meta property ${quote(property.name)}${property.via} is spread into the error object, which already has a member ${quote(property.name)}; rename the property or the member`, property.origin, 'key');
    }
  }
}

/**
 * The properties a code's meta spreads into the error object, each where it
 * is written: the meta the cascade gives it (its own, else a namespace's or
 * the catalog default's), a shared schema it is (`$ref: '#/schemas/X'`,
 * followed through shared schemas that are references themselves), and,
 * for `extends: inherited`, the levels below it that it merges with.
 */
function spreadProperties(levels: readonly Located<RawMeta>[], merged: MergedCatalog): { name: string; origin: Origin; via: string }[] {
  const found: { name: string; origin: Origin; via: string }[] = [];
  for (const level of levels) {
    let schema: unknown = level.value;
    let origin = level.origin;
    let via = '';
    // A shared schema as the whole meta: its properties are the ones spread, reported where the shared schema writes them.
    for (let step = 0; step < 16 && isObject(schema) && typeof schema.$ref === 'string' && !isObject(schema.properties); step++) {
      const name = sharedRefName(schema.$ref);
      const shared = name === null ? undefined : merged.schemas.get(name);
      if (shared === undefined) break;
      schema = shared.value;
      origin = shared.origin;
      via = ` (of shared schema ${quote(name!)})`;
    }
    if (!isObject(schema)) break;
    if (isObject(schema.properties)) for (const name of Object.keys(schema.properties)) found.push({ name, origin: child(origin, 'properties', name), via });
    // Only a meta that extends what it inherits takes the next level's properties too.
    if (!isExtending(level.value)) break;
  }
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Member names no body may use; see checkBody. */
const RESERVED_MEMBER_NAMES: ReadonlySet<string> = new Set(['__proto__', '$ref']);

function reservedMember(name: string): string {
  return name === '__proto__'
    ? 'a member named "__proto__" sets the prototype in JavaScript readers instead of being a member (ajv and OpenAPI linters never check it); name it otherwise'
    : 'a member named "$ref" makes OpenAPI tools read the example body as a reference and fetch the URI it holds; name it otherwise';
}

function typeUriRefused(what: string, uri: string): string {
  return `${what} ${quote(uri.slice(0, 80))} has a scheme that is not ${TYPE_URI_SCHEMES.join(', ')}; clients and tools that follow a problem type would open it (errcat prints it only as data)`;
}
