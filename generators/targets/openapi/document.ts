/**
 * Builds the OpenAPI document of a catalog as a plain object: components
 * only (schemas, responses, examples, headers), for API specs to `$ref`.
 *
 * Layout decisions, in one place:
 * - one schema per definition, `<Type>Error`: the `error` object of that
 *   code, with `code` as a `const` (a one-value `enum` in 3.0), or an `enum`
 *   of every wire code that shares the definition (family expansions and
 *   aliases), and `meta` as a `$ref` to `<Type>Meta`;
 * - one response per HTTP status, `Error<status>`, whose `error` is a union
 *   of the codes sent with that status, discriminated on the code in the form
 *   unions.ts explains, so generated clients get a union to switch on; codes
 *   whose upstream status is forwarded also appear under their fallback
 *   status, which is what a client sees when forwarding fails;
 * - one response per namespace, `<Namespace>Errors`, and one per namespace
 *   and status class, `<Namespace>Errors4XX` and `<Namespace>Errors5XX`, for
 *   specs that group endpoints by area (`'4XX': {$ref: …/BillingErrors4XX}`);
 *   `AnyError`, the union of every HTTP code, for `default:`;
 * - event-only codes never appear in a response: `EventErrorCode` and
 *   `EventErrorObject` describe them for the events stream.
 *
 * Every group is computed in one pass over the model, so cost is linear in
 * the number of codes.
 */
import { commonMarkBlock, commonMarkText } from '../../escape/markdown.js';
import type { CatalogModel, ErrorDefinition, JsonSchema, WireCode } from '../../model.js';
import { reasonPhrase } from '../../http-status.js';
import { bannerText } from '../../output.js';
import { exampleBody } from '../../body.js';
import { anyErrorObject, bodySchema, codeObjectMembers, EVENT_MEMBERS, usesRequestId, type BodyRefs } from './body-schema.js';
import { groupByNamespace, groupByStatus, httpDefinitions, statusClass } from './groups.js';
import { escapePointerSegment, openForClients, placeSchema, type OpenApiVersion } from './json-schema.js';
import { referenceTags } from './reference.js';
import { ComponentRegistry, type ComponentKind } from './registry.js';
import { createUnionBuilder, type UnionMember } from './unions.js';

export { COMPONENT_KEY, ComponentRegistry } from './registry.js';

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
    anyEnvelope: 'AnyErrorEnvelope',
  },
  responses: { any: 'AnyError' },
} as const;

/** The request id used in examples: examples are data, so it is a fixed, obviously fake value. */
export const EXAMPLE_REQUEST_ID = 'req_0123456789abcdef';

type Json = Record<string, unknown>;

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
 * The error object's component name of each definition: `<Type>Error`, or
 * the type itself when it already ends in `Error` (`PlatformApiError`, not
 * `PlatformApiErrorError`) and no other definition's `<Type>Error` is that
 * name. Types are unique, so neither form can meet another definition's.
 */
export function errorComponentNames(model: CatalogModel): Map<string, string> {
  const suffixed = new Set(model.definitions.map((d) => `${d.names.type}Error`));
  return new Map(model.definitions.map((d) => [d.code, d.names.type.endsWith('Error') && !suffixed.has(d.names.type) ? d.names.type : `${d.names.type}Error`]));
}

