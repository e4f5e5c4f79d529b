/**
 * The rule set: how each kind of change is judged. Errors are responses:
 * the server writes them and clients read them, so errcat follows the
 * response-side rules of oasdiff, buf and AIP-193. Widening what the server
 * may send is breaking (a client meets what it was not written for);
 * narrowing it is compatible. A code a client references disappearing is
 * breaking either way, because the generated package drops its constant.
 *
 * `strict` adds the producer's view, for teams whose servers live in other
 * repositories and build errors with the generated package: there,
 * narrowing is breaking too (a server must now send a property it did not,
 * or stay under a new bound).
 */
import type { Bump, Direction, RawChange, Verdict } from './types.js';

type Rule =
  /** Breaking whatever the direction: something clients use is gone or moved. */
  | { readonly judge: 'breaking'; readonly bump: 'major' }
  /** Judged by direction: wider breaks, narrower is compatible (breaking under strict), changed breaks. */
  | { readonly judge: 'direction'; readonly bump: 'major' | 'minor' }
  /** Something new that old clients never meet: compatible. */
  | { readonly judge: 'compatible'; readonly bump: 'minor' }
  /** Words and advice: never breaking. */
  | { readonly judge: 'notice'; readonly bump: 'minor' | 'patch' };

const BREAKING = { judge: 'breaking', bump: 'major' } as const;
const DIRECTION = { judge: 'direction', bump: 'minor' } as const;
const ADDED = { judge: 'compatible', bump: 'minor' } as const;
const WORDING = { judge: 'notice', bump: 'patch' } as const;

