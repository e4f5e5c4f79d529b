/**
 * The three YAML readers errcat's YAML must agree with: `yaml` (YAML 1.2),
 * js-yaml, and PyYAML (YAML 1.1, through python3), each compared with
 * JSON.parse of the JSON rendering of the same document.
 *
 * PyYAML is a Python package, not an npm one: the tests run it through
 * `ERRCAT_PYTHON` (default `python3`). Without it the YAML proofs use the
 * two JavaScript readers only and say so, except where
 * `ERRCAT_REQUIRE_PYYAML=1` (.ci/run sets it, after installing Debian's
 * python3-yaml when no Python on the machine has PyYAML): there a missing
 * PyYAML fails the run instead of passing it on two readers of three.
 */
import { execFileSync } from 'node:child_process';
import * as jsYaml from 'js-yaml';
import { expect } from 'vitest';
import { parse as parseYamlText } from 'yaml';

/** The Python that runs PyYAML. */
export const PYTHON = process.env.ERRCAT_PYTHON || 'python3';

/** What PyYAML reads from YAML texts, as JSON; null when there is no such Python or it has no PyYAML. */
export function readWithPyYaml(texts: readonly string[]): unknown[] | null {
  const script = 'import sys, json, yaml\nprint(json.dumps([yaml.safe_load(t) for t in json.loads(sys.stdin.buffer.read().decode("utf-8"))], ensure_ascii=True, default=str))';
  try {
    return JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(texts), maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] }).toString('utf8')) as unknown[];
  } catch (error) {
    const e = error as { code?: unknown; stderr?: unknown };
    if (e.code === 'ENOENT' || String(e.stderr ?? error).includes('No module named')) return null;
    throw error;
  }
}

/** True when PyYAML runs on this machine. */
export const PYYAML = readWithPyYaml(['a: 1']) !== null;
if (!PYYAML && process.env.ERRCAT_REQUIRE_PYYAML === '1') {
  throw new Error(`ERRCAT_REQUIRE_PYYAML=1, but ${PYTHON} has no PyYAML: install it (apt-get install python3-yaml, then ERRCAT_PYTHON=/usr/bin/python3)`);
}
if (!PYYAML) console.warn(`NOTE: ${PYTHON} has no PyYAML: YAML output is proved with yaml and js-yaml only, not PyYAML (apt-get install python3-yaml)`);

/** Reads YAML with the three readers and checks each agrees with the JSON of the same document. */
export function expectYamlReadsAsJson(yamls: readonly string[], jsons: readonly string[]): void {
  const want = jsons.map((j) => JSON.parse(j) as unknown);
  yamls.forEach((text, i) => {
    expect(parseYamlText(text), 'yaml').toEqual(want[i]);
    expect(jsYaml.load(text), 'js-yaml').toEqual(want[i]);
  });
  if (PYYAML) expect(readWithPyYaml(yamls), 'PyYAML').toEqual(want);
}
