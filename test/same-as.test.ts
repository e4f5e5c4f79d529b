/**
 * "Same as above" (issue 9): a code whose description is written relative
 * to the code listed above it (`same_as`). The docs keep it in the row right
 * below that code and link it; TypeScript and OpenAPI, which have no
 * "above", name it; explain and diff know it. The validation rules
 * (same-as-unknown, same-as-not-above) are rows of test/validate.test.ts.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCatalogs } from '../generators/diff/index.js';
import { explainCode } from '../generators/explain.js';
import type { CatalogModel } from '../generators/model.js';
import type { OutputFile } from '../generators/output.js';
import { renderTargets } from '../generators/pipeline.js';
import { TARGETS } from '../generators/targets/index.js';
import { FIXTURE_CATALOGS, loadModel, optionsFor } from './helpers.js';
import { parseMarkdown, type MdNode } from './markdown-ast.js';

const HEADER = `catalog:
  id: demo
  title: Demo
  version: 1.0.0
  package: {name: "@demo/errors"}
  envelope:
    request_id_header: X-Request-ID
sections:
  - id: main
    title: Main
namespaces:
  alpha: {description: Alpha, section: main}
`;

// alpha.three has alpha.one's status and words, and the two "same as above" rows each other's: grouped into shared
// rows, as the docs group codes with the same status and description, the row above each would be another one.
const CODES = `codes:
  alpha.one:
    status: 403
    description: Shared words
    example: {message: m}
  alpha.two:
    status: 401
    description: Other words
    example: {message: m}
  alpha.three:
    status: 403
    description: Shared words
    example: {message: m}
  alpha.four:
    status: 403
    description: Same as above
    same_as: alpha.three
    example: {message: m}
  alpha.five:
    status: 403
    description: Same as above
    same_as: alpha.four
    example: {message: m}
`;

function textOf(node: MdNode): string {
  if (node.value !== undefined && node.type !== 'html') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** The code column of every code table of a page, as micromark reads it. */
function codeRows(markdown: string): string[][] {
  const tables = (node: MdNode): MdNode[] => (node.type === 'table' ? [node] : (node.children ?? []).flatMap(tables));
  return tables(parseMarkdown(markdown))
    .filter((t) => t.children![0]!.children!.map(textOf).includes('Code'))
    .map((t) => t.children!.slice(1).map((row) => textOf(row.children![1]!)));
}

let dir: string;
let model: CatalogModel;
let files: OutputFile[];
const file = (p: string): string => files.find((f) => f.path === p)!.contents;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-same-as-'));
  await mkdir(path.join(dir, 'codes'));
  await writeFile(path.join(dir, 'catalog.yaml'), HEADER);
  await writeFile(path.join(dir, 'codes', 'alpha.yaml'), CODES);
  model = await loadModel(dir);
  files = await renderTargets(model, TARGETS, optionsFor(dir));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('same_as', () => {
  it('is in the model', () => {
    expect(model.definitions.map((d) => [d.code, d.sameAs])).toEqual([
      ['alpha.one', null],
      ['alpha.two', null],
      ['alpha.three', null],
      ['alpha.four', 'alpha.three'],
      ['alpha.five', 'alpha.four'],
    ]);
  });

  it('keeps a "same as above" row right below the row it refers to, never merged into another row', () => {
    // Rows with the same status and words still share a row where no same_as is involved (alpha.one and alpha.three would).
    expect(codeRows(file('docs/errors.md'))).toEqual([['alpha.one', 'alpha.two', 'alpha.three', 'alpha.four', 'alpha.five']]);
  });

  it('links the code above from the details, in the docs', () => {
    const page = file('docs/errors.md');
    const details = page.slice(page.indexOf('### `alpha.four`'), page.indexOf('### `alpha.five`'));
    expect(details).toContain(`**Described relative to:** [\`alpha.three\`](#${model.definitions[2]!.names.anchor}), the code above.`);
  });

  it('names the code above in TypeScript JSDoc and OpenAPI, with its words where a reader has no table', () => {
    expect(file('typescript/src/codes.ts')).toContain('Described relative to {@link ALPHA_THREE} (`alpha.three`).');
    const doc = parseYaml(file('openapi/errors.openapi.yaml')) as { components: { schemas: Record<string, { description: string }> } };
    expect(doc.components.schemas.AlphaFourError!.description).toBe('Same as above\n\nDescribed relative to alpha.three: Shared words');
  });

  it('under order: code, keeps each same_as code right below the one it names, in the model and the docs', async () => {
    const sorted = await mkdtemp(path.join(os.tmpdir(), 'errcat-same-as-code-'));
    try {
      await mkdir(path.join(sorted, 'codes'));
      await writeFile(path.join(sorted, 'catalog.yaml'), HEADER.replace('  version: 1.0.0\n', '  version: 1.0.0\n  order: code\n'));
      await writeFile(path.join(sorted, 'codes', 'alpha.yaml'), CODES);
      const byCode = await loadModel(sorted);
      // By code: five, four, one, three, two; "same as above" rows follow their code (five follows four, which follows three).
      expect(byCode.sections[0]!.codes).toEqual(['alpha.one', 'alpha.three', 'alpha.four', 'alpha.five', 'alpha.two']);
      const page = (await renderTargets(byCode, TARGETS.filter((t) => t.name === 'docs'), optionsFor(sorted))).find((f) => f.path === 'docs/errors.md')!.contents;
      expect(codeRows(page)).toEqual([['alpha.one', 'alpha.three', 'alpha.four', 'alpha.five', 'alpha.two']]);
    } finally {
      await rm(sorted, { recursive: true, force: true });
    }
  }, 60_000);

  it('explain says what is above', () => {
    const result = explainCode(model, 'alpha.four');
    expect('found' in result && result.found.sameAs).toEqual({ code: 'alpha.three', description: 'Shared words' });
  });

  it('diff reports a same_as added as a notice on the code, and reads a model from before same_as', async () => {
    const withoutSameAs = { ...model, definitions: model.definitions.map(({ sameAs: _, ...d }) => d) } as unknown as CatalogModel;
    const changes = diffCatalogs(withoutSameAs, model);
    expect(changes.map((c) => [c.kind, c.code, c.property, c.verdict])).toEqual([
      ['description-changed', 'alpha.five', 'same_as', 'notice'],
      ['description-changed', 'alpha.four', 'same_as', 'notice'],
    ]);
    expect(diffCatalogs(withoutSameAs, { ...model, definitions: model.definitions.map((d) => ({ ...d, sameAs: null })) })).toEqual([]);
  });

  it('the SocialAPI catalog\'s "Same as above" row is right below the row it refers to', async () => {
    const social = await loadModel(FIXTURE_CATALOGS.socialapi);
    expect(social.definitions.find((d) => d.code === 'auth.requires_dashboard_auth')!.sameAs).toBe('auth.dashboard_only');
    const page = (await renderTargets(social, TARGETS.filter((t) => t.name === 'docs'), optionsFor(FIXTURE_CATALOGS.socialapi))).find((f) => f.path === 'docs/errors.md')!.contents;
    const rows = codeRows(page).find((r) => r.includes('auth.requires_dashboard_auth'))!;
    expect(rows[rows.indexOf('auth.requires_dashboard_auth') - 1]).toBe('auth.dashboard_only');
  }, 60_000);
});
