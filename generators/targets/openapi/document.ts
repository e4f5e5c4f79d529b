/**
 * Builds the OpenAPI document of a catalog as a plain object: components
 * only (schemas, responses, examples, headers), for API specs to `$ref`.
 *
 * Layout decisions, in one place:
 * - one schema per definition, `<Type>Error`: the `error` object of that
 *   code, with `code` as a `const` (a one-value `enum` in 3.0), or an `enum`
 *   of every wire code that shares the definition (family expansions and
 *   aliases), and `meta` as a `$ref` to `<Type>Meta`;
 * - one response per HTTP status, `Error<status>`, whose `error` is a `oneOf`
 *   of the definitions sent with that status, discriminated on `code` with a
 *   mapping entry for every wire code, so generated clients get a union to
 *   switch on; codes whose upstream status is forwarded also appear under
 *   their fallback status, which is what a client sees when forwarding fails;
 * - one response per namespace, `<Namespace>Errors`, for specs that group
 *   endpoints by area (`'4XX': {$ref: …/BillingErrors}`), and `AnyError` for
 *   `default:`;
 * - event-only codes never appear in a response: `EventErrorCode` and
 *   `EventErrorObject` describe them for the events stream.
 *
 * Every group is computed in one pass over the model, so cost is linear in
 * the number of codes.
 */
import { commonMarkBlock, commonMarkText } from '../../escape/markdown.js';
import type { CatalogModel, ErrorDefinition, JsonSchema, WireCode } from '../../model.js';
import { bannerText } from '../../output.js';
import { exampleBody } from '../../body.js';
import { anyErrorObject, bodySchema, codeObjectMembers, EVENT_MEMBERS, usesRequestId, type BodyRefs } from './body-schema.js';
import { escapePointerSegment, placeSchema, type OpenApiVersion } from './json-schema.js';

/** What a component key may look like (OpenAPI 3.x §4.8.7.1). */
export const COMPONENT_KEY = /^[a-zA-Z0-9._-]+$/;

/**
 * The component names errcat uses whatever the catalog. Per-code names end in
 * `Error` or `Meta`, per-status names are `Error<digits>` and
 * `Error<digits>Envelope`, per-namespace names end in `Errors` and
 * `ErrorsEnvelope`: none of those suffixes fits a fixed name, and
 * {@link ComponentRegistry} still refuses any collision.
 */
export const FIXED_NAMES = {
  schemas: {
    errorCode: 'ErrorCode',
    eventErrorCode: 'EventErrorCode',
    envelope: 'ErrorEnvelope',
    errorObject: 'ErrorObject',
    errorMessage: 'ErrorMessage',
    eventErrorObject: 'EventErrorObject',
    requestId: 'RequestId',
  },
  responses: { any: 'AnyError' },
} as const;

/** The request id used in examples: examples are data, so it is a fixed, obviously fake value. */
export const EXAMPLE_REQUEST_ID = 'req_0123456789abcdef';

/**
 * Reason phrases (RFC 9110 and the registered extensions) for response
 * descriptions. A fixed table rather than node:http's STATUS_CODES, which
 * changes between Node versions (413 became "Content Too Large") and would
 * make output depend on the runtime.
 */
const REASON_PHRASES: ReadonlyMap<number, string> = new Map([
  [400, 'Bad Request'], [401, 'Unauthorized'], [402, 'Payment Required'], [403, 'Forbidden'], [404, 'Not Found'],
  [405, 'Method Not Allowed'], [406, 'Not Acceptable'], [407, 'Proxy Authentication Required'], [408, 'Request Timeout'],
  [409, 'Conflict'], [410, 'Gone'], [411, 'Length Required'], [412, 'Precondition Failed'], [413, 'Content Too Large'],
  [414, 'URI Too Long'], [415, 'Unsupported Media Type'], [416, 'Range Not Satisfiable'], [417, 'Expectation Failed'],
  [421, 'Misdirected Request'], [422, 'Unprocessable Content'], [423, 'Locked'], [424, 'Failed Dependency'],
  [425, 'Too Early'], [426, 'Upgrade Required'], [428, 'Precondition Required'], [429, 'Too Many Requests'],
  [431, 'Request Header Fields Too Large'], [451, 'Unavailable For Legal Reasons'], [500, 'Internal Server Error'],
  [501, 'Not Implemented'], [502, 'Bad Gateway'], [503, 'Service Unavailable'], [504, 'Gateway Timeout'],
  [505, 'HTTP Version Not Supported'], [507, 'Insufficient Storage'], [508, 'Loop Detected'], [511, 'Network Authentication Required'],
]);

