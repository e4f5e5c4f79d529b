/**
 * The error body, compared part by part: its media type, its shape (the
 * member holding the error object, one object or a list), each member of
 * the error object and of the body around it, and each response header.
 * Each difference is its own change with its direction, so a new optional
 * member is compatible while a member made optional is breaking, instead
 * of one `envelope-changed` for anything in the body.
 *
 * Response-side rules, as for meta (rules.ts): a member or header the
 * server now always sends is narrower (compatible; breaking under
 * --strict), one it may now leave out is wider (breaking), one removed or
 * carrying another value is breaking.
 */
import type { BodyHeader, BodyMember, BodyModel } from '../model.js';
import type { Emit } from './model.js';
import type { Anchor } from './types.js';

const at = (...path: (string | number)[]): Anchor => ({ on: 'header', path: ['catalog', 'envelope', 'body', ...path] });

/** A member's key within its list: its name, or its value for `meta_members`, which has no name. */
const keyOf = (m: BodyMember): string => m.name ?? `(${m.value})`;

/** Compares two bodies that differ in more than their descriptions. */
export function compareBody(a: BodyModel, b: BodyModel, emit: Emit, requestIdHeaderChanged: boolean): void {
  if (a.mediaType !== b.mediaType) {
    emit('body-media-type-changed', '', 'envelope.body.media_type', a.mediaType, b.mediaType, 'changed', `media type ${a.mediaType} → ${b.mediaType}: clients that check or negotiate Content-Type expect the old one`, at('media_type'));
  }
  if (a.errorMember !== b.errorMember) {
    emit('body-shape-changed', '', 'envelope.body.error_member', a.errorMember, b.errorMember, 'changed', `the error object moved (${a.errorMember ?? 'the body itself'} → ${b.errorMember ?? 'the body itself'}): clients read it where it was`, at('error_member'));
  }
  if (a.list !== b.list) {
    emit('body-shape-changed', '', 'envelope.body.list', a.list, b.list, 'changed', b.list ? 'the body now holds a list of error objects: clients read one' : 'the body now holds one error object: clients read a list', at('list'));
  }
  compareMembers(a.members, b.members, 'members', 'the error object', emit);
  compareMembers(a.envelopeMembers, b.envelopeMembers, 'envelope_members', 'the body around the error object', emit);
  // The request-id header's own change is reported once, as request-id-header-changed.
  const headers = (list: readonly BodyHeader[]) => (requestIdHeaderChanged ? list.filter((h) => h.value !== 'request_id') : list);
  compareHeaders(headers(a.headers), headers(b.headers), emit);
}

function compareMembers(a: readonly BodyMember[], b: readonly BodyMember[], yaml: string, where: string, emit: Emit): void {
  const before = new Map(a.map((m) => [keyOf(m), m]));
  const after = new Map(b.map((m, i) => [keyOf(m), { m, i }]));
  const property = (key: string) => `envelope.body.${yaml}.${key}`;
  // A value sits in one member of an object (body-member-duplicate), so a member gone and one new with its value is one member renamed: one change, not a removal and an addition.
  const renamed = new Map<string, BodyMember>();
  for (const [key, old] of before) {
    if (after.has(key)) continue;
    const moved = [...after].find(([k, { m }]) => !before.has(k) && m.value === old.value && m.name !== null && old.name !== null);
    if (moved) {
      renamed.set(moved[0], old);
      emit('body-member-renamed', '', property(key), old.name, moved[1].m.name, 'changed', `member ${key} of ${where} is sent as ${moved[0]} now: clients read ${old.value} where it was`, at(yaml, moved[1].i, 'name'));
    } else emit('body-member-removed', '', property(key), old, null, 'changed', `member ${key} of ${where} is no longer sent: clients that read it lose it`, at(yaml));
  }
  for (const [key, { m, i }] of after) {
    const old = before.get(key);
    if (renamed.has(key)) continue;
    if (!old) {
      if (m.required) emit('body-member-added-required', '', property(key), null, m, 'narrower', `member ${key} of ${where} is always sent now`, at(yaml, i), 'required');
      else emit('body-member-added', '', property(key), null, m, 'none', `member ${key} of ${where} may be sent now`, at(yaml, i));
      continue;
    }
    if (old.value !== m.value) emit('body-member-changed', '', property(key), old.value, m.value, 'changed', `member ${key} of ${where} carries ${m.value} instead of ${old.value}: clients read the old value there`, at(yaml, i, 'value'));
    if (old.required !== m.required) {
      emit('body-member-presence', '', property(key), old.required, m.required, m.required ? 'narrower' : 'wider', `member ${key} of ${where} ${m.required ? 'optional → required' : 'required → optional: clients that expect it meet bodies without it'}`, at(yaml, i, 'required'), 'required');
    }
    if (old.description !== m.description) emit('envelope-wording', '', property(key), old.description, m.description, 'none', `member ${key} of ${where} reworded`, at(yaml, i, 'description'));
  }
}

function compareHeaders(a: readonly BodyHeader[], b: readonly BodyHeader[], emit: Emit): void {
  // Header names are case-insensitive on the wire.
  const before = new Map(a.map((h) => [h.name.toLowerCase(), h]));
  const after = new Map(b.map((h, i) => [h.name.toLowerCase(), { h, i }]));
  const property = (h: BodyHeader) => `envelope.body.headers.${h.name}`;
  for (const [key, old] of before) {
    if (!after.has(key)) emit('body-header-removed', '', property(old), old.name, null, 'changed', `header ${old.name} is no longer sent: clients that read it lose it`, at('headers'));
  }
  for (const [key, { h, i }] of after) {
    const old = before.get(key);
    if (!old) {
      if (h.required) emit('body-header-added-required', '', property(h), null, h.name, 'narrower', `header ${h.name} is always sent now`, at('headers', i), 'required');
      else emit('body-header-added', '', property(h), null, h.name, 'none', `header ${h.name} may be sent now`, at('headers', i));
      continue;
    }
    if (old.value !== h.value || old.name !== h.name) emit('body-header-changed', '', property(h), old, h, 'changed', `header ${old.name} now carries ${h.value === 'declared' ? 'another value' : h.value}`, at('headers', i));
    if (old.required !== h.required) {
      emit('body-header-presence', '', property(h), old.required, h.required, h.required ? 'narrower' : 'wider', `header ${h.name} ${h.required ? 'optional → required' : 'required → optional: clients that expect it meet responses without it'}`, at('headers', i, 'required'), 'required');
    }
    if (old.description !== h.description) emit('envelope-wording', '', property(h), old.description, h.description, 'none', `header ${h.name} reworded`, at('headers', i, 'description'));
  }
}
