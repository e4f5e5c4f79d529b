/**
 * Each hostile input of test/bench/hostile-cases.mjs, run as `errcat
 * validate` in a child process with a heap limit and a time limit: it must
 * end, by itself, with its diagnostic (rule, file, line) and exit 3 (an invalid catalog), or be
 * valid and exit 0. Inputs run at a tenth of their size with the token
 * limits scaled alike (`make bench-hostile` measures them at full size).
 * Durations are not asserted beyond the generous time limit: the machine
 * is shared.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES, scaledLimits, writeHostileCase } from './bench/hostile-cases.mjs';
import { EXIT } from '../generators/commands/exit-codes.js';
import { ROOT } from './helpers.js';

const SCALE = 0.1;
const HEAP_MB = 384;
const TIME_LIMIT_MS = 60_000;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-hostile-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function validate(dir: string): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const args = [`--max-old-space-size=${HEAP_MB}`, path.join(ROOT, 'bin/errcat.js'), 'validate', '--catalog', dir, ...scaledLimits(SCALE)];
    execFile(process.execPath, args, { timeout: TIME_LIMIT_MS, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      const e = error as (Error & { code?: number; signal?: string }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, signal: e?.signal ?? null, stderr });
    });
  });
}

describe('hostile inputs end in a diagnostic within bounded time and memory', () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, hostile) => {
    const dir = path.join(tmp, hostile.name.replace(/[^a-z0-9]+/gi, '-'));
    writeHostileCase(dir, hostile, SCALE);
    const { code, signal, stderr } = await validate(dir);
    expect(signal, 'killed by the time limit').toBeNull();
    expect(stderr).not.toMatch(/internal error|heap out of memory|Maximum call stack/);
    const want = hostile.want(SCALE);
    const errors = stderr.split('\n').map((l) => /^(.*):(\d+):\d+ - error ([a-z0-9-]+):/.exec(l)).filter((m) => m !== null);
    if (want.rule === 'none') {
      expect(errors).toEqual([]);
      expect(code).toBe(0);
    } else {
      expect(errors.map((m) => `${path.basename(m[1]!)}:${m[2]} ${m[3]}`)).toContain(`${want.file}:${want.line} ${want.rule}`);
      expect(code).toBe(EXIT.invalidCatalog);
    }
  }, TIME_LIMIT_MS + 10_000);
});
