/**
 * Compiles the generated package's sources to ESM and CommonJS JavaScript
 * and .d.ts, each with its source map, in memory, so that the committed
 * out/typescript/ installs as it is.
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
import path from 'node:path';
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

/** Compiler options shared by every emit; the output depends on nothing else. */
function compilerOptions(ts: typeof import('typescript')): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    isolatedModules: true,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
    sourceMap: true,
    useDefineForClassFields: true,
  };
}

/** One compiled source: JavaScript (ES module and CommonJS) and declarations, each with its source map. */
export interface CompiledModule {
  readonly js: string;
  readonly jsMap: string;
  readonly cjs: string;
  readonly cjsMap: string;
  readonly dts: string;
  readonly dtsMap: string;
  readonly cjsDtsMap: string;
}

/** Where the CommonJS build lives, below dist/: its own package scope (`"type": "commonjs"`). */
export const CJS_DIR = 'cjs';

const PURE_ANNOTATION = /^\/\*\s*[#@]__PURE__\s*\*\/$/;

/**
 * The JavaScript keeps no comment but the pure annotations the sources
 * write before a call (`/* @__PURE__ *\/ Object.freeze([…])`), which let a
 * bundler drop an unused top-level value: editors and compilers read the
 * docs from the .d.ts files, and on a large catalog printing the JSDoc
 * back doubles the emit's time. `removeComments` cannot keep one kind of
 * comment, so every node is marked to print none and each annotated call
 * gets its annotation back as a synthetic comment.
 */
function pureAnnotationsOnly(ts: typeof import('typescript')): ts.TransformerFactory<ts.SourceFile> {
  return (context) => (file) => {
    const text = file.text;
    const visit = (node: ts.Node): ts.Node => {
      ts.setEmitFlags(node, ts.EmitFlags.NoComments);
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && (ts.getLeadingCommentRanges(text, node.pos) ?? []).some((r) => PURE_ANNOTATION.test(text.slice(r.pos, r.end)))) {
        ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, ' @__PURE__ ', false);
      }
      return ts.visitEachChild(node, visit, context);
    };
    // The file's own comments too: the CommonJS emit prints the first statement's (the banner) after "use strict".
    ts.setEmitFlags(file, ts.EmitFlags.NoComments);
    return ts.visitEachChild(file, visit, context);
  };
}

/**
 * Compiles one module, `module` being its path below src/ without `.ts`
 * (`codes`, `catalog/part-0001`). A diagnostic means errcat generated code
 * that is not valid for isolated compilation, which is an errcat bug, so
 * it throws.
 */
export function compileModule(module: string, source: string, banner: string): CompiledModule {
  const ts = typescript();
  const options = compilerOptions(ts);
  const fileName = `src/${module}.ts`;
  const transpile = (kind: ts.ModuleKind) =>
    ts.transpileModule(source, {
      // Module resolution does not matter to a single-file transpile; bundler resolution only goes with ES modules.
      compilerOptions: { ...options, module: kind, moduleResolution: kind === ts.ModuleKind.CommonJS ? ts.ModuleResolutionKind.Node10 : options.moduleResolution },
      fileName,
      reportDiagnostics: true,
      jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
      transformers: { before: [pureAnnotationsOnly(ts)] },
    });
  const esm = transpile(ts.ModuleKind.ESNext);
  const cjs = transpile(ts.ModuleKind.CommonJS);
  // transpileModule turns declarations off, so isolatedDeclarations (which
  // needs them) is given to the declaration emit only. JSDoc is copied into
  // declarations as text, so neither emit needs it parsed.
  const dts = ts.transpileDeclaration(source, {
    compilerOptions: { ...options, sourceMap: false, declaration: true, declarationMap: true, isolatedDeclarations: true },
    fileName,
    reportDiagnostics: true,
    jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
  });
  const diagnostics = [...(esm.diagnostics ?? []), ...(cjs.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (diagnostics.length > 0) {
    const text = diagnostics.map((d) => `${fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`).join('\n');
    throw new Error(`errcat bug: the generated TypeScript does not compile in isolation:\n${text}`);
  }
  const esmOut = withBanner(esm.outputText, esm.sourceMapText!, banner);
  const cjsOut = withBanner(cjs.outputText, cjs.sourceMapText!, banner);
  const dtsOut = withBanner(dts.outputText, dts.sourceMapText!, banner);
  return {
    js: esmOut.text,
    jsMap: sourceMap(esmOut.mappings, module, '.js', ''),
    cjs: cjsOut.text,
    cjsMap: sourceMap(cjsOut.mappings, module, '.js', CJS_DIR),
    dts: dtsOut.text,
    dtsMap: sourceMap(dtsOut.mappings, module, '.d.ts', ''),
    cjsDtsMap: sourceMap(dtsOut.mappings, module, '.d.ts', CJS_DIR),
  };
}

/**
 * Every output starts with the banner: the emits drop a file's first
 * comment (the JavaScript all of them), so it is put back, once, and the
 * source map's lines move down by the one it adds.
 */
function withBanner(output: string, map: string, banner: string): { text: string; mappings: string } {
  const { mappings } = JSON.parse(map) as { mappings: string };
  // A source map's lines are separated by `;`: an empty first group maps nothing on the banner's line.
  // Every file ends with a line feed, also after the `//# sourceMappingURL=` line the emits end with.
  const text = output.endsWith('\n') ? output : `${output}\n`;
  return text.startsWith(`${banner}\n`) ? { text, mappings } : { text: `${banner}\n${text}`, mappings: `;${mappings}` };
}

/**
 * The source map of dist/[dir/]<module><extension>, pointing at the shipped
 * src/<module>.ts by a relative path (so it holds wherever the package is
 * installed), without the sources' text (they are shipped beside it).
 * Built as an object with its keys in a fixed order: the same bytes on
 * every run.
 */
function sourceMap(mappings: string, module: string, extension: string, dir: string): string {
  const output = path.posix.join('dist', dir, `${module}${extension}`);
  const source = path.posix.relative(path.posix.dirname(output), `src/${module}.ts`);
  return `${JSON.stringify({ version: 3, file: path.posix.basename(output), sourceRoot: '', sources: [source], names: [], mappings })}\n`;
}