type ComponentKind = 'schemas' | 'responses' | 'examples' | 'headers';
type Json = Record<string, unknown>;

/**
 * Hands out component names and refuses two owners for one name: a
 * collision would make one `$ref` silently point at another code's schema.
 *
 * The throw is an invariant check, not input validation: every name is
 * derived from a code's or a namespace's derived type name, or from a
 * status, with suffixes no other kind uses, and the validator reports two
 * codes or two namespaces deriving one name as `name-collision`. Reaching it
 * is a bug (the CLI says so), never a catalog problem.
 */
export class ComponentRegistry {
  private readonly owners = new Map<string, string>();

  /** Claims `name` in `kind` for `owner`; throws when it is taken or not a valid key. */
  claim(kind: ComponentKind, name: string, owner: string): string {
    if (!COMPONENT_KEY.test(name)) throw new Error(`component name ${JSON.stringify(name)} (${owner}) is not a valid component key`);
    const key = `${kind}/${name}`;
    const existing = this.owners.get(key);
    if (existing !== undefined) throw new Error(`component ${key} would be used by both ${existing} and ${owner} (the validator's name-collision rule should have refused the catalog)`);
    this.owners.set(key, owner);
    return name;
  }
}

/** The names of one definition's components. */
interface DefinitionNames {
  error: string;
  meta: string | null;
  example: string;
}

/** A `$ref` to a component. */
function ref(kind: ComponentKind, name: string): Json {
  return { $ref: `#/components/${kind}/${escapePointerSegment(name)}` };
}

/**
 * Builds the document for the given OpenAPI version.
 *
 * @example buildOpenApiDocument(model, '3.1').components.responses.Error404
 */
