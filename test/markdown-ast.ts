/**
 * Parsing generated Markdown with a real parser (remark + GFM) for the docs
 * tests, and the minimal mdast shape they walk: enough to read tables,
 * headings and their text.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
}

/** Parses Markdown as GitHub-flavoured CommonMark. */
export function parseMarkdown(markdown: string): MdNode {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as unknown as MdNode;
}
