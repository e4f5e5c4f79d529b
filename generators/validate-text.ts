/**
 * The text rules: what no schema keyword expresses about catalog text, so
 * that validate accepts exactly what generate renders (one test of
 * renderability, textProblem in escape/characters.ts, serves both).
 *
 * - text-blank: a text field (the schema's `text`, `shortText` and
 *   `markdown`, which carry the `x-errcat-text` keyword below) or a meta
 *   schema's or shared schema's `description` that shows nothing: only white space (NBSP,
 *   U+3000, U+FEFF included), zero-width or directional marks, controls.
 *   Generated JSDoc, tables and headings would be empty.
 * - text-lone-surrogate: any string or key anywhere in a catalog file that
 *   holds an unpaired UTF-16 surrogate (written `"\uD800"` in YAML). It is
 *   not Unicode text: UTF-8 cannot encode it, and JSON and YAML readers
 *   read it differently or refuse it, so no output could carry it portably.
 * - url-scheme-refused (a warning): a link, image or reference definition
 *   in a Markdown field (the schema's `markdown`, marked `x-errcat-markdown`)
 *   whose URL is not http, https, mailto or relative, judged as the docs
 *   and OpenAPI targets judge it (escape/url.ts). Those targets print its
 *   text without the link; the warning says so where the author can fix it.
 * - markdown-heading-duplicate (a warning): a heading in a Markdown field
 *   with the same text as an earlier heading under the same parent (`#
 *   Notes` twice). The page would repeat it (markdownlint's MD024 refuses
 *   it, and heading anchors collide); only the author can tell them apart.
 */
import type { Finding } from './diagnostics.js';
import { hasLoneSurrogate, textProblem } from './escape/characters.js';
import { duplicateHeadings, refusedUrls } from './escape/markdown-reprint.js';
import { parsePointer } from './meta-schema.js';
import { collectMarkdown } from './schema/format-keywords.js';

// The format's keywords (`x-errcat-text` fails a blank text, `x-errcat-markdown` records a Markdown field) are in schema/format-keywords.ts.
export { MARKDOWN_KEYWORD, TEXT_KEYWORD } from './schema/format-keywords.js';

/**
 * Runs `validate` while collecting the Markdown fields it meets, then
 * reports every refused URL in them (url-scheme-refused) and every heading
 * that repeats a sibling (markdown-heading-duplicate), at the field.
 */
export function checkMarkdownUrls(file: string, validate: () => void, describe: (path: readonly (string | number)[]) => string, findings: Finding[]): void {
  for (const [pointer, text] of collectMarkdown(validate)) {
    const path = parsePointer(pointer);
    for (const refused of refusedUrls(text)) {
      findings.push({
        rule: 'url-scheme-refused',
        file,
        path,
        message: `${describe(path)}: the ${refused.kind} at line ${refused.line}, column ${refused.column} of the text goes to ${JSON.stringify(refused.url.slice(0, 80))}, whose scheme is not http, https or mailto; the docs and OpenAPI show its text without the link`,
      });
    }
    for (const heading of duplicateHeadings(text)) {
      findings.push({
        rule: 'markdown-heading-duplicate',
        file,
        path,
        message: `${describe(path)}: the heading at line ${heading.line}, column ${heading.column} of the text repeats ${JSON.stringify(heading.text.slice(0, 80))}, the text of an earlier heading under the same parent; the page would show two headings alike (word them apart)`,
      });
    }
  }
}

/** Keywords whose values are data, not schemas: a `description` inside them is not an annotation. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

type Report = (finding: Omit<Finding, 'file'>) => void;

/**
 * Reports every lone surrogate in the file's strings and keys, and every
 * blank (or empty) `description` of a meta schema or a shared schema (the
 * generated types, docs and OpenAPI print them as property and type
 * descriptions).
 */
export function checkStrings(file: string, data: unknown, describe: (path: readonly (string | number)[]) => string, findings: Finding[]): void {
  const report: Report = (f) => findings.push({ ...f, file });
  walkStrings(data, [], describe, report);
  if (!isRecord(data)) return;
  const metas: (readonly (string | number)[])[] = [];
  if (isRecord(data.catalog) && isRecord(data.catalog.defaults)) metas.push(['catalog', 'defaults', 'meta']);
  for (const kind of ['codes', 'namespaces'] as const) {
    const entries = data[kind];
    if (isRecord(entries)) for (const name of Object.keys(entries)) metas.push([kind, name, 'meta']);
  }
  // Shared schemas are meta schemas written once: their text is printed like a meta's.
  if (isRecord(data.schemas)) for (const name of Object.keys(data.schemas)) metas.push(['schemas', name]);
  for (const path of metas) walkMetaSchema(valueAt(data, path), path, describe, report);
}

function walkStrings(value: unknown, path: (string | number)[], describe: (path: readonly (string | number)[]) => string, report: Report): void {
  if (typeof value === 'string') {
    if (hasLoneSurrogate(value)) report({ rule: 'text-lone-surrogate', message: lonelyMessage(describe(path)), path: [...path] });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walkStrings(item, [...path, i], describe, report));
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (hasLoneSurrogate(key)) report({ rule: 'text-lone-surrogate', message: lonelyMessage(`the key of ${describe([...path, key])}`), path: [...path, key], at: 'key' });
      walkStrings(item, [...path, key], describe, report);
    }
  }
}

function lonelyMessage(what: string): string {
  return `${what} holds an unpaired UTF-16 surrogate (such as "\\uD800"), which is not Unicode text and which JSON and YAML readers do not read alike; write the character it was meant to be`;
}

function walkMetaSchema(schema: unknown, path: readonly (string | number)[], describe: (path: readonly (string | number)[]) => string, report: Report): void {
  if (Array.isArray(schema)) {
    schema.forEach((item, i) => walkMetaSchema(item, [...path, i], describe, report));
    return;
  }
  if (!isRecord(schema)) return;
  for (const [key, value] of Object.entries(schema)) {
    if (DATA_KEYWORDS.has(key)) continue;
    if (key === 'description' && typeof value === 'string' && textProblem(value) === 'blank') {
      report({ rule: 'text-blank', message: blankMessage(describe([...path, key])), path: [...path, key] });
    }
    walkMetaSchema(value, [...path, key], describe, report);
  }
}

/** The message of a blank text, for the keyword's errors and the meta schema walk alike. */
export function blankMessage(what: string): string {
  return `${what} shows nothing (only white space, zero-width or control characters); write the text, or leave the field out where it is optional`;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const p of path) value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[p] : undefined;
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
