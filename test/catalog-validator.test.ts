/**
 * The catalog format's validator is precompiled (generators/schema/
 * catalog-validator.ts, ajv standalone code, committed): these tests prove
 * it current and alike. The committed module must be what the schema
 * compiles to now (a drift test: UPDATE_GOLDEN=1 rewrites it), and on every
 * fixture catalog file, and on each of those files broken in many ways, it
 * reports the same ajv errors and meets the same Markdown fields as the
 * validator ajv compiles from the schema at run time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../generators/load.js';
import { DEFAULT_OPTIONS } from '../generators/options.js';
import { validate as precompiled } from '../generators/schema/catalog-validator.js';
import { catalogValidatorSource, compileCatalogValidator } from '../generators/schema/compile-validator.js';
import { collectMarkdown } from '../generators/schema/format-keywords.js';
import { ROOT } from './helpers.js';

const COMMITTED = path.join(ROOT, 'generators/schema/catalog-validator.ts');
const CATALOG_DIRS = ['catalog', ...['adversarial', 'body-flat', 'body-google', 'body-jsonapi', 'body-rfc9457', 'docs-site', 'events-only', 'grpc', 'ledgerly', 'minimal', 'slash-codes', 'sqlstate', 'vendor-dashed'].map((f) => `test/fixtures/${f}/catalog`)];

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/** What a validator says of one document: valid or not, its errors, and the Markdown fields it met. */
function verdict(validate: Validate, data: unknown): unknown {
  let valid = false;
  const markdown = collectMarkdown(() => (valid = validate(data)));
  return { valid, errors: validate.errors ?? null, markdown: [...markdown] };
}

/** The file's data broken one way at a time: each value blank, of the wrong type, removed, and each object given a stray field. */
function* broken(data: unknown, limit = 30): Generator<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, at: (string | number)[]): void => {
    paths.push(at);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...at, i]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
  };
  walk(data, []);
  const step = Math.max(1, Math.floor(paths.length / limit));
  for (let p = 0; p < paths.length; p += step) {
    const at = paths[p]!;
    for (const replacement of [' \u200b ', '', 42, null, [], { x_stray: true }, '[a](javascript:alert(1))\n\n# A\n\n# A\n']) {
      const copy = structuredClone(data);
      if (at.length === 0) {
        yield replacement;
        continue;
      }
      let parent = copy as Record<string | number, unknown>;
      for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      parent[at.at(-1)!] = replacement;
      yield copy;
    }
  }
}

describe('the precompiled catalog validator', () => {
  it('is what catalog.schema.json compiles to now (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const source = catalogValidatorSource();
    if (process.env.UPDATE_GOLDEN) await writeFile(COMMITTED, source);
    expect(await readFile(COMMITTED, 'utf8')).toBe(source);
  });

  it('reports what the validator compiled at run time reports, on every fixture file and each broken one', async () => {
    const runtime = compileCatalogValidator() as Validate;
    let documents = 0;
    let invalid = 0;
    for (const dir of CATALOG_DIRS) {
      const { files } = await loadCatalog(path.join(ROOT, dir), DEFAULT_OPTIONS.limits);
      expect(files.length, dir).toBeGreaterThan(0);
      for (const file of files) {
        for (const data of [file.data, ...broken(file.data)]) {
          const want = verdict(runtime, data);
          expect(verdict(precompiled as Validate, data), file.file).toEqual(want);
          documents++;
          if (!(want as { valid: boolean }).valid) invalid++;
        }
      }
    }
    // The comparison met both verdicts, and many of each.
    expect(documents - invalid).toBeGreaterThan(40);
    expect(invalid).toBeGreaterThan(1000);
  }, 300_000);
});
