/**
 * The versions `errcat diff` and `errcat changelog` compare: a catalog
 * folder, a model JSON (out/model/catalog.json), or the catalog folder as
 * it is in a git commit. Git versions are read straight from git's objects
 * (`git ls-tree`, `git cat-file --batch`): no checkout, no temporary file.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Finding } from '../diagnostics.js';
import { loadCatalog, loadModelFile, type SourceFile } from '../load.js';
import type { CatalogModel } from '../model.js';
import type { ErrcatOptions } from '../options.js';
import { parseYaml } from '../parse-yaml.js';
import { checkLoaded } from '../pipeline.js';
import type { CatalogSource } from './locate.js';

/** A version read: its model and, for a catalog, its sources (for positions). */
export type Version =
  | { readonly ok: true; readonly model: CatalogModel; readonly source: CatalogSource | null; readonly diagnostics: readonly Diagnostic[]; readonly label: string }
  /** `unreadable`: no such file, folder or ref (a usage problem); `invalid`: the catalog has errors (in diagnostics). */
  | { readonly ok: false; readonly problem: 'unreadable' | 'invalid'; readonly message: string; readonly diagnostics: readonly Diagnostic[] };

/** Reads a catalog folder or a model JSON file from the working tree. */
export async function readVersion(source: string, options: ErrcatOptions): Promise<Version> {
  if (source.endsWith('.json')) {
    const loaded = await loadModelFile(source);
    return 'error' in loaded ? { ok: false, problem: 'unreadable', message: loaded.error, diagnostics: [] } : { ok: true, model: loaded.model, source: null, diagnostics: [], label: source };
  }
  const loaded = await loadCatalog(source, options.limits);
  if (loaded.files.length === 0 && loaded.findings.some((f) => f.rule === 'file-unreadable' || f.rule === 'catalog-empty')) {
    return { ok: false, problem: 'unreadable', message: `${source}: ${loaded.findings[0]!.message}`, diagnostics: [] };
  }
  return checked(loaded.files, loaded.findings, { ...options, catalogDir: source }, source);
}

function checked(files: SourceFile[], findings: Finding[], options: ErrcatOptions, label: string): Version {
  const result = checkLoaded(files, findings, options);
  if (!result.model) return { ok: false, problem: 'invalid', message: `${label} has errors; fix them before comparing`, diagnostics: result.diagnostics };
  return { ok: true, model: result.model, source: { files, merged: result.merged }, diagnostics: result.diagnostics, label };
}

/** Runs git with arguments (never through a shell) and resolves to its stdout as bytes. */
function git(args: readonly string[], input?: Buffer): Promise<{ ok: true; out: Buffer } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const child = execFile('git', [...args], { encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) resolve({ ok: false, message: (stderr.toString('utf8').trim().split('\n')[0] || error.message).trim() });
      else resolve({ ok: true, out: stdout });
    });
    if (input) child.stdin?.end(input);
  });
}

/**
 * Reads the catalog folder `options.catalogDir` as it is in git commit
 * `ref`. `display` says how files are named: `ref` names them
 * `<ref>:<path>` (the base: not the files on disk), `worktree` as on disk
 * (the head, so positions and annotations point at the files in review).
 */
export async function readGitVersion(ref: string, options: ErrcatOptions, display: 'ref' | 'worktree'): Promise<Version> {
  const unreadable = (message: string): Version => ({ ok: false, problem: 'unreadable', message, diagnostics: [] });
  if (ref === '' || ref.startsWith('-')) return unreadable(`${JSON.stringify(ref)} is not a git ref`);
  const top = await git(['rev-parse', '--show-toplevel']);
  if (!top.ok) return unreadable(`--base/--head need a git repository: ${top.message}`);
  const commit = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!commit.ok) return unreadable(`git ref ${JSON.stringify(ref)} does not name a commit here`);
  const oid = commit.out.toString('utf8').trim();
  const root = await realpath(top.out.toString('utf8').trim());
  const dir = await realpathOrSelf(path.resolve(options.catalogDir));
  const inRepo = path.relative(root, dir).split(path.sep).join('/');
  if (inRepo.startsWith('..') || path.isAbsolute(inRepo)) return unreadable(`${options.catalogDir} is outside the git repository ${root}`);
  const prefix = inRepo === '' ? '' : `${inRepo}/`;
  const listed = await git(['ls-tree', '-r', '-z', '--long', '--full-tree', oid, '--', ...(prefix ? [prefix] : [])]);
  if (!listed.ok) return unreadable(`git ls-tree ${ref}: ${listed.message}`);
  // "<mode> <type> <oid> <size>\t<path>", NUL-terminated; only regular files, like loadCatalog.
  const entries = listed.out
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, object, size] = line.slice(0, tab).split(/\s+/);
      return { mode: mode!, type: type!, object: object!, size: Number(size), file: line.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755') && /\.ya?ml$/.test(e.file))
    .filter((e) => !e.file.slice(prefix.length).split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (entries.length === 0) return unreadable(`${ref}:${prefix || '.'} holds no *.yaml file (is --catalog right for that commit?)`);

  const findings: Finding[] = [];
  const files: SourceFile[] = [];
  const shown = (file: string) => (display === 'ref' ? `${ref}:${file}` : displayPath(path.join(root, file)));
  const wanted = entries.filter((e) => {
    if (e.size <= options.limits.maxFileBytes) return true;
    findings.push({ rule: 'file-too-large', message: `${e.size} bytes; the limit is ${options.limits.maxFileBytes}`, file: shown(e.file), path: [], position: { line: 1, column: 1 } });
    return false;
  });
  const blobs = await git(['cat-file', '--batch'], Buffer.from(wanted.map((e) => `${e.object}\n`).join(''), 'utf8'));
  if (!blobs.ok) return unreadable(`git cat-file: ${blobs.message}`);
  // The batch output is "<oid> blob <size>\n<bytes>\n" per object, in the order asked.
  let offset = 0;
  for (const e of wanted) {
    const headerEnd = blobs.out.indexOf(0x0a, offset);
    const size = Number(blobs.out.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
    const bytes = blobs.out.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    const file = shown(e.file);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      findings.push({ rule: 'file-encoding', message: 'the file is not valid UTF-8', file, path: [], position: { line: 1, column: 1 } });
      continue;
    }
    const parsed = parseYaml(file, text, options.limits);
    findings.push(...parsed.findings);
    files.push({ file, text, data: parsed.data });
  }
  // Model paths (source files) are relative to the catalog folder, as for a folder on disk.
  const catalogDir = display === 'ref' ? `${ref}:${prefix}` : options.catalogDir;
  return checked(files, findings, { ...options, catalogDir }, `${ref}:${prefix || '.'}`);
}

async function realpathOrSelf(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    // The folder may be gone from the working tree and still be in the commit.
    const parent = path.dirname(p);
    return parent === p ? p : path.join(await realpathOrSelf(parent), path.basename(p));
  }
}

function displayPath(p: string): string {
  const relative = path.relative(process.cwd(), p);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? p : relative;
  return shown.split(path.sep).join('/');
}
