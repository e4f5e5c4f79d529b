/**
 * The code syntax rules: the declaration itself (its pattern compiles as
 * RE2), and every code, alias, family expansion and namespace against it.
 * Messages state the declared rule in words, not only the pattern.
 */
import { codeShapeProblem, compilePattern, type CodeSyntax, type FamilyParts } from './code-syntax.js';
import { quote, type RuleId } from './diagnostics.js';
import { child, expandFamily, syntaxOf, type Located, type MergedCatalog, type Origin, type RawParameter } from './resolve.js';

type Report = (rule: RuleId, message: string, origin: Origin, at?: 'key' | 'value') => void;

const compiled = new Map<string, ReturnType<typeof compilePattern>>();

/** The compiled pattern of a syntax, cached; null when it has none or it does not compile (reported once, by the declaration check). */
function matcherOf(syntax: CodeSyntax): ((code: string) => boolean) | null {
  if (syntax.pattern === null) return null;
  let c = compiled.get(syntax.pattern);
  if (c === undefined) {
    c = compilePattern(syntax.pattern);
    compiled.set(syntax.pattern, c);
  }
  return 'matches' in c ? c.matches : null;
}

/** Checks one concrete code (or alias) against the syntax; true when it fits. */
export function checkCodeSyntax(code: string, syntax: CodeSyntax, family: FamilyParts | null, what: string, origin: Origin, report: Report, at: 'key' | 'value' = 'value'): boolean {
  const shape = codeShapeProblem(code, syntax, family);
  if (shape !== null) {
    report('code-syntax', `${what} does not fit the code syntax: ${shape}`, origin, at);
    return false;
  }
  const matches = matcherOf(syntax);
  if (family === null && matches !== null && !matches(code)) {
    report('code-syntax', `${what} does not fit the code syntax: ${syntax.description} (pattern ${quote(syntax.pattern)})`, origin, at);
    return false;
  }
  return true;
}

/**
 * Checks the declaration and the namespaces, and returns the check for a
 * code key: its shape, and its pattern (each expansion of a family).
 */
export function checkSyntaxDeclaration(merged: MergedCatalog, report: Report) {
  const syntax = syntaxOf(merged);
  if (syntax.pattern !== null && merged.header) {
    const c = compilePattern(syntax.pattern);
    if ('error' in c) report('code-syntax-pattern-invalid', `code_syntax.pattern is not an RE2 regular expression (${c.error}); RE2 has no backreferences or lookaround, so every match is linear in time`, child(merged.header.origin, 'code_syntax', 'pattern'));
  }
  for (const [name, ns] of merged.namespaces) {
    const split = syntax.split;
    if (split.kind === 'separator' && name.split(split.separator).some((s) => s === '')) {
      report('code-syntax', `namespace ${quote(name)} does not fit the code syntax: its segments, joined by '${split.separator}', are never empty`, ns.origin, 'key');
    } else if (split.kind === 'prefix' && name.length !== split.length) {
      report('code-syntax', `namespace ${quote(name)} does not fit the code syntax: a namespace is a code's first ${split.length} characters`, ns.origin, 'key');
    }
  }
  return (code: string, origin: Origin, family: FamilyParts | null, parameters: ReadonlyMap<string, Located<RawParameter>>): boolean => {
    if (!checkCodeSyntax(code, syntax, family, quote(code), origin, report, 'key')) return false;
    const matches = matcherOf(syntax);
    const parameter = family ? parameters.get(family.parameter) : undefined;
    if (!family || !parameter || matches === null) return true;
    for (const { value } of parameter.value.values) {
      const expansion = expandFamily(family, value);
      if (!matches(expansion)) {
        report('code-syntax', `family ${quote(code)} expands to ${quote(expansion)}, which does not fit the code syntax: ${syntax.description} (pattern ${quote(syntax.pattern)})`, origin, 'key');
        return false;
      }
    }
    return true;
  };
}
