/**
 * The openapi target in memory: goldens, structure (every wire code in a
 * discriminator mapping, event codes kept out of responses), the 3.0
 * translation, hostile text round trips, name collisions, and every
 * example validated with ajv against its schema. The real-tool checks
 * (redocly, openapi-typescript, tsc) are in openapi-tools.test.ts.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { Document, parse } from 'yaml';
import type { CatalogModel, ErrorDefinition } from '../generators/model.js';
import { DEFAULT_OPTIONS } from '../generators/options.js';
import { checkCatalog } from '../generators/pipeline.js';
import { OPENAPI_FILES, openapiTarget, renderOpenApi } from '../generators/targets/openapi.js';
import { buildOpenApiDocument, COMPONENT_KEY, ComponentRegistry, errorComponentNames, EXAMPLE_REQUEST_ID, FIXED_NAMES } from '../generators/targets/openapi/document.js';
import { placeSchema, UNSUPPORTED_30_EXTENSION } from '../generators/targets/openapi/json-schema.js';
import { serializeJson, serializeYaml, withOrderedMaps, YAML_OPTIONS } from '../generators/targets/openapi/serialize.js';
import path from 'node:path';
import { expectGolden, FIXTURE_CATALOGS, loadModel, optionsFor, renderCatalog, ROOT } from './helpers.js';
import { plainTextShown, readCommonMark } from './markdown-ast.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

type Json = Record<string, unknown>;
type Doc = { openapi: string; components: Record<'schemas' | 'responses' | 'examples' | 'headers', Record<string, Json>> } & Json;

/** Meta schemas built from the 2020-12 keywords that OpenAPI 3.0 lacks or spells differently, with valid examples. */
const SHAPES_CATALOG = path.join(ROOT, 'test/fixtures/openapi-shapes/catalog');

const models: Record<keyof typeof FIXTURE_CATALOGS, CatalogModel> = {} as never;
let shapes: CatalogModel;
beforeAll(async () => {
  for (const name of Object.keys(FIXTURE_CATALOGS) as (keyof typeof FIXTURE_CATALOGS)[]) models[name] = await loadModel(FIXTURE_CATALOGS[name]);
  shapes = await loadModel(SHAPES_CATALOG);
});

function render(model: CatalogModel, version: '3.1' | '3.0'): { yaml: string; json: string; doc: Doc } {
  const files = renderOpenApi(model, { openapi: { version } });
  const yaml = files.find((f) => f.path === OPENAPI_FILES.yaml)!.contents;
  const json = files.find((f) => f.path === OPENAPI_FILES.json)!.contents;
  return { yaml, json, doc: parse(yaml) as Doc };
}

/** Collects every value of `key` anywhere in a JSON value, with its path. */
function findKeys(value: unknown, key: string, path = '#'): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => findKeys(v, key, `${path}/${i}`));
  return Object.entries(value).flatMap(([k, v]) => [...(k === key ? [`${path}/${k}`] : []), ...findKeys(v, key, `${path}/${k}`)]);
}

/** The wire codes of each definition, from the model. */
function wireCodesByDefinition(model: CatalogModel): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of model.wireCodes) map.set(w.definition, [...(map.get(w.definition) ?? []), w.code]);
  return map;
}

/**
 * The codes a union admits, read the way a discriminating tool reads it: with
 * a discriminator (no mapping), each alternative is a variant named by its
 * wire code that fixes the code and refers to its definition's error object;
 * without one, each alternative is an error object whose code is a const or
 * an enum (and one alternative is the error object itself). Asserts the
 * union's shape on the way.
 */
function unionCodes(doc: Doc, union: Json, propertyName: string): string[] {
  // Without a discriminator, a union of one is that error object itself (Redocly asks for it).
  if (typeof union.$ref === 'string') return unionCodes(doc, { type: 'object', required: [propertyName], oneOf: [union] }, propertyName);
  expect(union).toMatchObject({ type: 'object', required: [propertyName] });
  const admitted = (schema: Json): string[] => {
    const property = (schema.properties as Record<string, { const?: string; enum?: string[] }>)[propertyName]!;
    return property.const !== undefined ? [property.const] : property.enum!;
  };
  const codes: string[] = [];
  for (const alternative of union.oneOf as { $ref: string }[]) {
    expect(Object.keys(alternative)).toEqual(['$ref']);
    const name = decodeURIComponent(alternative.$ref.split('/').pop()!).replace(/~1/g, '/').replace(/~0/g, '~');
    const target = doc.components.schemas[name]!;
    if (union.discriminator) {
      expect(union.discriminator).toEqual({ propertyName });
      // OpenAPI's implicit mapping: the variant's name is the code it fixes.
      expect(admitted(target)).toEqual([name]);
      const definition = doc.components.schemas[((target.allOf as { $ref: string }[])[0]!.$ref).split('/').pop()!]!;
      expect(admitted(definition)).toContain(name);
      codes.push(name);
    } else codes.push(...admitted(target));
  }
  return codes;
}

function isHttp(d: ErrorDefinition): boolean {
  return d.transport === 'http' && d.status !== null;
}

