/**
 * The report formats, in process: the json shape and its version, GitHub's
 * workflow-command escaping (read back by a parser written from GitHub's
 * rules), colour only when the stream shows it and never under NO_COLOR,
 * and the exit-code table's choice for a list of diagnostics.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../generators/diagnostics.js';
import { EXIT, exitCodeFor } from '../generators/commands/exit-codes.js';
import { UNSAFE_CHARACTERS } from '../generators/escape/characters.js';
import { escapeGithubData, escapeGithubProperty, githubCommand } from '../generators/report/github.js';
import { REPORT_FORMAT_VERSION } from '../generators/report/json.js';
import { colorFor } from '../generators/report/output.js';
import { emptyReport, renderReport, type Output, type Report, type ReportFormat } from '../generators/report/index.js';
import { ROOT } from './helpers.js';

const run = promisify(execFile);

function capture(color = false): { output: Output; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    output: { stdout: { write: (t) => void (out += t), color }, stderr: { write: (t) => void (err += t), color } },
    out: () => out,
    err: () => err,
  };
}

const DIAGNOSTIC: Diagnostic = { rule: 'schema', severity: 'error', message: 'a,b: 100% of\r\nit\n::warning::x \u001b[2J', file: 'cat,alog/a:b.yaml', line: 12, column: 5 };

function sample(): Report {
  const report = emptyReport('diff');
  report.diagnostics = [DIAGNOSTIC, { ...DIAGNOSTIC, severity: 'warning', rule: 'status-not-error', message: 'low' }];
  report.changes = [{ file: 'catalog/a.yaml', line: 3, column: 7, verdict: 'breaking', kind: 'status-changed', code: 'auth.x', message: 'status 401 is now 403' }];
  report.files = [{ file: 'out/model/catalog.json', state: 'stale' }];
  report.summary = '1 change(s), 1 breaking';
  report.exitCode = 1;
  return report;
}

function rendered(format: ReportFormat, color = false): { out: string; err: string } {
  const c = capture(color);
  renderReport(sample(), format, c.output);
  return { out: c.out(), err: c.err() };
}

/** Reads a workflow command line back the way GitHub's runner does: split at the first `::` after the properties, then unescape. */
function parseGithub(line: string): { level: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unescapeProp = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    props[pair.slice(0, at)] = unescapeProp(pair.slice(at + 1));
  }
  return { level: m[1]!, props, message: unescapeData(m[3]!) };
}

describe('--format json', () => {
  it('is one document with a formatVersion, positions at the top level of every record, and nothing on stderr', () => {
    const { out, err } = rendered('json');
    expect(err).toBe('');
    const doc = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['formatVersion', 'command', 'ok', 'exitCode', 'summary', 'counts', 'diagnostics', 'changes', 'files', 'notes']);
    expect(doc.formatVersion).toBe(REPORT_FORMAT_VERSION);
    expect(doc).toMatchObject({ command: 'diff', ok: false, exitCode: 1, counts: { errors: 1, warnings: 1, breaking: 1, compatible: 0, notice: 0, files: 1 } });
    expect((doc.diagnostics as object[])[0]).toEqual({ file: DIAGNOSTIC.file, line: 12, column: 5, severity: 'error', rule: 'schema', message: DIAGNOSTIC.message });
    expect((doc.changes as object[])[0]).toEqual({ file: 'catalog/a.yaml', line: 3, column: 7, verdict: 'breaking', kind: 'status-changed', code: 'auth.x', message: 'status 401 is now 403' });
    expect(out).not.toMatch(UNSAFE_CHARACTERS);
  });
});

