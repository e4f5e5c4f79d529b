/**
 * `errcat diff` at the command line, in a temporary git repository: the
 * semver check, --strict, retired-code reuse, each exit code, and the
 * json and github shapes. The verdict table is test/diff-contract.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_FILE, contractRepo, errcat } from './contract/git-repo.js';
import { rm } from 'node:fs/promises';

let repo: Awaited<ReturnType<typeof contractRepo>>;
beforeAll(async () => {
  repo = await contractRepo();
}, 60_000);
afterAll(async () => {
  if (repo) await rm(repo.dir, { recursive: true, force: true });
});

/** Writes the working tree's catalog: the base text with replacements. */
async function workingTree(...edits: [string, string][]): Promise<void> {
  let text = repo.baseText;
  for (const [from, to] of edits) {
    expect(text.includes(from), from).toBe(true);
    text = text.replace(from, to);
  }
  await writeFile(path.join(repo.dir, CATALOG_FILE), text);
}

const STATUS = ['    status: 422\n', '    status: 400\n'] as [string, string];
const version = (v: string) => ['  version: 1.4.0\n', `  version: ${v}\n`] as [string, string];

describe('errcat diff --base', () => {
  it('exits 0 on a clean tree and prints no change', async () => {
    await workingTree();
    const r = await errcat(['diff', '--base', 'base'], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^0 change\(s\)/);
  });

  it.each([
    ['a breaking change with a major bump passes semver but fails as breaking', [STATUS, version('2.0.0')], [], 1, 'major', true],
    ['a breaking change allowed, with a major bump', [STATUS, version('2.0.0')], ['--allow-breaking'], 0, 'major', true],
    ['a breaking change allowed, without the bump', [STATUS, version('1.5.0')], ['--allow-breaking'], 1, 'major', false],
    ['an addition needs a minor bump: a patch fails', [['        box:\n', '        colour:\n          type: string\n          description: The colour.\n        box:\n'], version('1.4.1')], [], 1, 'minor', false],
    ['an addition with a minor bump passes', [['        box:\n', '        colour:\n          type: string\n          description: The colour.\n        box:\n'], version('1.5.0')], [], 0, 'minor', true],
    ['a deprecation needs a minor bump', [['    since: "1.1"\n', '    since: "1.1"\n    deprecated:\n      since: "1.5"\n'], version('1.4.1')], [], 1, 'minor', false],
    ['wording needs a patch bump', [['    body: Open a claim.\n', '    body: Open a claim now.\n'], version('1.4.1')], [], 0, 'patch', true],
    ['wording without a bump fails', [['    body: Open a claim.\n', '    body: Open a claim now.\n']], [], 1, 'patch', false],
    ['--no-version-check lets it pass', [['    body: Open a claim.\n', '    body: Open a claim now.\n']], ['--no-version-check'], 0, 'patch', false],
  ] as [string, [string, string][], string[], number, string, boolean][])('%s', async (_name, edits, flags, code, needed, ok) => {
    await workingTree(...edits);
    const r = await errcat(['diff', '--base', 'base', '--format', 'json', ...flags], repo.dir);
    expect(r.code, r.stderr).toBe(code);
    const doc = JSON.parse(r.stdout) as { data: { semver: { needed: string; ok: boolean } } };
    expect(doc.data.semver).toMatchObject({ needed, ok });
  });

  it('--strict makes narrowing breaking', async () => {
    await workingTree(['          maxLength: 64\n', '          maxLength: 32\n'], version('1.5.0'));
    expect((await errcat(['diff', '--base', 'base'], repo.dir)).code).toBe(0);
    const strict = await errcat(['diff', '--base', 'base', '--strict'], repo.dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^breaking\s+meta-constraint\s+parcel\.too_heavy: meta\.service: maxLength 64 → 32: narrower, breaking/m);
  });

  it('prints the json shape: the stable core, details, semver', async () => {
    await workingTree(STATUS);
    const doc = JSON.parse((await errcat(['diff', '--base', 'base', '--format', 'json'], repo.dir)).stdout) as { changes: Record<string, unknown>[]; counts: Record<string, number> };
    expect(doc.counts).toMatchObject({ breaking: 1, compatible: 0, notice: 0 });
    expect(doc.changes).toEqual([
      {
        file: 'catalog/catalog.yaml',
        line: repo.baseText.split('\n').indexOf('    status: 422') + 1,
        column: 13,
        verdict: 'breaking',
        kind: 'status-changed',
        code: 'parcel.too_heavy',
        message: expect.stringMatching(/^status 422 → 400/),
        details: { property: 'status', keyword: null, from: 422, to: 400, direction: 'changed', bump: 'major' },
      },
    ]);
  });

  it('prints github annotations on the changed line', async () => {
    await workingTree(STATUS);
    const r = await errcat(['diff', '--base', 'base', '--format', 'github'], repo.dir);
    const line = repo.baseText.split('\n').indexOf('    status: 422') + 1;
    expect(r.stdout).toContain(`::error file=catalog/catalog.yaml,line=${line},col=13,title=errcat breaking change%3A status-changed::parcel.too_heavy: status 422 → 400`);
  });

  it('refuses a retired code sent again: exit 3, with the line', async () => {
    await workingTree(['guidance:\n', 'retired:\n  - code: parcel.label_gone\n    since: "1.3"\n\nguidance:\n']);
    const r = await errcat(['diff', '--base', 'base'], repo.dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/catalog\/catalog\.yaml:\d+:\d+ - error retired-code-reused/);
  });

  it('exit 2 for an unknown ref, both forms at once, or no repository; git objects only, no files left', async () => {
    await workingTree();
    expect((await errcat(['diff', '--base', 'no-such-ref'], repo.dir)).code).toBe(2);
    expect((await errcat(['diff', 'catalog', '--base', 'base'], repo.dir)).code).toBe(2);
    expect((await errcat(['diff', '--base', '--upload-pack=x'], repo.dir)).code).toBe(2);
    expect((await errcat(['diff', '--base', 'base'], path.dirname(repo.dir))).code).toBe(2);
    const status = await repo.git('status', '--porcelain', '--ignored');
    expect(status.stdout).toBe('');
  });

  it('an invalid catalog at the base ref is exit 3, named as ref:path', async () => {
    await writeFile(path.join(repo.dir, CATALOG_FILE), repo.baseText.replace('    status: 422\n', '    status: 99999\n'));
    await repo.git('commit', '-q', '-a', '-m', 'broken');
    await repo.git('tag', 'broken');
    await repo.git('reset', '-q', '--hard', 'base');
    const r = await errcat(['diff', '--base', 'broken'], repo.dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^broken:catalog\/catalog\.yaml:\d+:\d+ - error schema/m);
  });

  it('errcat changelog prints a Keep a Changelog section, grouped', async () => {
    await workingTree(STATUS, version('2.0.0'), ['        box:\n', '        colour:\n          type: string\n          description: The colour.\n        box:\n'], ['    since: "1.1"\n', '    since: "1.1"\n    deprecated:\n      since: "2.0.0"\n'], ['    body: Open a claim.\n', '    body: Open a claim now.\n']);
    const r = await errcat(['changelog', '--base', 'base'], repo.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [
        '## [2.0.0]',
        '',
        '### Breaking',
        '',
        '- `parcel.too_heavy`: status 422 → 400: clients branching on the status miss it',
        '',
        '### Added',
        '',
        '- `parcel.too_heavy`: meta.colour: colour added (optional)',
        '',
        '### Deprecated',
        '',
        '- `parcel.label_expired`: deprecated since 2.0.0',
        '',
        '### Changed',
        '',
        '- guidance lost changed',
        '',
      ].join('\n'),
    );
  });
});