describe('openapi target: goldens', () => {
  for (const name of Object.keys(FIXTURE_CATALOGS) as (keyof typeof FIXTURE_CATALOGS)[]) {
    it(`renders ${name} as its golden, in 3.1 and (under openapi-3.0/) in 3.0`, async () => {
      const files = await renderCatalog(FIXTURE_CATALOGS[name], [openapiTarget]);
      // Same file names whatever the version; the 3.0 goldens sit in a folder of their own.
      const files30 = (await renderCatalog(FIXTURE_CATALOGS[name], [openapiTarget], { openapi: { version: '3.0' } })).map((f) => ({ ...f, path: f.path.replace(/^openapi\//, 'openapi-3.0/') }));
      await expectGolden(name, files, 'openapi');
      await expectGolden(name, files30, 'openapi-3.0');
    });
  }

  it('writes the same document as YAML and JSON, keys in code-unit order, YAML starting with the banner', () => {
    const { yaml, json, doc } = render(models.socialapi, '3.1');
    expect(JSON.parse(json)).toEqual(doc);
    expect(yaml.startsWith('# Generated by errcat from the SocialAPI catalog')).toBe(true);
    expect(yaml).not.toMatch(/^\s*[&*][A-Za-z0-9]/m); // no anchors or aliases
    expect(json.endsWith('}\n')).toBe(true);
    const top = Object.keys(JSON.parse(json));
    expect(top).toEqual([...top].sort());
    expect(doc.info).toMatchObject({ 'x-generated-by': expect.stringContaining('Do not edit') });
  });

  it('serializes integer-like keys in code-unit order, unlike JSON.stringify', () => {
    const value = { b: 1, '10': 2, '9': 3, '!': 4 };
    expect(serializeJson(value)).toBe('{\n  "!": 4,\n  "10": 2,\n  "9": 3,\n  "b": 1\n}\n');
    expect(serializeYaml(value, 'x')).toBe('# x\n\n"!": 4\n"10": 2\n"9": 3\nb: 1\n');
    expect(serializeJson({ a: [], b: {}, c: [{ d: null }] })).toBe(JSON.stringify({ a: [], b: {}, c: [{ d: null }] }, null, 2) + '\n');
  });

  it('gives the same bytes on its fast path (no integer-like key) and its general one', () => {
    const { json } = render(models.socialapi, '3.1');
    // The built document, not one parsed back: its properties maps carry the model's order.
    const general = serializeJson({ ...buildOpenApiDocument(models.socialapi, '3.1'), '0': 1 }); // an integer-like key forces the general path
    expect(general.replace('{\n  "0": 1,\n', '{\n')).toBe(json);
  });

  it('composes the YAML entry by entry with the bytes of one yaml Document of the whole, which parse back to the JSON', () => {
    // The reference: the whole document serialized by yaml at once, as before composing.
    const whole = (value: unknown, banner: string): string => {
      const doc = new Document(null, YAML_OPTIONS);
      doc.contents = doc.createNode(withOrderedMaps(doc, value, YAML_OPTIONS), YAML_OPTIONS) as typeof doc.contents;
      doc.commentBefore = banner.split('\n').map((line) => ` ${line}`).join('\n');
      return doc.toString(YAML_OPTIONS);
    };
    const hostile = withDefinition(models.ledgerly, 'payment.declined', (d) => ({ ...d, description: '  leading spaces\n---\n...\n%x\n\n\nkept\n\n\n', details: "it's\n  more-indented\n\ttab \n" }));
    const values: unknown[] = [];
    for (const model of [...Object.values(models), shapes, hostile]) for (const version of ['3.1', '3.0'] as const) values.push(buildOpenApiDocument(model, version));
    // Block scalars (leading spaces, keep chomping, blank lines), quoted multi-line strings, a key too long to be implicit,
    // integer-like and empty keys, undefined values (left out), empty and nested collections, at every composed level.
    values.push({
      components: {
        schemas: { A: { d: '  lead\nx\n\n\n', s: "it's\n  in", t: 'a\tb\nc ', k: { ['k'.repeat(1100)]: 1, '10': 2, '': 3, 'a: b': 4, '---': 5 } }, '10': { '9': [{ a: 'x\ny' }, 'z', []] }, E: {}, U: { u: undefined } },
        ['c'.repeat(1100)]: { x: 1 },
        gone: undefined,
      },
      '2': { '10': null },
      list: [{ a: { b: 'multi\nline' } }],
    });
    for (const value of values) {
      const yaml = serializeYaml(value, 'banner\nsecond line');
      expect(yaml).toBe(whole(value, 'banner\nsecond line'));
      expect(parse(yaml)).toEqual(JSON.parse(serializeJson(value)));
    }
    // A component key starting with a document marker is quoted where yaml would leave it plain: the same data.
    const marked = { components: { schemas: { '---x': { a: 1 }, '...y': { b: '---' } } } };
    expect(parse(serializeYaml(marked, 'b'))).toEqual(marked);
  });

  it('renders the same bytes twice', () => {
    expect(render(models.ledgerly, '3.1').yaml).toBe(render(models.ledgerly, '3.1').yaml);
  });
});

describe('openapi target: structure', () => {
  for (const name of Object.keys(FIXTURE_CATALOGS) as (keyof typeof FIXTURE_CATALOGS)[]) {
    for (const version of ['3.1', '3.0'] as const) {
      it(`${name} ${version}: each status response is a discriminated oneOf of exactly its codes`, () => {
        const model = models[name];
        const { doc } = render(model, version);
        const wire = wireCodesByDefinition(model);
        const expected = new Map<number, Set<string>>();
        for (const d of model.definitions.filter(isHttp)) {
          for (const status of new Set([d.status!, ...(d.statusForwarding ? [d.statusForwarding.fallback, ...d.statusForwarding.statuses] : [])])) {
            const set = expected.get(status) ?? new Set<string>();
            for (const code of wire.get(d.code)!) set.add(code);
            expected.set(status, set);
          }
        }
        expect(expected.size).toBeGreaterThan(0);
        for (const status of model.statuses) expect(expected.has(status), `status ${status}`).toBe(true);
        const mapped = new Set<string>();
        for (const [status, codes] of expected) {
          const response = doc.components.responses[`Error${status}`]!;
          if (model.envelope.requestIdHeader !== null) expect(response).toMatchObject({ headers: { [model.envelope.requestIdHeader]: { $ref: '#/components/headers/RequestId' } } });
          const envelope = doc.components.schemas[`Error${status}Envelope`] as { properties: { error: Json } };
          for (const code of unionCodes(doc, envelope.properties.error, 'code')) mapped.add(code);
          expect(unionCodes(doc, envelope.properties.error, 'code').sort()).toEqual([...codes].sort());
        }
        // Every wire code is reachable: in a status union, or in the events union.
        const events = doc.components.schemas[FIXED_NAMES.schemas.eventErrorObject];
        const eventCodes = new Set(events ? unionCodes(doc, events, 'code') : []);
        for (const w of model.wireCodes) expect(mapped.has(w.code) || eventCodes.has(w.code), w.code).toBe(true);
        // Event-only codes appear in no response.
        const eventOnly = model.definitions.filter((d) => d.transport === 'event');
        // The catalogs in other code syntaxes send every code over HTTP.
        if (name === 'socialapi' || name === 'ledgerly') expect(eventOnly.length).toBeGreaterThan(0);
        for (const d of eventOnly) {
          expect(mapped.has(d.code), d.code).toBe(false);
          expect(eventCodes.has(d.code), d.code).toBe(true);
          expect((doc.components.schemas[FIXED_NAMES.schemas.eventErrorCode] as { enum: string[] }).enum).toContain(d.code);
        }
        expect((doc.components.schemas[FIXED_NAMES.schemas.errorCode] as { enum: string[] }).enum).toEqual(model.wireCodes.map((w) => w.code));
      });
    }
  }

  it('gives aliases and family expansions their definition’s schema', () => {
    const { doc } = render(models.ledgerly, '3.1');
    const schemas = doc.components.schemas;
    expect((schemas.PaymentDeclinedError as Json).properties).toMatchObject({ code: { enum: ['payment.declined', 'payment.refused'] } });
    // In the parameter's declared order of values (the catalog's authored order).
    expect((schemas.RailUnavailableError as Json).properties).toMatchObject({ code: { enum: ['rail.ach.unavailable', 'rail.sepa.unavailable', 'rail.card.unavailable'] } });
    expect((schemas.LedgerBalanceStaleError as Json).properties).toMatchObject({ code: { const: 'ledger.balance_stale' }, meta: { $ref: '#/components/schemas/LedgerBalanceStaleMeta' } });
    const error402 = (schemas.Error402Envelope as { properties: { error: Json } }).properties.error;
    expect(unionCodes(doc, error402, 'code')).toContain('payment.refused');
    expect(schemas['payment.refused']).toMatchObject({ allOf: [{ $ref: '#/components/schemas/PaymentDeclinedError' }] });
    // rail.{rail}.unavailable is sent with 503 and forwards an upstream status, falling back to 502.
    const error502 = (schemas.Error502Envelope as { properties: { error: Json } }).properties.error;
    expect(unionCodes(doc, error502, 'code').sort()).toEqual(['rail.ach.unavailable', 'rail.card.cvc_mismatch', 'rail.card.unavailable', 'rail.sepa.unavailable']);
  });

  it('splits each namespace\'s responses by status class: <Namespace>Errors4XX and 5XX hold the codes that may be sent with a status of that class', () => {
    const model = models.socialapi;
    const { doc } = render(model, '3.1');
    const wire = wireCodesByDefinition(model);
    const platform = model.definitions.filter((d) => isHttp(d) && (d.namespace === 'platform' || d.namespace.startsWith('platform.')));
    const statuses = (d: ErrorDefinition): number[] => [d.status!, ...(d.statusForwarding ? [d.statusForwarding.fallback, ...d.statusForwarding.statuses] : [])];
    for (const [label, low] of [['4XX', 400], ['5XX', 500]] as const) {
      const expected = platform.filter((d) => statuses(d).some((s) => s >= low && s < low + 100)).flatMap((d) => wire.get(d.code)!);
      expect(expected.length).toBeGreaterThan(0);
      const response = doc.components.responses[`PlatformErrors${label}`] as { content: Record<string, { schema: { $ref: string } }> };
      const schema = doc.components.schemas[response.content['application/json']!.schema.$ref.split('/').pop()!] as { properties: { error: Json } };
      expect(unionCodes(doc, schema.properties.error, 'code').sort(), label).toEqual([...expected].sort());
    }
    // 429 from the upstream is a client error of the platform namespace; its 502 fallback puts the code in 5XX too.
    expect(unionCodes(doc, (doc.components.schemas.PlatformErrors4XXEnvelope as { properties: { error: Json } }).properties.error, 'code')).toContain('platform.tiktok.rate_limit');
    // A namespace whose codes are all 4xx has no 5XX response, and its 4XX response shares the whole namespace's schema.
    expect(doc.components.responses.BillingErrors5XX).toBeUndefined();
    expect(doc.components.responses.BillingErrors4XX).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/BillingErrorsEnvelope' } } } });
  });

  it('marks deprecated codes, requires meta when the catalog does, and names components validly', () => {
    const model = models.ledgerly;
    const { doc } = render(model, '3.1');
    for (const d of model.definitions) {
      const schema = doc.components.schemas[errorComponentNames(model).get(d.code)!] as Json;
      expect(schema.deprecated === true, d.code).toBe(d.deprecated !== null);
      expect((schema.required as string[]).includes('meta'), d.code).toBe(d.meta.kind === 'schema' && d.meta.required);
    }
    expect(String((doc.components.schemas.PaymentLegacyCaptureFailedError as Json).description)).toContain('Use payment.declined instead.');
    for (const group of Object.values(doc.components)) for (const key of Object.keys(group)) expect(key).toMatch(COMPONENT_KEY);
  });

  it('writes no 2020-12-only keyword into the 3.0 document', () => {
    for (const model of Object.values(models)) {
      const { doc, json } = render(model, '3.0');
      expect(doc.openapi).toBe('3.0.3');
      for (const key of ['const', '$defs', '$schema', '$id', 'examples', 'prefixItems']) {
        // `examples` is the Components field in 3.0 too; only schema-level uses are wrong.
        const hits = findKeys(doc, key).filter((p) => !(key === 'examples' && (p === '#/components/examples' || /\/content\/.+\/examples$/.test(p))));
        expect(hits, key).toEqual([]);
      }
      expect(json).not.toMatch(/"type": \[/);
    }
  });
});

describe('openapi target: meta schemas in the document', () => {
  const meta = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://example.invalid/meta',
    type: 'object',
    $defs: { range: { type: 'object', properties: { min: { type: 'integer', exclusiveMinimum: 0 } } }, 'bad name!': { const: 'x' } },
    properties: {
      limits: { $ref: '#/$defs/range', description: 'Limits.' },
      other: { $ref: '#/$defs/bad%20name!' },
      tag: { $anchor: 'tag', type: ['string', 'null'] },
      again: { $ref: '#tag' },
      const: { const: 3 },
      either: { type: ['string', 'integer'] },
      hint: { type: 'string', examples: ['a', 'b'] },
      items: { type: 'array', prefixItems: [{ type: 'string' }] },
    },
  };

  it('3.1: drops $schema and $id and points local references into components', () => {
    const { schema, hoisted } = placeSchema(meta, 'XMeta', '3.1');
    expect(hoisted.size).toBe(0);
    expect(schema).not.toHaveProperty('$schema');
    expect(schema).not.toHaveProperty('$id');
    const props = schema.properties as Record<string, Json>;
    expect(props.limits).toEqual({ $ref: '#/components/schemas/XMeta/$defs/range', description: 'Limits.' });
    expect(props.again).toEqual({ $ref: '#/components/schemas/XMeta/properties/tag' });
    expect(props.const).toEqual({ const: 3 });
    expect(meta.properties.limits.$ref).toBe('#/$defs/range'); // the model is not mutated
  });

  it('3.0: hoists $defs, turns const into enum and type arrays into nullable, keeps the rest under an extension', () => {
    const { schema, hoisted } = placeSchema(meta, 'XMeta', '3.0');
    expect([...hoisted.keys()].sort()).toEqual(['XMeta.def0', 'XMeta.range']);
    expect(hoisted.get('XMeta.range')).toEqual({ type: 'object', properties: { min: { type: 'integer', minimum: 0, exclusiveMinimum: true } } });
    expect(hoisted.get('XMeta.def0')).toEqual({ enum: ['x'] });
    expect(schema).not.toHaveProperty('$defs');
    const props = schema.properties as Record<string, Json>;
    // 3.0 ignores siblings of $ref, so the reference is wrapped.
    expect(props.limits).toEqual({ allOf: [{ $ref: '#/components/schemas/XMeta.range' }], description: 'Limits.' });
    expect(props.other).toEqual({ $ref: '#/components/schemas/XMeta.def0' });
    expect(props.tag).toEqual({ type: 'string', nullable: true });
    expect(props.const).toEqual({ enum: [3] }); // a property named "const" is a name, not a keyword
    expect(props.either).toEqual({ allOf: [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }] });
    expect(props.hint).toEqual({ type: 'string', example: 'a', [UNSUPPORTED_30_EXTENSION]: { examples: ['a', 'b'] } });
    expect(props.items).toEqual({ type: 'array', items: {}, [UNSUPPORTED_30_EXTENSION]: { prefixItems: [{ type: 'string' }] } });
    // additionalProperties may be a boolean in 3.0 too; other boolean subschemas become objects.
    expect(placeSchema({ type: 'object', additionalProperties: false, properties: { a: true, b: false } }, 'B', '3.0').schema).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: { a: {}, b: { not: {} } },
    });
  });

  it.each(['3.1', '3.0'] as const)('%s: never emits an empty description (it is left out), at any depth', (version) => {
    const { schema } = placeSchema({ type: 'object', description: '', properties: { a: { type: 'string', description: '' }, b: { $ref: '#', description: '' } } }, 'E', version);
    expect(JSON.stringify(schema)).not.toContain('"description"');
  });

  it('3.0: gives every hoisted def its own component, whatever the def names', () => {
    const schema = { type: 'object', $defs: { 'a b': { type: 'string' }, def0: { type: 'integer' } }, definitions: { def0: { type: 'boolean' } }, properties: { x: { $ref: '#/$defs/a%20b' }, y: { $ref: '#/$defs/def0' }, z: { $ref: '#/definitions/def0' } } };
    const { schema: placed, hoisted } = placeSchema(schema, 'M', '3.0');
    expect(Object.fromEntries(hoisted)).toEqual({ 'M.def0_': { type: 'string' }, 'M.def0': { type: 'integer' }, 'M.definitions.def0': { type: 'boolean' } });
    expect(placed.properties).toEqual({ x: { $ref: '#/components/schemas/M.def0_' }, y: { $ref: '#/components/schemas/M.def0' }, z: { $ref: '#/components/schemas/M.definitions.def0' } });
  });

  it('validates an example through a rewritten $defs reference (3.1, ajv 2020-12)', () => {
    const model = withDefinition(models.ledgerly, 'ledger.balance_stale', (d) => ({
      ...d,
      meta: { ...d.meta, kind: 'schema', required: true, properties: [], ref: null, shared: [], schema: { type: 'object', $defs: { v: { type: 'integer', minimum: 0 } }, required: ['version'], properties: { version: { $ref: '#/$defs/v' } } } },
    }));
    const doc = buildOpenApiDocument(model, '3.1') as unknown as Doc;
    const validate = compileDocument(doc);
    expect(validate('LedgerBalanceStaleError', { code: 'ledger.balance_stale', message: 'm', meta: { version: 3 } })).toEqual([]);
    expect(validate('LedgerBalanceStaleError', { code: 'ledger.balance_stale', message: 'm', meta: { version: -1 } })).not.toEqual([]);
  });
});

describe('openapi target: every example validates against its schema (ajv 2020-12)', () => {
  for (const name of Object.keys(FIXTURE_CATALOGS) as (keyof typeof FIXTURE_CATALOGS)[]) {
    it(name, () => {
      const model = models[name];
      const { doc } = render(model, '3.1');
      const validate = compileDocument(doc);
      const errorNames = errorComponentNames(model);
      let checked = 0;
      for (const d of model.definitions) {
        const example = doc.components.examples[d.names.type] as { value: Json; description: string };
        expect(readCommonMark(example.description)).toBe(plainTextShown(d.description));
        if (isHttp(d)) {
          expect(example.value.request_id).toBe(EXAMPLE_REQUEST_ID);
          expect(validate(`Error${d.status}Envelope`, example.value), d.code).toEqual([]);
          expect(validate(FIXED_NAMES.schemas.envelope, example.value), d.code).toEqual([]);
          expect(validate(errorNames.get(d.code)!, example.value.error), d.code).toEqual([]);
          expect(validate(FIXED_NAMES.schemas.anyEnvelope, example.value), d.code).toEqual([]);
          // The response for the status lists the example.
          const content = (doc.components.responses[`Error${d.status}`] as { content: Record<string, { examples: Json }> }).content['application/json']!;
          expect(content.examples[d.names.type]).toEqual({ $ref: `#/components/examples/${d.names.type}` });
          // default: lists it too, so renderers show real examples rather than one they make up from the schema.
          const any = (doc.components.responses.AnyError as { content: Record<string, { examples: Json; schema: Json }> }).content['application/json']!;
          expect(any.schema).toEqual({ $ref: `#/components/schemas/${FIXED_NAMES.schemas.anyEnvelope}` });
          expect(any.examples[d.names.type]).toEqual({ $ref: `#/components/examples/${d.names.type}` });
        } else {
          expect(validate(errorNames.get(d.code)!, example.value), d.code).toEqual([]);
          expect(validate(FIXED_NAMES.schemas.eventErrorObject, example.value), d.code).toEqual([]);
        }
        checked++;
      }
      expect(checked).toBe(model.definitions.length);
    });
  }

  it('rejects a body whose code belongs to another status (the oneOf discriminates)', () => {
    const { doc } = render(models.socialapi, '3.1');
    const validate = compileDocument(doc);
    expect(validate('Error404Envelope', { error: { code: 'account.not_found', message: 'x' }, request_id: 'r' })).toEqual([]);
    expect(validate('Error404Envelope', { error: { code: 'auth.invalid_key', message: 'x' }, request_id: 'r' })).not.toEqual([]);
    expect(validate('Error404Envelope', { error: { code: 'account.not_found', message: 'x' } })).not.toEqual([]);
  });

  it('accepts a code under each status it declares it may be forwarded with (status_forwarding.statuses), and no other', () => {
    const model = models.socialapi;
    const auth = model.definitions.find((d) => d.code === 'platform.{platform}.auth')!;
    expect(auth.statusForwarding).toMatchObject({ fallback: 502, statuses: [403] });
    const validate = compileDocument(render(model, '3.1').doc);
    const body = { error: { code: 'platform.tiktok.auth', message: 'TikTok answered 403.' }, request_id: 'r' };
    // TikTok's 403, passed through: the 403 response's schema must accept it, as the 401 and the 502 fallback do.
    for (const status of [401, 403, 502]) expect(validate(`Error${status}Envelope`, body), String(status)).toEqual([]);
    expect(validate('Error404Envelope', body)).not.toEqual([]);
    // The namespace's 4XX response lists it too.
    expect(validate('PlatformErrors4XXEnvelope', body)).toEqual([]);
  });
});

describe('openapi target: the 3.0 document is never stricter than the 3.1 one', () => {
  // A 3.0 schema may admit more than its 2020-12 source where 3.0 cannot say
  // something (a tuple's positions, a pattern's properties), never less: a
  // server validating with the 3.0 document would otherwise reject valid errors.
  const catalogs = [...Object.keys(FIXTURE_CATALOGS), 'shapes'];
  for (const name of catalogs) {
    it(`${name}: every example validates against the 3.0 schemas (3.0 semantics), as against the 3.1 ones`, () => {
      const model = name === 'shapes' ? shapes : models[name as keyof typeof FIXTURE_CATALOGS];
      const validate31 = compileDocument(render(model, '3.1').doc);
      const doc30 = render(model, '3.0').doc;
      const validate30 = compileDocument(doc30, '3.0');
      let checked = 0;
      for (const d of model.definitions) {
        const value = (doc30.components.examples[d.names.type] as { value: Json }).value;
        const targets: [string, unknown][] = isHttp(d)
          ? [
              ...[d.status!, ...(d.statusForwarding ? [d.statusForwarding.fallback, ...d.statusForwarding.statuses] : [])].map((s): [string, unknown] => [`Error${s}Envelope`, value]),
              [FIXED_NAMES.schemas.envelope, value],
              [FIXED_NAMES.schemas.anyEnvelope, value],
              [errorComponentNames(model).get(d.code)!, value.error],
            ]
          : [
              [errorComponentNames(model).get(d.code)!, value],
              [FIXED_NAMES.schemas.eventErrorObject, value],
            ];
        for (const [schemaName, data] of targets) {
          expect(validate31(schemaName, data), `3.1 ${schemaName} ${d.code}`).toEqual([]);
          expect(validate30(schemaName, data), `3.0 ${schemaName} ${d.code}`).toEqual([]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(model.definitions.length);
    });
  }

  // Given a 2020-12 meta schema, values it accepts (the 3.0 form must accept
  // them too) and values it rejects (the 3.0 form must still reject them: looser only where 3.0 has no words).
  const cases: { name: string; schema: Json; accepts: unknown[]; rejects: unknown[] }[] = [
    { name: 'closed tuple (items: false)', schema: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false, minItems: 2 }, accepts: [['a', 1]], rejects: [['a', 1, 2], ['a'], 'a'] },
    { name: 'closed tuple with a larger maxItems', schema: { type: 'array', prefixItems: [{ type: 'string' }], items: false, maxItems: 5 }, accepts: [[], ['a']], rejects: [['a', 'b']] },
    { name: 'open tuple', schema: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'boolean' } }, accepts: [['a'], ['a', true, false], []], rejects: [{}] },
    { name: 'typed enum with null', schema: { type: ['string', 'null'], enum: ['on', null] }, accepts: ['on', null], rejects: ['off', 1] },
    { name: 'single type with an enum listing null', schema: { type: 'string', enum: ['on', null] }, accepts: ['on'], rejects: ['off'] },
    { name: 'untyped enum with null', schema: { enum: [1, null] }, accepts: [1, null], rejects: [2, 'x'] },
    { name: 'const null', schema: { const: null }, accepts: [null], rejects: [0, ''] },
    { name: 'type null', schema: { type: 'null' }, accepts: [null], rejects: [0] },
    { name: 'type [null]', schema: { type: ['null'] }, accepts: [null], rejects: [0] },
    { name: 'nullable union', schema: { type: ['string', 'integer', 'null'] }, accepts: ['a', 1, null], rejects: [true, 1.5] },
    { name: 'union', schema: { type: ['string', 'integer'] }, accepts: ['a', 1], rejects: [null, true] },
    {
      name: 'patternProperties next to additionalProperties: false',
      schema: { type: 'object', additionalProperties: false, properties: { id: { type: 'string' } }, patternProperties: { '^x-': { type: 'string' } } },
      accepts: [{ id: 'a' }, { id: 'a', 'x-trace': 't' }],
      rejects: [{ id: 1 }],
    },
    {
      name: 'patternProperties next to an additionalProperties schema',
      schema: { type: 'object', additionalProperties: { type: 'integer' }, patternProperties: { '^x-': { type: 'string' } } },
      accepts: [{ n: 1, 'x-a': 's' }],
      rejects: [],
    },
    {
      name: '$defs, a $ref with a sibling, a numeric exclusive bound',
      schema: { type: 'object', $defs: { v: { type: 'integer', exclusiveMinimum: 0, minimum: -5 } }, properties: { v: { $ref: '#/$defs/v', description: 'V.' } } },
      accepts: [{ v: 1 }],
      rejects: [{ v: 0 }, { v: 'x' }],
    },
  ];
  for (const { name, schema, accepts, rejects } of cases) {
    it(name, () => {
      const validators = (['3.1', '3.0'] as const).map((version) => {
        const placed = placeSchema(schema, 'M', version);
        const doc = { openapi: version, components: { schemas: { M: placed.schema, ...Object.fromEntries(placed.hoisted) }, responses: {}, examples: {}, headers: {} } } as Doc;
        return [version, compileDocument(doc, version)] as const;
      });
      for (const [version, validate] of validators) {
        for (const value of accepts) expect(validate('M', value), `${version} accepts ${JSON.stringify(value)}`).toEqual([]);
        for (const value of rejects) expect(validate('M', value), `${version} rejects ${JSON.stringify(value)}`).not.toEqual([]);
      }
    });
  }

  it('marks every typed enum that lists null as nullable, and uses nullable only next to a type', () => {
    const schemas: Json[] = [];
    const collect = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach(collect);
      if (Array.isArray((value as Json).enum) || 'nullable' in value) schemas.push(value as Json);
      for (const [key, v] of Object.entries(value)) if (key !== 'x-errcat-json-schema' && key !== 'examples') collect(v);
    };
    collect(render(shapes, '3.0').doc.components.schemas);
    for (const schema of schemas.filter((s) => 'nullable' in s)) expect(typeof schema.type, JSON.stringify(schema)).toBe('string');
    const withNull = schemas.filter((s) => Array.isArray(s.enum) && s.enum.includes(null));
    expect(withNull.length).toBeGreaterThanOrEqual(4); // mode, level, nothing (const: null), only_null (type: null)
    // Without a type, null is admitted anyway, and 3.0.3 gives nullable no meaning there (ajv and Redocly refuse it).
    for (const schema of withNull) expect(schema.nullable, JSON.stringify(schema)).toBe(typeof schema.type === 'string' ? true : undefined);
    expect(placeSchema({ type: 'string', enum: ['on', null] }, 'M', '3.0').schema).toEqual({ type: 'string', enum: ['on', null], nullable: true });
  });

  it('says what it dropped under the extension, in 2020-12 terms', () => {
    const { schema } = placeSchema({ type: 'array', prefixItems: [{ type: 'string' }], items: false }, 'M', '3.0');
    expect(schema).toEqual({ type: 'array', items: {}, maxItems: 1, [UNSUPPORTED_30_EXTENSION]: { prefixItems: [{ type: 'string' }], items: { not: {} } } });
    const objects = placeSchema({ type: 'object', additionalProperties: false, patternProperties: { '^x-': { type: 'string' } } }, 'M', '3.0').schema;
    expect(objects).toEqual({ type: 'object', [UNSUPPORTED_30_EXTENSION]: { additionalProperties: false, patternProperties: { '^x-': { type: 'string' } } } });
  });
});