describe('--format github', () => {
  it('writes one annotation per line that reads back as exactly the diagnostic, whatever its text holds', () => {
    const { out, err } = rendered('github');
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    // Two diagnostics, one file, one change, the summary: a LF in a message never starts a new command.
    expect(lines).toHaveLength(5);
    const first = parseGithub(lines[0]!);
    expect(first.level).toBe('error');
    expect(first.props).toEqual({ file: 'cat,alog/a:b.yaml', line: '12', col: '5', title: 'errcat schema' });
    // ESC is shown as an escape on the way out (escape/terminal.ts), after GitHub's escaping.
    expect(first.message).toBe(DIAGNOSTIC.message.replace('\u001b', '\\x1b'));
    expect(parseGithub(lines[1]!).level).toBe('warning');
    expect(parseGithub(lines[2]!)).toMatchObject({ level: 'error', props: { file: 'out/model/catalog.json', line: '1' } });
    expect(parseGithub(lines[3]!)).toMatchObject({ level: 'error', props: { file: 'catalog/a.yaml', line: '3', col: '7' }, message: 'auth.x: status 401 is now 403' });
    expect(lines[4]).toBe('1 change(s), 1 breaking');
  });

  it.each([
    ['%', '%25', '%25'],
    ['\r', '%0D', '%0D'],
    ['\n', '%0A', '%0A'],
    [':', ':', '%3A'],
    [',', ',', '%2C'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as %s in a message and %s in a property', (raw, data, prop) => {
    expect(escapeGithubData(`a${raw}b`)).toBe(`a${data}b`);
    expect(escapeGithubProperty(`a${raw}b`)).toBe(`a${prop}b`);
  });

  it('leaves out properties that are unknown (a change read from a model JSON has no position)', () => {
    expect(githubCommand('notice', { file: null, line: null, col: null, title: 't' }, 'm')).toBe('::notice title=t::m');
  });
});

describe('--format text and colour', () => {
  it('prints diagnostics on stderr in compiler form and changes and the summary on stdout, without colour off a terminal', () => {
    const { out, err } = rendered('text');
    expect(err.split('\n')[0]).toBe('cat,alog/a:b.yaml:12:5 - error schema: a,b: 100% of it ::warning::x \\x1b[2J');
    expect(err).toContain('1 error(s), 1 warning(s)\n');
    expect(err).toContain('stale: out/model/catalog.json\n');
    expect(out).toMatch(/^breaking\s+status-changed\s+auth\.x: status 401 is now 403 {2}\(catalog\/a\.yaml:3:7\)\n1 change\(s\), 1 breaking\n$/);
    expect(out + err).not.toContain('\u001b');
  });

  it('paints severities and verdicts when the stream shows colour, and sanitizes the text inside', () => {
    const { out, err } = rendered('text', true);
    expect(err).toContain('\u001b[31merror\u001b[39m');
    expect(out).toContain('\u001b[31mbreaking');
    // The only ESC left are errcat's own SGR codes.
    expect((out + err).replace(/\u001b\[\d+m/g, '')).not.toMatch(UNSAFE_CHARACTERS);
  });

  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
  ])('colour on a TTY=%s with %j: %s', (tty, env, expected) => {
    expect(colorFor(tty, env)).toBe(expected);
  });
});

describe('exit codes for diagnostics', () => {
  const d = (rule: Diagnostic['rule'], severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ rule, severity, message: 'm', file: 'f', line: 1, column: 1 });
  it.each([
    [[], EXIT.ok],
    [[d('status-not-error', 'warning')], EXIT.ok],
    [[d('schema')], EXIT.invalidCatalog],
    [[d('file-unreadable'), d('schema')], EXIT.usage],
    [[d('output-foreign-file')], EXIT.outputRefused],
    [[d('output-symlink'), d('schema')], EXIT.invalidCatalog],
  ] as [Diagnostic[], number][])('%j → %i', (diagnostics, code) => {
    expect(exitCodeFor(diagnostics)).toBe(code);
  });
});

describe('colour in a real process', () => {
  const bin = path.join(ROOT, 'bin/errcat.js');
  const bad = path.join(ROOT, 'test/fixtures');
  async function stderrWith(env: Record<string, string>): Promise<string> {
    const base = { ...process.env };
    delete base.NO_COLOR;
    delete base.FORCE_COLOR;
    return run(process.execPath, [bin, 'validate', '--catalog', bad], { env: { ...base, ...env }, maxBuffer: 16 * 1024 * 1024 }).then(
      (r) => r.stderr,
      (e: { stderr: string }) => e.stderr,
    );
  }

  it('is off without a terminal, on with FORCE_COLOR, and off under NO_COLOR even then', async () => {
    expect(await stderrWith({})).not.toContain('\u001b');
    expect(await stderrWith({ FORCE_COLOR: '1' })).toContain('\u001b[31merror\u001b[39m');
    expect(await stderrWith({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain('\u001b');
  });
});
