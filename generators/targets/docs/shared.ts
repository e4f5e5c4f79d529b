/**
 * Shared meta schemas in the docs: one table each, on the single page
 * (errors.md), under its own anchor (`schema--errorinfo`); codes whose meta
 * is one, and fields whose type is one, link to it instead of repeating it.
 */
import { cellCode, cellText, inlineCode, joinMarkdown, link, linkTarget, proseText, table, trusted, anchorTag, type Markdown } from '../../escape/markdown.js';
import type { CatalogModel, JsonSchema } from '../../model.js';
import { sharedSchemaAnchor } from '../../shared-schemas.js';
import { readableType } from './meta-types.js';
import { nestedRows, SINGLE_PAGE, type MetaRow, type Page } from './view.js';

/** One shared schema's part of the page. */
export interface SharedSchemaView {
  anchor: Markdown;
  heading: Markdown;
  description: Markdown | null;
  usedBy: Markdown;
  table: Markdown | null;
}

/** The chapter of shared schemas, or null when the catalog has none. */
export interface SharedChapterView {
  anchor: Markdown;
  schemas: SharedSchemaView[];
}

/** The anchor the chapter starts at. */
export const SHARED_ANCHOR = 'page--schemas';

/** Relative target of a shared schema's table, from a page: it lives on the single page. */
export function sharedHref(name: string, from: Page): string {
  const anchor = sharedSchemaAnchor(name);
  if (from.kind === 'single') return linkTarget('', anchor);
  if (from.kind === 'section') return linkTarget(`../${SINGLE_PAGE}`, anchor);
  return linkTarget(SINGLE_PAGE, anchor);
}

/** The shared schema's name as code, linked to its table. */
export function sharedLink(name: string, from: Page): Markdown {
  return link(inlineCode(name), sharedHref(name, from));
}

/**
 * The chapter: per shared schema its description, the codes that use it
 * (linked) and its fields, nested ones included, as a code's meta table.
 */
export function buildSharedChapter(model: CatalogModel, codeLink: (code: string) => Markdown): SharedChapterView | null {
  if (model.schemas.length === 0) return null;
  const single: Page = { kind: 'single' };
  return {
    anchor: anchorTag(SHARED_ANCHOR),
    schemas: model.schemas.map((s) => {
      const rows: MetaRow[] = [];
      const top = (s.schema.properties ?? {}) as Record<string, JsonSchema>;
      for (const p of s.properties) {
        rows.push({ path: p.name, type: p.type, schema: top[p.name] ?? null, required: p.required, description: p.description, shared: p.shared });
        if (top[p.name]) nestedRows(top[p.name]!, p.name, rows);
      }
      const codes = s.usedBy.map(codeLink);
      const usedBy =
        codes.length === 0
          ? trusted('No code uses it.')
          : joinMarkdown([trusted(codes.length === 1 ? 'Used by ' : `Used by ${codes.length} codes: `), joinMarkdown(codes, ', '), trusted('.')], '');
      return {
        anchor: anchorTag(s.anchor),
        heading: inlineCode(s.name),
        description: s.description === null ? null : proseText(s.description),
        usedBy,
        table:
          rows.length === 0
            ? null
            : table(
                [trusted('Field'), trusted('Type'), trusted('Required'), trusted('Description')],
                rows.map((r) => [cellCode(r.path), r.shared !== null ? link(cellCode(r.type), sharedHref(r.shared, single)) : r.schema === null ? cellCode(r.type) : readableType(r.schema), trusted(r.required ? 'yes' : 'no'), r.description === null ? trusted('') : cellText(r.description)]),
              ),
      };
    }),
  };
}