describe('openapi target: hostile text', () => {
  const hostile = 'Ends a comment */ | pipes | {braces} <b>tags</b> "double" \'single\' \u2028line sep\u2029para sep\u0085next line\n---\n# not a heading: key: value\n  indented\ttab & `code` ${x} \\ backslash yes null 404 ~ !!str *alias &anchor';

  it('keeps every description exactly through YAML and JSON', () => {
    const model = withDefinition(models.ledgerly, 'payment.declined', (d) => ({ ...d, description: hostile, example: { ...d.example, message: hostile } }));
    const hostileModel: CatalogModel = { ...model, envelope: { ...model.envelope, fields: { ...model.envelope.fields, message: hostile } }, title: `${model.title} */ \u2028 "x"` };
    for (const version of ['3.1', '3.0'] as const) {
      const { yaml, json, doc } = render(hostileModel, version);
      expect(JSON.parse(json)).toEqual(doc);
      // Descriptions are CommonMark: the text reads as written once rendered; data (the example's message) is exact.
      expect(readCommonMark(String((doc.components.examples.PaymentDeclined as Json).description))).toBe(plainTextShown(hostile));
      expect(((doc.components.examples.PaymentDeclined as Json).value as { error: Json }).error.message).toBe(hostile);
      expect(readCommonMark(String((doc.components.schemas.PaymentDeclinedError as Json).description))).toBe(plainTextShown(hostile));
      expect(readCommonMark(String((doc.components.schemas.ErrorMessage as Json).description))).toBe(plainTextShown(hostile));
      // YAML 1.1 parsers (PyYAML) read NEL, LS and PS as line breaks: they must only appear escaped.
      expect(yaml).not.toMatch(/[\u0085\u2028\u2029]/);
      expect(yaml).toContain('\\u2028');
      // The banner stays a comment however the title reads.
      expect(yaml.split('\n').slice(0, 2).every((line) => line.startsWith('#') || line === '')).toBe(true);
    }
  });

  it('quotes strings that YAML 1.1 readers would take for booleans, numbers or dates', () => {
    const tricky = ['yes', 'NO', 'on', 'Off', '1:20', '1_000', '010', '2001-12-14', '2001-12-14 21:59:43.10 -5', '<<', '=', '.5', 'y', 'plain text'];
    for (const text of tricky) {
      const model = withDefinition(models.ledgerly, 'payment.declined', (d) => ({ ...d, example: { ...d.example, message: text } }));
      const { yaml } = render(model, '3.1');
      // yaml's YAML 1.1 schema resolves the same implicit types as PyYAML.
      const read = parse(yaml, { version: '1.1' }) as { components: { examples: { PaymentDeclined: { value: { error: { message: unknown } } } } } };
      expect(read.components.examples.PaymentDeclined.value.error.message, text).toBe(text);
    }
  });

  it('keeps every catalog description of the fixtures exactly', () => {
    for (const model of Object.values(models)) {
      const { doc } = render(model, '3.1');
      for (const d of model.definitions) {
        expect(readCommonMark(String((doc.components.examples[d.names.type] as Json).description))).toBe(plainTextShown(d.description));
        expect(readCommonMark(String((doc.components.schemas[errorComponentNames(model).get(d.code)!] as Json).description)).startsWith(plainTextShown(d.description))).toBe(true);
        if (d.meta.kind === 'schema') {
          // A meta that is a shared schema as a whole has its properties on the shared schema's component.
          const props = (doc.components.schemas[d.meta.ref ?? `${d.names.type}Meta`] as { properties: Record<string, Json> }).properties;
          for (const p of d.meta.properties) {
            const description = props[p.name]!.description;
            expect(description === undefined ? null : readCommonMark(String(description))).toBe(p.description === null ? null : plainTextShown(p.description));
          }
        }
      }
      for (const ns of model.namespaces) {
        const response = Object.values(doc.components.responses).find((r) => readCommonMark(String(r.description)).startsWith(plainTextShown(`${ns.description} (namespace ${ns.name};`)));
        const hasHttp = model.definitions.some((d) => isHttp(d) && (d.namespace === ns.name || d.namespace.startsWith(`${ns.name}.`)));
        expect(response !== undefined, ns.name).toBe(hasHttp);
      }
    }
  });
});

