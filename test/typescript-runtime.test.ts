/**
 * The generated package's runtime as its users meet it (issue 11): meta
 * patterns printed as RegExp literals that mean what the catalog wrote
 * (read back with the TypeScript scanner), ApiError across two installed
 * copies, `fromResponse` with a real fetch Response, `toResponse` through a
 * real Fastify error handler, and the Standard Schema validators through a
 * real consumer (Hono's standard validator).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sValidator } from '@hono/standard-validator';
import Fastify from 'fastify';
import { Hono } from 'hono';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tsRegExp } from '../generators/escape/typescript.js';
import type { OutputFile } from '../generators/output.js';
import { renderTargets } from '../generators/pipeline.js';
import { typescriptTarget } from '../generators/targets/typescript.js';
import { FIXTURE_CATALOGS, loadModel, optionsFor, ROOT } from './helpers.js';

interface ApiErrorLike extends Error {
  readonly code: string;
  readonly status: number | null;
  readonly meta: unknown;
  readonly requestId: string | null;
  toEnvelope(options?: { requestId?: string }): unknown;
  toResponse(options?: { requestId?: string }): { status: number; headers: Record<string, string>; body: unknown };
  toJSON(): unknown;
}

interface Runtime {
  ApiError: (new (code: string, init: Record<string, unknown>) => ApiErrorLike) & {
    isApiError(value: unknown): value is ApiErrorLike;
    fromResponse(response: Response): Promise<ApiErrorLike>;
  };
  checkErrorEnvelope(value: unknown): { ok: boolean; known?: boolean; path?: string };
  familyParameter(code: string, family: string): string | undefined;
  getErrorInfo(code: string): { code: string } | undefined;
  errorEnvelopeSchema: Parameters<typeof sValidator>[1];
  metaSchema(code: string, options?: { strict?: boolean }): { '~standard': { validate(value: unknown): { value?: unknown; issues?: { path: unknown[]; message: string }[] } } };
}

let tmp: string;
let files: OutputFile[];

async function install(name: string): Promise<Runtime> {
  const dir = path.join(tmp, name);
  for (const f of files) {
    await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
    await writeFile(path.join(dir, f.path), f.contents);
  }
  return (await import(pathToFileURL(path.join(dir, 'typescript/dist/index.js')).href)) as Runtime;
}

let a: Runtime;
let b: Runtime;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-runtime-'));
  const dir = path.join(ROOT, 'catalog');
  files = await renderTargets(await loadModel(dir), [typescriptTarget], optionsFor(dir));
  a = await install('copy-a');
  b = await install('copy-b');
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('meta patterns as RegExp literals', () => {
  const hostile = ['^a/b$', '^[/]+$', '^\\/x$', 'a\nb', '^x\u202ey$', 'a\tb', '', '^\\u{1F600}$', '[\\]/]', '^(?:a|b)/*$'];
  it.each(hostile.map((p) => [JSON.stringify(p), p] as const))('%s reads back as one literal with the same matches and no raw unsafe character', (_name, pattern) => {
    const literal = tsRegExp(pattern);
    const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, literal);
    expect(scanner.scan()).toBe(ts.SyntaxKind.SlashToken);
    expect(scanner.reScanSlashToken()).toBe(ts.SyntaxKind.RegularExpressionLiteral);
    expect(scanner.getTokenText()).toBe(literal);
    expect(scanner.scan()).toBe(ts.SyntaxKind.EndOfFileToken);
    expect(literal).not.toMatch(/[\n\r\t\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    const read = new Function(`return ${literal};`)() as RegExp;
    const original = new RegExp(pattern, 'u');
    for (const sample of ['a/b', '/', '//', '/x', 'a\nb', 'x\u202ey', 'a\tb', '', '\u{1F600}', ']', 'a///', 'b/']) {
      expect(read.test(sample), `${literal} on ${JSON.stringify(sample)}`).toBe(original.test(sample));
    }
  });
});

describe('ApiError as users meet it', () => {
  it('is recognized across two installed copies of the package, where instanceof is not', () => {
    const error = new a.ApiError('billing.post_limit', { message: 'limit', requestId: 'r1', meta: { plan: 'free', max: 30 } });
    expect(error instanceof b.ApiError).toBe(false);
    expect(b.ApiError.isApiError(error)).toBe(true);
    expect(a.ApiError.isApiError(new Error('x'))).toBe(false);
    expect(a.ApiError.isApiError({ code: 'billing.post_limit' })).toBe(false);
  });

  it('prints its code, keeps a log shape apart from the wire shape, and reads a fetch Response', async () => {
    const error = new a.ApiError('billing.post_limit', { message: 'limit', requestId: 'r1', meta: { plan: 'free', max: 30 } });
    expect(String(error)).toBe('ApiError [billing.post_limit]: limit');
    expect(error.toEnvelope()).toEqual({ error: { code: 'billing.post_limit', message: 'limit', meta: { plan: 'free', max: 30 } }, request_id: 'r1' });
    expect(error.toJSON()).toMatchObject({ name: 'ApiError', code: 'billing.post_limit', status: 429, requestId: 'r1' });
    const body = { error: { code: 'billing.some_new_limit', message: 'newer' }, request_id: 'r2' };
    const newer = await a.ApiError.fromResponse(new Response(JSON.stringify(body), { status: 429, headers: { 'content-type': 'application/json' } }));
    expect([newer.code, newer.status, newer.requestId, newer.message]).toEqual(['billing.some_new_limit', 429, 'r2', 'newer']);
    await expect(a.ApiError.fromResponse(new Response('<html>Bad gateway</html>', { status: 502 }))).rejects.toThrow(/502.*not JSON/);
    await expect(a.ApiError.fromResponse(new Response(JSON.stringify({ error: { code: 'billing.post_limit', message: 'm', meta: { plan: 5, max: 1 } }, request_id: 'r' }), { status: 429 }))).rejects.toThrow(/error\.meta\.plan/);
  });

  it('is sent as the catalog\'s error body by a real Fastify error handler (the default handler sends no envelope)', async () => {
    const app = Fastify();
    app.get('/plain', async () => {
      throw new a.ApiError('billing.post_limit', { message: 'limit', meta: { plan: 'free', max: 30 } });
    });
    await app.register(async (scoped) => {
      scoped.setErrorHandler((error, request, reply) => {
        if (!a.ApiError.isApiError(error)) throw error;
        const { status, headers, body } = error.toResponse({ requestId: String(request.id) });
        void reply.code(status).headers(headers).send(body);
      });
      scoped.get('/handled', async () => {
        throw new a.ApiError('billing.post_limit', { message: 'limit', meta: { plan: 'free', max: 30 } });
      });
    });
    const plain = await app.inject({ method: 'GET', url: '/plain' });
    expect(a.checkErrorEnvelope(plain.json()).ok).toBe(false);
    const handled = await app.inject({ method: 'GET', url: '/handled' });
    expect(handled.statusCode).toBe(429);
    expect(handled.headers['content-type']).toMatch(/^application\/json/);
    expect(handled.headers['x-request-id']).toBe(handled.json().request_id);
    expect(handled.json()).toEqual({ error: { code: 'billing.post_limit', message: 'limit', meta: { plan: 'free', max: 30 } }, request_id: handled.headers['x-request-id'] });
    expect(b.checkErrorEnvelope(handled.json())).toMatchObject({ ok: true, known: true });
    await app.close();
  });
});

describe('families and catalog data', () => {
  it('familyParameter reads the parameter of a family\'s code, and nothing from another code', () => {
    expect(a.familyParameter('platform.tiktok.auth', 'platform.{platform}.auth')).toBe('tiktok');
    expect(a.familyParameter('platform.twitter.rate_limit', 'platform.{platform}.rate_limit')).toBe('twitter');
    expect(a.familyParameter('platform.tiktok.auth', 'platform.{platform}.rate_limit')).toBeUndefined();
    expect(a.familyParameter('billing.post_limit', 'platform.{platform}.auth')).toBeUndefined();
    expect(a.familyParameter('platform.myspace.auth', 'platform.{platform}.auth')).toBeUndefined();
    expect(a.getErrorInfo('billing.post_limit')?.code).toBe('billing.post_limit');
  });
});

describe('Standard Schema v1', () => {
  it('validates meta by the spec\'s protocol: issues with paths, or the value; strict for producers', () => {
    const schema = a.metaSchema('billing.post_limit');
    expect(schema['~standard']).toMatchObject({ version: 1, vendor: 'errcat' });
    expect(schema['~standard'].validate({ plan: 'free', max: 30 })).toEqual({ value: { plan: 'free', max: 30 } });
    expect(schema['~standard'].validate({ plan: 'free', max: 'x' }).issues).toEqual([{ path: ['max'], message: expect.any(String) }]);
    expect(schema['~standard'].validate({ plan: 'free', max: 30, newer: true }).issues).toBeUndefined();
    expect(a.metaSchema('billing.post_limit', { strict: true })['~standard'].validate({ plan: 'free', max: 30, newer: true }).issues).toEqual([{ path: ['newer'], message: expect.any(String) }]);
  });

  it('plugs into a real consumer: Hono\'s standard validator accepts envelopes and refuses wrong meta with the path', async () => {
    const app = new Hono();
    app.post('/errors', sValidator('json', a.errorEnvelopeSchema), (c) => c.json({ received: true }));
    const post = (body: unknown) => app.request('/errors', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    expect((await post({ error: { code: 'billing.post_limit', message: 'm', meta: { plan: 'free', max: 1 } }, request_id: 'r' })).status).toBe(200);
    expect((await post({ error: { code: 'billing.newer_code', message: 'm' }, request_id: 'r' })).status).toBe(200);
    const refused = await post({ error: { code: 'billing.post_limit', message: 'm', meta: { domain: 5 } }, request_id: 'r' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('"meta"');
  });
});

describe('a body whose member names are Object.prototype\'s (constructor, toString, valueOf, hasOwnProperty)', () => {
  let c: Runtime & {
    createErrorEnvelope(code: string, init: Record<string, unknown>): Record<string, unknown>;
    checkErrorEnvelope(value: unknown): { ok: boolean; known?: boolean; path?: string; reason?: string };
  };
  beforeAll(async () => {
    const dir = path.join(tmp, 'proto-members/catalog');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, 'catalog.yaml'),
      [
        'catalog:',
        '  id: protos',
        '  title: Protos',
        '  version: 1.0.0',
        '  package: { name: protos-errors }',
        '  envelope:',
        '    body:',
        '      error_member: hasOwnProperty',
        '      members:',
        '        - { name: constructor, value: code }',
        '        - { name: toString, value: message }',
        '        - { name: valueOf, value: instance, required: false }',
        '        - { name: isPrototypeOf, value: meta }',
        '      envelope_members:',
        '        - { name: propertyIsEnumerable, value: request_id, required: false }',
        'namespaces:',
        '  thing: { description: Things. }',
        'codes:',
        '  thing.missing:',
        '    status: 404',
        '    description: The thing does not exist.',
        '    meta: { type: object, properties: { id: { type: string, description: Its id. } } }',
        '    example: { message: No such thing., meta: { id: t1 } }',
        '',
      ].join('\n'),
    );
    files = await renderTargets(await loadModel(dir), [typescriptTarget], optionsFor(dir));
    c = (await install('proto-members')) as typeof c;
  }, 120_000);

  it('builds them as own members, and checks a body without the optional ones as an error body', () => {
    const built = c.createErrorEnvelope('thing.missing', { message: 'gone', requestId: 'r1', meta: { id: 't1' } });
    expect(JSON.parse(JSON.stringify(built))).toEqual({ hasOwnProperty: { constructor: 'thing.missing', toString: 'gone', isPrototypeOf: { id: 't1' } }, propertyIsEnumerable: 'r1' });
    expect(c.checkErrorEnvelope(JSON.parse(JSON.stringify(built)))).toMatchObject({ ok: true, known: true });
    // Absent optional members are absent, not Object.prototype's functions.
    expect(c.checkErrorEnvelope({ hasOwnProperty: { constructor: 'thing.missing', toString: 'gone' } })).toMatchObject({ ok: true, known: true });
    expect(c.checkErrorEnvelope({ hasOwnProperty: { toString: 'gone' } })).toMatchObject({ ok: false, path: 'hasOwnProperty.constructor', reason: 'expected a string, got undefined' });
    expect(c.checkErrorEnvelope({})).toMatchObject({ ok: false, path: 'hasOwnProperty' });
  });

  it('reads a response without a request id as having none', async () => {
    const body = { hasOwnProperty: { constructor: 'thing.missing', toString: 'gone' } };
    const error = await c.ApiError.fromResponse(new Response(JSON.stringify(body), { status: 404 }));
    expect([error.code, error.message, error.requestId, error.status]).toEqual(['thing.missing', 'gone', null, 404]);
  });
});

describe('shared meta schemas at run time', () => {
  it('checks meta that is a shared schema, or refers to one in a property or list, against that schema (grpc fixture)', async () => {
    const rendered = renderTargets(await loadModel(FIXTURE_CATALOGS.grpc), [typescriptTarget], optionsFor(FIXTURE_CATALOGS.grpc));
    const dir = path.join(tmp, 'grpc');
    for (const f of await rendered) {
      await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
      await writeFile(path.join(dir, f.path), f.contents);
    }
    const grpc = (await import(pathToFileURL(path.join(dir, 'typescript/dist/index.js')).href)) as { validateMeta(code: string, meta: unknown, options?: { strict?: boolean }): { path: unknown[] }[] };
    // The meta is RpcErrorInfo itself.
    expect(grpc.validateMeta('PERMISSION_DENIED', { reason: 'IAM_DENIED', domain: 'example.com' })).toEqual([]);
    expect(grpc.validateMeta('PERMISSION_DENIED', { reason: 5, domain: 'example.com' }).map((i) => i.path)).toEqual([['reason']]);
    expect(grpc.validateMeta('PERMISSION_DENIED', { domain: 'example.com' }).map((i) => i.path)).toEqual([['reason']]);
    // A property is ResourceInfo; a list holds FieldViolation through BadRequest.
    expect(grpc.validateMeta('NOT_FOUND', { resource: { resource_type: 'book' } }).map((i) => i.path)).toEqual([['resource', 'resource_name']]);
    expect(grpc.validateMeta('INVALID_ARGUMENT', { field_violations: [{ field: 'name', description: 7 }] }).map((i) => i.path)).toEqual([['field_violations', 0, 'description']]);
    // Closed shared schemas are the producer's promise: the strict view refuses what they do not list.
    expect(grpc.validateMeta('PERMISSION_DENIED', { reason: 'IAM_DENIED', domain: 'example.com', newer: 1 }, { strict: true }).map((i) => i.path)).toEqual([['newer']]);
  });
});
