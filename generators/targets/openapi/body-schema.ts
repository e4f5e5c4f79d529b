/**
 * The JSON Schemas of the declared error body (the model's
 * {@link BodyModel}): each code's error object, any error object, the body
 * around them, and the response headers. Built from the body's members in
 * their declared order; nothing here knows a preset.
 */
import { commonMarkText } from '../../escape/markdown.js';
import type { BodyMember, BodyModel, CatalogModel, ErrorDefinition, JsonSchema } from '../../model.js';
import type { OpenApiVersion } from './json-schema.js';

type Json = Record<string, unknown>;

/** Component names the body's schemas refer to. */
export interface BodyRefs {
  readonly message: Json;
  readonly requestId: Json;
  readonly code: Json;
}

/** `const`, or a one-value `enum` for OpenAPI 3.0. */
function constant(type: string, value: unknown, version: OpenApiVersion): Json {
  return version === '3.1' ? { type, const: value } : { type, enum: [value] };
}

/** The members the events stream carries, whatever the HTTP body: events keep their own carrier. */
export const EVENT_MEMBERS: readonly BodyMember[] = [
  { name: 'code', value: 'code', required: true, description: '' },
  { name: 'message', value: 'message', required: true, description: '' },
  { name: 'meta', value: 'meta', required: false, description: '' },
];

/** What one code's error object needs besides the body. */
export interface CodeObjectInput {
  readonly definition: ErrorDefinition;
  /** The wire codes of the definition (family expansions and aliases). */
  readonly codes: readonly string[];
  /** The `$ref` of its meta schema, and the placed schema for spreading; null without meta. */
  readonly meta: { readonly ref: Json; readonly placed: JsonSchema } | null;
}

/**
 * The properties and required members of one code's error object. Meta
 * spread into the object (`meta_members`) contributes its own properties
 * and required names, so the object lists them as members.
 */
export function codeObjectMembers(members: readonly BodyMember[], input: CodeObjectInput, refs: BodyRefs, version: OpenApiVersion): { properties: Json; required: string[] } {
  const d = input.definition;
  const properties: Json = {};
  const required: string[] = [];
  const put = (name: string, schema: unknown, isRequired: boolean) => {
    Object.defineProperty(properties, name, { value: schema, enumerable: true, writable: true, configurable: true });
    if (isRequired) required.push(name);
  };
  // A forwarded status is the upstream's: any status, not the usual one.
  const fixedStatus = d.status !== null && d.statusForwarding === null ? d.status : null;
  for (const m of members) {
    const name = m.name;
    switch (m.value) {
      case 'code': {
        const codes = input.codes.length > 0 ? input.codes : [d.code];
        // No description: the error object's own title and description say what the code means.
        put(name!, codes.length === 1 ? constant('string', codes[0], version) : { type: 'string', enum: [...codes] }, true);
        break;
      }
      case 'message':
        put(name!, refs.message, m.required);
        break;
      case 'meta':
        if (input.meta) put(name!, input.meta.ref, d.meta.kind === 'schema' && d.meta.required);
        break;
      case 'meta_members':
        if (input.meta) {
          const placed = input.meta.placed;
          for (const [key, schema] of Object.entries((placed.properties ?? {}) as Json)) put(key, schema, false);
          if (Array.isArray(placed.required)) required.push(...(placed.required as string[]));
        }
        break;
      case 'details':
        put(
          name!,
          input.meta
            ? { type: 'array', description: commonMarkText(m.description), minItems: d.meta.kind === 'schema' && d.meta.required ? 1 : 0, maxItems: 1, items: input.meta.ref }
            : // No meta yet: a newer catalog may add it (errcat diff: compatible), so a client accepts one item, as the runtime check and the types do.
              { type: 'array', description: commonMarkText(m.description), maxItems: 1, items: { type: 'object' } },
          true,
        );
        break;
      case 'status':
        put(name!, fixedStatus === null ? { type: 'integer', minimum: 100, maximum: 599, description: commonMarkText(m.description) } : { ...constant('integer', fixedStatus, version), description: commonMarkText(m.description) }, m.required);
        break;
      case 'status_string':
        put(name!, fixedStatus === null ? { type: 'string', pattern: '^[1-5][0-9][0-9]$', description: commonMarkText(m.description) } : { ...constant('string', String(fixedStatus), version), description: commonMarkText(m.description) }, m.required);
        break;
      case 'title':
        // Not a const: the title is the code's description, and rewording it is a notice (errcat diff), which must not make an older client's schema refuse a newer server's responses.
        put(name!, { type: 'string', description: commonMarkText(m.description), ...(version === '3.1' ? { examples: [d.description] } : { example: d.description }) }, m.required);
        break;
      case 'type':
        put(name!, d.typeUri === null ? { type: 'string', format: 'uri', description: commonMarkText(m.description) } : { ...constant('string', d.typeUri, version), format: 'uri', description: commonMarkText(m.description) }, m.required);
        break;
      case 'instance':
        put(name!, { type: 'string', format: 'uri-reference', description: commonMarkText(m.description) }, m.required);
        break;
      case 'request_id':
        put(name!, refs.requestId, m.required);
        break;
    }
  }
  return { properties, required };
}

