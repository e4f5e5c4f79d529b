/**
 * The catalog format's validator, compiled from catalog.schema.json: once
 * ahead of time into standalone code (catalog-validator.ts, committed and
 * compiled with the rest), and at run time only by the tests that prove the
 * two alike and the committed code current (test/catalog-validator.test.ts;
 * `UPDATE_GOLDEN=1` there rewrites it). Compiling the schema takes ajv most
 * of a second, which every `validate` and `generate` paid before.
 *
 * The format's own keywords are ajv `code` keywords: their generated code
 * calls format-keywords.ts, which the standalone module imports by name.
 */
import { Ajv2020, type KeywordDefinition } from 'ajv/dist/2020.js';
import { _, strConcat } from 'ajv/dist/compile/codegen/index.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import namesModule from 'ajv/dist/compile/names.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import catalogSchema from './catalog.schema.json' with { type: 'json' };
import { MARKDOWN_KEYWORD, markdownMet, TEXT_KEYWORD, textShows } from './format-keywords.js';

// CommonJS modules with a default export: Node hands over module.exports, a bundler its default.
const names = (namesModule as unknown as { default?: typeof namesModule.default }).default ?? (namesModule as unknown as typeof namesModule.default);
const standaloneCode = (standaloneModule as unknown as { default?: typeof standaloneModule.default }).default ?? (standaloneModule as unknown as typeof standaloneModule.default);

/** How the standalone module refers to format-keywords.ts (its import binding). */
const KEYWORDS_BINDING = 'formatKeywords';

const FORMAT_KEYWORDS: KeywordDefinition[] = [
  {
    keyword: TEXT_KEYWORD,
    type: 'string',
    schemaType: 'boolean',
    code(cxt) {
      if (cxt.schema !== true) return;
      const shows = cxt.gen.scopeValue('func', { ref: textShows, code: new _Code(`${KEYWORDS_BINDING}.textShows`) });
      cxt.fail(_`!${shows}(${cxt.data})`);
    },
  },
  {
    keyword: MARKDOWN_KEYWORD,
    type: 'string',
    schemaType: 'boolean',
    code(cxt) {
      if (cxt.schema !== true) return;
      const met = cxt.gen.scopeValue('func', { ref: markdownMet, code: new _Code(`${KEYWORDS_BINDING}.markdownMet`) });
      cxt.gen.code(_`${met}(${cxt.data}, ${strConcat(names.instancePath, cxt.it.errorPath)})`);
    },
  },
];

function newAjv(source: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, ...(source ? { code: { source: true, esm: true, lines: true } } : {}) });
  for (const keyword of FORMAT_KEYWORDS) ajv.addKeyword(keyword);
  return ajv;
}

/** The format's validator compiled now, as errcat compiled it on every run before the standalone module. */
export function compileCatalogValidator(): ReturnType<Ajv2020['compile']> {
  return newAjv(false).compile(catalogSchema);
}

/** The text of catalog-validator.ts: the standalone validator with the imports it needs. */
export function catalogValidatorSource(): string {
  const ajv = newAjv(true);
  const code = standaloneCode(ajv, ajv.compile(catalogSchema));
  return [
    '// @ts-nocheck',
    '// Generated from catalog.schema.json by schema/compile-validator.ts, do not edit:',
    '// UPDATE_GOLDEN=1 npx vitest run test/catalog-validator.test.ts rewrites it.',
    "import { createRequire } from 'node:module';",
    `import * as ${KEYWORDS_BINDING} from './format-keywords.js';`,
    '// ajv\'s standalone code requires its small runtime helpers (ucs2length, equal).',
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";\n?/, ''),
    '',
  ].join('\n');
}