describe('openapi target: component names', () => {
  it('refuses a name claimed twice', () => {
    const registry = new ComponentRegistry();
    registry.claim('schemas', 'AError', 'a.x');
    expect(() => registry.claim('schemas', 'AError', 'a.y')).toThrow(/both a\.x and a\.y/);
    expect(() => registry.claim('schemas', 'bad name', 'z')).toThrow(/not a valid component key/);
    expect(registry.claim('examples', 'AError', 'a.x')).toBe('AError'); // kinds are separate namespaces
  });

  it('fixed names cannot be produced by the per-code, per-status or per-namespace patterns', () => {
    // What each kind's generated names look like; examples are all per-code, headers all fixed.
    const generated: Record<keyof typeof FIXED_NAMES, RegExp[]> = {
      // Variants are named by wire codes, but only names nobody claimed (unions.ts asks the registry first).
      schemas: [/Error$/, /Meta$/, /\./, /^Error\d+Envelope$/, /ErrorsEnvelope$/, /Errors\dXXEnvelope$/],
      responses: [/^Error\d+$/, /Errors$/, /Errors\dXX$/],
    };
    for (const [kind, group] of Object.entries(FIXED_NAMES) as [keyof typeof FIXED_NAMES, Record<string, string>][]) {
      for (const name of Object.values(group)) {
        for (const pattern of generated[kind]) expect(pattern.test(name), `${kind}/${name} vs ${pattern}`).toBe(false);
      }
    }
  });

  it('a wire code that is another component\'s name turns the discriminator off instead of taking the name', () => {
    const model = models.ledgerly;
    const plain = model.definitions.find((d) => d.transport === 'http' && d.family === null && d.aliases.length === 0)!;
    // A custom code syntax may write a code like errcat's fixed ErrorObject.
    const clash: CatalogModel = {
      ...withDefinition(model, plain.code, (d) => ({ ...d, code: 'ErrorObject', example: { ...d.example, code: 'ErrorObject' } })),
      wireCodes: model.wireCodes.map((w) => (w.definition === plain.code ? { ...w, code: 'ErrorObject', definition: 'ErrorObject' } : w)),
    };
    const doc = buildOpenApiDocument(clash, '3.1') as unknown as Doc;
    expect(doc.components.schemas.ErrorObject).toMatchObject({ description: expect.stringContaining('whatever its code') });
    const union = (doc.components.schemas.AnyErrorEnvelope as { properties: { error: Json } }).properties.error;
    expect(union.discriminator).toBeUndefined();
    expect(unionCodes(doc, union, 'code')).toContain('ErrorObject');
    // The catalog as it is: discriminated.
    expect((buildOpenApiDocument(model, '3.1') as unknown as Doc).components.schemas.AnyErrorEnvelope).toMatchObject({ properties: { error: { discriminator: { propertyName: 'code' } } } });
  });

  it('fails loudly when two definitions derive the same component name', () => {
    const model = models.ledgerly;
    const [first, second] = model.definitions;
    const clash = withDefinition(model, second!.code, (d) => ({ ...d, names: { ...d.names, type: first!.names.type } }));
    expect(() => buildOpenApiDocument(clash, '3.1')).toThrow(/would be used by both/);
  });

  // The target names one response per namespace from the namespace's derived
  // name, and its registry throws on a clash only as an invariant check: a
  // catalog whose namespaces derive one name (pub.del and pub_del, both PubDel)
  // must be stopped by the validator with a diagnostic, before any target runs.
  it('a catalog whose namespaces derive the same component name is rejected by the validator (name-collision)', async () => {
    const catalogDir = path.join(ROOT, 'test/fixtures/openapi-namespace-collision/catalog');
    const { diagnostics, model } = await checkCatalog(optionsFor(catalogDir));
    expect(model).toBeNull();
    const collisions = diagnostics.filter((d) => d.rule === 'name-collision');
    expect(collisions.length, JSON.stringify(diagnostics)).toBeGreaterThan(0);
    // Reported at one of the two namespace keys (pub.del on line 21, pub_del on line 24).
    for (const d of collisions) {
      expect(path.basename(d.file)).toBe('catalog.yaml');
      expect([21, 24]).toContain(d.line);
    }
  });

  it('is registered and renders through the pipeline options', async () => {
    const { TARGETS } = await import('../generators/targets/index.js');
    expect(TARGETS).toContain(openapiTarget);
    const files = await openapiTarget.render(models.ledgerly, { ...DEFAULT_OPTIONS, openapi: { version: '3.0' } });
    expect(parse(files[0]!.contents).openapi).toBe('3.0.3');
  });
});

