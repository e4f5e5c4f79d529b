/**
 * Compiles the generated package's sources to ESM JavaScript and .d.ts, in
 * memory, so that the committed out/typescript/ installs as it is.
 *
 * Each file is compiled on its own (transpileModule for JavaScript,
 * transpileDeclaration for declarations): that is linear in the sources'
 * size and needs no type checker, which on a 100,000-code union would cost
 * far more than everything else in errcat. It works because the sources
 * are written for `isolatedDeclarations`: every export carries its type.
 * Type checking the package is the tests' job (test/typescript.test.ts
 * compiles it under strict, exactOptionalPropertyTypes and
 * noUncheckedIndexedAccess).
 */
import { createRequire } from 'node:module';
import type ts from 'typescript';

/**
 * TypeScript's compiler is loaded on first use, not at import: it is 9 MB
 * of JavaScript, and `errcat --version`, `--help`, `validate` and `diff`
 * never compile anything (test/package.test.ts proves they do not load it).
 * It is a CommonJS module, so require loads it synchronously.
 */
let compiler: typeof ts | undefined;
function typescript(): typeof ts {
  compiler ??= createRequire(import.meta.url)('typescript') as typeof ts;
  return compiler;
}

/** Compiler options shared by both emits; the output depends on nothing else. */
function compilerOptions(ts: typeof import('typescript')): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    isolatedModules: true,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
    sourceMap: false,
    useDefineForClassFields: true,
  };
}

/** One compiled source: its JavaScript and its declarations. */
export interface CompiledModule {
  readonly js: string;
  readonly dts: string;
}

/**
 * Compiles one module. `fileName` only names the file in messages; a
 * diagnostic means errcat generated code that is not valid for isolated
 * compilation, which is an errcat bug, so it throws.
 */
export function compileModule(fileName: string, source: string, banner: string): CompiledModule {
  const ts = typescript();
  const COMPILER_OPTIONS = compilerOptions(ts);
  // The JavaScript drops comments: editors and compilers read the docs from
  // the .d.ts files, and on a large catalog printing them back doubles the
  // emit's time. JSDoc is copied into declarations as text, so neither
  // emit needs it parsed.
  const js = ts.transpileModule(source, {
    compilerOptions: { ...COMPILER_OPTIONS, removeComments: true },
    fileName,
    reportDiagnostics: true,
    jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
  });
  // transpileModule turns declarations off, so isolatedDeclarations (which
  // needs them) is given to the declaration emit only.
  const dts = ts.transpileDeclaration(source, {
    compilerOptions: { ...COMPILER_OPTIONS, declaration: true, isolatedDeclarations: true },
    fileName,
    reportDiagnostics: true,
    jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
  });
  const diagnostics = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (diagnostics.length > 0) {
    const text = diagnostics.map((d) => `${fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`).join('\n');
    throw new Error(`errcat bug: the generated TypeScript does not compile in isolation:\n${text}`);
  }
  return { js: withBanner(js.outputText, banner), dts: withBanner(dts.outputText, banner) };
}

/**
 * The declaration emit drops a file's first comment when the file starts
 * with two, so the banner is put back (once) on every output.
 */
function withBanner(output: string, banner: string): string {
  return output.startsWith(`${banner}\n`) ? output : `${banner}\n${output}`;
}
