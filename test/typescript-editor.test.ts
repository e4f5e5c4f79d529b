/**
 * The generated package in an editor (issue 11): what TypeScript's language
 * service (the engine of VS Code's and every tsserver-based editor's
 * completions) offers inside a pattern or family argument of the committed
 * SocialAPI package, out/typescript/src.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const PROBE = path.join(ROOT, 'test', '__completions_probe__.ts');

/** What an editor shows at the first `|` in `text` (removed): its completions, and its hover text. */
function editorAt(text: string): { completions: string[]; hover: string } {
  const at = text.indexOf('|');
  const source = text.slice(0, at) + text.slice(at + 1);
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, types: [] };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [PROBE],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => (name === PROBE ? ts.ScriptSnapshot.fromString(source) : ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === PROBE || ts.sys.fileExists(name),
    readFile: (name) => (name === PROBE ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const completions = service.getCompletionsAtPosition(PROBE, at, {});
  const hover = ts.displayPartsToString(service.getQuickInfoAtPosition(PROBE, at)?.displayParts ?? []);
  service.dispose();
  return { completions: (completions?.entries ?? []).map((e) => e.name), hover };
}

const completionsAt = (text: string): string[] => editorAt(text).completions;

const HEAD = "import { codeMatches, envelopeMatches, familyParameter, type ErrorCode, type ErrorEnvelope } from '../out/typescript/src/index.js';\ndeclare const code: ErrorCode;\ndeclare const body: ErrorEnvelope;\n";

describe('completions (TypeScript language service)', () => {
  it('offers the catalog\'s patterns inside codeMatches and envelopeMatches: namespaces, families, codes', () => {
    for (const call of ["codeMatches(code, '|');", "envelopeMatches(body, '|');"]) {
      const names = completionsAt(HEAD + call);
      expect(names, call).toEqual(expect.arrayContaining(['platform.*.auth', 'billing.*', 'publishing.delivery.*', 'billing.post_limit']));
    }
  }, 60_000);

  it('offers the catalog\'s families inside familyParameter', () => {
    expect(completionsAt(`${HEAD}familyParameter(code, '|');`).sort()).toEqual(['platform.{platform}.api_error', 'platform.{platform}.auth', 'platform.{platform}.rate_limit']);
  }, 60_000);

  it('shows a meta field whose values are a family parameter\'s as the parameter\'s union (Platform), not a copy of its values', () => {
    const probe = "import type { ByokCredentialsMissingMeta } from '../out/typescript/src/index.js';\ndeclare const meta: ByokCredentialsMissingMeta;\nmeta.plat|form;\n";
    expect(editorAt(probe).hover).toBe('(property) platform: Platform');
  }, 60_000);
});