/** Every kind of change errcat reports, with its rule. README "Catching breaking changes" prints this table. */
export const RULES: Readonly<Record<string, Rule & { readonly summary: string }>> = {
  'package-renamed': { ...BREAKING, summary: 'catalog.package.name changed: dependents install the old name' },
  'request-id-header-changed': { ...BREAKING, summary: 'the request-id header changed' },
  'envelope-changed': { ...BREAKING, summary: 'a part of the envelope errcat does not compare piece by piece changed (its code member, or a body from another errcat version)' },
  'body-media-type-changed': { ...BREAKING, summary: "the error responses' media type changed" },
  'body-shape-changed': { ...BREAKING, summary: 'the error object moved to another member, or one object became a list (or the reverse)' },
  'body-member-removed': { ...BREAKING, summary: 'a member of the error object or of the body around it is no longer sent' },
  'body-member-changed': { ...BREAKING, summary: 'a body member carries another value (message → title)' },
  'body-member-renamed': { ...BREAKING, summary: 'a body member carries the same value under another name (the code member error_code → code)' },
  'body-member-added': { ...ADDED, summary: 'a new optional body member' },
  'body-member-added-required': { ...DIRECTION, summary: 'a new body member always sent: narrower' },
  'body-member-presence': { ...DIRECTION, summary: 'a body member optional → required narrower, required → optional wider' },
  'body-header-removed': { ...BREAKING, summary: 'a response header of error responses is no longer sent' },
  'body-header-changed': { ...BREAKING, summary: 'a response header carries another value' },
  'body-header-added': { ...ADDED, summary: 'a new optional response header' },
  'body-header-added-required': { ...DIRECTION, summary: 'a new response header always sent: narrower' },
  'body-header-presence': { ...DIRECTION, summary: 'a response header optional → required narrower, required → optional wider' },
  'code-removed': { ...BREAKING, summary: 'a code is no longer sent and leaves the package' },
  'code-retired': { ...BREAKING, summary: 'a code removed and recorded under retired: (still breaking: its constant leaves the package; the message says so)' },
  'alias-removed': { ...BREAKING, summary: 'an alias is no longer sent' },
  'family-value-removed': { ...BREAKING, summary: "a family's expansion is no longer sent (a parameter value removed)" },
  'parameter-value-removed': { ...BREAKING, summary: 'a parameter no family uses loses a value: its union narrows' },
  'transport-changed': { ...BREAKING, summary: 'http ↔ event' },
  'status-changed': { ...BREAKING, summary: "a code's HTTP status changed" },
  'status-forwarding-changed': { ...BREAKING, summary: 'the fallback status of a forwarded status changed' },
  'event-field-changed': { ...BREAKING, summary: 'the event payload field that carries the code changed' },
  'namespace-changed': { ...BREAKING, summary: 'a code belongs to another namespace' },
  'problem-type-changed': { ...BREAKING, summary: "a code's problem type URI changed (an RFC 9457 body's type: declared, or derived from the docs URL)" },
  'namespace-removed': { ...BREAKING, summary: 'a namespace is gone' },
  'identifier-removed': { ...BREAKING, summary: "a declared identifier, or a code's value of one, is gone: clients that look codes up by it find none" },
  'identifier-changed': { ...BREAKING, summary: "a code's identifier value, or an identifier's type, changed: lookups by the old one fail" },
  'derived-name-changed': { ...BREAKING, summary: "a code's constant or type name changed while the code stayed (a code syntax's name_prefix): the old names leave the package" },
  'meta-removed': { ...BREAKING, summary: 'a code no longer carries meta' },
  'schema-removed': { ...BREAKING, summary: 'a shared meta schema is gone: its exported TypeScript type and OpenAPI component leave' },
  'meta-property-removed': { ...BREAKING, summary: 'a meta property is gone' },
  'model-changed': { ...BREAKING, summary: 'a part of the model this errcat does not know changed: it cannot tell, so it does not let it pass' },
  'alias-added': { ...DIRECTION, bump: 'major', summary: 'an existing condition may be sent under a new code (an alias): wider' },
  'family-value-added': { ...DIRECTION, bump: 'major', summary: 'a family gains an expansion (a parameter value): wider' },
  'parameter-value-added': { ...DIRECTION, bump: 'major', summary: 'a parameter no family uses gains a value: wider' },
  'status-forwarding-added': { ...DIRECTION, bump: 'major', summary: 'the upstream status is now forwarded: other statuses may arrive, wider' },
  'status-forwarding-removed': { ...DIRECTION, summary: 'always the fixed status now: narrower' },
  'status-forwarding-status-added': { ...DIRECTION, bump: 'major', summary: 'a code may arrive forwarded with one more status (status_forwarding.statuses): that status’s responses widen' },
  'status-forwarding-status-removed': { ...DIRECTION, summary: 'a forwarded status no longer declared: narrower' },
  'events-added': { ...DIRECTION, bump: 'major', summary: 'the code is sent in more events: wider' },
  'events-removed': { ...DIRECTION, summary: 'the code is sent in fewer events: narrower' },
  'meta-added': { ...DIRECTION, summary: 'a code that carried no meta now carries it: narrower (a new property)' },
  'meta-property-added': { ...ADDED, summary: 'a new optional meta property' },
  'meta-property-added-required': { ...DIRECTION, summary: 'a new required meta property: narrower' },
  'meta-property-required': { ...DIRECTION, summary: 'a meta property optional → required: narrower' },
  'meta-property-optional': { ...DIRECTION, summary: 'a meta property required → optional: wider' },
  'meta-type': { ...DIRECTION, summary: 'a type changed: number → integer narrower, a type added (null) wider' },
  'meta-values': { ...DIRECTION, summary: 'enum/const: a value added is wider, removed narrower, an enum added narrower' },
  'meta-constraint': { ...DIRECTION, summary: 'a bound, pattern, format, multipleOf or uniqueItems: added or tightened narrower, dropped or loosened wider' },
  'meta-shape': { ...DIRECTION, summary: 'additionalProperties, a boolean schema, or a keyword errcat does not order (allOf, $ref): changed counts as breaking' },
  'code-added': { ...ADDED, summary: 'a new code for a new condition (clients must handle unknown codes)' },
  'namespace-added': { ...ADDED, summary: 'a new namespace' },
  'identifier-added': { ...ADDED, summary: 'an identifier declared, or a code given a value of one: a new way to look codes up' },
  'schema-added': { ...ADDED, summary: 'a new shared meta schema (a new exported type and component)' },
  'code-deprecated': { judge: 'notice', bump: 'minor', summary: 'a code deprecated' },
  'code-undeprecated': { ...WORDING, summary: 'a deprecation withdrawn' },
  'deprecation-changed': { ...WORDING, summary: "a deprecation's since, replacement or reason" },
  'retired-recorded': { ...WORDING, summary: 'a code recorded as retired that was already gone' },
  'retired-changed': { ...WORDING, summary: "a retirement's version, replacement or reason" },
  'retired-unrecorded': { ...WORDING, summary: 'a retirement record removed' },
  'code-redefined': { ...WORDING, summary: 'a wire code is now written under another definition (an alias made a code, or the reverse)' },
  'retry-changed': { ...WORDING, summary: 'retry policy, delay or note' },
  'description-changed': { ...WORDING, summary: 'description or details' },
  'example-changed': { ...WORDING, summary: 'the example' },
  'since-changed': { ...WORDING, summary: 'since' },
  'section-changed': { ...WORDING, summary: 'a section (title, intro, outro), or where a code is listed' },
  'guidance-changed': { ...WORDING, summary: 'guidance' },
  'namespace-wording': { ...WORDING, summary: "a namespace's description" },
  'parameter-wording': { ...WORDING, summary: "a parameter's description, placeholder or value titles" },
  'status-forwarding-wording': { ...WORDING, summary: 'the status forwarding note' },
  'meta-wording': { ...WORDING, summary: "a meta schema's description, title, examples or default" },
  'envelope-wording': { ...WORDING, summary: "the error body's descriptions (of the envelope, a member or a header) and code grammar" },
  'package-wording': { ...WORDING, summary: "the package's description or license" },
  'catalog-wording': { ...WORDING, summary: "the catalog's id, title or description" },
  'docs-changed': { ...WORDING, summary: 'docs title, intro, URL, status phrases or front matter' },
  'identifier-wording': { ...WORDING, summary: "an identifier's title or description" },
  'anchor-changed': { ...WORDING, summary: "a code's docs anchor moved (a code syntax's anchor_prefix): links into the reference move" },
  'code-syntax-changed': { ...WORDING, summary: 'the declared code syntax (each code and the names derived from it are compared on their own)' },
  'order-changed': { ...WORDING, summary: 'order: authored ↔ code: lists are ordered differently, nothing else moves' },
  'wording-changed': { ...WORDING, summary: "errcat's docs wording (catalog.wording)" },
  'extension-changed': { judge: 'notice', bump: 'minor', summary: 'an x-* extension field of the catalog, a section, a namespace or a code added, removed or changed (errcat gives them no meaning, so it cannot judge them)' },
};

/** The judgement of one change. */
export interface Judgement {
  verdict: Verdict;
  bump: Bump;
  message: string;
}

/** Judges one change under the client view (default) or also the producer's (strict). */
export function judge(change: RawChange, strict: boolean): Judgement {
  const rule = RULES[change.kind];
  if (!rule) throw new Error(`diff rules: no rule for change kind ${change.kind}`);
  let verdict: Verdict;
  if (rule.judge === 'direction') verdict = directionVerdict(change.direction, strict);
  else verdict = rule.judge;
  const bump: Bump = verdict === 'breaking' ? 'major' : verdict === 'compatible' ? 'minor' : rule.bump === 'minor' ? 'minor' : 'patch';
  const reason = rule.judge === 'direction' && change.direction !== 'none' ? `: ${change.direction}, ${verdict}${strict && change.direction === 'narrower' ? ' (--strict: servers elsewhere must change)' : ''}` : '';
  return { verdict, bump, message: `${change.detail}${reason}` };
}

function directionVerdict(direction: Direction, strict: boolean): Verdict {
  if (direction === 'narrower') return strict ? 'breaking' : 'compatible';
  if (direction === 'none') return 'notice';
  return 'breaking';
}
