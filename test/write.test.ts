/**
 * The writer's rules, in process on real temporary folders: the manifest,
 * which files errcat may touch, which output folders it refuses, symlinks,
 * --check, --adopt, the lock, and recovery of what a killed run left.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleId } from '../generators/diagnostics.js';
import { writeOutputs, type WriteRequest, type WriteResult } from '../generators/write.js';
import { nodeWriterFs } from '../generators/write/fs.js';
import { parseManifest, sha256 } from '../generators/write/manifest.js';
import { JOURNAL_FILE, LOCK_FILE, MANIFEST_FILE, STAGE_DIR } from '../generators/write/paths.js';
import { artifactsIn, FaultFs, Killed, outputFiles, treeOf } from './write-tools.js';

let tmp: string;
let counter = 0;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'errcat-write-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A fresh empty folder for one case. */
async function fresh(name: string): Promise<string> {
  const dir = path.join(tmp, `${++counter}-${name}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

const V1 = { 'docs/a.md': 'a1\n', 'docs/sub/b.md': 'b1\n', 'docs/c.md': 'c1\n', 'model/m.json': '{}\n' };
const V2 = { 'docs/a.md': 'a2\n', 'docs/c.md': 'c1\n', 'docs/new/d.md': 'd2\n', 'model/m.json': '{}\n' };
const OWNED = ['docs', 'model'];

function write(out: string, table: Record<string, string>, overrides: Partial<WriteRequest> = {}): Promise<WriteResult> {
  return writeOutputs({
    outDir: out,
    catalogDir: path.join(tmp, 'catalog'),
    ownedDirs: OWNED,
    files: outputFiles(table),
    check: false,
    adopt: false,
    cwd: tmp,
    fs: nodeWriterFs({ durable: false }),
    ...overrides,
  });
}

function rules(result: WriteResult): RuleId[] {
  return result.diagnostics.map((d) => d.rule);
}

async function put(root: string, table: Record<string, string>): Promise<void> {
  for (const [file, contents] of Object.entries(table)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), contents);
  }
}

async function manifestOf(out: string): Promise<Map<string, string>> {
  const parsed = parseManifest(await readFile(path.join(out, MANIFEST_FILE), 'utf8'));
  if ('error' in parsed) throw new Error(parsed.error);
  return new Map(parsed.manifest);
}

describe('the manifest', () => {
  it('lists every file written with its SHA-256, and a second run touches nothing', async () => {
    const out = path.join(await fresh('first'), 'out');
    const first = await write(out, V1);
    expect(first.diagnostics).toEqual([]);
    expect(first.report?.written).toEqual([MANIFEST_FILE, ...Object.keys(V1)].sort());
    expect([...(await manifestOf(out))]).toEqual(Object.entries(V1).map(([p, c]) => [p, sha256(c)]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
    const before = await treeOf(out);
    const mtimes = await Promise.all(Object.keys(V1).map(async (p) => (await stat(path.join(out, p))).mtimeMs));

    const second = await write(out, V1);
    expect(second.report?.written).toEqual([]);
    expect(second.report?.unchanged).toEqual([MANIFEST_FILE, ...Object.keys(V1)].sort());
    expect(await treeOf(out)).toEqual(before);
    expect(await Promise.all(Object.keys(V1).map(async (p) => (await stat(path.join(out, p))).mtimeMs))).toEqual(mtimes);
  });

  it('has the same bytes whatever order the targets render in', async () => {
    const a = path.join(await fresh('order-a'), 'out');
    const b = path.join(await fresh('order-b'), 'out');
    await write(a, V1);
    await write(b, Object.fromEntries(Object.entries(V1).reverse()));
    expect(await readFile(path.join(b, MANIFEST_FILE), 'utf8')).toBe(await readFile(path.join(a, MANIFEST_FILE), 'utf8'));
  });

  it('removes only files it lists, keeps one edited since, and removes folders that empties', async () => {
    const out = path.join(await fresh('remove'), 'out');
    await write(out, V1);
    await writeFile(path.join(out, 'docs/c.md'), 'my own notes now\n');
    const result = await write(out, { 'docs/a.md': 'a2\n', 'model/m.json': '{}\n' });
    expect(result.diagnostics).toEqual([]);
    expect(result.report?.removed).toEqual(['docs/sub/b.md']);
    expect(result.report?.kept).toEqual(['docs/c.md']);
    expect(existsSync(path.join(out, 'docs/sub'))).toBe(false);
    expect(await readFile(path.join(out, 'docs/c.md'), 'utf8')).toBe('my own notes now\n');
    expect([...(await manifestOf(out)).keys()]).toEqual(['docs/a.md', 'model/m.json']);
    // It is the user's now: not kept again, not reported again.
    const again = await write(out, { 'docs/a.md': 'a2\n', 'model/m.json': '{}\n' });
    expect(again.report).toMatchObject({ written: [], removed: [], kept: [] });
  });

  it('keeps the entries of targets a run does not render', async () => {
    const out = path.join(await fresh('subset'), 'out');
    await write(out, V1);
    const result = await write(out, { 'model/m.json': '{"v":2}\n' }, { ownedDirs: ['model'] });
    expect(result.report?.removed).toEqual([]);
    expect([...(await manifestOf(out)).keys()]).toEqual(Object.keys(V1).sort());
    expect((await manifestOf(out)).get('model/m.json')).toBe(sha256('{"v":2}\n'));
  });
});

describe('files errcat did not write', () => {
  const USER = {
    'README.md': 'the user\'s\n',
    'docs/CONTRIBUTING.md': 'contributing\n',
    'docs/guide/intro.md': 'intro\n',
    'docs/img/logo.png': '\x89PNG\n',
    'typescript/.npmrc': 'registry=x\n',
    'model/notes.txt': 'notes\n',
  };

  it('are never read into a report, overwritten or removed, by generate or --check', async () => {
    const out = path.join(await fresh('user'), 'out');
    await put(out, USER);
    await write(out, V1);
    await write(out, V2);
    const check = await write(out, V1, { check: true });
    for (const list of Object.values(check.report!)) if (Array.isArray(list)) for (const p of list) expect(Object.keys(USER)).not.toContain(p);
    const tree = await treeOf(out);
    for (const [file, contents] of Object.entries(USER)) expect(tree[file], file).toBe(`file ${sha256(contents)}`);
  });

  it('at a path errcat renders are refused, and overwritten only with adopt', async () => {
    const out = path.join(await fresh('foreign'), 'out');
    await write(out, V1);
    await rm(path.join(out, 'docs/new'), { recursive: true, force: true });
    await put(out, { 'docs/new/d.md': 'mine\n' });
    const before = await treeOf(out);
    const refused = await write(out, V2);
    expect(refused.report).toBeNull();
    expect(refused.diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['output-foreign-file', path.join(out, 'docs/new/d.md'), 1]]);
    expect(await treeOf(out)).toEqual(before);
    expect((await write(out, V2, { check: true })).diagnostics.map((d) => d.rule)).toEqual(['output-foreign-file']);

    const adopted = await write(out, V2, { adopt: true });
    expect(adopted.report?.adopted).toEqual(['docs/new/d.md']);
    expect(await readFile(path.join(out, 'docs/new/d.md'), 'utf8')).toBe('d2\n');
    expect((await manifestOf(out)).has('docs/new/d.md')).toBe(true);
  });

  it('a folder (or a file where a folder goes) is refused even with adopt, and never removed', async () => {
    const out = path.join(await fresh('folder'), 'out');
    await put(out, { 'docs/a.md/inside.txt': 'x\n', 'docs/new': 'a file\n' });
    const before = await treeOf(out);
    const result = await write(out, V2, { adopt: true });
    expect(rules(result)).toEqual(['output-foreign-file', 'output-foreign-file']);
    expect(await treeOf(out)).toEqual(before);
  });

  it('without a manifest (output from before manifests): identical files are adopted, others refused, unknown ones left', async () => {
    const out = path.join(await fresh('migrate'), 'out');
    await put(out, { ...V1, 'docs/old-page.md': 'from an older errcat\n' });
    const same = await write(out, V1);
    expect(same.diagnostics).toEqual([]);
    expect(same.report).toMatchObject({ written: [MANIFEST_FILE], removed: [] });
    expect(existsSync(path.join(out, 'docs/old-page.md'))).toBe(true);

    const other = path.join(await fresh('migrate-changed'), 'out');
    await put(other, V1);
    const changed = await write(other, V2);
    expect(changed.diagnostics.map((d) => d.file)).toEqual([path.join(other, 'docs/a.md')]);
    expect(rules(changed)).toEqual(['output-foreign-file']);
  });

  it('old *.errcat-tmp files are removed only beside files errcat knows', async () => {
    const out = path.join(await fresh('tmp'), 'out');
    await write(out, V1);
    const junk = { 'docs/a.md.4242.errcat-tmp': 'half', 'docs/sub/b.md.7.errcat-tmp': 'half' };
    const theirs = { 'docs/notes.txt.99.errcat-tmp': 'theirs', 'docs/a.md.x.errcat-tmp': 'theirs', 'README.md.1.errcat-tmp': 'theirs' };
    await put(out, { ...junk, ...theirs });
    await symlink('/etc/hostname', path.join(out, 'docs/c.md.5.errcat-tmp'));
    const result = await write(out, V1);
    expect(result.report?.removed).toEqual(Object.keys(junk).sort());
    for (const file of [...Object.keys(theirs), 'docs/c.md.5.errcat-tmp']) expect((await treeOf(out))[file], file).toBeDefined();
  });
});

describe('output folders errcat refuses', () => {
  const cases: { name: string; setup: (base: string) => Promise<{ out: string; cwd?: string; catalog?: string }> }[] = [
    { name: 'a repository root', setup: async (base) => (await mkdir(path.join(base, '.git')), { out: base }) },
    { name: 'a worktree root (.git is a file)', setup: async (base) => (await writeFile(path.join(base, '.git'), 'gitdir: x\n'), { out: base }) },
    {
      name: 'a folder holding the repository of the working directory',
      setup: async (base) => (await mkdir(path.join(base, 'repo/.git'), { recursive: true }), await mkdir(path.join(base, 'repo/src')), { out: base, cwd: path.join(base, 'repo/src') }),
    },
    { name: "inside a repository's .git", setup: async (base) => ({ out: path.join(base, '.git/out') }) },
    { name: 'the catalog folder', setup: async (base) => ({ out: path.join(base, 'catalog'), catalog: path.join(base, 'catalog') }) },
    { name: 'inside the catalog folder', setup: async (base) => ({ out: path.join(base, 'catalog/out'), catalog: path.join(base, 'catalog') }) },
    { name: 'a folder holding the catalog', setup: async (base) => ({ out: base, catalog: path.join(base, 'errors/catalog') }) },
    { name: 'the catalog reached through a symlink', setup: async (base) => (await mkdir(path.join(base, 'catalog')), await symlink(path.join(base, 'catalog'), path.join(base, 'link')), { out: path.join(base, 'link'), catalog: path.join(base, 'catalog') }) },
    { name: 'a file', setup: async (base) => (await writeFile(path.join(base, 'out'), 'x'), { out: path.join(base, 'out') }) },
    { name: 'the file-system root', setup: async () => ({ out: '/' }) },
  ];

  it.each(cases)('$name', async ({ name, setup }) => {
    const base = await fresh(name.replace(/\W+/g, '-'));
    const { out, cwd, catalog } = await setup(base);
    const before = await treeOf(base);
    for (const check of [false, true]) {
      const result = await write(out, V1, { check, cwd: cwd ?? base, catalogDir: catalog ?? path.join(tmp, 'catalog') });
      expect(result.diagnostics.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([['output-folder-refused', out, 1, 1]]);
      expect(result.report).toBeNull();
    }
    expect(await treeOf(base)).toEqual(before);
  });

  it('accepts an output folder that is itself a symlink (the user named it)', async () => {
    const base = await fresh('out-link');
    await mkdir(path.join(base, 'real'));
    await symlink(path.join(base, 'real'), path.join(base, 'out'));
    expect((await write(path.join(base, 'out'), V1)).diagnostics).toEqual([]);
    expect(existsSync(path.join(base, 'real/docs/a.md'))).toBe(true);
  });
});

describe('symlinks inside the output folder', () => {
  it('a target folder linked elsewhere is refused: nothing there is written or removed (secret.txt survives)', async () => {
    const base = await fresh('docs-link');
    const out = path.join(base, 'out');
    await write(out, V1);
    await put(base, { 'elsewhere/secret.txt': 'secret\n', 'elsewhere/a.md': 'theirs\n', 'elsewhere/sub/b.md': 'b1\n' });
    await rm(path.join(out, 'docs'), { recursive: true });
    await symlink(path.join(base, 'elsewhere'), path.join(out, 'docs'));
    const before = await treeOf(base);
    const result = await write(out, V2, { adopt: true });
    expect(result.diagnostics.map((d) => [d.rule, d.file])).toEqual([['output-symlink', path.join(out, 'docs')]]);
    expect(await treeOf(base)).toEqual(before);
  });

  const linkCases: { name: string; at: string; target: (out: string) => string }[] = [
    { name: 'a folder linked inside the output folder', at: 'docs', target: (out) => path.join(out, 'model') },
    { name: 'a rendered file that is a symlink', at: 'docs/a.md', target: () => '/etc/hostname' },
    { name: 'a dangling symlink where errcat writes', at: 'docs/new', target: (out) => path.join(out, 'nowhere') },
    { name: 'a dangling symlink as the manifest', at: MANIFEST_FILE, target: () => '/nonexistent/manifest.json' },
    { name: 'a symlink as the staging folder', at: STAGE_DIR, target: (out) => path.join(out, 'model') },
  ];

  it.each(linkCases)('$name is refused', async ({ at, target }) => {
    const out = path.join(await fresh('link'), 'out');
    await write(out, V1);
    await rm(path.join(out, at), { recursive: true, force: true });
    await symlink(target(out), path.join(out, at));
    const before = await treeOf(out);
    const result = await write(out, V2);
    expect(result.diagnostics.map((d) => [d.rule, d.file])).toEqual([['output-symlink', path.join(out, at)]]);
    expect(await treeOf(out)).toEqual(before);
  });

  it('a symlink errcat has nothing to do with is left alone', async () => {
    const out = path.join(await fresh('other-link'), 'out');
    await mkdir(out);
    await symlink('../README.md', path.join(out, 'README.md'));
    await mkdir(path.join(out, 'docs'));
    await symlink('/nonexistent', path.join(out, 'docs/dangling-but-not-ours'));
    expect((await write(out, V1)).diagnostics).toEqual([]);
    expect((await treeOf(out))['docs/dangling-but-not-ours']).toBe('link /nonexistent');
  });
});

describe('a damaged manifest', () => {
  const good = (files: Record<string, string>) => JSON.stringify({ about: '', files, format: 1 });
  const damaged: [string, string][] = [
    ['not JSON', '{"files": '],
    ['another format', JSON.stringify({ files: {}, format: 2 })],
    ['a path leaving the folder', good({ '../../etc/passwd': sha256('x') })],
    ['an absolute path', good({ '/etc/passwd': sha256('x') })],
    ['a file at the top of the folder', good({ 'README.md': sha256('x') })],
    ['a reserved name', good({ '.errcat-stage/new-000001': sha256('x') })],
    ['no hash', good({ 'docs/a.md': 'yes' })],
  ];
  it.each(damaged)('%s is refused, and nothing changes', async (_name, text) => {
    const out = path.join(await fresh('manifest'), 'out');
    await write(out, V1);
    await writeFile(path.join(out, MANIFEST_FILE), text);
    const before = await treeOf(out);
    for (const check of [false, true]) expect(rules(await write(out, V2, { check }))).toEqual(['output-manifest-invalid']);
    expect(await treeOf(out)).toEqual(before);
  });
});

describe('--check', () => {
  it('writes nothing and lists what generate would write and remove, the manifest included', async () => {
    const out = path.join(await fresh('check'), 'out');
    await write(out, V1);
    const before = await treeOf(out);
    const check = await write(out, V2, { check: true });
    expect(check.report).toMatchObject({ written: ['.errcat-manifest.json', 'docs/a.md', 'docs/new/d.md'], removed: ['docs/sub/b.md'] });
    expect(await treeOf(out)).toEqual(before);
    // A manifest edited by hand is drift like any other generated file.
    const manifest = path.join(out, MANIFEST_FILE);
    await writeFile(manifest, JSON.stringify(JSON.parse(await readFile(manifest, 'utf8'))));
    expect((await write(out, V1, { check: true })).report?.written).toEqual([MANIFEST_FILE]);
  });

  it('of a folder that does not exist lists everything and creates nothing', async () => {
    const out = path.join(await fresh('check-missing'), 'out');
    expect((await write(out, V1, { check: true })).report?.written).toHaveLength(5);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the lock', () => {
  it('of a running errcat refuses the run; a dead one is taken over', async () => {
    const out = path.join(await fresh('lock'), 'out');
    await write(out, V1);
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await writeFile(path.join(out, LOCK_FILE), `${sleeper.pid}\n`);
      const before = await treeOf(out);
      expect(rules(await write(out, V2))).toEqual(['output-folder-refused']);
      expect(rules(await write(out, V2, { check: true }))).toEqual(['output-folder-refused']);
      expect(await treeOf(out)).toEqual(before);
    } finally {
      sleeper.kill('SIGKILL');
      await new Promise((resolve) => sleeper.once('exit', resolve));
    }
    const taken = await write(out, V2);
    expect(taken.diagnostics).toEqual([]);
    expect(artifactsIn(await treeOf(out))).toEqual([]);
  });

  it('cut short by a full disk names no one, even when its digits happen to be a running process', async () => {
    const out = path.join(await fresh('lock-cut'), 'out');
    await write(out, V1);
    // "1" is what is left of a pid like "1834\n" after a short write; process 1 always runs.
    await writeFile(path.join(out, LOCK_FILE), '1');
    const taken = await write(out, V2);
    expect(taken.diagnostics).toEqual([]);
    expect(artifactsIn(await treeOf(out))).toEqual([]);
    await writeFile(path.join(out, LOCK_FILE), '1\n');
    expect(rules(await write(out, V1))).toEqual(['output-folder-refused']);
  });
});

describe('recovery of a killed run', () => {
  /** Runs V1 → V2 killed at operation n; returns the folder. */
  async function killedAt(n: number): Promise<{ out: string; fs: FaultFs }> {
    const out = path.join(await fresh(`kill-${n}`), 'out');
    await write(out, V1);
    const fs = new FaultFs({ at: n, kill: true });
    await expect(write(out, V2, { fs })).rejects.toBeInstanceOf(Killed);
    return { out, fs };
  }

  /** The position of the commit point (the journal's rename) in a V1 → V2 run. */
  async function commitPosition(): Promise<number> {
    const full = new FaultFs();
    const out = path.join(await fresh('count'), 'out');
    await write(out, V1);
    await write(out, V2, { fs: full });
    return full.log.findIndex((op) => op.name === 'rename' && op.path.endsWith(JOURNAL_FILE)) + 1;
  }

  it('rolls forward once the journal is written, and discards the staging before', async () => {
    const commit = await commitPosition();
    expect(commit).toBeGreaterThan(0);

    const before = await killedAt(commit);
    expect(existsSync(path.join(before.out, JOURNAL_FILE))).toBe(false);
    const discarded = await write(before.out, V1, { check: true });
    expect(discarded.report).toMatchObject({ recovered: 'discarded', written: [], removed: [] });

    const after = await killedAt(commit + 3);
    expect(existsSync(path.join(after.out, JOURNAL_FILE))).toBe(true);
    const finished = await write(after.out, V2, { check: true });
    expect(finished.report).toMatchObject({ recovered: 'rolled-forward', written: [], removed: [] });
    expect(artifactsIn(await treeOf(after.out))).toEqual([]);
  });

  it('refuses a damaged journal and changes nothing', async () => {
    const out = path.join(await fresh('journal'), 'out');
    await write(out, V1);
    await writeFile(path.join(out, JOURNAL_FILE), JSON.stringify({ format: 1, state: 'commit', writes: [{ path: '../x', staged: 'new-000001', backup: 'old-000001', existed: false }], removals: [], newDirs: [] }));
    const before = await treeOf(out);
    expect(rules(await write(out, V2))).toEqual(['output-manifest-invalid']);
    expect(await treeOf(out)).toEqual(before);
  });

  it('refuses a journal whose staging folder is gone, and changes nothing', async () => {
    const { out } = await killedAt(await commitPosition() + 3);
    await rm(path.join(out, STAGE_DIR), { recursive: true });
    // The killed run's stale lock is taken over and released; everything else stays.
    await rm(path.join(out, LOCK_FILE));
    const before = await treeOf(out);
    expect(rules(await write(out, V2))).toEqual(['output-manifest-invalid']);
    expect(await treeOf(out)).toEqual(before);
  });

  it('leaves files a user put in the staging folder, and says so', async () => {
    const out = path.join(await fresh('stage'), 'out');
    await write(out, V1);
    await put(out, { [`${STAGE_DIR}/new-000001`]: 'half\n', [`${STAGE_DIR}/mine.txt`]: 'mine\n' });
    expect(rules(await write(out, V2))).toEqual(['output-folder-refused']);
    expect(await readFile(path.join(out, STAGE_DIR, 'mine.txt'), 'utf8')).toBe('mine\n');
    expect(existsSync(path.join(out, STAGE_DIR, 'new-000001'))).toBe(false);
  });
});

describe('this repository', () => {
  it('its root is refused as an output folder', async () => {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', '--show-toplevel'], { cwd: path.dirname(new URL(import.meta.url).pathname) });
    const result = await write(stdout.trim(), V1, { cwd: process.cwd() });
    expect(rules(result)).toEqual(['output-folder-refused']);
  });
});
