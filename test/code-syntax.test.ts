/**
 * Catalogs in their own code syntax (issue 9): names derived per syntax,
 * namespaces derived or named, and for each of the four fixtures a strict
 * consumer that switches on codes and narrows meta. The real-tool checks
 * (Redocly, openapi-typescript, markdownlint, MDX, strict package compile)
 * run on the same fixtures through FIXTURE_CATALOGS in the target tests.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCodeSyntax } from '../generators/code-syntax.js';
import { deriveNames } from '../generators/names.js';
import { typescriptTarget } from '../generators/targets/typescript.js';
import { FIXTURE_CATALOGS, loadModel, renderCatalog } from './helpers.js';
import { STRICT } from './strict-ts.js';

const vendor = resolveCodeSyntax({ description: 'd', separator: '-' });
const slash = resolveCodeSyntax({ description: 'd', separator: '/' });
const sqlstate = resolveCodeSyntax({ description: 'd', prefix_length: 2, name_prefix: 'Sqlstate' });
const explicit = resolveCodeSyntax({ description: 'd', anchor_prefix: 'error-' });

describe('derived names in each syntax', () => {
  it.each([
    ['auth.oauth.invalid_client', undefined, 'AUTH_OAUTH_INVALID_CLIENT', 'AuthOauthInvalidClient', 'auth-oauth-invalid_client'],
    ['platform.{platform}.auth', undefined, 'PLATFORM_AUTH', 'PlatformAuth', 'platform-auth'],
    ['SNYK-CLI-0001', vendor, 'SNYK_CLI_0001', 'SnykCli0001', 'snyk-cli-0001'],
    ['SNYK-OS-{ecosystem}-0001', vendor, 'SNYK_OS_0001', 'SnykOs0001', 'snyk-os-0001'],
    ['auth/invalid-email', slash, 'AUTH_INVALID_EMAIL', 'AuthInvalidEmail', 'auth-invalid-email'],
    ['23505', sqlstate, 'SQLSTATE_23505', 'Sqlstate23505', '23505'],
    ['42P01', sqlstate, 'SQLSTATE_42_P01', 'Sqlstate42P01', '42p01'],
    ['NOT_FOUND', explicit, 'NOT_FOUND', 'NotFound', 'error-not_found'],
    ['ResourceNotFound', explicit, 'RESOURCE_NOT_FOUND', 'ResourceNotFound', 'error-resourcenotfound'],
    ['HTTPError', explicit, 'HTTP_ERROR', 'HttpError', 'error-httperror'],
  ] as const)('%s', (code, syntax, constant, type, anchor) => {
    expect(deriveNames(code, syntax)).toEqual({ constant, type, anchor });
  });
});

describe('the four fixtures', () => {
  it('derive namespaces by separator, by prefix, or take the one each code names; a class code is in its own class', async () => {
    const ns = async (name: keyof typeof FIXTURE_CATALOGS) => Object.fromEntries((await loadModel(FIXTURE_CATALOGS[name])).definitions.map((d) => [d.code, d.namespace]));
    expect(await ns('vendor-dashed')).toMatchObject({ 'SNYK-CLI-0001': 'SNYK-CLI', 'SNYK-0003': 'SNYK', 'SNYK-OS-{ecosystem}-0001': 'SNYK-OS', 'PR-FAILURES-0001': 'PR-FAILURES' });
    expect(await ns('sqlstate')).toMatchObject({ '23000': '23', '23505': '23', '42P01': '42', '08006': '08' });
    expect(await ns('grpc')).toMatchObject({ NOT_FOUND: 'client', UNAVAILABLE: 'server' });
    // grpc names its namespaces once per file (a top-level namespace:), never per code, so every real-tool run over the fixtures covers that form.
    for (const [file, namespace] of [['client', 'client'], ['server', 'server']]) {
      const text = await readFile(path.join(FIXTURE_CATALOGS.grpc, `codes/${file}.yaml`), 'utf8');
      expect(text).toMatch(new RegExp(`^namespace: ${namespace}$`, 'm'));
      expect(text).not.toMatch(/^ +namespace:/m);
    }
    expect(await ns('slash-codes')).toMatchObject({ 'auth/invalid-email': 'auth', 'storage/quota-exceeded': 'storage' });
    const vendorModel = await loadModel(FIXTURE_CATALOGS['vendor-dashed']);
    expect(vendorModel.namespaces.find((n) => n.name === 'SNYK-CLI')).toMatchObject({ parents: ['SNYK'], typeName: 'SnykCli', wildcard: 'SNYK-CLI-*' });
    expect(vendorModel.wireCodes.map((w) => w.code)).toContain('SNYK-OS-MAVEN-0001');
  });

  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-syntax-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  // A consumer per fixture: switch on codes, narrow meta, match patterns and namespaces; each line marked @ts-expect-error must fail.
  const consumers: Record<string, string> = {
    'vendor-dashed': `
export function handle(e: ErrorEnvelope): string {
  switch (e.error.code) {
    case 'SNYK-OS-0003': return e.error.meta.manifest;
    case 'SNYK-OS-NPM-0001': return 'npm';
    case 'PR-FAILURES-0002': return 'alias';
    default: return e.error.message;
  }
}
export const one: ErrorCode = SNYK_CLI_0001;
export function inOs(code: ErrorCode): boolean { return codeMatches(code, 'SNYK-OS-*') && inNamespace(code, 'SNYK-OS'); }
// @ts-expect-error not a code of the catalog
export const bad: ErrorCode = 'SNYK-CLI-9999';
// @ts-expect-error not a value of the ecosystem parameter
export const badFamily: ErrorCode = 'SNYK-OS-GO-0001';
`,
    sqlstate: `
export function handle(e: ErrorEnvelope): string {
  switch (e.error.code) {
    case '23505': return e.error.meta.constraint;
    case '42P01': return 'table';
    default: return e.error.message;
  }
}
export const uniqueCode: ErrorCode = SQLSTATE_23505;
export const isIntegrity = (code: string): boolean => inNamespace(code, '23');
export const unique: ErrorCode | undefined = fromIdentifier('condition', 'unique_violation');
// @ts-expect-error not a declared identifier
export const badName = fromIdentifier('sqlstate', '23505');
// @ts-expect-error not a code of the catalog
export const bad: ErrorCode = '99999';
`,
    grpc: `
export function handle(e: ErrorEnvelope): number {
  switch (e.error.code) {
    case 'NOT_FOUND': return 404;
    case 'UNAVAILABLE': return 503;
    default: return errorStatus(e.error.code);
  }
}
export const notFound: ErrorCode = NOT_FOUND;
export const isClient = (code: string): boolean => inNamespace(code, 'client');
export const five: ErrorCode | undefined = fromIdentifier('number', 5);
// @ts-expect-error gRPC numbers are integers
export const badType = fromIdentifier('number', '5');
// @ts-expect-error not a code of the catalog
export const bad: ErrorCode = 'NOTFOUND';
`,
    'slash-codes': `
export function handle(e: ErrorEnvelope): string {
  switch (e.error.code) {
    case 'storage/object-not-found': return e.error.meta.path;
    case 'auth/email-already-in-use': return 'alias';
    default: return e.error.message;
  }
}
export const invalid: ErrorCode = AUTH_INVALID_EMAIL;
export function inStorage(code: ErrorCode): boolean { return codeMatches(code, 'storage/*'); }
// @ts-expect-error a pattern that matches no code does not compile
export const none = (code: ErrorCode) => codeMatches(code, 'billing/*');
`,
  };

  it('fromIdentifier finds the one code with a value, and none for an unknown value', async () => {
    const model = await loadModel(FIXTURE_CATALOGS.grpc);
    expect(model.identifiers).toEqual([{ name: 'number', title: 'gRPC code', type: 'integer', description: 'The numeric status code of google.rpc.Code.' }]);
    expect(model.definitions.find((d) => d.code === 'NOT_FOUND')!.identifiers).toEqual([{ name: 'number', value: 5 }]);
  });

  it.each(Object.keys(consumers))('%s: a strict consumer switches on codes and narrows meta', async (name) => {
    const dir = path.join(tmp, name);
    for (const f of await renderCatalog(FIXTURE_CATALOGS[name as keyof typeof FIXTURE_CATALOGS], [typescriptTarget])) {
      const full = path.join(dir, f.path);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, f.contents);
    }
    const consumer = path.join(dir, 'typescript', 'consumer.ts');
    await writeFile(consumer, `import { codeMatches, errorStatus, fromIdentifier, inNamespace, type ErrorCode, type ErrorEnvelope } from './src/index.js';\nimport * as codes from './src/codes.js';\nconst { ${name === 'sqlstate' ? 'SQLSTATE_23505' : name === 'grpc' ? 'NOT_FOUND' : name === 'slash-codes' ? 'AUTH_INVALID_EMAIL' : 'SNYK_CLI_0001'} } = codes;\nvoid codeMatches; void errorStatus; void inNamespace; void fromIdentifier;\n${consumers[name]}`);
    const program = ts.createProgram([consumer], STRICT);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
