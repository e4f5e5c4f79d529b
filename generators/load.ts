/**
 * Stage 1: the disk. Reads every *.yaml file below the catalog folder, in
 * code-unit order of their paths, and parses each. This and write.ts are the
 * only modules that touch the file system.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CHANGELOG_FILE, changelogText } from './changelog-file.js';
import type { Finding } from './diagnostics.js';
import { MODEL_FORMAT_VERSION, type CatalogModel } from './model.js';
import type { Limits } from './options.js';
import { normalizeLineBreaks, parseYaml } from './parse-yaml.js';

/** One catalog file: where it is, its text, and its data once parsed. */
export interface SourceFile {
  /** Path as printed in diagnostics: relative to the working directory, with / separators. */
  file: string;
  text: string;
  /** The parsed data, or undefined where the file could not be parsed. */
  data: unknown;
}

/** What {@link loadCatalog} returns: every file, and what went wrong reading them. */
export interface LoadedCatalog {
  files: SourceFile[];
  findings: Finding[];
  /** The catalog folder's CHANGELOG.md (LF line endings), shipped in the package; null when there is none. */
  changelog: ChangelogSource | null;
}

/** The catalog folder's CHANGELOG.md: where it is (as diagnostics print it) and its text. */
export interface ChangelogSource {
  file: string;
  text: string;
}

/** Reads and parses every catalog file below `dir`. Never throws for bad input. */
export async function loadCatalog(dir: string, limits: Limits): Promise<LoadedCatalog> {
  const findings: Finding[] = [];
  const files: SourceFile[] = [];
  let paths: string[];
  try {
    paths = await listYamlFiles(dir);
  } catch (error) {
    findings.push({ rule: 'file-unreadable', message: `cannot read the catalog folder: ${errorText(error)}`, file: displayPath(dir), path: [], position: { line: 1, column: 1 } });
    return { files, findings, changelog: null };
  }
  if (paths.length === 0) {
    findings.push({ rule: 'catalog-empty', message: 'no *.yaml file in the catalog folder', file: displayPath(dir), path: [], position: { line: 1, column: 1 } });
  }
  // What is left of the catalog's limits; once either runs out, no further file is read.
  let bytesLeft = limits.maxCatalogBytes;
  let tokensLeft = limits.maxCatalogTokens;
  for (const full of paths) {
    const file = displayPath(full);
    const at = { line: 1, column: 1 };
    try {
      const { size } = await stat(full);
      if (size > limits.maxFileBytes) {
        findings.push({ rule: 'file-too-large', message: `${size} bytes; the limit is ${limits.maxFileBytes} (limit file-bytes)`, file, path: [], position: at });
        continue;
      }
      if (size > bytesLeft) {
        findings.push({ rule: 'catalog-too-large', message: `the catalog's files hold more than ${limits.maxCatalogBytes} bytes in all (limit catalog-bytes); errcat stopped reading here`, file, path: [], position: at });
        break;
      }
      bytesLeft -= size;
      const bytes = await readFile(full);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch {
        findings.push({ rule: 'file-encoding', message: 'the file is not valid UTF-8', file, path: [], position: at });
        continue;
      }
      text = normalizeLineBreaks(text);
      const budget = tokensLeft < limits.maxFileTokens ? { tokens: tokensLeft, rule: 'catalog-too-large' as const } : { tokens: limits.maxFileTokens, rule: 'yaml-too-large' as const };
      const parsed = parseYaml(file, text, limits, budget);
      findings.push(...parsed.findings);
      files.push({ file, text, data: parsed.data });
      tokensLeft -= parsed.tokens;
      if (parsed.findings.some((f) => f.rule === 'catalog-too-large')) break;
    } catch (error) {
      findings.push({ rule: 'file-unreadable', message: errorText(error), file, path: [], position: at });
    }
  }
  return { files, findings, changelog: await readChangelog(dir, limits, findings) };
}

/** The catalog folder's CHANGELOG.md, under the byte limit of a catalog file; null when it has none. */
async function readChangelog(dir: string, limits: Limits, findings: Finding[]): Promise<ChangelogSource | null> {
  const full = path.join(dir, CHANGELOG_FILE);
  const file = displayPath(full);
  const at = { line: 1, column: 1 };
  try {
    const info = await stat(full);
    if (!info.isFile()) {
      findings.push({ rule: 'file-unreadable', message: `${CHANGELOG_FILE} is not a file`, file, path: [], position: at });
      return null;
    }
    if (info.size > limits.maxFileBytes) {
      findings.push({ rule: 'file-too-large', message: `${info.size} bytes; the limit is ${limits.maxFileBytes} (limit file-bytes)`, file, path: [], position: at });
      return null;
    }
    const bytes = await readFile(full);
    try {
      return { file, text: changelogText(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)) };
    } catch {
      findings.push({ rule: 'file-encoding', message: 'the file is not valid UTF-8', file, path: [], position: at });
      return null;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    findings.push({ rule: 'file-unreadable', message: errorText(error), file, path: [], position: at });
    return null;
  }
}

/** All *.yaml and *.yml files below dir, sorted by code unit; hidden folders and node_modules skipped. */
async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((p) => !path.relative(dir, p).split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function displayPath(p: string): string {
  const relative = path.relative(process.cwd(), p);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? p : relative;
  return shown.split(path.sep).join('/');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a model that `errcat generate` wrote (out/model/catalog.json), such
 * as the one committed on the main branch, for comparing catalogs. Returns
 * an error message instead of a model when the file is not one.
 */
export async function loadModelFile(file: string): Promise<{ model: CatalogModel } | { error: string }> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { error: `${displayPath(file)}: ${errorText(error)}` };
  }
  const shape = data as Partial<Record<keyof CatalogModel, unknown>> | null;
  if (!shape || typeof shape !== 'object' || !Array.isArray(shape.definitions) || !Array.isArray(shape.wireCodes) || typeof shape.package !== 'object') {
    return { error: `${displayPath(file)}: not an errcat model (expected the JSON of out/model/catalog.json)` };
  }
  if (shape.formatVersion !== MODEL_FORMAT_VERSION) {
    return { error: `${displayPath(file)}: model format ${JSON.stringify(shape.formatVersion ?? 'unversioned')}; this errcat reads format ${MODEL_FORMAT_VERSION}. Regenerate it with this errcat, or compare catalog folders` };
  }
  // The model is committed and may have been edited: check what diff relies on.
  const definitions = new Set((shape.definitions as { code?: unknown }[]).map((d) => d?.code));
  const dangling = (shape.wireCodes as { code?: unknown; definition?: unknown }[]).find((w) => typeof w?.code !== 'string' || !definitions.has(w.definition));
  if (dangling) {
    return { error: `${displayPath(file)}: wire code ${JSON.stringify(dangling?.code)} points at no definition; the model is damaged` };
  }
  return { model: data as CatalogModel };
}
