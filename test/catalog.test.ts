/**
 * The embedded SocialAPI catalog against the published reference, and the
 * normalized model's guarantees, on it and on a catalog that is not
 * SocialAPI's. The reference's rows are kept as a fixture
 * (test/fixtures/reference/rows.json), so the suite needs nothing outside
 * the repository.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { CatalogModel, ErrorDefinition } from '../generators/model.js';
import { deriveNames } from '../generators/names.js';
import { FIXTURE_CATALOGS, loadModel, ROOT } from './helpers.js';

interface ReferenceRow {
  section: string;
  status: number | null;
  code: string;
  description: string;
}

let socialapi: CatalogModel;
let ledgerly: CatalogModel;
let rows: ReferenceRow[];

beforeAll(async () => {
  socialapi = await loadModel(FIXTURE_CATALOGS.socialapi);
  ledgerly = await loadModel(FIXTURE_CATALOGS.ledgerly);
  rows = JSON.parse(await readFile(path.join(ROOT, 'test/fixtures/reference/rows.json'), 'utf8')) as ReferenceRow[];
});

/** Finds the definition behind a code as the reference prints it (platform.<name>.auth, aliases too). */
function definitionFor(model: CatalogModel, printed: string): ErrorDefinition | undefined {
  const byDisplay = model.definitions.find((d) => d.displayCode === printed);
  if (byDisplay) return byDisplay;
  const wire = model.wireCodes.find((w) => w.code === printed);
  return wire ? model.definitions.find((d) => d.code === wire.definition) : undefined;
}

describe('the SocialAPI catalog against the reference', () => {
  it('has all 81 codes of the reference: 77 concrete, 3 families, 1 alias', () => {
    expect(rows).toHaveLength(81);
    expect(socialapi.definitions.filter((d) => !d.family)).toHaveLength(77);
    // In the reference's order, which the catalog follows.
    expect(socialapi.definitions.filter((d) => d.family).map((d) => d.code)).toEqual([
      'platform.{platform}.auth',
      'platform.{platform}.rate_limit',
      'platform.{platform}.api_error',
    ]);
    expect(socialapi.wireCodes.filter((w) => w.via === 'alias').map((w) => [w.code, w.definition])).toEqual([['brand.limit_reached', 'billing.brands_limit']]);
  });

  it('has every code of the reference with its status and description', () => {
    const missing: string[] = [];
    for (const row of rows) {
      const d = definitionFor(socialapi, row.code);
      if (!d) {
        missing.push(row.code);
        continue;
      }
      expect([row.code, d.status]).toEqual([row.code, row.status]);
      expect([row.code, d.description]).toEqual([row.code, row.description]);
    }
    expect(missing).toEqual([]);
  });

  it('has no code the reference does not list', () => {
    const printed = new Set(rows.map((r) => r.code));
    const extra = socialapi.definitions.filter((d) => !printed.has(d.displayCode)).map((d) => d.code);
    expect(extra).toEqual([]);
  });

  it('models the event-only codes without a status, with the events that carry them', () => {
    const events = socialapi.definitions.filter((d) => d.transport === 'event');
    expect(events.map((d) => d.code)).toEqual([
      'publishing.delivery.account_load_failed',
      'publishing.delivery.page_resolve_failed',
      'publishing.delivery.timeout',
      'publishing.duplicate_target',
    ]);
    for (const d of events) {
      expect(d.status).toBeNull();
      expect(d.events).toEqual({ names: ['post.failed', 'post.partial'], field: 'event.error_code' });
    }
  });

  it('expands the platform families over the declared platforms, forwarding the upstream status', () => {
    const auth = socialapi.definitions.find((d) => d.code === 'platform.{platform}.auth')!;
    expect(auth.displayCode).toBe('platform.<name>.auth');
    expect(auth.family?.values).toEqual(['instagram', 'tiktok', 'facebook', 'linkedin', 'google', 'youtube', 'whatsapp', 'twitter']);
    expect(auth.statusForwarding?.fallback).toBe(502);
    expect(socialapi.wireCodes.filter((w) => w.definition === auth.code).map((w) => w.code)).toContain('platform.tiktok.auth');
    // A concrete code beside the family stays concrete.
    expect(socialapi.wireCodes.find((w) => w.code === 'platform.tiktok.media_required')?.via).toBe('code');
  });

  it('gives meta schemas where the reference names meta fields, and none elsewhere', () => {
    const metaOf = (code: string) => {
      const meta = socialapi.definitions.find((d) => d.code === code)!.meta;
      return meta.kind === 'none' ? 'none' : meta.properties.filter((p) => p.required).map((p) => p.name);
    };
    expect(metaOf('validation.field_required')).toEqual(['field']);
    // Properties in the catalog's authored order.
    expect(metaOf('billing.post_limit')).toEqual(['plan', 'max']);
    expect(metaOf('resource.not_found')).toEqual(['resource', 'id']);
    expect(metaOf('byok.credentials_missing')).toEqual(['platform']);
    expect(metaOf('auth.invalid_key')).toBe('none');
  });

  it('carries the retry advice the reference gives', () => {
    const policy = (code: string) => socialapi.definitions.find((d) => d.code === code)!.retry.policy;
    expect(policy('system.internal')).toBe('idempotent');
    expect(policy('platform.{platform}.rate_limit')).toBe('backoff');
    expect(policy('billing.post_limit')).toBe('after_reset');
    expect(policy('auth.invalid_key')).toBe('never');
  });

  it('attaches the guidance to the codes it covers', () => {
    const guidance = (code: string) => socialapi.definitions.find((d) => d.code === code)!.guidance;
    const reconnect = guidance('account.reconnection_required');
    expect(reconnect.length).toBeGreaterThan(0);
    expect(guidance('platform.{platform}.auth')).toEqual(expect.arrayContaining([...reconnect]));
    expect(guidance('validation.field_invalid').length).toBeGreaterThan(0);
    expect(socialapi.guidance.flatMap((g) => g.samples.map((s) => s.language))).toEqual(expect.arrayContaining(['python', 'javascript']));
  });

  it('has an example per code that validates against its meta schema', () => {
    const ajv = new Ajv2020({ strict: false });
    for (const d of socialapi.definitions) {
      expect(d.example.message.length, d.code).toBeGreaterThan(0);
      if (d.meta.kind === 'schema') {
        expect(ajv.validate(d.meta.schema, d.example.meta ?? {}), `${d.code}: ${ajv.errorsText()}`).toBe(true);
      } else {
        expect(d.example.meta, d.code).toBeNull();
      }
    }
  });
});

