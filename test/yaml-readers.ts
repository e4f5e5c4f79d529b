/**
 * The three YAML readers errcat's YAML must agree with: `yaml` (YAML 1.2),
 * js-yaml, and PyYAML (YAML 1.1, through python3), each compared with
 * JSON.parse of the JSON rendering of the same document.
 */
import { execFileSync } from 'node:child_process';
import * as jsYaml from 'js-yaml';
import { expect } from 'vitest';
import { parse as parseYamlText } from 'yaml';

/** What PyYAML reads from YAML texts, as JSON; null when there is no python3 or it has no PyYAML. */
export function readWithPyYaml(texts: readonly string[]): unknown[] | null {
  const script = 'import sys, json, yaml\nprint(json.dumps([yaml.safe_load(t) for t in json.load(sys.stdin)]))';
  try {
    return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(texts), maxBuffer: 256 * 1024 * 1024 }).toString());
  } catch (error) {
    const e = error as { code?: unknown; stderr?: unknown };
    if (e.code === 'ENOENT' || String(e.stderr ?? error).includes('No module named')) return null;
    throw error;
  }
}

export const PYYAML = readWithPyYaml(['a: 1']) !== null;
if (!PYYAML) console.warn('NOTE: python3 with PyYAML is not available: YAML output is proved with yaml and js-yaml only, not PyYAML (apt-get install python3-yaml)');

/** Reads YAML with the three readers and checks each agrees with the JSON of the same document. */
export function expectYamlReadsAsJson(yamls: readonly string[], jsons: readonly string[]): void {
  const want = jsons.map((j) => JSON.parse(j) as unknown);
  yamls.forEach((text, i) => {
    expect(parseYamlText(text), 'yaml').toEqual(want[i]);
    expect(jsYaml.load(text), 'js-yaml').toEqual(want[i]);
  });
  if (PYYAML) expect(readWithPyYaml(yamls), 'PyYAML').toEqual(want);
}
