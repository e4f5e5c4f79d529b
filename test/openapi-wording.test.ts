/**
 * Issue 11's wording and names in the OpenAPI document, on every fixture
 * catalog and every declared body: a count agrees with its noun ("one of 1
 * code" was printed for a status with a single code), no component name
 * doubles its kind's suffix (`PlatformApiErrorError`, from a namespace whose
 * name ends in "error"), and the envelope's description is printed once, on
 * the envelope, not repeated into each code's schema.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogModel } from '../generators/model.js';
import { OPENAPI_FILES, renderOpenApi } from '../generators/targets/openapi.js';
import { FIXTURE_CATALOGS, loadModel, ROOT } from './helpers.js';

const CATALOGS: Record<string, string> = {
  ...FIXTURE_CATALOGS,
  ...Object.fromEntries(['body-rfc9457', 'body-jsonapi', 'body-google', 'body-flat', 'name-clash'].map((n) => [n, path.join(ROOT, 'test/fixtures', n, 'catalog')])),
};

const models = new Map<string, CatalogModel>();
beforeAll(async () => {
  for (const [name, dir] of Object.entries(CATALOGS)) models.set(name, await loadModel(dir));
});

type Doc = { components: Record<string, Record<string, unknown>> };

function documentOf(name: string): Doc {
  const files = renderOpenApi(models.get(name)!, { openapi: { version: '3.1' } });
  return JSON.parse(files.find((f) => f.path === OPENAPI_FILES.json)!.contents) as Doc;
}

/** Every `description` string in the document, with its JSON pointer. */
function descriptions(value: unknown, at = '#'): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => descriptions(v, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [...(k === 'description' && typeof v === 'string' ? [[at, v] as [string, string]] : []), ...descriptions(v, `${at}/${k}`)]);
}

describe('openapi target: wording and names (issue 11)', () => {
  it.each(Object.keys(CATALOGS))('%s: counts agree with their noun, no doubled suffix, the envelope text once', (name) => {
    const doc = documentOf(name);
    const texts = descriptions(doc);
    expect(texts.length).toBeGreaterThan(0);
    for (const [at, text] of texts) {
      expect(text, at).not.toMatch(/\b(one of|of) [01] [a-z]+s\b/);
      expect(text, at).not.toMatch(/(^|[^\d,.])1 (codes|errors|statuses)\b/);
    }
    const names = Object.entries(doc.components).flatMap(([kind, group]) => Object.keys(group).map((n) => `${kind}/${n}`));
    expect(names.filter((n) => /(Error|Errors|Meta|Envelope)\1(\d|XX|$)/.test(n))).toEqual([]);
    const envelope = models.get(name)!.envelope.description;
    if (envelope !== null) {
      const words = (text: string) => text.replace(/\s+/g, ' ').trim();
      const firstParagraph = words(envelope.trim().split('\n\n')[0]!);
      expect(texts.filter(([, text]) => words(text).includes(firstParagraph)).map(([at]) => at)).toHaveLength(1);
    }
  });

  it('prints a single code in the singular somewhere, so the rows above test both wordings', () => {
    const singular = [...models.keys()].flatMap((name) => descriptions(documentOf(name)).filter(([, t]) => /\bwhose \S+ is (?!one of)\S/.test(t)));
    const plural = [...models.keys()].flatMap((name) => descriptions(documentOf(name)).filter(([, t]) => /\bis one of \d+ codes\b/.test(t)));
    expect(singular.length).toBeGreaterThan(0);
    expect(plural.length).toBeGreaterThan(0);
  });
});
