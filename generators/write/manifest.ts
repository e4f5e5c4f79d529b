/**
 * The manifest: the list of files errcat generated in an output folder,
 * with the SHA-256 of the bytes it wrote. It is generated output itself
 * (deterministic, committed, checked by `generate --check`), and it is what
 * makes removal safe: errcat removes a file only if the manifest lists it
 * and its bytes are still the ones errcat wrote.
 */
import { createHash } from 'node:crypto';
import { compareStrings } from '../diagnostics.js';
import { isSafeRelative, RESERVED_NAMES } from './paths.js';

/** The manifest's format; a manifest of another format is refused, not guessed at. */
export const MANIFEST_FORMAT = 1;

/** Relative path → SHA-256 (hex) of the bytes errcat wrote there. */
export type Manifest = ReadonlyMap<string, string>;

const ABOUT =
  'The files errcat generated in this folder, with the SHA-256 of their bytes. errcat overwrites or removes only files listed here. Generated: do not edit.';

/** The SHA-256 of text as UTF-8, in hex. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The manifest's bytes: sorted keys and paths, two-space JSON, LF. */
export function renderManifest(manifest: Manifest): string {
  const files: Record<string, string> = {};
  for (const file of [...manifest.keys()].sort(compareStrings)) files[file] = manifest.get(file)!;
  return `${JSON.stringify({ about: ABOUT, files, format: MANIFEST_FORMAT }, null, 2)}\n`;
}

/**
 * Reads a manifest's text. Anything not exactly the shape errcat writes is
 * an error (never a guess): a damaged manifest could otherwise make errcat
 * remove files it did not write.
 */
export function parseManifest(text: string): { manifest: Manifest } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'is not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'is not a JSON object' };
  const { format, files } = data as { format?: unknown; files?: unknown };
  if (format !== MANIFEST_FORMAT) return { error: `has format ${JSON.stringify(format)}; this errcat reads format ${MANIFEST_FORMAT}` };
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return { error: 'has no "files" object' };
  const manifest = new Map<string, string>();
  for (const [file, hash] of Object.entries(files)) {
    if (!isSafeRelative(file) || !file.includes('/') || RESERVED_NAMES.includes(file.split('/')[0]!)) {
      return { error: `lists ${JSON.stringify(file)}, which is not a path errcat writes` };
    }
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return { error: `has no SHA-256 for ${JSON.stringify(file)}` };
    manifest.set(file, hash);
  }
  return { manifest };
}
