/**
 * The package's `validate` module: the meta schemas as data
 * (validators.ts converts each one) and the walker that checks values
 * against them (templates/typescript/validate.ts.hbs).
 *
 * Shared schemas are printed once, in validate.ts, and the codes' schemas
 * refer to them by name. Above `partSize` codes the codes' schemas go into
 * parts (`src/validate/schemas-0001.ts`, …), like the catalog data, so
 * that no source file grows with the catalog; validate.ts lists the parts
 * and builds its lookup on first use, so importing it still runs nothing.
 */
import { jsDoc, lineComment, TsCode, type DocComment } from '../../escape/typescript.js';
import type { CatalogModel, ErrorDefinition } from '../../model.js';
import { compileTemplate, type RenderTemplate, type TemplateHelper } from '../../templates.js';
import { printArray } from './layout.js';
import { printMetaRoot, uncheckedKeywords } from './validators.js';

const HELPERS: Readonly<Record<string, TemplateHelper>> = {
  doc: (doc: DocComment, indent: number) => jsDoc(doc, indent),
  comment: (text: string) => lineComment(text),
  code: (code: TsCode) => {
    if (!(code instanceof TsCode)) throw new Error('errcat bug: the code helper only prints TsCode values');
    return code.text;
  },
};

interface ValidateView {
  banner: string;
  /** The parts' imports; none when the catalog has one part. */
  imports: TsCode[];
  schemasDoc: DocComment;
  /** The codes' schemas held here: all of them, or none when they are in parts. */
  schemas: TsCode;
  /** Every list of codes' schemas: `[metaSchemas]`, or `[metaSchemas, schemas0001, …]`. */
  parts: TsCode;
  shared: TsCode;
}

interface ValidatePartView {
  banner: string;
  schemas: TsCode;
}

let templates: { validate: RenderTemplate<ValidateView>; part: RenderTemplate<ValidatePartView> } | null = null;

/** An array of printed roots, one per line, or `[]`. */
function printRoots(roots: readonly string[]): TsCode {
  return new TsCode(roots.length === 0 ? '[]' : ['[', ...roots.map((r) => `  ${r},`), ']'].join('\n'));
}

function definitionRoots(definitions: readonly ErrorDefinition[]): string[] {
  return definitions.flatMap((d) => (d.meta.kind === 'schema' ? [printMetaRoot('definition', d.code, d.meta.schema, 2)] : []));
}

/**
 * The validate module's sources: `validate` and, when the catalog has
 * more than one part (`ids`, in order, with `slices` of the definitions),
 * `validate/schemas-<id>`.
 */
export function renderValidateSources(model: CatalogModel, banner: string, slices: readonly (readonly ErrorDefinition[])[], ids: readonly string[]): { module: string; source: string }[] {
  templates ??= {
    validate: compileTemplate<ValidateView>('typescript/validate.ts.hbs', HELPERS),
    part: compileTemplate<ValidatePartView>('typescript/validate-part.ts.hbs', HELPERS),
  };
  const t = templates;
  const schemas = [...model.definitions.flatMap((d) => (d.meta.kind === 'schema' ? [d.meta.schema] : [])), ...model.schemas.map((s) => s.schema)];
  const unchecked = [...new Set(schemas.flatMap((s) => uncheckedKeywords(s)))].sort();
  const split = ids.length > 1;
  const partNames = ids.map((id) => `schemas${id}`);
  const view: ValidateView = {
    banner,
    imports: split ? ids.map((id) => new TsCode(`import { schemas as schemas${id} } from './validate/schemas-${id}.js';`)) : [],
    schemasDoc: {
      paragraphs: [
        split ? "Each definition's meta schema, converted from the catalog: here none, in the parts below." : "Each definition's meta schema, converted from the catalog.",
        ...(unchecked.length === 0 ? [] : [`Not checked at run time: ${unchecked.map((k) => `\`${k}\``).join(', ')} (the catalog's schemas are checked in full by errcat validate).`]),
      ],
      tags: [],
    },
    schemas: printRoots(split ? [] : definitionRoots(model.definitions)),
    parts: new TsCode(printArray('const metaSchemaParts: readonly (readonly MetaSchemaRoot[])[] = ', ['metaSchemas', ...(split ? partNames : [])], ';', 0)),
    shared: printRoots(model.schemas.map((s) => printMetaRoot('name', s.name, s.schema, 2))),
  };
  const sources = [{ module: 'validate', source: t.validate(view) }];
  if (split) ids.forEach((id, i) => sources.push({ module: `validate/schemas-${id}`, source: t.part({ banner, schemas: printRoots(definitionRoots(slices[i]!)) }) }));
  return sources;
}
