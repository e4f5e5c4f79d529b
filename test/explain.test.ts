/**
 * errcat explain: the lookup (a code, an alias, a family expansion, a family
 * as written or as docs print it), the nearest codes for an unknown one,
 * and the command's text and json as a real process prints them.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { editDistance, explainCode, nearestCodes } from '../generators/explain.js';
import type { CatalogModel } from '../generators/model.js';
import { FIXTURE_CATALOGS, loadModel, ROOT } from './helpers.js';

const run = promisify(execFile);
let model: CatalogModel;

async function errcat(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin/errcat.js'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  model = await loadModel(FIXTURE_CATALOGS.socialapi);
});

describe('explainCode', () => {
  it.each([
    ['auth.invalid_key', 'code', 'auth.invalid_key'],
    ['brand.limit_reached', 'alias', 'billing.brands_limit'],
    ['platform.tiktok.auth', 'family', 'platform.{platform}.auth'],
    ['platform.{platform}.auth', 'definition', 'platform.{platform}.auth'],
    ['platform.<name>.auth', 'definition', 'platform.{platform}.auth'],
  ])('finds %s as a %s of %s', (query, via, definition) => {
    const result = explainCode(model, query);
    expect('found' in result && { via: result.found.via, definition: result.found.definition }).toEqual({ via, definition });
  });

  it('gives a family expansion its own anchor, constant and parameter value', () => {
    const result = explainCode(model, 'platform.tiktok.auth');
    if (!('found' in result)) throw new Error('not found');
    expect(result.found.docs.anchor).toBe('platform-tiktok-auth');
    expect(result.found.typescript.constant).toBe('PLATFORM_TIKTOK_AUTH');
    expect(result.found.family?.value).toBe('tiktok');
    expect(result.found.status).toBe(401);
  });

  it.each([
    ['auth.invalid_ky', 'auth.invalid_key'],
    ['auth.invlaid_key', 'auth.invalid_key'],
    ['platform.tikotk.auth', 'platform.tiktok.auth'],
  ])('suggests for %s first %s', (query, nearest) => {
    const result = explainCode(model, query);
    expect('suggestions' in result && result.suggestions[0]).toBe(nearest);
  });

  it('suggests codes with the same reason under another namespace, and nothing for a far-off string', () => {
    expect(nearestCodes(model, 'widget.not_found').every((c) => c.endsWith('.not_found'))).toBe(true);
    expect(nearestCodes(model, 'widget.not_found').length).toBeGreaterThan(0);
    expect(nearestCodes(model, 'zzzzzzzzzzzzzzzzzzzz')).toEqual([]);
  });

  it.each([
    ['abc', 'abc', 0],
    ['abc', 'acb', 1],
    ['abc', 'ab', 1],
    ['kitten', 'sitting', 3],
    ['a', 'bcdefgh', 3],
  ])('editDistance(%s, %s) is %i (capped at limit + 1 = 3)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });
});

describe('errcat explain', () => {
  it('prints the code with status, meta, retry, example and docs link as text, exit 0', async () => {
    const { code, stdout, stderr } = await errcat(['explain', 'payment.amount_invalid', '--catalog', FIXTURE_CATALOGS.ledgerly]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('payment.amount_invalid');
    expect(stdout).toMatch(/^HTTP 422 · namespace payment/m);
    expect(stdout).toMatch(/^ {2}field: string {2}/m);
    expect(stdout).toMatch(/^ {2}max\?|^ {2}currency\?: /m);
    expect(stdout).toMatch(/^never: /m);
    expect(stdout).toContain('"code": "payment.amount_invalid"');
  });

  it('prints the statuses a code declares it may be forwarded with, in text and json', async () => {
    const text = await errcat(['explain', 'platform.tiktok.auth']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^the upstream status is forwarded where it maps to HTTP \(declared: 403\); otherwise 502/m);
    const json = await errcat(['explain', 'platform.tiktok.auth', '--format', 'json']);
    expect(JSON.parse(json.stdout).code.statusForwarding).toMatchObject({ fallback: 502, statuses: [403] });
  });

  it('prints one json document with a formatVersion, and the deprecation of a deprecated code', async () => {
    const { code, stdout } = await errcat(['explain', 'payment.legacy_capture_failed', '--catalog', FIXTURE_CATALOGS.ledgerly, '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { formatVersion: number; code: { status: number; deprecated: { since: string; replacement: string } } };
    expect(doc.formatVersion).toBe(1);
    expect(doc.code.status).toBe(409);
    expect(doc.code.deprecated).toMatchObject({ since: '2.0', replacement: 'payment.declined' });
  });

  it('exits 2 for an unknown code and names the nearest, in text and json', async () => {
    const text = await errcat(['explain', 'payment.declned', '--catalog', FIXTURE_CATALOGS.ledgerly]);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/did you mean payment\.declined/);
    const json = await errcat(['explain', 'payment.declned', '--catalog', FIXTURE_CATALOGS.ledgerly, '--format', 'json']);
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.stdout) as { code: null; unknown: string; suggestions: string[] };
    expect(doc).toMatchObject({ code: null, unknown: 'payment.declned' });
    expect(doc.suggestions[0]).toBe('payment.declined');
  });

  it('explains a retired code: its version, replacement and reason, exit 0', async () => {
    const text = await errcat(['explain', 'payment.legacy_refund_failed', '--catalog', FIXTURE_CATALOGS.ledgerly]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^payment\.legacy_refund_failed {2}\(retired\)\nretired in 2\.0: .*match payment\.declined instead/);
    const json = await errcat(['explain', 'payment.legacy_refund_failed', '--catalog', FIXTURE_CATALOGS.ledgerly, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ code: null, retired: { code: 'payment.legacy_refund_failed', since: '2.0', replacement: 'payment.declined' } });
  });

  it('exits 3 when the catalog is invalid', async () => {
    expect((await errcat(['explain', 'x.y', '--catalog', path.join(ROOT, 'test/fixtures')])).code).toBe(3);
  });
});
