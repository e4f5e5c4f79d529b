/**
 * The labelled single edits of the contract fixture
 * (test/fixtures/contract/catalog/catalog.yaml): each rewrites the catalog
 * text in one place and says what `errcat diff` must decide, and why.
 * `verdict` is the most severe verdict expected (`none`: no change at all),
 * `kind` a change that must be among those reported. The rules are the
 * response-side rules of README "Catching breaking changes".
 */
export type Expected = 'breaking' | 'compatible' | 'notice' | 'none';

export interface ContractEdit {
  name: string;
  verdict: Expected;
  kind: string | null;
  why: string;
  /** Text replacements; each `from` occurs exactly once in the fixture. */
  edits: readonly (readonly [string, string])[];
}

const LEGACY = `  parcel.legacy_lookup:
    status: 404
    description: The legacy lookup found no parcel.
    deprecated:
      since: "1.2"
      replacement: parcel.label_expired
      reason: The legacy lookup is going away.
    example:
      message: No such parcel.

`;
const LOST_META = `    meta:
      type: object
      required: [parcel_id]
      properties:
        parcel_id:
          type: string
          description: The parcel.
    example:
      message: Parcel lost.
      meta:
        parcel_id: p_1
`;
const RID = '    request_id_header: Shipyard-Request-Id\n';
/** The default body written out in the custom form, with `extra` lines among its keys and members replaced. */
function body(replace: [string, string][] = [], extra = ''): [string, string] {
  let text = `    body:\n      error_member: error\n      members:\n        - { name: code, value: code }\n        - { name: message, value: message }\n        - { name: meta, value: meta }\n      envelope_members:\n        - { name: request_id, value: request_id }\n${extra}`;
  for (const [from, to] of replace) text = text.replace(from, to);
  return [RID, `${RID}${text}`];
}
const NEW_CODE = `  parcel.address_invalid:
    status: 422
    description: The address cannot be delivered to.
    example:
      message: No such street.

  carrier.{carrier}.rejected:
`;

type Row = [name: string, verdict: Expected, kind: string | null, why: string, ...edits: [string, string][]];

