/**
 * Hostile catalogs for the bounds on time and memory: each is a small valid
 * catalog plus one hostile file, and names the diagnostic errcat must end
 * with (rule, file, line). Shared by test/bounds-process.test.ts, which runs
 * each as a child process with a time and heap limit, and by hostile.mjs,
 * which measures them (`make bench-hostile`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const HEADER = `catalog:
  id: hostile
  title: Hostile
  version: 1.0.0
  package:
    name: "@hostile/errors"
  envelope:
    request_id_header: X-Request-ID
sections:
  - id: main
    title: Main
namespaces:
  auth:
    description: Auth
    section: main
`;

const MB = 1024 * 1024;

/** `text` repeated until the result is at least `bytes` long. */
function fill(text, bytes) {
  return text.repeat(Math.ceil(bytes / text.length));
}

/** A code whose meta has one string property `s` with `pattern`, and an example value for it. */
function patternCode(pattern, value) {
  return `codes:
  auth.pattern:
    status: 400
    description: A pattern.
    meta:
      type: object
      properties:
        s: { type: string, pattern: ${JSON.stringify(pattern)}, description: S. }
    example:
      message: m
      meta:
        s: ${JSON.stringify(value)}
`;
}

/** 50 a's and a b: an input a backtracking engine takes 2^50 (or fib(50)) steps on. */
const EVIL = `${'a'.repeat(50)}b`;

/** The default token limits, which a scaled run scales down with the input. */
const FILE_TOKENS = 2_000_000;
const CATALOG_TOKENS = 12_000_000;
/** Lexical tokens of HEADER (yaml's Lexer), and of a block sequence file: 5 for `x-junk:` and its line break, 6 per `  - a` line. */
const HEADER_TOKENS = 101;
/** The line a block sequence file stops at when its budget is `b` tokens (reading stops at token b + 1). */
const blockStopLine = (b) => (b < 5 ? 1 : 2 + Math.floor((b - 5) / 6));
const JUNK_FILES = 10;
/** Items per junk file: each file (5 + 6 * n tokens) is under the file limit, ten of them over the catalog's. */
const junkItems = (scale) => Math.floor((0.9 * FILE_TOKENS * scale) / 6);

/**
 * Every hostile case, at a scale (1: as issue 8 measured it; smaller for a
 * quicker test, with the token limits scaled alike). `files` is added to the
 * header file; `want` is the diagnostic errcat must print (file name, rule,
 * line), or rule "none" for a catalog that is valid.
 *
 * @type {{ name: string, files: (scale: number) => Record<string, string>, want: (scale: number) => { file: string, rule: string, line: number } }[]}
 */