/** Where the code is in a body, for descriptions: `error.code`, `errors[].code`, `code`. */
function codePath(model: CatalogModel): string {
  const body = model.envelope.body;
  return body.errorMember === null ? body.codeMember : `${body.errorMember}${body.list ? '[]' : ''}.${body.codeMember}`;
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

  // One pass: the wire codes of each definition, in the model's order.
  const wireByDefinition = new Map<string, WireCode[]>();
  for (const wire of model.wireCodes) {
    let list = wireByDefinition.get(wire.definition);
    if (!list) wireByDefinition.set(wire.definition, (list = []));
    list.push(wire);
  }
  const wireCodesOf = (d: ErrorDefinition): string[] => (wireByDefinition.get(d.code) ?? []).map((w) => w.code);
  const wireCount = (list: readonly ErrorDefinition[]): number => list.reduce((n, d) => n + wireCodesOf(d).length, 0);

  // Shared meta schemas: one component each, under its own name; meta schemas $ref them.
  const placedShared = new Map<string, JsonSchema>();
  for (const shared of model.schemas) {
    const placed = placeSchema(shared.schema, registry.claim('schemas', shared.name, `shared schema ${shared.name}`), version);
    schemas[shared.name] = placed.schema;
    placedShared.set(shared.name, placed.schema);
    for (const [name, schema] of placed.hoisted) schemas[registry.claim('schemas', name, `shared schema ${shared.name}`)] = schema;
  }

  // Per definition: its error object, meta and example.
  const names = new Map<string, DefinitionNames>();
  const members = new Map<string, UnionMember>();
  const errorNames = errorComponentNames(model);
  for (const d of model.definitions) {
    const type = d.names.type;
    const own: DefinitionNames = {
      error: registry.claim('schemas', errorNames.get(d.code)!, d.code),
      meta: d.meta.kind === 'schema' ? registry.claim('schemas', `${type}Meta`, d.code) : null,
      example: registry.claim('examples', type, d.code),
    };
    names.set(d.code, own);
    members.set(d.code, { definition: d.code, error: own.error, codeMember: d.transport === 'http' ? body.codeMember : 'code' });
    let placedMeta: JsonSchema | null = null;
    if (d.meta.kind === 'schema' && own.meta !== null) {
      const placed = placeSchema(openForClients(d.meta.schema), own.meta, version);
      const metaSchema: Json = { ...placed.schema };
      // The envelope's meta field description is the body's, not this code's: it is not repeated on every meta schema.
      if (typeof metaSchema.description !== 'string') {
        // 3.0 ignores keywords beside $ref (a meta that is a shared schema): the reference moves into allOf, as downgrade does.
        if (version === '3.0' && typeof metaSchema.$ref === 'string') {
          metaSchema.allOf = [{ $ref: metaSchema.$ref }, ...((metaSchema.allOf as unknown[]) ?? [])];
          delete metaSchema.$ref;
        }
        metaSchema.description = text(`The meta of ${d.displayCode}.`);
      }
      schemas[own.meta] = metaSchema;
      placedMeta = placed.schema;
      for (const [name, schema] of placed.hoisted) schemas[registry.claim('schemas', name, d.code)] = schema;
    }
    // Event-only codes travel in events, whose carrier is errcat's {code, message, meta}, not the HTTP body.
    const bodyMembers = d.transport === 'http' ? body.members : EVENT_MEMBERS;
    // A meta that is a shared schema as a whole spreads that schema's properties (RFC 9457 extension members).
    const spreadFrom = d.meta.kind === 'schema' && d.meta.ref !== null ? (placedShared.get(d.meta.ref) ?? placedMeta) : placedMeta;
    const meta = own.meta !== null && spreadFrom !== null ? { ref: ref('schemas', own.meta), placed: spreadFrom } : null;
    const { properties, required } = codeObjectMembers(bodyMembers, { definition: d, codes: wireCodesOf(d), meta }, refs, version);
    schemas[own.error] = buildErrorObject(model, d, properties, required);
    examples[own.example] = buildExample(model, d);
  }

  if (usesRequestId(body)) schemas[FIXED_NAMES.schemas.requestId] = { type: 'string', description: text(fields.requestId) };
  // Shared rather than repeated in every error object: on a catalog of 100,000 codes that is megabytes.
  schemas[FIXED_NAMES.schemas.errorMessage] = { type: 'string', description: text(fields.message) };
  schemas[FIXED_NAMES.schemas.errorCode] = buildCodeEnum(model.wireCodes, model, text(fields.code) + (model.envelope.codeGrammar ? `\n\n${commonMarkBlock(model.envelope.codeGrammar)}` : ''));
  schemas[FIXED_NAMES.schemas.errorObject] = anyErrorObject(model, refs, text(`Any ${model.title} error object, whatever its code.`));
  const envelopeSchema = (description: string, error: Json): Json => bodySchema(body, refs, description, error);
  schemas[FIXED_NAMES.schemas.envelope] = envelopeSchema(model.envelope.description === null ? text(`The body of every ${model.title} error response.`) : commonMarkBlock(model.envelope.description), ref('schemas', FIXED_NAMES.schemas.errorObject));
  for (const h of body.headers) {
    const name = registry.claim('headers', h.component, `the ${h.name} header`);
    const schema = h.value === 'request_id' ? ref('schemas', FIXED_NAMES.schemas.requestId) : h.value === 'retry_after' ? { type: 'integer', minimum: 0 } : { type: 'string' };
    headers[name] = { description: text(h.description), required: h.required, schema };
  }

  // Every response and schema name first, so that the unions know which names are left for the variants.
  const http = httpDefinitions(model);
  const statusGroups = groupByStatus(model).map((group) => ({
    ...group,
    response: registry.claim('responses', `Error${group.status}`, `HTTP status ${group.status}`),
    schema: registry.claim('schemas', `Error${group.status}Envelope`, `HTTP status ${group.status}`),
  }));
  // PascalCase, by the same rule as code names; the validator refuses two namespaces with one type name.
  // Type names never hold two capitals in a row, so `<Type>Errors4XX` meets no other namespace's name.
  const namespaceGroups = groupByNamespace(model).map((group) => {
    const type = group.namespace.typeName;
    const owner = `namespace ${group.namespace.name}`;
    return {
      ...group,
      response: registry.claim('responses', `${type}Errors`, owner),
      schema: registry.claim('schemas', `${type}ErrorsEnvelope`, owner),
      classes: group.classes.map((c) => ({
        ...c,
        response: registry.claim('responses', `${type}Errors${c.label}`, owner),
        // A namespace whose codes are all of one class shares the whole namespace's schema.
        schema: c.members.length === group.members.length ? `${type}ErrorsEnvelope` : registry.claim('schemas', `${type}Errors${c.label}Envelope`, owner),
      })),
    };
  });
  const unions = createUnionBuilder(model, registry, members, version);
  for (const [name, schema] of unions.variants) schemas[name] = schema;
  const union = (list: readonly ErrorDefinition[]): Json => unions.union(list.map((d) => members.get(d.code)!));

  const anyRetryDelay = model.definitions.some((d) => d.retry.afterSeconds !== null);
  // Retry-After is listed on a response only when one of its codes advises a delay.
  const responseHeaders = (retryDelay: boolean): Json =>
    Object.fromEntries(body.headers.filter((h) => h.value !== 'retry_after' || retryDelay).map((h) => [h.name, ref('headers', h.component)]));
  const response = (description: string, schemaName: string, list: readonly ErrorDefinition[]): Json => {
    const content: Json = { schema: ref('schemas', schemaName) };
    if (list.length > 0) content.examples = Object.fromEntries(list.map((d) => [names.get(d.code)!.example, ref('examples', names.get(d.code)!.example)]));
    const retryDelay = list.length === 0 ? anyRetryDelay : list.some((d) => d.retry.afterSeconds !== null);
    const result: Json = { description, content: { [body.mediaType]: content } };
    const listed = responseHeaders(retryDelay);
    if (Object.keys(listed).length > 0) result.headers = listed;
    return result;
  };
  const where = codePath(model);
  const oneOfCodes = (list: readonly ErrorDefinition[]): string => {
    const codes = list.flatMap(wireCodesOf);
    return codes.length === 1 ? `whose ${where} is ${codes[0]}` : `whose ${where} is one of ${codes.length} codes`;
  };

  // `default:` gets every HTTP code, discriminated like the per-status responses, so clients keep narrowing on the code.
  if (http.length > 0) {
    const description = text(`Any ${model.title} error, ${oneOfCodes(http)}: for default. The per-status responses list the codes of each status.`);
    schemas[FIXED_NAMES.schemas.anyEnvelope] = envelopeSchema(description, union(http));
    responses[FIXED_NAMES.responses.any] = response(description, FIXED_NAMES.schemas.anyEnvelope, http);
  } else responses[FIXED_NAMES.responses.any] = response(text(`Any ${model.title} error.`), FIXED_NAMES.schemas.envelope, []);

  // Per HTTP status: the codes sent with it, and the forwarded codes that may arrive with it.
  for (const group of statusGroups) {
    const reason = reasonPhrase(group.status, model.docs.statusPhrases);
    let description = `${reason ? `${reason} (${group.status})` : `HTTP status ${group.status}`}: a ${model.title} error ${oneOfCodes(group.members)}.`;
    if (group.fallbacks.length > 0) description += ` ${wireCount(group.fallbacks)} of them forward an upstream status and send ${group.status} when they cannot.`;
    if (group.forwarded.length > 0) description += ` ${wireCount(group.forwarded)} of them arrive with ${group.status} when the upstream service answers with it.`;
    description = text(description);
    schemas[group.schema] = envelopeSchema(description, union(group.members));
    responses[group.response] = response(description, group.schema, group.members);
  }

  // Per namespace: its HTTP codes and those of the namespaces below it, whole and per status class (for `4XX` and `5XX`).
  for (const group of namespaceGroups) {
    const ns = group.namespace;
    const description = text(`${ns.description} (namespace ${ns.name}; HTTP status ${group.statuses.join(', ')})`);
    schemas[group.schema] = envelopeSchema(description, union(group.members));
    responses[group.response] = addExtensions(response(description, group.schema, group.members), ns.extensions);
    for (const c of group.classes) {
      const statuses = group.statuses.filter((s) => statusClass(s) === c.label);
      const classDescription = text(`${ns.description} (namespace ${ns.name}, ${c.label}; HTTP status ${statuses.join(', ')})`);
      if (c.schema !== group.schema) schemas[c.schema] = envelopeSchema(classDescription, union(c.members));
      responses[c.response] = response(classDescription, c.schema, c.members);
    }
  }

  // The events stream: codes that travel in events, never in a response body.
  // Event-only codes: an HTTP code that also travels in events has the HTTP body's shape, not the events' carrier.
  const eventMembers = model.definitions.filter((d) => d.transport === 'event');
  if (eventMembers.length > 0) {
    const carriers = [...new Set(eventMembers.map((d) => (d.events ? `${d.events.field} of ${d.events.names.join(', ')}` : null)).filter((s) => s !== null))].sort();
    const arrive = carriers.length > 0 ? ` They arrive in ${carriers.join('; ')}.` : '';
    const eventWire = eventMembers.flatMap((d) => wireByDefinition.get(d.code) ?? []);
    schemas[FIXED_NAMES.schemas.eventErrorCode] = buildCodeEnum(eventWire, model, text(`A code sent in events rather than in an HTTP response.${arrive}`));
    schemas[FIXED_NAMES.schemas.eventErrorObject] = { description: text(`An error reported in the events stream: switch on code.${arrive}`), ...union(eventMembers) };
  }

  const reference = referenceTags(model, wireCodesOf);
  return {
    openapi: version === '3.1' ? '3.1.0' : '3.0.3',
    info: {
      title: `${model.title} errors`,
      version: model.version,
      // The error body's own description is ErrorEnvelope's, which specs bundle: not repeated here.
      description: [model.description === null ? null : text(model.description), text('Components for API specs to $ref: responses per HTTP status and per namespace, one schema and one example per code. Rendered on its own, it lists every code by section.')]
        .filter((s): s is string => s !== null)
        .join('\n\n'),
      license: { name: model.package.license },
      'x-generated-by': bannerText(model),
      ...extensionObject(model.extensions),
    },
    // OpenAPI 3.0 requires paths; an empty object says this document has no operations of its own.
    paths: {},
    // What renderers show of a document without operations: every code, by section (reference.ts).
    tags: reference.tags,
    'x-tagGroups': reference.tagGroups,
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