export function buildOpenApiDocument(model: CatalogModel, version: OpenApiVersion): { openapi: string; components: Json } & Json {
  const registry = new ComponentRegistry();
  for (const [kind, names] of Object.entries(FIXED_NAMES) as [ComponentKind, Record<string, string>][]) {
    for (const name of Object.values(names)) registry.claim(kind, name, `errcat's fixed ${kind}`);
  }

  const schemas: Json = {};
  const responses: Json = {};
  const examples: Json = {};
  const headers: Json = {};
  const fields = model.envelope.fields;
  const body = model.envelope.body;
  const refs: BodyRefs = {
    message: ref('schemas', FIXED_NAMES.schemas.errorMessage),
    requestId: ref('schemas', FIXED_NAMES.schemas.requestId),
    code: ref('schemas', FIXED_NAMES.schemas.errorCode),
  };

  // One pass: the wire codes of each definition, in the model's (sorted) order.
  const wireByDefinition = new Map<string, WireCode[]>();
  for (const wire of model.wireCodes) {
    let list = wireByDefinition.get(wire.definition);
    if (!list) wireByDefinition.set(wire.definition, (list = []));
    list.push(wire);
  }
  const wireCodesOf = (d: ErrorDefinition): string[] => (wireByDefinition.get(d.code) ?? []).map((w) => w.code);

  // Per definition: its error object, meta and example.
  const names = new Map<string, DefinitionNames>();
  for (const d of model.definitions) {
    const type = d.names.type;
    const own: DefinitionNames = {
      error: registry.claim('schemas', `${type}Error`, d.code),
      meta: d.meta.kind === 'schema' ? registry.claim('schemas', `${type}Meta`, d.code) : null,
      example: registry.claim('examples', type, d.code),
    };
    names.set(d.code, own);
    let placedMeta: JsonSchema | null = null;
    if (d.meta.kind === 'schema' && own.meta !== null) {
      const placed = placeSchema(d.meta.schema, own.meta, version);
      const metaSchema: Json = { ...placed.schema };
      if (typeof metaSchema.description !== 'string') metaSchema.description = text(fields.meta);
      schemas[own.meta] = metaSchema;
      placedMeta = placed.schema;
      for (const [name, schema] of placed.hoisted) schemas[registry.claim('schemas', name, d.code)] = schema;
    }
    // Event-only codes travel in events, whose carrier is errcat's {code, message, meta}, not the HTTP body.
    const members = d.transport === 'http' ? body.members : EVENT_MEMBERS;
    const meta = own.meta !== null && placedMeta !== null ? { ref: ref('schemas', own.meta), placed: placedMeta } : null;
    const { properties, required } = codeObjectMembers(members, { definition: d, codes: wireCodesOf(d), meta }, refs, version);
    schemas[own.error] = buildErrorObject(model, d, properties, required);
    examples[own.example] = buildExample(model, d);
  }

  if (usesRequestId(body)) schemas[FIXED_NAMES.schemas.requestId] = { type: 'string', description: text(fields.requestId) };
  // Shared rather than repeated in every error object: on a catalog of 100,000 codes that is megabytes.
  schemas[FIXED_NAMES.schemas.errorMessage] = { type: 'string', description: text(fields.message) };
  schemas[FIXED_NAMES.schemas.errorCode] = buildCodeEnum(model.wireCodes, model, text(fields.code) + (model.envelope.codeGrammar ? `\n\n${commonMarkBlock(model.envelope.codeGrammar)}` : ''));
  schemas[FIXED_NAMES.schemas.errorObject] = anyErrorObject(model, refs, text(`Any ${model.title} error. ${fields.code}`));
  const envelopeSchema = (description: string, error: Json): Json => bodySchema(body, refs, description, error);
  schemas[FIXED_NAMES.schemas.envelope] = envelopeSchema(model.envelope.description === null ? text(`The body of every ${model.title} error response.`) : commonMarkBlock(model.envelope.description), ref('schemas', FIXED_NAMES.schemas.errorObject));
  for (const h of body.headers) {
    const name = registry.claim('headers', h.component, `the ${h.name} header`);
    const schema = h.value === 'request_id' ? ref('schemas', FIXED_NAMES.schemas.requestId) : h.value === 'retry_after' ? { type: 'integer', minimum: 0 } : { type: 'string' };
    headers[name] = { description: text(h.description), required: h.required, schema };
  }

  const anyRetryDelay = model.definitions.some((d) => d.retry.afterSeconds !== null);
  // Retry-After is listed on a response only when one of its codes advises a delay.
  const responseHeaders = (retryDelay: boolean): Json =>
    Object.fromEntries(body.headers.filter((h) => h.value !== 'retry_after' || retryDelay).map((h) => [h.name, ref('headers', h.component)]));
  const response = (description: string, schemaName: string, members: readonly ErrorDefinition[]): Json => {
    const content: Json = { schema: ref('schemas', schemaName) };
    if (members.length > 0) content.examples = Object.fromEntries(members.map((d) => [names.get(d.code)!.example, ref('examples', names.get(d.code)!.example)]));
    const retryDelay = members.length === 0 ? anyRetryDelay : members.some((d) => d.retry.afterSeconds !== null);
    const result: Json = { description, content: { [body.mediaType]: content } };
    const listed = responseHeaders(retryDelay);
    if (Object.keys(listed).length > 0) result.headers = listed;
    return result;
  };
  const union = (members: readonly ErrorDefinition[], propertyName = body.codeMember): Json => {
    const mapping: Json = {};
    for (const d of members) for (const code of wireCodesOf(d)) mapping[code] = `#/components/schemas/${escapePointerSegment(names.get(d.code)!.error)}`;
    return { oneOf: members.map((d) => ref('schemas', names.get(d.code)!.error)), discriminator: { propertyName, mapping } };
  };

  responses[FIXED_NAMES.responses.any] = response(`Any ${model.title} error. Switch on error.code; the per-status responses list which codes each status carries.`, FIXED_NAMES.schemas.envelope, []);

  // Per HTTP status: the codes sent with it, and the forwarded codes that fall back to it.
  const byStatus = new Map<number, { members: ErrorDefinition[]; forwarded: number }>();
  const addToStatus = (status: number, d: ErrorDefinition, forwarded: boolean): void => {
    let group = byStatus.get(status);
    if (!group) byStatus.set(status, (group = { members: [], forwarded: 0 }));
    if (group.members[group.members.length - 1] === d) return; // status and fallback are the same
    group.members.push(d);
    if (forwarded) group.forwarded++;
  };
  for (const d of model.definitions) {
    if (d.transport !== 'http' || d.status === null) continue;
    addToStatus(d.status, d, false);
    if (d.statusForwarding) addToStatus(d.statusForwarding.fallback, d, true);
  }
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const { members, forwarded } = byStatus.get(status)!;
    members.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const responseName = registry.claim('responses', `Error${status}`, `HTTP status ${status}`);
    const schemaName = registry.claim('schemas', `Error${status}Envelope`, `HTTP status ${status}`);
    const codeCount = members.reduce((n, d) => n + wireCodesOf(d).length, 0);
    const reason = REASON_PHRASES.get(status);
    let description = `${reason ? `${reason} (${status})` : `HTTP status ${status}`}: a ${model.title} error whose error.code is one of ${codeCount} code${codeCount === 1 ? '' : 's'}.`;
    if (forwarded > 0) description += ` ${forwarded} of the definitions forward an upstream status and send ${status} when they cannot.`;
    description = text(description);
    schemas[schemaName] = envelopeSchema(description, union(members));
    responses[responseName] = response(description, schemaName, members);
  }

  // Per namespace: its HTTP codes and those of the namespaces below it.
  const declared = new Map(model.namespaces.map((ns) => [ns.name, [] as ErrorDefinition[]]));
  const parents = new Map(model.namespaces.map((ns) => [ns.name, ns.parents]));
  for (const d of model.definitions) {
    if (d.transport !== 'http' || d.status === null) continue;
    for (const name of [d.namespace, ...(parents.get(d.namespace) ?? [])]) declared.get(name)?.push(d);
  }
  for (const ns of model.namespaces) {
    const members = declared.get(ns.name)!;
    if (members.length === 0) continue;
    // PascalCase, by the same rule as code names; the validator refuses two namespaces with one type name.
    const type = ns.typeName;
    const responseName = registry.claim('responses', `${type}Errors`, `namespace ${ns.name}`);
    const schemaName = registry.claim('schemas', `${type}ErrorsEnvelope`, `namespace ${ns.name}`);
    const statuses = [...new Set(members.map((d) => d.status))].sort((a, b) => a! - b!);
    const description = text(`${ns.description} (namespace ${ns.name}; HTTP status ${statuses.join(', ')})`);
    schemas[schemaName] = envelopeSchema(description, union(members));
    responses[responseName] = addExtensions(response(description, schemaName, members), ns.extensions);
  }

  // The events stream: codes that travel in events, never in a response body.
  // Event-only codes: an HTTP code that also travels in events has the HTTP body's shape, not the events' carrier.
  const eventMembers = model.definitions.filter((d) => d.transport === 'event');
  if (eventMembers.length > 0) {
    const carriers = [...new Set(eventMembers.map((d) => (d.events ? `${d.events.field} of ${d.events.names.join(', ')}` : null)).filter((s) => s !== null))].sort();
    const where = carriers.length > 0 ? ` They arrive in ${carriers.join('; ')}.` : '';
    const eventWire = eventMembers.flatMap((d) => wireByDefinition.get(d.code) ?? []);
    schemas[FIXED_NAMES.schemas.eventErrorCode] = buildCodeEnum(eventWire, model, text(`A code sent in events rather than in an HTTP response.${where}`));
    schemas[FIXED_NAMES.schemas.eventErrorObject] = { description: text(`An error reported in the events stream: switch on code.${where}`), ...union(eventMembers, 'code') };
  }

  return {
    openapi: version === '3.1' ? '3.1.0' : '3.0.3',
    info: {
      title: `${model.title} errors`,
      version: model.version,
      description: [
        model.description === null ? null : text(model.description),
        model.envelope.description === null ? null : commonMarkBlock(model.envelope.description),
        text('Components for API specs to $ref: responses per HTTP status and per namespace, one schema and one example per code.'),
      ]
        .filter((s): s is string => s !== null)
        .join('\n\n'),
      license: { name: model.package.license },
      'x-generated-by': bannerText(model),
      ...extensionObject(model.extensions),
    },
    // OpenAPI 3.0 requires paths; an empty object says this document has no operations of its own.
    paths: {},
    components: { schemas, responses, examples, headers },
  };
}

