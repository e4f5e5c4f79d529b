/**
 * `make bench-hostile`: time and peak memory (RSS) of `errcat validate` on
 * each hostile catalog of hostile-cases.mjs, as a child process killed after
 * a time limit. Prints one row per case: the seconds, the peak RSS, and how
 * it ended (the rule of its diagnostic at file:line, or "killed").
 *
 *   node test/bench/hostile.mjs [--timeout SECONDS] [--heap MB] [--scale F] [name filter]
 *
 * --scale 0.25 writes each input a quarter the size and lowers the token
 * limits alike (as test/bounds-process.test.ts does).
 *
 * Peak RSS is read from /proc/<pid>/status (VmHWM) every 20 ms, so it is
 * Linux-only and may miss a peak shorter than that; a killed run reports the
 * peak so far.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_CASES, scaledLimits, writeHostileCase } from './hostile-cases.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const timeoutS = flag('--timeout', 120);
const heapMb = flag('--heap', 0);
const scale = flag('--scale', 1);
const filter = args[0] ?? '';

function peakRssMb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs errcat validate on dir; resolves to seconds, peak RSS, exit code and stderr. */
function run(dir) {
  return new Promise((resolve) => {
    const nodeArgs = heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
    const start = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'bin/errcat.js'), 'validate', '--catalog', dir, ...scaledLimits(scale)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peak = 0;
    let killed = false;
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 1e6) stderr += chunk;
    });
    const sampler = setInterval(() => (peak = Math.max(peak, peakRssMb(child.pid))), 20);
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.on('exit', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      resolve({ seconds: (performance.now() - start) / 1000, peak, code: code ?? signal, killed, stderr });
    });
  });
}

const dir = path.join(os.tmpdir(), 'errcat-hostile');
console.log(`errcat validate on hostile catalogs (killed after ${timeoutS} s${heapMb ? `, --max-old-space-size=${heapMb}` : ''}):`);
for (const hostile of HOSTILE_CASES.filter((c) => c.name.includes(filter))) {
  writeHostileCase(dir, hostile, scale);
  const r = await run(dir);
  const first = r.stderr.split('\n').map((l) => /^(.*):(\d+):\d+ - error ([a-z0-9-]+):/.exec(l)).find(Boolean);
  const ended = r.killed ? 'killed' : first ? `${first[3]} at ${path.basename(first[1])}:${first[2]}` : r.stderr.includes('internal error') ? 'internal error' : 'valid';
  const want = hostile.want(scale);
  const expected = want.rule === 'none' ? 'valid' : `${want.rule} at ${want.file}:${want.line}`;
  console.log(`${ended === expected ? ' ' : '!'} ${hostile.name.padEnd(56)} ${r.seconds.toFixed(2).padStart(7)} s ${r.peak.toFixed(0).padStart(6)} MB  exit ${String(r.code).padEnd(7)} ${ended}`);
}