/** A copy of the model with one definition replaced. */
function withDefinition(model: CatalogModel, code: string, change: (d: ErrorDefinition) => ErrorDefinition): CatalogModel {
  expect(model.definitions.some((d) => d.code === code)).toBe(true);
  return { ...model, definitions: model.definitions.map((d) => (d.code === code ? change(d) : d)) };
}

/**
 * Compiles the document once; returns a validator of data against a component schema, giving ajv's errors.
 * A 3.0 document is validated with 3.0 semantics: its schemas are first read as the JSON Schema they mean ({@link schemaFrom30}).
 */
function compileDocument(doc: Doc, dialect: '3.1' | '3.0' = '3.1'): (schemaName: string, data: unknown) => string[] {
  // strict: false, because OpenAPI keywords (discriminator, externalDocs, x-…) are not JSON Schema's.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const id = 'https://errcat.invalid/openapi.json';
  const schemas = dialect === '3.0' ? Object.fromEntries(Object.entries(doc.components.schemas).map(([k, v]) => [k, schemaFrom30(v)])) : doc.components.schemas;
  ajv.addSchema({ ...doc, components: { ...doc.components, schemas }, $id: id });
  const cache = new Map<string, ReturnType<typeof ajv.compile>>();
  return (schemaName, data) => {
    let validate = cache.get(schemaName);
    if (!validate) cache.set(schemaName, (validate = ajv.compile({ $ref: `${id}#/components/schemas/${schemaName}` })));
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

/**
 * An OpenAPI 3.0 Schema Object as the JSON Schema 2020-12 it means (3.0.3
 * §4.7.24), so ajv checks what a 3.0 validator would: `nullable: true` adds
 * null to the `type` of its own object and does nothing without one; boolean
 * exclusiveMinimum/Maximum qualify minimum/maximum; siblings of `$ref` are
 * ignored; extensions are not validated.
 */
function schemaFrom30(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const s = schema as Json;
  if (typeof s.$ref === 'string') return { $ref: s.$ref };
  const out: Json = {};
  for (const [key, value] of Object.entries(s)) {
    if (key.startsWith('x-') || key === 'nullable' || key === 'exclusiveMinimum' || key === 'exclusiveMaximum') continue;
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, schemaFrom30(v)]));
    else if (key === 'items' || key === 'not' || (key === 'additionalProperties' && typeof value === 'object')) out[key] = schemaFrom30(value);
    else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') out[key] = (value as unknown[]).map(schemaFrom30);
    else out[key] = value;
  }
  if (s.nullable === true && typeof s.type === 'string') out.type = [s.type, 'null'];
  for (const [exclusive, inclusive] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (s[exclusive] === true && typeof s[inclusive] === 'number') {
      out[exclusive] = s[inclusive];
      delete out[inclusive];
    }
  }
  return out;
}