const ROWS: Row[] = [
  // Codes, aliases, families.
  ['code removed', 'breaking', 'code-removed', 'clients matching on it stop compiling; it is never sent again', [LEGACY, '']],
  ['code retired', 'breaking', 'code-retired', 'still breaking (its constant leaves the package), but recorded and explained', [LEGACY, ''], ['guidance:\n', 'retired:\n  - code: parcel.legacy_lookup\n    since: "1.5"\n    replacement: parcel.label_expired\n\nguidance:\n']],
  ['retirement recorded later', 'notice', 'retired-recorded', 'a code long gone, now reserved', ['guidance:\n', 'retired:\n  - code: parcel.old_label\n    since: "1.0"\n\nguidance:\n']],
  ['alias removed', 'breaking', 'alias-removed', 'clients matching on the alias stop compiling', ['    aliases:\n      - parcel.label_gone\n', '']],
  ['alias added', 'breaking', 'alias-added', 'an existing condition may arrive under a code old clients do not know', ['    status: 422\n', '    status: 422\n    aliases: [parcel.overweight]\n']],
  ['family value added', 'breaking', 'family-value-added', 'the family may send a new code; the Carrier union widens', ['        title: UPS\n', '        title: UPS\n      - value: fedex\n        title: FedEx\n']],
  ['family value removed', 'breaking', 'family-value-removed', 'carrier.ups.rejected leaves the package', ['      - value: ups\n        title: UPS\n', '']],
  ['unused parameter gains a value', 'breaking', 'parameter-value-added', 'the Region union widens', ['      - value: us\n', '      - value: us\n      - value: apac\n']],
  ['code added', 'compatible', 'code-added', 'a new condition: clients already handle unknown codes', ['  carrier.{carrier}.rejected:\n', NEW_CODE]],
  // Statuses, forwarding, transport, events.
  ['status changed', 'breaking', 'status-changed', 'clients branching on 422 miss it', ['    status: 422\n', '    status: 400\n']],
  ['family status changed', 'breaking', 'status-changed', 'every expansion moves status (reported once, for the family)', ['    status: 409\n', '    status: 502\n']],
  ['transport http → event', 'breaking', 'transport-changed', 'it no longer arrives as a response', ['    status: 410\n', '    transport: event\n    events:\n      names: [parcel.updated]\n      field: data.error_code\n']],
  ['status forwarding added', 'breaking', 'status-forwarding-added', 'other statuses may now arrive: wider', ['    description: Parcels and their labels.\n    section: shipping\n', '    description: Parcels and their labels.\n    section: shipping\n    status_forwarding:\n      fallback: 502\n']],
  ['status forwarding removed', 'compatible', 'status-forwarding-removed', 'only the fixed status now: narrower', ["    status_forwarding:\n      fallback: 502\n      note: The carrier's status is passed through where it maps to HTTP.\n      statuses: [404, 422]\n", '']],
  ['forwarded status added', 'breaking', 'status-forwarding-status-added', "the 403 response now lists carrier codes: a client's 403 handling meets a code it was not written for", ['      statuses: [404, 422]\n', '      statuses: [403, 404, 422]\n']],
  ['forwarded status removed', 'compatible', 'status-forwarding-status-removed', 'carrier codes no longer arrive with 422: narrower', ['      statuses: [404, 422]\n', '      statuses: [404]\n']],
  ['forwarded statuses dropped', 'compatible', 'status-forwarding-status-removed', 'only the status and the fallback are declared now: narrower', ['      statuses: [404, 422]\n', '']],
  ['fallback status changed', 'breaking', 'status-forwarding-changed', 'clients expecting 502 get 503', ['      fallback: 502\n', '      fallback: 503\n']],
  ['event field changed', 'breaking', 'event-field-changed', 'consumers read the code from the old field', ['      field: data.error_code\n', '      field: data.code\n']],
  ['event added', 'breaking', 'events-added', 'consumers of parcel.returned meet a code they never expected', ['      names: [parcel.updated, parcel.lost]\n', '      names: [parcel.updated, parcel.lost, parcel.returned]\n']],
  ['event removed', 'compatible', 'events-removed', 'sent in fewer events: narrower', ['      names: [parcel.updated, parcel.lost]\n', '      names: [parcel.updated]\n']],
  // Namespaces.
  ['namespace declared that takes a code', 'breaking', 'namespace-changed', 'parcel.customs.hold leaves namespace parcel (inNamespace, ParcelErrors)', ['namespaces:\n', 'namespaces:\n  parcel.customs:\n    description: Customs.\n    section: shipping\n']],
  ['namespace added', 'compatible', 'namespace-added', 'nothing moves into it', ['namespaces:\n', 'namespaces:\n  billing:\n    description: Invoices.\n    section: shipping\n']],
  ['namespace reworded', 'notice', 'namespace-wording', 'words only', ['    description: Parcels and their labels.\n', '    description: Parcels, and the labels printed for them.\n']],
  // Envelope and package.
  ['package renamed', 'breaking', 'package-renamed', 'dependents install the old name', ['    name: "@shipyard/errors"\n', '    name: "@shipyard/error-codes"\n']],
  ['request-id header renamed', 'breaking', 'request-id-header-changed', 'clients read the old header', ['Shipyard-Request-Id', 'Shipyard-Trace-Id']],
  ['envelope description reworded', 'notice', 'envelope-wording', 'words only', ['    description: Errors are JSON objects with an `error` member.\n', '    description: Every error is a JSON object with an `error` member.\n']],
  ['code grammar reworded', 'notice', 'envelope-wording', 'words only', ['    code_grammar: Codes are dotted; new codes may appear at any time.\n', '    code_grammar: Codes are dotted. New codes may appear at any time.\n']],
  ['envelope field description', 'notice', 'envelope-wording', 'words only', ['      code: The error code.\n', '      code: The stable error code.\n']],
  // The error body, member by member (the base has errcat's default body; each edit writes a body out).
  ['default body written out', 'none', null, 'the same body as the default: nothing on the wire moves', body()],
  ['body media type', 'breaking', 'body-media-type-changed', 'clients check or negotiate application/json', body([], '      media_type: application/problem+json\n')],
  ['body member made optional', 'breaking', 'body-member-presence', 'wider: clients that read message meet bodies without it', body([['{ name: message, value: message }', '{ name: message, value: message, required: false }']])],
  ['body member added, optional', 'compatible', 'body-member-added', 'a member old clients ignore', body([['        - { name: meta, value: meta }\n', '        - { name: meta, value: meta }\n        - { name: status, value: status, required: false }\n']])],
  ['body member added, always sent', 'compatible', 'body-member-added-required', 'narrower: a member old clients ignore, always there', body([['        - { name: meta, value: meta }\n', '        - { name: meta, value: meta }\n        - { name: status, value: status }\n']])],
  ['body member renamed', 'breaking', 'body-member-renamed', 'clients read message, which is gone (one change: the value moved to another name)', body([['{ name: message, value: message }', '{ name: detail, value: message }']])],
  ['code member renamed', 'breaking', 'body-member-renamed', 'clients read the code where it was; responses are discriminated on it', body([['{ name: code, value: code }', '{ name: error_code, value: code }']])],
  ['body member carries another value', 'breaking', 'body-member-changed', 'message now holds the title, not the message', body([['{ name: message, value: message }', '{ name: message, value: title }']])],
  ['request id member removed', 'breaking', 'body-member-removed', 'clients read request_id from the body', body([['      envelope_members:\n        - { name: request_id, value: request_id }\n', '']])],
  ['error object moved', 'breaking', 'body-shape-changed', 'clients read body.error', body([['error_member: error', 'error_member: problem']])],
  ['error object made a list', 'breaking', 'body-shape-changed', 'clients read one object, not an array', body([], '      list: true\n')],
  ['response header added, optional', 'compatible', 'body-header-added', 'a header old clients ignore', body([], '      headers:\n        - { name: Shipyard-Trace, description: A trace id., required: false }\n')],
  ['body member description', 'notice', 'envelope-wording', 'words only', body([['{ name: message, value: message }', '{ name: message, value: message, description: The message for people. }']])],
  ['package description', 'notice', 'package-wording', 'words only', ["    description: Shipyard's error codes.\n", "    description: Shipyard's error codes, typed.\n"]],
  ['license changed', 'notice', 'package-wording', 'not part of what is sent', ['    license: MIT\n', '    license: Apache-2.0\n']],
  ['catalog title', 'notice', 'catalog-wording', 'words only', ['  title: Shipyard\n', '  title: Shipyard API\n']],
  // Meta: what is sent.
  ['meta removed', 'breaking', 'meta-removed', 'clients reading meta.parcel_id lose it', [LOST_META, '    example:\n      message: Parcel lost.\n']],
  ['meta added', 'compatible', 'meta-added', 'a new property clients may ignore: narrower', ['    status: 410\n', '    status: 410\n    meta:\n      type: object\n      properties:\n        expired_at:\n          type: string\n          format: date-time\n          description: When it expired.\n']],
  ['meta property removed', 'breaking', 'meta-property-removed', 'clients reading meta.note lose it', ['        note:\n          type: string\n          description: A remark for people.\n', '']],
  ['optional meta property added', 'compatible', 'meta-property-added', 'clients ignore what they do not know', ['        box:\n', '        colour:\n          type: string\n          description: The box colour.\n        box:\n']],
  ['required meta property added', 'compatible', 'meta-property-added-required', 'the server promises more: narrower', ['      required: [weight, limit]\n', '      required: [weight, limit, zone]\n'], ['        box:\n', '        zone:\n          type: string\n          description: The zone.\n        box:\n'], ['        limit: 1000\n', '        limit: 1000\n        zone: eu\n']],
  ['meta property required → optional', 'breaking', 'meta-property-optional', 'clients must now handle its absence: wider', ['      required: [weight, limit]\n', '      required: [weight]\n']],
  ['meta property optional → required', 'compatible', 'meta-property-required', 'always sent now: narrower', ['      required: [weight, limit]\n', '      required: [weight, limit, unit]\n'], ['        limit: 1000\n', '        limit: 1000\n        unit: kg\n']],
  ['enum value added', 'breaking', 'meta-values', 'a client switching on unit meets g: wider', ['          enum: [kg, lb]\n', '          enum: [kg, lb, g]\n']],
  ['enum value removed', 'compatible', 'meta-values', 'fewer values: narrower', ['          enum: [kg, lb]\n', '          enum: [kg]\n']],
  ['enum dropped', 'breaking', 'meta-values', 'any string may arrive: wider', ['          enum: [kg, lb]\n', '']],
  ['string → enum', 'compatible', 'meta-values', 'only listed values now: narrower', ['          description: A remark for people.\n', '          description: A remark for people.\n          enum: [fragile, urgent]\n']],
  ['integer → number', 'breaking', 'meta-type', 'fractions may arrive: wider', ['          type: integer\n          maximum: 1000\n', '          type: number\n          maximum: 1000\n']],
  ['number → integer', 'compatible', 'meta-type', 'integers only: narrower', ['          type: number\n          minimum: 0\n', '          type: integer\n          minimum: 0\n']],
  ['made nullable', 'breaking', 'meta-type', 'null may arrive: wider', ['          type: number\n          minimum: 0\n', '          type: [number, "null"]\n          minimum: 0\n']],
  ['string → integer', 'breaking', 'meta-type', 'neither contains the other', ['        note:\n          type: string\n', '        note:\n          type: integer\n']],
  ['nested property retyped wider', 'breaking', 'meta-type', 'meta.box.depth may be fractional', ['              type: integer\n              description: Depth in centimetres.\n', '              type: number\n              description: Depth in centimetres.\n']],
  ['array items type dropped', 'breaking', 'meta-type', 'tags may hold anything', ['          items:\n            type: string\n', '          items: {}\n']],
  ['maximum raised', 'breaking', 'meta-constraint', 'larger values may arrive: wider', ['          maximum: 1000\n', '          maximum: 2000\n']],
  ['minimum raised', 'compatible', 'meta-constraint', 'narrower', ['          minimum: 0\n', '          minimum: 1\n']],
  ['minimum dropped', 'breaking', 'meta-constraint', 'negative weights may arrive: wider', ['          minimum: 0\n', '']],
  ['maxLength 64 → 32', 'compatible', 'meta-constraint', 'narrower', ['          maxLength: 64\n', '          maxLength: 32\n']],
  ['maxLength dropped', 'breaking', 'meta-constraint', 'longer strings may arrive: wider', ['          maxLength: 64\n', '']],
  ['maxLength added', 'compatible', 'meta-constraint', 'narrower', ['          description: A remark for people.\n', '          description: A remark for people.\n          maxLength: 500\n']],
  ['pattern dropped', 'breaking', 'meta-constraint', 'any string may arrive: wider', ['          pattern: "^[a-z_]+$"\n', '']],
  ['pattern replaced', 'breaking', 'meta-constraint', 'errcat cannot order two patterns: counted as breaking', ['          pattern: "^[a-z_]+$"\n', '          pattern: "^[a-z]+$"\n']],
  ['pattern added', 'compatible', 'meta-constraint', 'narrower', ['          description: A remark for people.\n', '          description: A remark for people.\n          pattern: "^[a-z ]+$"\n']],
  ['maxItems raised', 'breaking', 'meta-constraint', 'longer arrays: wider', ['          maxItems: 10\n', '          maxItems: 20\n']],
  ['maxItems lowered', 'compatible', 'meta-constraint', 'narrower', ['          maxItems: 10\n', '          maxItems: 5\n']],
  ['uniqueItems added', 'compatible', 'meta-constraint', 'narrower', ['          maxItems: 10\n', '          maxItems: 10\n          uniqueItems: true\n']],
  ['multipleOf 5 → 1', 'breaking', 'meta-constraint', 'any integer: wider', ['          multipleOf: 5\n', '          multipleOf: 1\n']],
  ['multipleOf 5 → 10', 'compatible', 'meta-constraint', 'multiples of 10 are multiples of 5: narrower', ['          multipleOf: 5\n', '          multipleOf: 10\n']],
  ['additionalProperties false → true', 'breaking', 'meta-shape', 'unknown properties may arrive: wider', ['      additionalProperties: false\n      required: [weight, limit]\n', '      additionalProperties: true\n      required: [weight, limit]\n']],
  ['additionalProperties false added', 'compatible', 'meta-shape', 'narrower', ['          description: The box dimensions.\n', '          description: The box dimensions.\n          additionalProperties: false\n']],
  ['format added', 'compatible', 'meta-constraint', 'narrower', ['          description: A remark for people.\n', '          description: A remark for people.\n          format: email\n']],
  // Words and advice: notices.
  ['description reworded', 'notice', 'description-changed', 'words only', ['    description: The parcel weighs more than the service allows.\n', '    description: The parcel is heavier than the service allows.\n']],
  ['details reworded', 'notice', 'description-changed', 'words only', ['    details: Weigh the parcel again, or choose a freight service.\n', '    details: Weigh it again, or choose freight.\n']],
  ['example message', 'notice', 'example-changed', 'an example', ['      message: The parcel weighs 1200 kg; the limit is 1000 kg.\n', '      message: Too heavy.\n']],
  ['example meta', 'notice', 'example-changed', 'an example', ['        weight: 1200\n', '        weight: 1300\n']],
  ['meta description reworded', 'notice', 'meta-wording', 'words only', ['          description: The weight sent, in kilograms.\n', '          description: The weight, in kg.\n']],
  ['meta examples added', 'notice', 'meta-wording', 'an example', ['          description: A remark for people.\n', '          description: A remark for people.\n          examples: [fragile]\n']],
  ['retry policy', 'notice', 'retry-changed', 'advice', ['      policy: after_action\n', '      policy: backoff\n']],
  ['retry delay', 'notice', 'retry-changed', 'advice', ['      after_seconds: 60\n', '      after_seconds: 120\n']],
  ['retry note', 'notice', 'retry-changed', 'advice', ['      note: Split the parcel and try again.\n', '      note: Split it and retry.\n']],
  ['deprecated', 'notice', 'code-deprecated', 'still sent; a minor bump', ['    since: "1.1"\n', '    since: "1.1"\n    deprecated:\n      since: "1.5"\n      replacement: parcel.too_heavy\n']],
  ['deprecation withdrawn', 'notice', 'code-undeprecated', 'advice', ['    deprecated:\n      since: "1.2"\n      replacement: parcel.label_expired\n      reason: The legacy lookup is going away.\n', '']],
  ['replacement changed', 'notice', 'deprecation-changed', 'advice', ['      replacement: parcel.label_expired\n', '      replacement: parcel.too_heavy\n']],
  ['since changed', 'notice', 'since-changed', 'history', ['    since: "1.1"\n', '    since: "1.0"\n']],
  ['docs title', 'notice', 'docs-changed', 'docs', ['    title: Shipyard errors\n', '    title: Shipyard error reference\n']],
  ['docs URL', 'notice', 'docs-changed', 'docs links move', ['    base_url: https://docs.shipyard.example/errors\n', '    base_url: https://shipyard.example/docs/errors\n']],
  ['docs intro', 'notice', 'docs-changed', 'docs', ['    intro: Match on `code`, never on `message`.\n', '    intro: Match on `code`; never parse `message`.\n']],
  ['section title', 'notice', 'section-changed', 'docs', ['    title: Tracking events\n', '    title: Tracking\n']],
  ['guidance body', 'notice', 'guidance-changed', 'advice', ['    body: Open a claim.\n', '    body: Open a claim with the carrier.\n']],
  ['guidance added', 'notice', 'guidance-changed', 'advice', ['guidance:\n', 'guidance:\n  - id: expired\n    title: Expired labels\n    codes: [parcel.label_expired]\n    body: Print a new label.\n']],
  ['forwarding note', 'notice', 'status-forwarding-wording', 'words only', ["      note: The carrier's status is passed through where it maps to HTTP.\n", "      note: The carrier's own status is passed through.\n"]],
  ['parameter value title', 'notice', 'parameter-wording', 'display name', ['        title: DHL\n', '        title: DHL Express\n']],
  // Extension fields: errcat gives them no meaning, so any change is a notice.
  ['code extension added', 'notice', 'extension-changed', 'x- fields are data for tools, not contract', ['    x-owner: parcels\n', '    x-owner: parcels\n    x-runbook: https://runbooks.shipyard.example/heavy\n']],
  ['code extension changed', 'notice', 'extension-changed', 'x- fields are data for tools, not contract', ['    x-limits: { soft: 20, hard: 30 }\n', '    x-limits: { soft: 25, hard: 30 }\n']],
  ['code extension removed', 'notice', 'extension-changed', 'x- fields are data for tools, not contract', ['    x-owner: parcels\n', '']],
  ['catalog extension added', 'notice', 'extension-changed', 'x- fields are data for tools, not contract', ['  docs:\n    title: Shipyard errors\n', '  x-source: https://shipyard.example/errors.proto\n  docs:\n    title: Shipyard errors\n']],
  ['namespace extension added', 'notice', 'extension-changed', 'x- fields are data for tools, not contract', ['    description: Parcels and their labels.\n', '    description: Parcels and their labels.\n    x-team: parcels\n']],
  ['docs extension line asked for', 'notice', 'docs-changed', 'docs only', ['    title: Shipyard errors\n', '    title: Shipyard errors\n    extensions: { x-owner: Owner }\n']],
  // Second identifiers: clients look codes up by them.
  ['identifier value changed', 'breaking', 'identifier-changed', 'fromIdentifier(legacy, E1042) finds nothing, or another code', ['    identifiers: { legacy: E1042 }\n', '    identifiers: { legacy: E2042 }\n']],
  ['identifier value removed', 'breaking', 'identifier-removed', 'clients looking the code up by E1042 find none', ['    identifiers: { legacy: E1042 }\n', '']],
  ['identifier value added', 'compatible', 'identifier-added', 'a new way to look the code up', ['    description: The legacy lookup found no parcel.\n', '    description: The legacy lookup found no parcel.\n    identifiers: { legacy: E1044 }\n']],
  ['identifier declared with values', 'compatible', 'identifier-added', 'reported once, with the codes that carry it', ['    legacy: { title: Legacy code', '    exit: { title: Exit code, type: integer }\n    legacy: { title: Legacy code'], ['    identifiers: { legacy: E1042 }\n', '    identifiers: { legacy: E1042, exit: 3 }\n']],
  ['identifier declaration removed with its values', 'breaking', 'identifier-removed', 'fromIdentifier(legacy, …) stops compiling; reported once', ['    legacy: { title: Legacy code, type: string, description: The code of the old Shipyard API. }\n', ''], ['  identifiers:\n', ''], ['    identifiers: { legacy: E1042 }\n', ''], ['    identifiers: { legacy: E1043 }\n', '']],
  ['identifier type changed', 'breaking', 'identifier-changed', "lookups with a string stop compiling", ['title: Legacy code, type: string', 'title: Legacy code, type: integer'], ['{ legacy: E1042 }', '{ legacy: 1042 }'], ['{ legacy: E1043 }', '{ legacy: 1043 }']],
  ['identifier title reworded', 'notice', 'identifier-wording', 'the docs column heading', ['title: Legacy code,', 'title: Old code,']],
  // Catalog settings: how codes are listed and worded, not what a response holds.
  ['order by code', 'notice', 'order-changed', 'lists reordered; every code keeps its contract', ['  version: 1.4.0\n', '  version: 1.4.0\n  order: code\n']],
  ['retry wording', 'notice', 'wording-changed', 'words only', ['  version: 1.4.0\n', '  version: 1.4.0\n  wording:\n    retry:\n      after_action: Only once the parcel is repacked.\n']],
  ['code syntax declared as the default', 'notice', 'code-syntax-changed', 'the same codes, the same names: only the rule for new codes is written down', ['  version: 1.4.0\n', "  version: 1.4.0\n  code_syntax:\n    description: lower-case words joined by dots\n    pattern: '[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+'\n    separator: .\n"]],
  ['docs anchors prefixed', 'notice', 'anchor-changed', 'links into the reference move; no code or name leaves the package', ['  version: 1.4.0\n', "  version: 1.4.0\n  code_syntax:\n    description: lower-case words joined by dots\n    pattern: '[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+'\n    separator: .\n    anchor_prefix: error-\n"]],
  // Shared meta schemas: a change to one is a change to every code whose meta it is, reported once.
  ['shared schema property removed', 'breaking', 'meta-property-removed', 'both codes that use it lose the property', ['      case_ref: { type: string, description: Their case reference. }\n', '']],
  ['shared schema bound loosened', 'breaking', 'meta-constraint', 'wider: longer values than clients allow may arrive', ['maxLength: 40, description: Who holds it.', 'maxLength: 80, description: Who holds it.']],
  ['shared schema optional property added', 'compatible', 'meta-property-added', 'clients ignore what they do not know', ['      case_ref: { type: string, description: Their case reference. }\n', '      case_ref: { type: string, description: Their case reference. }\n      since: { type: string, description: Since when. }\n']],
  ['shared schema reworded', 'notice', 'meta-wording', 'words only', ['    description: Who holds a shipment, and their case.\n', '    description: Who holds a shipment.\n']],
  ['shared schema added', 'compatible', 'schema-added', 'a new type nothing sends yet', ['schemas:\n', 'schemas:\n  Dimensions:\n    type: object\n    properties:\n      depth: { type: integer }\n']],
  ['code meta written out instead of its shared schema', 'none', null, 'the same schema, written in place', ["    meta: { $ref: '#/schemas/HoldInfo' }\n    example:\n      message: Held by customs.\n", '    meta:\n      description: Who holds a shipment, and their case.\n      type: object\n      additionalProperties: false\n      required: [authority]\n      properties:\n        authority: { type: string, maxLength: 40, description: Who holds it. }\n        case_ref: { type: string, description: Their case reference. }\n    example:\n      message: Held by customs.\n']],
  // Reordering: no change at all.
  ['codes reordered', 'none', null, 'the order of the reference only: every code keeps its contract', [LEGACY, ''], ['  parcel.too_heavy:\n', `${LEGACY}  parcel.too_heavy:\n`]],
  ['extension keys reordered', 'none', null, 'a mapping', ['    x-limits: { soft: 20, hard: 30 }\n', '    x-limits: { hard: 30, soft: 20 }\n']],
  ['extension fields reordered', 'none', null, 'a mapping', ['    x-owner: parcels\n    x-limits: { soft: 20, hard: 30 }\n', '    x-limits: { soft: 20, hard: 30 }\n    x-owner: parcels\n']],
  ['enum values reordered', 'none', null, 'a set', ['          enum: [kg, lb]\n', '          enum: [lb, kg]\n']],
  ['required reordered', 'none', null, 'a set', ['      required: [weight, limit]\n', '      required: [limit, weight]\n']],
  ['forwarded statuses reordered', 'none', null, 'a set', ['      statuses: [404, 422]\n', '      statuses: [422, 404]\n']],
  ['event names reordered', 'none', null, 'a set', ['      names: [parcel.updated, parcel.lost]\n', '      names: [parcel.lost, parcel.updated]\n']],
  ['keys of a code reordered', 'none', null, 'a mapping', ['    status: 422\n    description: The parcel weighs more than the service allows.\n', '    description: The parcel weighs more than the service allows.\n    status: 422\n']],
  ['parameter values reordered', 'none', null, 'a set', ['      - value: dhl\n        title: DHL\n      - value: ups\n        title: UPS\n', '      - value: ups\n        title: UPS\n      - value: dhl\n        title: DHL\n']],
  ['sections reordered', 'none', null, 'order of the reference only', ['  - id: shipping\n    title: Shipping\n    intro: Codes about parcels.\n  - id: tracking\n    title: Tracking events\n', '  - id: tracking\n    title: Tracking events\n  - id: shipping\n    title: Shipping\n    intro: Codes about parcels.\n']],
  ['guidance reordered', 'none', null, 'order of the reference only', ['  - id: heavy\n    title: Handle heavy parcels\n    codes: [parcel.too_heavy]\n    body: Split the parcel.\n', ''], ['    body: Open a claim.\n', '    body: Open a claim.\n  - id: heavy\n    title: Handle heavy parcels\n    codes: [parcel.too_heavy]\n    body: Split the parcel.\n']],
];

export const CONTRACT_EDITS: readonly ContractEdit[] = ROWS.map(([name, verdict, kind, why, ...edits]) => ({ name, verdict, kind, why, edits }));

/** Applies an edit to the fixture's text; throws when a `from` is not there exactly once (a broken row, not a finding). */
export function applyEdit(text: string, edit: ContractEdit): string {
  let out = text;
  for (const [from, to] of edit.edits) {
    const first = out.indexOf(from);
    if (first < 0 || out.indexOf(from, first + 1) >= 0) throw new Error(`contract edit "${edit.name}": ${JSON.stringify(from)} must occur exactly once`);
    out = out.slice(0, first) + to + out.slice(first + from.length);
  }
  return out;
}
