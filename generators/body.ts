/**
 * The error body a catalog declares, expanded into the one model value
 * every target reads ({@link BodyModel}). Presets (RFC 9457 problem
 * details, JSON:API errors) are expanded here into the same members the
 * custom form writes out, so no target ever sees a preset's name.
 *
 * A catalog without a body gets errcat's classic one, `{error: {code,
 * message, meta}, request_id}` as `application/json`: documented in
 * catalog/README.md, and what SocialAPI's catalog declares explicitly.
 */
import type { BodyHeader, BodyMember, BodyModel, BodyValue } from './model.js';
import type { RawBody, RawBodyMember, RawHeader } from './resolve.js';

/** A member as declared, with the data path it comes from (for diagnostics). */
export interface DeclaredMember extends BodyMember {
  readonly path: readonly (string | number)[];
  /** The `required` the catalog wrote, if any. */
  readonly declaredRequired: boolean | undefined;
}

/** A body expanded, with where each part was declared. */
export interface ExpandedBody {
  readonly model: BodyModel;
  readonly members: readonly DeclaredMember[];
  readonly envelopeMembers: readonly DeclaredMember[];
  readonly headers: readonly (BodyHeader & { readonly path: readonly (string | number)[] })[];
}

/** Values whose presence follows each code's meta schema, not `required`. */
export const META_VALUES: ReadonlySet<BodyValue> = new Set(['meta', 'meta_members', 'details']);

/** Values that may sit in the body beside the error object. */
export const ENVELOPE_VALUES: ReadonlySet<BodyValue> = new Set(['request_id', 'status', 'status_string']);

const BODY_PATH = ['catalog', 'envelope', 'body'] as const;

/** Descriptions of each value, from the catalog's `envelope.fields` where it has them. */
function descriptions(header: RawHeader): Record<BodyValue, string> {
  const f = header.envelope.fields ?? {};
  const meta = f.meta ?? 'Structured context, when the code has any.';
  return {
    code: f.code ?? 'Stable, namespaced error code.',
    message: f.message ?? 'Human-readable message.',
    meta,
    meta_members: meta,
    details: meta,
    request_id: f.request_id ?? 'Identifies the request.',
    status: 'The HTTP status code of the response.',
    status_string: 'The HTTP status code of the response, as a string.',
    title: "A short summary of the problem type: the code's description.",
    type: 'A URI that identifies the problem type: one per code.',
    instance: 'A URI reference that identifies this occurrence of the problem.',
  };
}

/** Expands the header's body declaration. Runs on a header that passed the schema. */
export function expandBody(header: RawHeader): ExpandedBody {
  const raw: RawBody | undefined = header.envelope.body;
  const text = descriptions(header);
  const member = (name: string | null, value: BodyValue, path: readonly (string | number)[], required = true): DeclaredMember => ({
    name,
    value,
    required: META_VALUES.has(value) ? false : required,
    description: text[value],
    path,
    declaredRequired: undefined,
  });
  const declared = (m: RawBodyMember, path: readonly (string | number)[]): DeclaredMember => ({
    name: m.name ?? null,
    value: m.value as BodyValue,
    // The code is always there; meta follows the schema; instance is optional unless declared otherwise.
    required: m.value === 'code' ? true : META_VALUES.has(m.value as BodyValue) ? false : (m.required ?? m.value !== 'instance'),
    description: m.description ?? text[m.value as BodyValue],
    path,
    declaredRequired: m.required,
  });

  let mediaType: string;
  let errorMember: string | null;
  let list: boolean;
  let members: DeclaredMember[];
  let envelopeMembers: DeclaredMember[];
  const preset = [...BODY_PATH, 'preset'];
  if (raw?.preset === 'rfc9457') {
    mediaType = 'application/problem+json';
    errorMember = null;
    list = false;
    members = [
      member('type', 'type', preset),
      member('title', 'title', preset),
      member('status', 'status', preset),
      member('detail', 'message', preset),
      member('instance', 'instance', preset, false),
      member(raw.code_member ?? 'code', 'code', raw.code_member === undefined ? preset : [...BODY_PATH, 'code_member']),
    ];
    if (raw.request_id_member !== undefined) members.push(member(raw.request_id_member, 'request_id', [...BODY_PATH, 'request_id_member']));
    members.push(member(null, 'meta_members', preset));
    envelopeMembers = [];
  } else if (raw?.preset === 'jsonapi') {
    mediaType = 'application/vnd.api+json';
    errorMember = 'errors';
    list = true;
    members = [member('status', 'status_string', preset), member('code', 'code', preset), member('title', 'title', preset), member('detail', 'message', preset), member('meta', 'meta', preset)];
    envelopeMembers = [];
  } else if (raw) {
    mediaType = 'application/json';
    errorMember = raw.error_member ?? null;
    list = raw.list ?? false;
    members = (raw.members ?? []).map((m, i) => declared(m, [...BODY_PATH, 'members', i]));
    envelopeMembers = (raw.envelope_members ?? []).map((m, i) => declared(m, [...BODY_PATH, 'envelope_members', i]));
  } else {
    const envelope = ['catalog', 'envelope'];
    mediaType = 'application/json';
    errorMember = 'error';
    list = false;
    members = [member('code', 'code', envelope), member('message', 'message', envelope), member('meta', 'meta', envelope)];
    envelopeMembers = [member('request_id', 'request_id', envelope)];
  }
  if (raw?.media_type !== undefined) mediaType = raw.media_type;

  const headers: (BodyHeader & { path: readonly (string | number)[] })[] = [];
  if (header.envelope.request_id_header !== undefined) {
    headers.push({ name: header.envelope.request_id_header, value: 'request_id', required: true, description: text.request_id, component: 'RequestId', path: ['catalog', 'envelope', 'request_id_header'] });
  }
  if (raw?.retry_after_header === true) {
    headers.push({
      name: 'Retry-After',
      value: 'retry_after',
      required: false,
      description: 'Seconds to wait before retrying; sent with the codes whose retry advice has a delay.',
      component: 'RetryAfter',
      path: [...BODY_PATH, 'retry_after_header'],
    });
  }
  (raw?.headers ?? []).forEach((h, i) => {
    headers.push({ name: h.name, value: 'declared', required: h.required ?? false, description: h.description, component: headerComponent(h.name), path: [...BODY_PATH, 'headers', i] });
  });

  const strip = ({ path: _path, declaredRequired: _required, ...m }: DeclaredMember): BodyMember => m;
  const code = members.find((m) => m.value === 'code');
  return {
    model: {
      mediaType,
      errorMember,
      list,
      members: members.map(strip),
      envelopeMembers: envelopeMembers.map(strip),
      codeMember: code?.name ?? 'code',
      headers: headers.map(({ path: _path, ...h }) => h),
    },
    members,
    envelopeMembers,
    headers,
  };
}

