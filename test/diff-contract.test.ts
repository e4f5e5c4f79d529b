/**
 * The breaking-change guard, end to end: every labelled single edit of
 * test/contract/edits.ts is committed in a temporary git repository and
 * judged by the built CLI as a child process (`errcat diff --base base
 * --head <edit> --format json`). Each row asserts the most severe verdict,
 * the kind of change, and that every change carries a position. The
 * precision over the table is printed; ERRCAT_DIFF_BASELINE=<path to
 * another bin/errcat.js> also measures that errcat's diff (folders, --json)
 * on the same table.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdit, CONTRACT_EDITS, type ContractEdit, type Expected } from './contract/edits.js';
import { commitVersion, contractRepo, errcat, pool, type Result } from './contract/git-repo.js';

interface JsonChange {
  file: string | null;
  line: number | null;
  column: number | null;
  verdict: 'breaking' | 'compatible' | 'notice';
  kind: string;
  code: string;
}

let repo: Awaited<ReturnType<typeof contractRepo>>;
const results = new Map<string, Result>();

beforeAll(async () => {
  repo = await contractRepo();
  for (const [i, edit] of CONTRACT_EDITS.entries()) await commitVersion(repo, `e${i}`, applyEdit(repo.baseText, edit));
  const runs = CONTRACT_EDITS.map((_, i) => () => errcat(['diff', '--base', 'base', '--head', `e${i}`, '--format', 'json', '--no-version-check'], repo.dir));
  (await pool(runs, 2)).forEach((r, i) => results.set(CONTRACT_EDITS[i]!.name, r));
}, 600_000);

afterAll(async () => {
  if (repo) await rm(repo.dir, { recursive: true, force: true });
});

const RANK: Record<Expected, number> = { none: 0, notice: 1, compatible: 2, breaking: 3 };

function worst(verdicts: readonly string[]): Expected {
  return verdicts.reduce<Expected>((w, v) => (RANK[v as Expected] > RANK[w] ? (v as Expected) : w), 'none');
}

/** Caught breaking, false breaking and silent notices, the figures issue 12 measured. */
function precision(rows: readonly { edit: ContractEdit; got: Expected }[]) {
  const of = (want: Expected) => rows.filter((r) => r.edit.verdict === want);
  return {
    caughtBreaking: `${of('breaking').filter((r) => r.got === 'breaking').length}/${of('breaking').length}`,
    compatibleFlaggedBreaking: `${of('compatible').filter((r) => r.got === 'breaking').length}/${of('compatible').length}`,
    noticesSilent: `${of('notice').filter((r) => r.got === 'none').length}/${of('notice').length}`,
    reorderingsReported: `${of('none').filter((r) => r.got !== 'none').length}/${of('none').length}`,
    exact: `${rows.filter((r) => r.got === r.edit.verdict).length}/${rows.length}`,
  };
}

describe('errcat diff on the labelled contract edits', () => {
  it('has at least 60 rows, covering every verdict', () => {
    expect(CONTRACT_EDITS.length).toBeGreaterThanOrEqual(60);
    for (const want of ['breaking', 'compatible', 'notice', 'none'] as const) expect(CONTRACT_EDITS.some((e) => e.verdict === want)).toBe(true);
  });

  it.each(CONTRACT_EDITS.map((e) => [e.name, e] as const))('%s', (_name, edit) => {
    const result = results.get(edit.name)!;
    expect(result.code, `${edit.name}: ${result.stderr}`).toBe(edit.verdict === 'breaking' ? 1 : 0);
    const changes = (JSON.parse(result.stdout) as { changes: JsonChange[] }).changes;
    const summary = changes.map((c) => `${c.verdict} ${c.kind} ${c.code}`);
    expect(worst(changes.map((c) => c.verdict)), `${edit.name} (${edit.why}): ${summary.join('; ')}`).toBe(edit.verdict);
    if (edit.kind) expect(changes.map((c) => c.kind), edit.name).toContain(edit.kind);
    for (const c of changes) {
      expect(c.file, `${edit.name}: ${c.kind}`).toBe('catalog/catalog.yaml');
      expect(c.line).toBeGreaterThan(0);
      expect(c.column).toBeGreaterThan(0);
    }
  });

  it('measures its precision on the table (and a baseline errcat when ERRCAT_DIFF_BASELINE is set)', async () => {
    const ours = CONTRACT_EDITS.map((edit) => ({ edit, got: worst((JSON.parse(results.get(edit.name)!.stdout) as { changes: JsonChange[] }).changes.map((c) => c.verdict)) }));
    const figures = precision(ours);
    console.log(`errcat diff on ${CONTRACT_EDITS.length} contract edits:`, figures);
    expect(figures.exact).toBe(`${CONTRACT_EDITS.length}/${CONTRACT_EDITS.length}`);
    const baseline = process.env.ERRCAT_DIFF_BASELINE;
    if (!baseline) return;
    // The older CLI compares folders: write each version out.
    const dirs = path.join(repo.dir, 'folders');
    await mkdir(path.join(dirs, 'base'), { recursive: true });
    await writeFile(path.join(dirs, 'base/catalog.yaml'), repo.baseText);
    const runs = CONTRACT_EDITS.map((edit, i) => async () => {
      await mkdir(path.join(dirs, `e${i}`), { recursive: true });
      await writeFile(path.join(dirs, `e${i}/catalog.yaml`), applyEdit(repo.baseText, edit));
      const r = await errcat(['diff', path.join(dirs, 'base'), path.join(dirs, `e${i}`), '--json'], repo.dir, baseline);
      const list = JSON.parse(r.stdout || '[]') as { impact?: string; verdict?: string }[];
      return { edit, got: worst(list.map((c) => c.impact ?? c.verdict ?? 'none')) };
    });
    console.log(`baseline ${baseline} on the same edits:`, precision(await pool(runs, 2)));
  }, 1_800_000);
});
