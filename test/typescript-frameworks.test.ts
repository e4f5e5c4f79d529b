/**
 * The package README's error handlers, run in the real frameworks (issue
 * 11): the Fastify, Express and Hono snippets of "Sending an error
 * response" are read out of the generated README (its one js block, parsed
 * as Markdown), installed as written into an app of each framework, and
 * the wire response is asserted: status, headers with the request ID, and
 * a body that is the catalog's declared envelope and passes the package's
 * own `checkErrorEnvelope`. A thrown error that is no ApiError is sent as
 * the catalog's internal error too, never as the framework's own body.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputFile } from '../generators/output.js';
import { renderTargets } from '../generators/pipeline.js';
import { typescriptTarget } from '../generators/targets/typescript.js';
import { loadModel, optionsFor, ROOT } from './helpers.js';
import { parseMarkdown, type MdNode } from './markdown-ast.js';

interface Runtime {
  ApiError: new (code: string, init: Record<string, unknown>) => Error;
  checkErrorEnvelope(value: unknown): { ok: boolean; known?: boolean; path?: string; reason?: string };
}

let tmp: string;
let files: OutputFile[];
let pkg: Runtime;
/** The README's handler for each framework, as a function of the app (its imports given). */
const handlers = new Map<string, (app: unknown) => void>();

/** The code blocks of a Markdown document, with their language. */
function codeBlocks(node: MdNode): { lang: string | null; value: string }[] {
  if (node.type === 'code') return [{ lang: (node as MdNode & { lang?: string | null }).lang ?? null, value: (node as MdNode & { value: string }).value }];
  return (node.children ?? []).flatMap(codeBlocks);
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-frameworks-'));
  const dir = path.join(ROOT, 'catalog');
  files = await renderTargets(await loadModel(dir), [typescriptTarget], optionsFor(dir));
  for (const f of files) {
    await mkdir(path.dirname(path.join(tmp, f.path)), { recursive: true });
    await writeFile(path.join(tmp, f.path), f.contents);
  }
  pkg = (await import(pathToFileURL(path.join(tmp, 'typescript/dist/index.js')).href)) as Runtime;
  const readme = files.find((f) => f.path === 'typescript/README.md')!.contents;
  const [block, ...others] = codeBlocks(parseMarkdown(readme)).filter((b) => b.lang === 'js' && b.value.includes('toResponse'));
  expect(others).toEqual([]);
  const lines = block!.value.split('\n');
  // Its imports, exactly: what the Function below is given in their place.
  expect(lines.slice(0, 2)).toEqual(["import { randomUUID } from 'node:crypto';", "import { ApiError } from '@socialapi/errors';"]);
  const starts = ['Fastify', 'Express', 'Hono'].map((name) => lines.findIndex((l) => l.startsWith(`// ${name}`)));
  expect(starts.every((s) => s > 2)).toBe(true);
  const shared = lines.slice(2, starts[0]).join('\n');
  ['fastify', 'express', 'hono'].forEach((name, i) => {
    const part = lines.slice(starts[i], starts[i + 1]).join('\n');
    const install = new Function('app', 'ApiError', 'randomUUID', `${shared}\n${part}`) as (app: unknown, a: unknown, r: unknown) => void;
    handlers.set(name, (app) => install(app, pkg.ApiError, randomUUID));
  });
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const LIMIT = { message: 'limit', meta: { plan: 'free', max: 30 } };

/** What every framework must send for a thrown ApiError: its status, media type, request ID and the declared body. */
function expectEnvelope(status: number, headers: Record<string, string | undefined>, body: unknown, want: { status: number; code: string; requestId?: string }): void {
  expect(status).toBe(want.status);
  expect(headers['content-type']).toMatch(/^application\/json/);
  const requestId = headers['x-request-id'];
  expect(requestId).toMatch(/\S/);
  if (want.requestId !== undefined) expect(requestId).toBe(want.requestId);
  expect(body).toMatchObject({ error: { code: want.code }, request_id: requestId });
  expect(pkg.checkErrorEnvelope(body)).toMatchObject({ ok: true, known: true });
}

describe('the README error handlers, in the real frameworks', () => {
  it('Fastify: an ApiError and an unexpected error are both the catalog\'s envelope (the default handler sends no envelope)', async () => {
    const plain = Fastify();
    plain.get('/x', async () => {
      throw new pkg.ApiError('billing.post_limit', LIMIT);
    });
    expect(pkg.checkErrorEnvelope((await plain.inject({ method: 'GET', url: '/x' })).json()).ok).toBe(false);
    await plain.close();

    const app = Fastify();
    handlers.get('fastify')!(app);
    app.get('/limit', async () => {
      throw new pkg.ApiError('billing.post_limit', LIMIT);
    });
    app.get('/crash', async () => {
      throw new Error('boom');
    });
    const limit = await app.inject({ method: 'GET', url: '/limit' });
    expectEnvelope(limit.statusCode, limit.headers as Record<string, string>, limit.json(), { status: 429, code: 'billing.post_limit' });
    expect(limit.json()).toEqual({ error: { code: 'billing.post_limit', message: 'limit', meta: { plan: 'free', max: 30 } }, request_id: limit.headers['x-request-id'] });
    const crash = await app.inject({ method: 'GET', url: '/crash' });
    expectEnvelope(crash.statusCode, crash.headers as Record<string, string>, crash.json(), { status: 500, code: 'system.internal' });
    await app.close();
  });

  it('Express: the error middleware sends the envelope, with the caller\'s request ID or a new one', async () => {
    const app = express();
    app.get('/limit', () => {
      throw new pkg.ApiError('billing.post_limit', LIMIT);
    });
    app.get('/crash', () => {
      throw new Error('boom');
    });
    handlers.get('express')!(app);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    try {
      const get = async (url: string, headers: Record<string, string> = {}) => {
        const response = await fetch(`http://127.0.0.1:${port}${url}`, { headers });
        return { status: response.status, headers: Object.fromEntries(response.headers), body: (await response.json()) as unknown };
      };
      const limit = await get('/limit', { 'x-request-id': 'req-from-caller' });
      expectEnvelope(limit.status, limit.headers, limit.body, { status: 429, code: 'billing.post_limit', requestId: 'req-from-caller' });
      expect(limit.body).toEqual({ error: { code: 'billing.post_limit', message: 'limit', meta: { plan: 'free', max: 30 } }, request_id: 'req-from-caller' });
      const crash = await get('/crash');
      expectEnvelope(crash.status, crash.headers, crash.body, { status: 500, code: 'system.internal' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('Hono: onError sends the envelope, with the caller\'s request ID or a new one', async () => {
    const app = new Hono();
    handlers.get('hono')!(app);
    app.get('/limit', () => {
      throw new pkg.ApiError('billing.post_limit', LIMIT);
    });
    app.get('/crash', () => {
      throw new Error('boom');
    });
    const read = async (response: Response) => ({ status: response.status, headers: Object.fromEntries(response.headers), body: (await response.json()) as unknown });
    const limit = await read(await app.request('/limit', { headers: { 'x-request-id': 'req-from-caller' } }));
    expectEnvelope(limit.status, limit.headers, limit.body, { status: 429, code: 'billing.post_limit', requestId: 'req-from-caller' });
    expect(limit.body).toEqual({ error: { code: 'billing.post_limit', message: 'limit', meta: { plan: 'free', max: 30 } }, request_id: 'req-from-caller' });
    const crash = await read(await app.request('/crash'));
    expectEnvelope(crash.status, crash.headers, crash.body, { status: 500, code: 'system.internal' });
  });
});
