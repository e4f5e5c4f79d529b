/**
 * Parsing generated Markdown with a real parser (remark + GFM) for the docs
 * tests, and the minimal mdast shape they walk: enough to read tables,
 * headings and their text.
 */
import remarkGfm from 'remark-gfm';
import { showUnsafeCharacters, splitPlainCodeSpans } from '../generators/escape/markdown-text.js';
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

/** What a reader sees of CommonMark + GFM: the text of every text, code span and code block, runs of white space as one space. */
export function readCommonMark(markdown: string): string {
  const parts: string[] = [];
  const visit = (node: MdNode): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value ?? '');
    else if (node.type === 'html') parts.push(`<html ${node.value}>`);
    for (const child of node.children ?? []) visit(child);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'break') parts.push(' ');
  };
  visit(parseMarkdown(markdown));
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * How a plain-text catalog field reads once rendered: its code spans as
 * their content (plain text keeps the author's backtick spans as code), line
 * breaks and runs of white space as one space, and the characters no page
 * holds raw as their visible escapes (`\u202e`).
 */
export function plainTextShown(text: string): string {
  return splitPlainCodeSpans(text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ').trim())
    .map((s) => showUnsafeCharacters(s.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