/**
 * OpenAPI tools render every `description` as CommonMark, so catalog text
 * goes in escaped as CommonMark text (it reads as written, with no HTML or
 * link), and Markdown fields re-printed with the URL allow-list
 * (escape/markdown.ts). errcat's own words are escaped alike: they quote
 * the catalog's.
 */
function text(value: string): string {
  return commonMarkText(value);
}

/** An enum of wire codes, with the names and descriptions code generators use for enum members. */
function buildCodeEnum(wireCodes: readonly WireCode[], model: CatalogModel, description: string): Json {
  const definitions = new Map(model.definitions.map((d) => [d.code, d]));
  return {
    type: 'string',
    description,
    enum: wireCodes.map((w) => w.code),
    // Read by openapi-generator and others to name enum members.
    'x-enum-varnames': wireCodes.map((w) => w.names.constant),
    'x-enum-descriptions': wireCodes.map((w) => definitions.get(w.definition)?.description ?? ''),
  };
}

/** The error object of one definition, its members built by the body (see body-schema.ts). */
function buildErrorObject(model: CatalogModel, d: ErrorDefinition, properties: Json, required: readonly string[]): Json {

  const paragraphs = [text(d.description)];
  if (d.details) paragraphs.push(commonMarkBlock(d.details));
  if (d.deprecated) {
    let note = `Deprecated since ${d.deprecated.since}.`;
    if (d.deprecated.replacement) note += ` Use ${d.deprecated.replacement} instead.`;
    if (d.deprecated.reason) note += ` ${d.deprecated.reason}`;
    paragraphs.push(text(note));
  }
  const schema: Json = {
    type: 'object',
    title: d.code,
    description: paragraphs.join('\n\n'),
    required,
    properties,
    // Facts that have no JSON Schema keyword, for tools and people reading the spec.
    'x-errcat': buildFacts(d),
  };
  if (d.deprecated) schema.deprecated = true;
  // The catalog's own x- fields, as written (validate keeps them off x-errcat and x-generated-by).
  addExtensions(schema, d.extensions);
  if (model.docs.baseUrl) schema.externalDocs = { url: `${model.docs.baseUrl}#${d.names.anchor}`, description: text(`${model.docs.title}: ${d.displayCode}`) };
  return schema;
}

