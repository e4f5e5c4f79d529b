/**
 * `make bench`: errcat's cost at every size, as a user pays it. For each size
 * (the embedded catalog, then synthetic catalogs of N codes written by
 * synthetic.mjs) it runs the real CLI (bin/errcat.js) as a child process and,
 * alternating with it, a yardstick on the same files: the floor script
 * (floor.mjs) for the synthetic sizes, importing the five design
 * dependencies (import-deps.mjs) for the embedded catalog. Each case runs
 * several times; the report gives medians of wall time, of each stage
 * (from errcat's performance marks) and of peak RSS, and the ratio to the
 * yardstick taken pair by pair (the median of the pairs' ratios), so a noisy
 * shared machine slows both sides of a pair alike.
 *
 * Cases: `generate` into an empty folder, `validate`, a no-op
 * `generate --check`, a one-code edit regenerated into an existing out/
 * (`edit`), and on the embedded catalog `--help`, `--version` and `explain`.
 *
 *   BENCH_SIZES=embedded,1000,10000   the default; add 100000 (about 15 minutes more)
 *   BENCH_RUNS=n                      runs of each case (default 5, 3 at 10,000 codes, 1 from 100,000)
 *   BENCH_CASES=generate,validate     only these cases
 *   BENCH_OUT=file.json               where the JSON results go (default .bench/latest.json)
 *   BENCH_ERRCAT=path/bin/errcat.js   another build of errcat to time (another worktree's, for a before/after)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, runTimed } from './child.mjs';
import { writeSyntheticCatalog } from './synthetic.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ERRCAT = path.resolve(process.env.BENCH_ERRCAT ?? path.join(ROOT, 'bin/errcat.js'));
const FLOOR = fileURLToPath(new URL('./floor.mjs', import.meta.url));
const IMPORT_DEPS = fileURLToPath(new URL('./import-deps.mjs', import.meta.url));

const sizes = (process.env.BENCH_SIZES ?? 'embedded,1000,10000').split(',').filter(Boolean);
const onlyCases = process.env.BENCH_CASES?.split(',').filter(Boolean);
const outFile = path.resolve(process.env.BENCH_OUT ?? path.join(ROOT, '.bench/latest.json'));
const work = mkdtempSync(path.join(os.tmpdir(), 'errcat-bench-'));

/** How many times each case runs at a size. */
function runsAt(n) {
  if (process.env.BENCH_RUNS) return Number(process.env.BENCH_RUNS);
  return n >= 100_000 ? 1 : n >= 10_000 ? 3 : 5;
}

/** A fresh empty folder under the bench's work folder. */
let folders = 0;
function freshDir(label) {
  const dir = path.join(work, `${label}-${++folders}`);
  mkdirSync(dir);
  return dir;
}

/**
 * Changes one code's description, and back on the next call: the first
 * plain or simply quoted description in the first file of codes, so the
 * edit is one code whatever the catalog.
 */
function editOneCode(catalogDir) {
  const file = readdirSync(catalogDir, { recursive: true })
    .filter((f) => f.endsWith('.yaml') && f !== 'catalog.yaml')
    .sort()
    .map((f) => path.join(catalogDir, f))[0];
  const text = readFileSync(file, 'utf8');
  // A plain scalar (description: Text.) or a double-quoted one without escapes (description: "Text.").
  const line = /^( {4}description: )(?:"([^"\\\n]*)"|([A-Za-z][^"'#\n]*))$/m;
  const edited = text.replace(line, (_, key, quoted, plain) => {
    const value = quoted ?? plain;
    const next = value.endsWith(' Edited.') ? value.slice(0, -' Edited.'.length) : `${value} Edited.`;
    return quoted === undefined ? `${key}${next}` : `${key}"${next}"`;
  });
  if (edited === text) throw new Error(`no plain description to edit in ${file}`);
  writeFileSync(file, edited);
}