/** PascalCase of a header name for its OpenAPI component: X-RateLimit-Remaining → XRateLimitRemaining. */
export function headerComponent(name: string): string {
  return name
    .split('-')
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The problem type URI of a code, when the body has a `type` member: the
 * code's own `type_uri`, else the body's `type_base` or the docs URL
 * followed by the code's anchor; null when there is none to give.
 */
export function typeUriOf(header: RawHeader, body: BodyModel, declared: string | undefined, anchor: string): string | null {
  if (!body.members.some((m) => m.value === 'type')) return null;
  if (declared !== undefined) return declared;
  const base = header.envelope.body?.type_base;
  if (base !== undefined) return `${base}${anchor}`;
  const docs = header.docs?.base_url;
  return docs === undefined ? null : `${docs}#${anchor}`;
}

/** Where a member sits, as a reader writes it: `error.code`, `errors[].code`, `request_id`, `type`. */
export function memberPath(body: BodyModel, member: BodyMember, beside = false): string {
  const name = member.name ?? '*';
  if (beside || body.errorMember === null) return name;
  return `${body.errorMember}${body.list ? '[]' : ''}.${name}`;
}

/** The minimum a body example needs of a code. */
export interface BodyExampleSource {
  readonly status: number | null;
  readonly description: string;
  readonly typeUri: string | null;
  readonly example: { readonly code: string; readonly message: string; readonly meta: { readonly [key: string]: unknown } | null };
}

/**
 * The error object of a code's example, members in the declared order.
 * Optional members without a value of their own (`instance`) are left out.
 */
export function exampleErrorObject(body: BodyModel, d: BodyExampleSource, requestId: string): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  // defineProperty, not assignment: a member or meta key named __proto__ stays a key.
  const set = (key: string, value: unknown) => Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  for (const m of body.members) {
    const value = memberValue(m.value, d, requestId);
    if (m.value === 'meta_members') {
      for (const [key, item] of Object.entries(d.example.meta ?? {})) set(key, item);
    } else if (value !== undefined && m.name !== null) set(m.name, value);
  }
  return object;
}

/** A code's whole example body: the error object, in its list when the body has one, with the members beside it. */
export function exampleBody(body: BodyModel, d: BodyExampleSource, requestId: string): Record<string, unknown> {
  const error = exampleErrorObject(body, d, requestId);
  if (body.errorMember === null) return error;
  const root: Record<string, unknown> = {};
  Object.defineProperty(root, body.errorMember, { value: body.list ? [error] : error, enumerable: true, writable: true, configurable: true });
  for (const m of body.envelopeMembers) {
    const value = memberValue(m.value, d, requestId);
    if (value !== undefined && m.name !== null) Object.defineProperty(root, m.name, { value, enumerable: true, writable: true, configurable: true });
  }
  return root;
}

function memberValue(value: BodyValue, d: BodyExampleSource, requestId: string): unknown {
  switch (value) {
    case 'code':
      return d.example.code;
    case 'message':
      return d.example.message;
    case 'meta':
      return d.example.meta ?? undefined;
    case 'details':
      return d.example.meta === null ? [] : [d.example.meta];
    case 'status':
      return d.status ?? undefined;
    case 'status_string':
      return d.status === null ? undefined : String(d.status);
    case 'title':
      return d.description;
    case 'type':
      return d.typeUri ?? undefined;
    case 'request_id':
      return requestId;
    case 'instance':
    case 'meta_members':
      return undefined;
  }
}
