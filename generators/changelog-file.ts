/**
 * The catalog's CHANGELOG.md: release notes for the generated package, kept
 * in the catalog folder beside the YAML. `errcat changelog --write` puts a
 * version's section into it (replacing that version's section when there is
 * one, so running it twice changes nothing), people may edit it, and
 * `errcat generate` ships it in the package re-printed safe, so the drift
 * check stays a function of the catalog folder. It is not the contract:
 * `errcat diff` does not compare it.
 *
 * Sections are found by parsing the file (micromark, as every Markdown
 * field is read), not by matching lines, so a `## [1.0.0]` inside a fenced
 * code block is code, not a section.
 */
import type { Root } from 'mdast';
import type { Finding } from './diagnostics.js';
import { duplicateHeadings, parseMarkdownField, refusedUrls } from './escape/markdown-reprint.js';

/** The file's name in the catalog folder and in the package. */
export const CHANGELOG_FILE = 'CHANGELOG.md';

/** The version a `## [version]` heading line names (Keep a Changelog: `## [1.2.0] - 2026-12-03`, `## [Unreleased]`). */
const VERSION_HEADING = /^ {0,3}## +\[([^\]\n]*)\]/;

/** The first lines of a changelog errcat creates. */
function header(packageName: string): string {
  return [
    '# Changelog',
    '',
    `All notable changes to the error contract of ${packageName}. The format follows`,
    '[Keep a Changelog](https://keepachangelog.com/en/1.1.0/): each section is written by',
    '`errcat changelog --base <previous release> --write` and may be edited.',
    '',
  ].join('\n');
}

/** Line feeds only: the file is read and written with LF, like every output. */
export function changelogText(text: string): string {
  return text.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n');
}

/** A top-level block of the file: where it starts (0-based line) and, for a `## [version]` heading, the version. */
interface Block {
  line: number;
  kind: 'section' | 'heading' | 'definition' | 'other';
  version: string | null;
}

function blocksOf(root: Root, lines: readonly string[]): Block[] {
  return root.children.map((node): Block => {
    const line = (node.position?.start.line ?? 1) - 1;
    if (node.type === 'heading' && node.depth <= 2) {
      const version = node.depth === 2 ? (VERSION_HEADING.exec(lines[line] ?? '')?.[1] ?? null) : null;
      return { line, kind: version === null ? 'heading' : 'section', version };
    }
    return { line, kind: node.type === 'definition' ? 'definition' : 'other', version: null };
  });
}

/**
 * `existing` (null when there is no file yet: a Keep a Changelog header is
 * written first) with `section` in it. The section of the same version is
 * replaced, keeping its heading line (a date the author added after
 * `## [1.2.0]` stays); a new version goes above the newest released one
 * (below `## [Unreleased]`); link reference definitions at the end of the
 * file stay at the end. Line endings become LF; the result ends with one.
 *
 * @example withChangelogSection(null, '## [1.0.0]\n\n### Added\n\n- `a`\n', '@acme/errors') // '# Changelog\n\n…\n\n## [1.0.0]\n\n### Added\n\n- `a`\n'
 */
export function withChangelogSection(existing: string | null, section: string, packageName: string): string {
  const lines = changelogText(existing ?? header(packageName)).replace(/\n+$/, '').split('\n');
  const body = changelogText(section).replace(/\n+$/, '').split('\n');
  const version = VERSION_HEADING.exec(body[0] ?? '')?.[1];
  if (version === undefined) throw new Error(`a changelog section starts with "## [version]", not ${JSON.stringify(body[0])}`);
  const blocks = blocksOf(parseMarkdownField(lines.join('\n')), lines);
  // Link reference definitions after the last other block belong to the whole file.
  let footer = blocks.length;
  while (footer > 0 && blocks[footer - 1]!.kind === 'definition') footer--;
  const end = footer < blocks.length ? blocks[footer]!.line : lines.length;
  const same = blocks.findIndex((b) => b.kind === 'section' && b.version === version);
  let from: number;
  let to: number;
  if (same >= 0) {
    from = blocks[same]!.line;
    const next = blocks.findIndex((b, i) => i > same && i < footer && (b.kind === 'section' || b.kind === 'heading'));
    to = next >= 0 ? blocks[next]!.line : end;
    body[0] = lines[from]!.trimEnd();
  } else {
    const released = blocks.findIndex((b, i) => i < footer && b.kind === 'section' && b.version!.toLowerCase() !== 'unreleased');
    from = to = released >= 0 ? blocks[released]!.line : end;
  }
  const before = lines.slice(0, from);
  while (before.length > 0 && before[before.length - 1]!.trim() === '') before.pop();
  const after = lines.slice(to);
  while (after.length > 0 && after[0]!.trim() === '') after.shift();
  const result = [...before, ...(before.length > 0 ? [''] : []), ...body, ...(after.length > 0 ? ['', ...after] : [])];
  return `${result.join('\n')}\n`;
}

/**
 * What validate says about the changelog, at its line and column: links the
 * URL allow-list refuses (shipped as their text) and headings that repeat a
 * sibling (two `## [1.0.0]`), as for every Markdown field.
 */
export function checkChangelog(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const refused of refusedUrls(text)) {
    findings.push({
      rule: 'url-scheme-refused',
      file,
      path: [],
      position: { line: refused.line, column: refused.column },
      message: `the ${refused.kind} goes to ${JSON.stringify(refused.url.slice(0, 80))}, whose scheme is not http, https or mailto; the package's ${CHANGELOG_FILE} shows its text without the link`,
    });
  }
  for (const heading of duplicateHeadings(text)) {
    findings.push({
      rule: 'markdown-heading-duplicate',
      file,
      path: [],
      position: { line: heading.line, column: heading.column },
      message: `the heading repeats ${JSON.stringify(heading.text.slice(0, 80))}, the text of an earlier heading under the same parent; the package's ${CHANGELOG_FILE} would show two headings alike (one section per version)`,
    });
  }
  return findings;
}
