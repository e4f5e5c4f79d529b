/**
 * validate accepts exactly what generate renders. For arbitrary strings in
 * a catalog's text fields: when validate passes, every target renders
 * without an internal error, no non-Markdown file holds an unsafe character
 * raw, and yaml, js-yaml and PyYAML read the OpenAPI YAML as its JSON; when
 * it fails, it fails with a text or schema diagnostic
 * on the field's line, and only for the documented reasons (empty, too
 * long, blank, a lone surrogate). Blank text and lone surrogates are also
 * shown to be unrenderable, so the rules refuse nothing generate could write.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textProblem, UNSAFE_CHARACTERS } from '../generators/escape/characters.js';
import type { CatalogModel } from '../generators/model.js';
import { parseYaml } from '../generators/parse-yaml.js';
import { checkLoaded, renderTargets } from '../generators/pipeline.js';
import { TARGETS } from '../generators/targets/index.js';
import { optionsFor } from './helpers.js';
import { expectYamlReadsAsJson } from './yaml-readers.js';

const OPTIONS = optionsFor('virtual');

/** A catalog with one field set to `text`; each field is the only thing on its line. */
const FIELDS = {
  'code description (text)': { line: 15, max: 4000 },
  'example message (text)': { line: 17, max: 4000 },
  'catalog title (short text)': { line: 3, max: 200 },
  'namespace description (text)': { line: 11, max: 4000 },
  'retry note (text)': { line: 19, max: 4000 },
} as const;
type Field = keyof typeof FIELDS;

function catalogWith(field: Field, text: string): string {
  const q = JSON.stringify(text);
  const at = (f: Field, fallback: string) => (f === field ? q : fallback);
  return [
    'catalog:',
    '  id: demo',
    `  title: ${at('catalog title (short text)', 'Demo')}`,
    '  version: 1.0.0',
    '  package:',
    '    name: "@demo/errors"',
    '  envelope:',
    '    request_id_header: X-Request-ID',
    'namespaces:',
    '  auth:',
    `    description: ${at('namespace description (text)', 'Auth')}`,
    'codes:',
    '  auth.x:',
    '    status: 401',
    `    description: ${at('code description (text)', 'Text.')}`,
    '    example:',
    `      message: ${at('example message (text)', 'Message.')}`,
    '    retry:',
    `      note: ${at('retry note (text)', 'Later.')}`,
    '      policy: backoff',
    '',
  ].join('\n');
}

function check(field: Field, text: string) {
  const yaml = catalogWith(field, text);
  const parsed = parseYaml('catalog.yaml', yaml, OPTIONS.limits);
  return checkLoaded([{ file: 'catalog.yaml', text: yaml, data: parsed.data }], parsed.findings, OPTIONS);
}

/** Characters chosen to hit every rule and sink, mixed with arbitrary code points. */
const HOSTILE_UNIT = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u2060', '\u202e', '\u2066', '\u0085', '\u2028', '\u0000', '\u001b', '\u007f', '\u009b', '\ud800', '\udfff', '\ufffe', 'a', 'Z', '*/', '"', "'", '\\', '#', ': ', '- ', '`', '${', '|', '<b>', '&amp;', '@param');
const TEXT = fc.oneof(
  fc.string({ unit: HOSTILE_UNIT, maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u200d', '\u2060', '\u202e', '\u200e'), maxLength: 6 }),
);

/** What validate must answer for `text` in a field: the documented reasons, and nothing else. */
function expectedProblem(text: string, max: number): string | null {
  if (text === '' || [...text].length > max) return 'schema';
  const problem = textProblem(text);
  return problem === null ? null : `text-${problem}`;
}

describe('validate accepts exactly what generate renders', () => {
  it.each(Object.keys(FIELDS) as Field[])('for arbitrary text as the %s', async (field) => {
    const { line, max } = FIELDS[field];
    const yamls: string[] = [];
    const jsons: string[] = [];
    await fc.assert(
      fc.asyncProperty(TEXT, async (text) => {
        const { diagnostics, model } = check(field, text);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        const want = expectedProblem(text, max);
        if (want !== null) {
          expect(model).toBeNull();
          expect(errors.map((d) => `${d.rule}:${d.line}`)).toContain(`${want}:${line}`);
          // An entry the format refuses is left out of later rules: a code in a refused namespace is then in no namespace.
          for (const d of errors.filter((e) => e.line === line)) expect(['schema', 'text-blank', 'text-lone-surrogate']).toContain(d.rule);
          return;
        }
        expect(errors).toEqual([]);
        const files = await renderTargets(model!, TARGETS, OPTIONS);
        for (const f of files) if (!f.path.startsWith('docs/')) expect(f.contents.match(UNSAFE_CHARACTERS), f.path).toBeNull();
        const openapi = (ext: string) => files.find((f) => f.path === `openapi/errors.openapi.${ext}`)!.contents;
        yamls.push(openapi('yaml'));
        jsons.push(openapi('json'));
      }),
      { numRuns: 25 },
    );
    // All runs' documents at once: one python3 process reads them all.
    expectYamlReadsAsJson(yamls, jsons);
  }, 300_000);

  it('reads every field back from the YAML as written (the property feeds the real loader)', () => {
    const { model } = check('code description (text)', 'a\u202eb\u0085c');
    expect(model?.definitions[0]?.description).toBe('a\u202eb\u0085c');
  });

  /** A valid model with the code's description replaced, bypassing validate. */
  function withDescription(model: CatalogModel, description: string): CatalogModel {
    return { ...model, definitions: model.definitions.map((d) => ({ ...d, description })) };
  }

  it.each([' ', '\t', '\u00a0\u3000', '\ufeff', '\ud800 half', 'x\udfff'])('what validate refuses (%j) generate cannot render: an internal error, not output', async (text) => {
    const base = check('code description (text)', 'Text.').model!;
    await expect(renderTargets(withDescription(base, text), TARGETS, OPTIONS)).rejects.toThrow(/errcat bug/);
  });
});