/** The schema of a member whatever the code, for `ErrorObject` and the body around it. */
function anyMemberSchema(m: BodyMember, refs: BodyRefs): Json | null {
  switch (m.value) {
    case 'code':
      // Any error object includes a newer server's: a code this version's ErrorCode does not list (errcat diff: adding a code is compatible).
      return { anyOf: [refs.code, { type: 'string', minLength: 1, description: commonMarkText('A code a newer version of the catalog added.') }] };
    case 'message':
      return refs.message;
    case 'meta':
      return { type: 'object', description: commonMarkText(m.description) };
    case 'details':
      return { type: 'array', description: commonMarkText(m.description), maxItems: 1, items: { type: 'object' } };
    case 'status':
      return { type: 'integer', minimum: 100, maximum: 599, description: commonMarkText(m.description) };
    case 'status_string':
      return { type: 'string', pattern: '^[1-5][0-9][0-9]$', description: commonMarkText(m.description) };
    case 'title':
      return { type: 'string', description: commonMarkText(m.description) };
    case 'type':
      return { type: 'string', format: 'uri', description: commonMarkText(m.description) };
    case 'instance':
      return { type: 'string', format: 'uri-reference', description: commonMarkText(m.description) };
    case 'request_id':
      return refs.requestId;
    case 'meta_members':
      return null;
  }
}

/** Properties and required names of members whatever the code. */
function anyMembers(members: readonly BodyMember[], refs: BodyRefs): { properties: Json; required: string[] } {
  const properties: Json = {};
  const required: string[] = [];
  for (const m of members) {
    const schema = anyMemberSchema(m, refs);
    if (schema === null || m.name === null) continue;
    Object.defineProperty(properties, m.name, { value: schema, enumerable: true, writable: true, configurable: true });
    if (m.required) required.push(m.name);
  }
  return { properties, required };
}

/** `ErrorObject`: any error object of the catalog. */
export function anyErrorObject(model: CatalogModel, refs: BodyRefs, description: string): Json {
  return { type: 'object', description, ...anyMembers(model.envelope.body.members, refs) };
}

/**
 * The whole body around an error object (a `$ref`) or a union of them: the
 * object itself when the body is the error object, else an object holding
 * it (or a non-empty list of them) beside the envelope members.
 */
export function bodySchema(body: BodyModel, refs: BodyRefs, description: string, error: Json): Json {
  if (body.errorMember === null) return '$ref' in error ? { description, allOf: [error] } : { description, ...error };
  const { properties, required } = anyMembers(body.envelopeMembers, refs);
  const errorSchema = body.list ? { type: 'array', minItems: 1, items: error } : error;
  return { type: 'object', description, required: [body.errorMember, ...required], properties: { [body.errorMember]: errorSchema, ...properties } };
}

/** True when some member or header carries the request id. */
export function usesRequestId(body: BodyModel): boolean {
  return [...body.members, ...body.envelopeMembers].some((m) => m.value === 'request_id') || body.headers.some((h) => h.value === 'request_id');
}