/** Adds `x-*` extension fields to an object (an OpenAPI Schema, Response or Info object), defined as own properties. */
function addExtensions(target: Json, extensions: CatalogModel['extensions']): Json {
  for (const e of extensions) Object.defineProperty(target, e.name, { value: e.value, enumerable: true, writable: true, configurable: true });
  return target;
}

function extensionObject(extensions: CatalogModel['extensions']): Json {
  return addExtensions({}, extensions);
}

/** Status, retry advice and history of a definition, as an extension object (no nulls). */
function buildFacts(d: ErrorDefinition): Json {
  const facts: Json = { transport: d.transport, namespace: d.namespace };
  if (d.status !== null) facts.status = d.status;
  if (d.statusForwarding) facts.statusForwarding = d.statusForwarding.note === null ? { fallback: d.statusForwarding.fallback } : { ...d.statusForwarding };
  if (d.events) facts.events = { names: [...d.events.names], field: d.events.field };
  const retry: Json = { policy: d.retry.policy };
  if (d.retry.afterSeconds !== null) retry.afterSeconds = d.retry.afterSeconds;
  if (d.retry.note !== null) retry.note = d.retry.note;
  facts.retry = retry;
  if (d.since !== null) facts.since = d.since;
  if (d.deprecated) {
    const deprecated: Json = { since: d.deprecated.since };
    if (d.deprecated.replacement !== null) deprecated.replacement = d.deprecated.replacement;
    if (d.deprecated.reason !== null) deprecated.reason = d.deprecated.reason;
    facts.deprecated = deprecated;
  }
  if (d.family) facts.family = { parameter: d.family.parameter, values: [...d.family.values] };
  // Second identifiers, by declared name: `x-errcat.identifiers.sqlstate`.
  if (d.identifiers.length > 0) facts.identifiers = Object.fromEntries(d.identifiers.map((i) => [i.name, i.value]));
  return facts;
}

/**
 * The example of a definition. For an HTTP code it is a whole response body,
 * so that a response's media type can list it; for an event-only code it is
 * the error object, as the events stream carries it.
 */
function buildExample(model: CatalogModel, d: ErrorDefinition): Json {
  const http = d.transport === 'http' && d.status !== null;
  let value: Json;
  if (http) value = exampleBody(model.envelope.body, d, EXAMPLE_REQUEST_ID);
  else {
    value = { code: d.example.code, message: d.example.message };
    if (d.example.meta !== null) value.meta = d.example.meta as JsonSchema;
  }
  return { summary: d.example.code, description: text(d.description), value };
}