export const HOSTILE_CASES = [
  {
    name: 'flow sequence of 10 MB',
    files: (scale) => ({ 'junk.yaml': `x-junk: [${fill('a, ', 10 * MB * scale)}a]\n` }),
    want: () => ({ file: 'junk.yaml', rule: 'yaml-too-large', line: 1 }),
  },
  {
    name: 'block sequence of 20 MB',
    files: (scale) => ({ 'junk.yaml': `x-junk:\n${fill('  - a\n', 20 * MB * scale)}` }),
    want: (scale) => ({ file: 'junk.yaml', rule: 'yaml-too-large', line: blockStopLine(FILE_TOKENS * scale) }),
  },
  {
    name: 'unterminated flow line of 5 MB',
    files: (scale) => ({ 'junk.yaml': `x-junk: [${fill('a, ', 5 * MB * scale)}` }),
    want: () => ({ file: 'junk.yaml', rule: 'yaml-too-large', line: 1 }),
  },
  {
    name: '32 MB of comment lines',
    files: (scale) => ({ 'junk.yaml': `x-junk: 1\n${fill('#\n', 32 * MB * scale)}` }),
    want: (scale) => ({ file: 'junk.yaml', rule: 'yaml-too-large', line: 2 + Math.floor((FILE_TOKENS * scale - 8) / 2) }),
  },
  {
    name: 'unterminated quoted scalar of 5 MB',
    files: (scale) => ({ 'junk.yaml': `x-junk: "${fill('a ', 5 * MB * scale)}` }),
    want: () => ({ file: 'junk.yaml', rule: 'yaml-syntax', line: 1 }),
  },
  {
    name: `${JUNK_FILES} files of 1.8 million tokens each`,
    files: (scale) => Object.fromEntries(Array.from({ length: JUNK_FILES }, (_, i) => [`junk-${i}.yaml`, `x-junk:\n${'  - a\n'.repeat(junkItems(scale))}`])),
    want: (scale) => {
      // Files are read in path order, the header first; the budget runs out in the first file it does not cover.
      const perFile = 5 + 6 * junkItems(scale);
      const full = Math.floor((CATALOG_TOKENS * scale - HEADER_TOKENS) / perFile);
      return { file: `junk-${full}.yaml`, rule: 'catalog-too-large', line: blockStopLine(CATALOG_TOKENS * scale - HEADER_TOKENS - full * perFile) };
    },
  },
  { name: 'pattern ^(a|a)*$, matching example', files: () => ({ 'codes.yaml': patternCode('^(a|a)*$', 'a'.repeat(40)) }), want: () => ({ file: 'codes.yaml', rule: 'none', line: 0 }) },
  { name: 'pattern ^(a|a)*$, non-matching example', files: () => ({ 'codes.yaml': patternCode('^(a|a)*$', EVIL) }), want: () => ({ file: 'codes.yaml', rule: 'example-invalid', line: 12 }) },
  // Unanchored: it matches at the end of any string, after a backtracking engine has tried 2^30 ways at the start.
  { name: 'pattern (a|a)*$, example a backtracking engine is slow to match', files: () => ({ 'codes.yaml': patternCode('(a|a)*$', EVIL) }), want: () => ({ file: 'codes.yaml', rule: 'none', line: 0 }) },
  { name: 'pattern ^(a|aa)+$, non-matching example', files: () => ({ 'codes.yaml': patternCode('^(a|aa)+$', EVIL) }), want: () => ({ file: 'codes.yaml', rule: 'example-invalid', line: 12 }) },
  { name: 'pattern with a lookahead', files: () => ({ 'codes.yaml': patternCode('^(?=a)a+$', 'aaa') }), want: () => ({ file: 'codes.yaml', rule: 'pattern-unsupported', line: 8 }) },
  {
    name: '$ref cycle',
    files: () => ({
      'codes.yaml': `codes:
  auth.cycle:
    status: 400
    description: A cycle.
    meta:
      type: object
      $defs:
        a: { $ref: "#/$defs/b" }
        b: { $ref: "#/$defs/a" }
      properties:
        x: { $ref: "#/$defs/a", description: X. }
    example:
      message: m
      meta: { x: 1 }
`,
    }),
    want: () => ({ file: 'codes.yaml', rule: 'meta-schema-ref-cycle', line: 9 }),
  },
];

/**
 * Writes one case's catalog into `dir` (emptied first).
 *
 * @param {string} dir
 * @param {(typeof HOSTILE_CASES)[number]} hostile
 * @param {number} [scale] fraction of the case's size, for quicker runs
 */
export function writeHostileCase(dir, hostile, scale = 1) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'catalog.yaml'), HEADER);
  for (const [file, text] of Object.entries(hostile.files(scale))) writeFileSync(path.join(dir, file), text);
}

/**
 * The command-line limits for a scaled run: the token limits times the scale.
 *
 * @param {number} scale
 * @returns {string[]}
 */
export function scaledLimits(scale) {
  return scale === 1 ? [] : ['--limit', `file-tokens=${FILE_TOKENS * scale}`, '--limit', `catalog-tokens=${CATALOG_TOKENS * scale}`];
}
