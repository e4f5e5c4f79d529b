/**
 * Runs one process the way `make bench` times it: `node --import probe.mjs
 * SCRIPT ...args`, wall time measured here from spawn to exit, peak RSS and
 * errcat's stage marks reported by the probe (probe.mjs). Node's default
 * heap: no flag of the parent's reaches the child.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./probe.mjs', import.meta.url));

/**
 * @typedef {{ ms: number, rssMb: number, stages: Record<string, number>, code: number }} Run
 * stages: milliseconds of each stage, `start-up` being the time from the
 * process's start to errcat's first stage (module loading, argument parsing).
 */

/**
 * @param {string} script
 * @param {string[]} args
 * @param {{ cwd?: string, ok?: number[] }} [opts] ok: the exit codes that are not a failure (default 0)
 * @returns {Promise<Run>}
 */
export async function runTimed(script, args, opts = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'errcat-bench-probe-'));
  const report = path.join(dir, 'probe.json');
  const env = { ...process.env, ERRCAT_BENCH_PROBE: report, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  const start = performance.now();
  const { code, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', PROBE, script, ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (c) => resolve({ code: c ?? 1, stderr: err }));
  });
  const ms = performance.now() - start;
  const ok = opts.ok ?? [0];
  if (!ok.includes(code)) throw new Error(`${path.basename(script)} ${args.join(' ')} exited ${code}:\n${stderr.slice(0, 2000)}`);
  const probe = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return { ms, rssMb: probe.maxRssKb / 1024, stages: stagesOf(probe.marks), code };
}

/** Stage durations from the marks, each ending at its mark; `start-up` ends at errcat's `start`. */
function stagesOf(marks) {
  const stages = {};
  let previous = 0;
  for (const [name, at] of marks) {
    stages[name === 'start' ? 'start-up' : name] = at - previous;
    previous = at;
  }
  return stages;
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