/** One size: its catalog folder, its yardstick, and the cases to run on it. */
function prepareSize(label) {
  const catalogDir = path.join(work, `catalog-${label}`);
  if (label === 'embedded') cpSync(path.join(ROOT, 'catalog'), catalogDir, { recursive: true });
  else writeSyntheticCatalog(catalogDir, Number(label), { rich: true });
  const summary = JSON.parse(execFileSync(process.execPath, [ERRCAT, 'validate', '--catalog', catalogDir, '--format', 'json'], { encoding: 'utf8' }));
  if (!summary.ok || summary.diagnostics.length > 0) throw new Error(`the ${label} catalog is not clean: ${JSON.stringify(summary.diagnostics.slice(0, 3))}`);
  const definitions = summary.data.definitions;
  const yardstick =
    label === 'embedded'
      ? { name: 'import the five dependencies', run: () => runTimed(IMPORT_DEPS, [], { cwd: ROOT }) }
      : { name: 'floor', run: () => runTimed(FLOOR, [catalogDir, freshDir('floor')]) };
  const out = path.join(work, `out-${label}`);
  const errcat = (command, args) => runTimed(ERRCAT, [command, '--catalog', catalogDir, ...args], { cwd: work });
  const cases = [
    ['generate', () => errcat('generate', ['--out', freshDir('out')])],
    ['validate', () => errcat('validate', [])],
    ['check', () => errcat('generate', ['--check', '--out', out]), { before: () => execFileSync(process.execPath, [ERRCAT, 'generate', '--catalog', catalogDir, '--out', out]) }],
    ['edit', () => (editOneCode(catalogDir), errcat('generate', ['--out', out]))],
  ];
  if (label === 'embedded') {
    cases.push(['help', () => runTimed(ERRCAT, ['--help'], { cwd: work })]);
    cases.push(['version', () => runTimed(ERRCAT, ['--version'], { cwd: work })]);
    cases.push(['explain', () => runTimed(ERRCAT, ['explain', 'auth.invalid_key', '--catalog', catalogDir], { cwd: work })]);
  }
  return { catalogDir, definitions, yardstick, cases };
}

/** The command line of a case, for the report: errcat's options go after the command. */
const COMMANDS = { generate: 'generate', validate: 'validate', check: 'generate --check', edit: 'generate (one code edited)', help: '--help', version: '--version', explain: 'explain CODE' };

const results = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', date: new Date().toISOString(), sizes: [] };
try {
  for (const label of sizes) {
    const size = prepareSize(label);
    const n = size.definitions;
    const runs = runsAt(label === 'embedded' ? 0 : n);
    // A list, in the order run: as object keys, integer-like sizes would come first.
    const entry = { size: label, definitions: n, yardstick: size.yardstick.name, runs, cases: {} };
    results.sizes.push(entry);
    console.log(`\n${label === 'embedded' ? 'embedded catalog' : `${label} synthetic codes`} (${n} definitions), ${runs} run(s) of each case, yardstick: ${size.yardstick.name}`);
    for (const [name, run, opts] of size.cases) {
      if (onlyCases && !onlyCases.includes(name)) continue;
      opts?.before?.();
      const pairs = [];
      for (let r = 0; r < runs; r++) {
        // Alternate which goes first, so neither always meets a warm or a busy machine.
        const [a, b] = r % 2 === 0 ? [run, size.yardstick.run] : [size.yardstick.run, run];
        const first = await a();
        const second = await b();
        pairs.push(r % 2 === 0 ? { errcat: first, yardstick: second } : { errcat: second, yardstick: first });
      }
      entry.cases[name] = summarize(name, n, pairs);
      printCase(name, entry.cases[name]);
    }
  }
  printLinearity(results);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults: ${path.relative(process.cwd(), outFile)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Medians of a case's pairs; the ratio is the median of each pair's ratio. */
function summarize(name, n, pairs) {
  const stageNames = [...new Set(pairs.flatMap((p) => Object.keys(p.errcat.stages)))];
  return {
    command: COMMANDS[name],
    ms: median(pairs.map((p) => p.errcat.ms)),
    rssMb: median(pairs.map((p) => p.errcat.rssMb)),
    stages: Object.fromEntries(stageNames.map((s) => [s, median(pairs.map((p) => p.errcat.stages[s] ?? 0))])),
    yardstickMs: median(pairs.map((p) => p.yardstick.ms)),
    yardstickRssMb: median(pairs.map((p) => p.yardstick.rssMb)),
    ratio: median(pairs.map((p) => p.errcat.ms / p.yardstick.ms)),
    perCodeMs: median(pairs.map((p) => p.errcat.ms)) / n,
    pairs,
  };
}

function printCase(name, c) {
  const stages = Object.entries(c.stages)
    .map(([s, ms]) => `${s} ${(ms / 1000).toFixed(2)}`)
    .join(', ');
  console.log(
    `  ${c.command.padEnd(27)} ${(c.ms / 1000).toFixed(2).padStart(7)} s ${c.rssMb.toFixed(0).padStart(5)} MiB | yardstick ${(c.yardstickMs / 1000).toFixed(2).padStart(6)} s ${c.yardstickRssMb.toFixed(0).padStart(4)} MiB | ${c.ratio.toFixed(1).padStart(5)}×${stages ? `  [${stages}]` : ''}`,
  );
}

/** Per-code cost of generate at each synthetic size over that at the smallest (1.0 = linear). */
function printLinearity(all) {
  const rows = all.sizes.filter((s) => s.size !== 'embedded' && s.cases.generate);
  if (rows.length < 2) return;
  const base = rows[0].cases.generate.perCodeMs;
  console.log(`\nper-code cost of generate relative to ${rows[0].size} codes (1.0 = linear):`);
  for (const s of rows) console.log(`  ${s.size.padStart(7)}: ${(s.cases.generate.perCodeMs / base).toFixed(2)}`);
}
