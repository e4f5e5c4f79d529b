/**
 * The `docs` target: the error reference as Markdown that also compiles as
 * MDX, for docs sites (Docusaurus, Mintlify) and for reading on GitHub.
 *
 * - docs/errors.md: everything on one page, in the published reference's
 *   order: envelope, namespaces, one table per section, every code's
 *   details, then the guidance. It carries every anchor of the model
 *   (`names.anchor` of definitions and wire codes), which other targets link
 *   to as `<docs base url>#<anchor>`.
 * - docs/index.md, docs/sections/<section id>.md, docs/guidance.md: the same
 *   content split for sites that prefer one page per topic. Pages follow the
 *   catalog's sections rather than its namespaces: sections are what the
 *   reference's chapters are, and several namespaces (brand.*, media.*, …)
 *   hold only one or two codes each.
 *
 * The pages are rendered final and marked `format: 'none'`: Prettier's
 * Markdown parser is superlinear on one large page, so the escape module
 * writes exactly what Prettier would (aligned tables, its escapes) and a
 * test proves Prettier leaves the fixtures' pages unchanged.
 */
import { compileTemplate } from '../templates.js';
import type { CatalogModel } from '../model.js';
import type { OutputFile, Target } from '../output.js';
import {
  buildDocsView,
  GUIDANCE_PAGE,
  INDEX_PAGE,
  sectionPage,
  SINGLE_PAGE,
  type GuidancePageView,
  type IndexPageView,
  type SectionPageView,
  type SinglePageView,
} from './docs/view.js';

const PARTIALS = ['docs/partials/envelope.md.hbs', 'docs/partials/section-summary.md.hbs', 'docs/partials/code.md.hbs', 'docs/partials/guidance.md.hbs'];

/** Renders the docs pages of a catalog, paths relative to out/. */
export function renderDocs(model: CatalogModel): OutputFile[] {
  // No helpers: every value in the view is already escaped Markdown.
  const single = compileTemplate<SinglePageView>('docs/errors.md.hbs', {}, PARTIALS);
  const index = compileTemplate<IndexPageView>('docs/index.md.hbs', {}, PARTIALS);
  const section = compileTemplate<SectionPageView>('docs/section.md.hbs', {}, PARTIALS);
  const guidance = compileTemplate<GuidancePageView>('docs/guidance.md.hbs', {}, PARTIALS);
  const view = buildDocsView(model);
  const files: OutputFile[] = [
    page(INDEX_PAGE, index(view.index)),
    page(SINGLE_PAGE, single(view.single)),
    ...view.sectionPages.map((s) => page(sectionPage(s.id), section(s.view))),
  ];
  if (view.guidancePage) files.push(page(GUIDANCE_PAGE, guidance(view.guidancePage)));
  return files;
}

function page(path: string, contents: string): OutputFile {
  return { path: `docs/${path}`, contents, format: 'none' };
}

export const docsTarget: Target = {
  name: 'docs',
  dir: 'docs',
  description: 'the error reference as Markdown/MDX: docs/errors.md, docs/index.md, one page per section',
  render: renderDocs,
};
