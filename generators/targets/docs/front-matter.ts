/**
 * The pages' YAML front matter, when the catalog asks for it
 * (`docs.front_matter`): what docs sites read for the page title, the meta
 * description and the sidebar order. The page keeps its own `# title`, for
 * GitHub and for renderers that ignore front matter.
 */
import { frontMatter, type Markdown } from '../../escape/markdown.js';
import type { CatalogModel } from '../../model.js';

/** Where a page sits in the sidebar: the reference itself, the guidance after it, or the n-th section page in its folder. */
export type SidebarSlot = { kind: 'reference' } | { kind: 'guidance' } | { kind: 'section'; index: number };

/** A page's front matter, or null when the catalog asks for none. */
export function pageFrontMatter(model: CatalogModel, title: string, description: string | null, slot: SidebarSlot): Markdown | null {
  const fm = model.docs.frontMatter;
  if (fm === null) return null;
  const entries: [string[], string | number][] = [[['title'], title]];
  if (description !== null) entries.push([['description'], description]);
  if (fm.sidebarPosition !== null) {
    const position = slot.kind === 'reference' ? fm.sidebarPosition : slot.kind === 'guidance' ? fm.sidebarPosition + 1 : slot.index + 1;
    entries.push([[...fm.sidebarKey], position]);
  }
  return frontMatter(entries);
}

/** A section page's description, in errcat's words around the catalog's titles. */
export function sectionDescription(model: CatalogModel, sectionTitle: string, count: number): string {
  return `${sectionTitle}: ${count === 1 ? 'the error code' : `the ${count} error codes`} of ${model.title}, with status, meta, retry advice and examples.`;
}
