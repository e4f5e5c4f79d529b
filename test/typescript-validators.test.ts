/**
 * The generated runtime checks of meta, where the catalog's schemas are
 * shared (issue 11, with issue 9's `schemas:`): a meta that is, or holds,
 * `$ref: '#/schemas/<Name>'` is checked through the shared schema, each
 * shared schema's checks are printed once however many codes use it, and a
 * bad value inside one fails `checkErrorEnvelope` with its path. Run on the
 * gRPC fixture (google.rpc ErrorInfo, BadRequest, ResourceInfo), compiled
 * by errcat and imported by Node.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputFile } from '../generators/output.js';
import { renderTargets } from '../generators/pipeline.js';
import { typescriptTarget } from '../generators/targets/typescript.js';
import { FIXTURE_CATALOGS, loadModel, optionsFor } from './helpers.js';

interface Runtime {
  checkErrorEnvelope(value: unknown): { ok: boolean; known?: boolean; path?: string; reason?: string };
  validateMeta(code: string, meta: unknown, options?: { strict?: boolean }): readonly { path: readonly (string | number)[]; message: string }[];
}

let tmp: string;
let files: OutputFile[];
let grpc: Runtime;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-validators-'));
  files = await renderTargets(await loadModel(FIXTURE_CATALOGS.grpc), [typescriptTarget], optionsFor(FIXTURE_CATALOGS.grpc));
  for (const f of files) {
    await mkdir(path.dirname(path.join(tmp, f.path)), { recursive: true });
    await writeFile(path.join(tmp, f.path), f.contents);
  }
  grpc = (await import(pathToFileURL(path.join(tmp, 'typescript/dist/index.js')).href)) as Runtime;
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const body = (code: string, meta: unknown) => ({ error: { code, message: 'm', meta }, request_id: 'r' });

describe('meta that follows shared schemas', () => {
  it.each([
    // The meta is a shared schema as a whole.
    ['PERMISSION_DENIED', { reason: 'IAM_PERMISSION_DENIED', domain: 5 }, 'error.meta.domain'],
    ['PERMISSION_DENIED', { reason: 'lower_case', domain: 'library.example.com' }, 'error.meta.reason'],
    ['UNAUTHENTICATED', { reason: 'CREDENTIALS_MISSING' }, 'error.meta.domain'],
    ['UNAUTHENTICATED', { reason: 'CREDENTIALS_MISSING', domain: 'd', metadata: { service: 1 } }, 'error.meta.metadata.service'],
    // A shared schema that holds a list of another one.
    ['INVALID_ARGUMENT', { field_violations: [] }, 'error.meta.field_violations'],
    ['INVALID_ARGUMENT', { field_violations: [{ field: 'name', description: 'd' }, { field: 7, description: 'd' }] }, 'error.meta.field_violations[1].field'],
    // A property of an inline meta that is a shared schema.
    ['NOT_FOUND', { resource: { resource_type: 'book' } }, 'error.meta.resource.resource_name'],
  ])('%s with %j fails at %s', (code, meta, where) => {
    const checked = grpc.checkErrorEnvelope(body(code, meta));
    expect(checked.ok).toBe(false);
    expect(checked.path).toBe(where);
  });

  it('accepts every example, and a newer server\'s extra properties inside a shared schema (the client view), which the strict view refuses', () => {
    expect(grpc.checkErrorEnvelope(body('PERMISSION_DENIED', { reason: 'IAM_PERMISSION_DENIED', domain: 'library.example.com', metadata: { service: 'library' } }))).toMatchObject({ ok: true, known: true });
    expect(grpc.checkErrorEnvelope(body('INVALID_ARGUMENT', { field_violations: [{ field: 'name', description: 'd', newer: true }] }))).toMatchObject({ ok: true, known: true });
    expect(grpc.validateMeta('INVALID_ARGUMENT', { field_violations: [{ field: 'name', description: 'd', newer: true }] }, { strict: true })).toEqual([
      { path: ['field_violations', 0, 'newer'], message: expect.any(String) },
    ]);
  });

  it('prints each shared schema\'s checks once, however many codes use it', () => {
    const validate = files.find((f) => f.path === 'typescript/src/validate.ts')!.contents;
    // RpcErrorInfo's reason pattern: PERMISSION_DENIED and UNAUTHENTICATED both use the schema, the data holds it once.
    expect(validate.split('/^[A-Z][A-Z0-9_]+[A-Z0-9]$/u').length - 1).toBe(1);
    expect(validate).toContain("shared: 'RpcErrorInfo'");
  });
});
