/**
 * The real consumers of errcat's outputs, as its users run them: a
 * CommonMark + GFM renderer that lets raw HTML through (the most permissive
 * docs setup: remark, rehype-raw, an HTML5 parser), MDX compiled, evaluated
 * and rendered with React, markdownlint with the shipped config, and the
 * YAML readers (`yaml`, js-yaml, PyYAML where present). The hardening and
 * property tests use them to prove that catalog text stays text.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compile, run } from '@mdx-js/mdx';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import * as jsYaml from 'js-yaml';
import { parse as parseHtml5 } from 'parse5';
import { createElement } from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { showUnsafeCharacters } from '../generators/escape/markdown-text.js';
import { ROOT } from './helpers.js';
import { PYYAML, readWithPyYaml } from './yaml-readers.js';

/** Elements errcat's Markdown may produce: what CommonMark + GFM make of prose, lists, tables, code and links, and errcat's `<a id>` anchors. */
export const ALLOWED_ELEMENTS = new Set([
  'html', 'head', 'body', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'code', 'pre', 'em', 'strong', 'del',
  'ul', 'ol', 'li', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'sup', 'section',
]);
/** Attributes those elements may carry (hast property names). */
export const ALLOWED_PROPERTIES = new Set(['href', 'src', 'alt', 'title', 'id', 'className', 'align', 'type', 'checked', 'disabled', 'start', 'dataFootnotes', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel']);

/** True for a URL a reader may follow: http, https, mailto, or relative (a path, a query or a fragment). */
export function allowedUrl(url: string): boolean {
  // What a browser does first: drop leading C0 controls and spaces, and tabs and newlines anywhere.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  if (!scheme) return true;
  return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}

/** A problem found in rendered HTML, as a line a test can show. */
export type Finding = string;

/** The text of a node and its descendants. */
function textOf(node: RootContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * True for a link GFM's transform-time autolinking makes of text: remark-gfm
 * (like GitHub) finds `xmpp:` addresses in a text node after escapes and
 * character references are decoded, so no Markdown spelling of such text
 * keeps it from becoming a link (see mdast-util-gfm-autolink-literal). Its
 * URL is the text shown, exactly, and its scheme is GFM's own; such a link
 * adds nothing the reader does not see. An `xmpp:` link with any other
 * label is a finding.
 */
function gfmLiteralLink(node: Element, href: string): boolean {
  return node.tagName === 'a' && /^xmpp:/.test(href) && textOf(node) === href;
}

/**
 * True for React 19's own preload of an image the page shows: React adds
 * `<link rel="preload" as="image" href>` for every `<img>`. Accepted only
 * when it carries nothing else and its URL is an image source already in
 * the tree (and checked there), so it adds no URL of its own.
 */
function reactImagePreload(node: Element, imageSources: ReadonlySet<string>): boolean {
  const { rel, as, href, ...rest } = node.properties ?? {};
  return (
    node.tagName === 'link' && Object.keys(rest).length === 0 && node.children.length === 0 &&
    Array.isArray(rel) && rel.join(' ') === 'preload' && as === 'image' && typeof href === 'string' && imageSources.has(href)
  );
}

/** Walks an HTML tree and reports every element, attribute and URL outside the allow-lists. */
export function inspectHast(tree: HastRoot | Element): Finding[] {
  const findings: Finding[] = [];
  const imageSources = new Set<string>();
  const collect = (node: RootContent | HastRoot): void => {
    if (node.type === 'element' && node.tagName === 'img' && typeof node.properties?.src === 'string') imageSources.add(node.properties.src);
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(tree);
  const visit = (node: RootContent | HastRoot): void => {
    if (node.type === 'element' && reactImagePreload(node, imageSources)) return;
    if (node.type === 'element') {
      if (!ALLOWED_ELEMENTS.has(node.tagName)) findings.push(`element <${node.tagName}>`);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (!ALLOWED_PROPERTIES.has(name)) findings.push(`attribute ${name} on <${node.tagName}>`);
        if ((name === 'href' || name === 'src') && !allowedUrl(String(value)) && !gfmLiteralLink(node, String(value))) findings.push(`URL ${JSON.stringify(String(value))} in ${name}`);
      }
      if (node.tagName === 'input' && node.properties?.type !== 'checkbox') findings.push('an <input> that is not a task-list checkbox');
    }
    if (node.type === 'comment') findings.push(`comment <!--${node.value}-->`);
    if (node.type === 'doctype') findings.push('doctype');
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return findings;
}

/** Parses HTML as a browser does (parse5, the HTML5 algorithm) into hast. */
export function parseHtml(html: string): HastRoot {
  return fromParse5(parseHtml5(html)) as HastRoot;
}

/** Renders Markdown the most permissive common way: CommonMark + GFM, raw HTML passed through and parsed by an HTML5 parser. */
export async function renderCommonMark(markdown: string): Promise<{ html: string; tree: HastRoot }> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
  const tree = (await processor.run(processor.parse(markdown))) as HastRoot;
  return { html: toHtml(tree), tree };
}

/** The node types of MDX's own syntax: JavaScript expressions, JSX and ESM. */
const MDX_NODES = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm']);

interface MdastNode {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
}

/** errcat's own anchor id, as anchorTag checks it. */
const ERRCAT_ANCHOR_ID = /^[A-Za-z0-9_-]+$/;

/**
 * True for errcat's own explicit anchor, which MDX reads as JSX: an element
 * `a` with one literal `id` attribute and no children, whose source is
 * exactly `<a id="…"></a>` as anchorTag writes it (at a line's start, or
 * opening a list item). Catalog text never reaches a page unescaped, so it
 * cannot take this shape; any other JSX is a finding.
 */
function errcatAnchor(node: MdastNode, markdown: string): boolean {
  if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'a' || (node.children ?? []).length > 0) return false;
  const [only, ...more] = node.attributes ?? [];
  if (!only || more.length > 0 || only.type !== 'mdxJsxAttribute' || only.name !== 'id' || typeof only.value !== 'string' || !ERRCAT_ANCHOR_ID.test(only.value)) return false;
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return false;
  const lineStart = markdown.lastIndexOf('\n', start.offset - 1) + 1;
  return markdown.slice(start.offset, end.offset) === `<a id="${only.value}"></a>` && /^(?:- )?$/.test(markdown.slice(lineStart, start.offset));
}

/** Parses Markdown as MDX (with GFM, as docs sites run it) and lists every expression, JSX element and ESM statement in it, errcat's own anchors aside. */
export function mdxSyntaxIn(markdown: string): Finding[] {
  let tree: MdastNode;
  try {
    tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(markdown) as unknown as MdastNode;
  } catch (error) {
    return [`not valid MDX: ${error instanceof Error ? error.message : String(error)}`];
  }
  const findings: Finding[] = [];
  const visit = (node: MdastNode): void => {
    if (MDX_NODES.has(node.type) && !errcatAnchor(node, markdown)) findings.push(`${node.type} at ${node.position?.start.line}:${node.position?.start.column}: ${JSON.stringify(node.value ?? '')}`);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}

/** A global errcat's hostile corpus tries to set; set means catalog text ran as code. */
export const PWNED = 'pwned';

/**
 * Compiles MDX (with GFM), evaluates it and renders it with React, the way
 * a docs site builds a page. Returns the HTML and whether any code from the
 * page touched `globalThis`.
 */
export async function renderMdx(markdown: string): Promise<{ html: string; tree: HastRoot; touchedGlobals: string[] }> {
  const before = new Set(Object.getOwnPropertyNames(globalThis));
  const code = String(await compile(markdown, { outputFormat: 'function-body', remarkPlugins: [remarkGfm] }));
  const module = await run(code, { ...jsxRuntime, baseUrl: import.meta.url });
  const html = renderToStaticMarkup(createElement(module.default as never));
  const touchedGlobals = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
  if (PWNED in globalThis) touchedGlobals.push(PWNED);
  return { html, tree: parseHtml(html), touchedGlobals };
}

/** The text a reader sees in an HTML tree, with runs of white space collapsed. */
export function visibleText(tree: HastRoot | Element): string {
  const parts: string[] = [];
  const visit = (node: RootContent | HastRoot): void => {
    if (node.type === 'text') parts.push(node.value);
    if (node.type === 'element' && node.tagName === 'img') parts.push(String(node.properties?.alt ?? ''));
    if ('children' in node) for (const child of node.children) visit(child);
    if (node.type === 'element' && ['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'br', 'tr'].includes(node.tagName)) parts.push(' ');
  };
  visit(tree);
  return comparable(parts.join(''));
}

/**
 * Text as compared between the catalog and a rendered page: line breaks of
 * every kind and runs of white space as one space, and the characters no
 * page holds raw (controls, bidirectional and invisible ones) as the
 * visible escapes errcat shows instead (`\u202e`, `\x1b`).
 */
export function comparable(text: string): string {
  return showUnsafeCharacters(text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** markdownlint-cli2's Node API (the package ships no type declarations). */
type MarkdownlintMain = (params: { directory: string; argv: string[]; logMessage: (m: string) => void; logError: (m: string) => void }) => Promise<number>;

/** Lints Markdown files with markdownlint-cli2 and the config errcat ships; returns the problems found. */
export async function lintMarkdown(files: Readonly<Record<string, string>>): Promise<string[]> {
  // A non-literal specifier keeps tsc from looking for declarations.
  const specifier: string = 'markdownlint-cli2';
  const { main } = (await import(specifier)) as { main: MarkdownlintMain };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'errcat-lint-'));
  try {
    for (const [name, contents] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), contents);
    }
    const errors: string[] = [];
    const code = await main({ directory: dir, argv: ['--config', path.join(ROOT, '.markdownlint-cli2.jsonc'), '**/*.md'], logMessage: () => {}, logError: (m) => errors.push(m) });
    if (code !== 0 && errors.length === 0) errors.push(`markdownlint-cli2 exited ${code}`);
    return errors;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** True when PyYAML runs on this machine (a YAML 1.1 reader); required under ERRCAT_REQUIRE_PYYAML=1 (yaml-readers.ts). */
export const HAS_PYYAML = PYYAML;

/** Reads YAML with PyYAML's safe loader, as JSON (non-string keys and values as Python would dump them). */
function readOneWithPyYaml(text: string): unknown {
  return readWithPyYaml([text])![0];
}

/** Reads with one reader; a document it cannot read is a view that says so (and equals no document). */
function attempt(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    const message = error instanceof Error ? (/(\w*Error: .*)\s*$/.exec(error.message)?.[1] ?? error.message.split('\n')[0]) : String(error);
    return { unreadable: message };
  }
}

/** Every YAML reader's view of a document: `yaml` (1.2), js-yaml, and PyYAML (1.1) where present. */
export function readYamlEverywhere(text: string): Record<string, unknown> {
  const views: Record<string, unknown> = {
    yaml: attempt(() => parseYaml(text, { maxAliasCount: -1 })),
    'js-yaml': attempt(() => jsYaml.load(text)),
  };
  if (HAS_PYYAML) views.PyYAML = attempt(() => readOneWithPyYaml(text));
  return views;
}