describe('the normalized model', () => {
  it.each([
    ['socialapi', () => socialapi],
    ['ledgerly', () => ledgerly],
  ] as const)('%s: in section order, unique, with every code in one section and namespace', (_name, get) => {
    const model = get();
    const codes = model.wireCodes.map((w) => w.code);
    // Authored order: definitions section by section as the sections list them, wire codes definition by definition.
    expect(model.definitions.map((d) => d.code)).toEqual(model.sections.flatMap((s) => s.codes));
    const rank = new Map(model.definitions.map((d, i) => [d.code, i]));
    const ranks = model.wireCodes.map((w) => rank.get(w.definition)!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(codes).size).toBe(codes.length);
    const inSections = model.sections.flatMap((s) => s.codes);
    expect(inSections.sort()).toEqual(model.definitions.map((d) => d.code).sort());
    for (const d of model.definitions) expect(model.namespaces.find((n) => n.name === d.namespace)?.codes).toContain(d.code);
    for (const kind of ['constant', 'type', 'anchor'] as const) {
      const names = model.wireCodes.map((w) => w.names[kind]);
      expect(new Set(names).size, kind).toBe(names.length);
    }
  });

  it('resolves a non-SocialAPI catalog: families, aliases, deprecation, cascaded defaults', () => {
    const find = (code: string) => ledgerly.definitions.find((d) => d.code === code)!;
    expect(find('rail.{rail}.unavailable').displayCode).toBe('rail.<rail>.unavailable');
    expect(find('rail.{rail}.unavailable').example.code).toBe('rail.sepa.unavailable');
    expect(find('rail.{rail}.unavailable').statusForwarding?.fallback).toBe(502);
    expect(find('payment.legacy_capture_failed').deprecated?.replacement).toBe('payment.declined');
    expect(find('ledger.balance_stale').retry.policy).toBe('safe');
    expect(find('settlement.batch_rejected').transport).toBe('event');
    expect(find('payment.declined').aliases).toEqual(['payment.refused']);
    expect(find('payment.declined').description).toContain('\u2028');
    expect(ledgerly.statuses).toEqual([402, 409, 422, 503]);
  });

  it('is deterministic: normalizing twice gives equal models', async () => {
    const again = await loadModel(FIXTURE_CATALOGS.ledgerly);
    expect(again).toEqual(ledgerly);
  });
});

describe('derived names', () => {
  it.each([
    ['auth.oauth.invalid_client', { constant: 'AUTH_OAUTH_INVALID_CLIENT', type: 'AuthOauthInvalidClient', anchor: 'auth-oauth-invalid_client' }],
    ['platform.{platform}.auth', { constant: 'PLATFORM_AUTH', type: 'PlatformAuth', anchor: 'platform-auth' }],
    // A family that would keep one segment keeps its parameter's name: every anchor has a '-'.
    ['jobs.{queue}', { constant: 'JOBS_QUEUE', type: 'JobsQueue', anchor: 'jobs-queue' }],
  ])('%s', (code, want) => {
    expect(deriveNames(code)).toEqual(want);
  });
});

describe('the catalog JSON Schema describes what issues 9 and 10 added, for editors', () => {
  it('gives every field of the body, its members and headers, code syntax, identifiers, shared schemas and the code fields a description (hover text)', async () => {
    type Node = { description?: string; properties?: Record<string, Node>; items?: Node; additionalProperties?: Node | boolean; $ref?: string };
    const schema = JSON.parse(await readFile(path.join(ROOT, 'generators/schema/catalog.schema.json'), 'utf8')) as Node & { $defs: Record<string, Node> };
    const defs = schema.$defs;
    const header = defs.header!.properties!;
    const objects: [string, Node][] = [
      ['body', defs.body!],
      ['body member', defs.bodyMember!],
      ['body header', defs.body!.properties!.headers!.items!],
      ['envelope', header.envelope!],
      ['code syntax', defs.codeSyntax!],
      ['identifier declaration', header.identifiers!.additionalProperties as Node],
    ];
    const missing: string[] = [];
    for (const [what, node] of objects) for (const [name, field] of Object.entries(node.properties ?? {})) if (typeof field.description !== 'string') missing.push(`${what}: ${name}`);
    for (const name of ['code_syntax', 'order', 'wording', 'identifiers', 'envelope']) if (typeof header[name]?.description !== 'string') missing.push(`catalog: ${name}`);
    for (const name of ['same_as', 'identifiers', 'namespace', 'type_uri']) if (typeof defs.code!.properties![name]?.description !== 'string') missing.push(`code: ${name}`);
    for (const name of ['namespace', 'schemas']) if (typeof schema.properties![name]?.description !== 'string') missing.push(`file: ${name}`);
    expect(missing).toEqual([]);
  });
});
