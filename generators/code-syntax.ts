/**
 * A catalog's code syntax: what its codes look like and how a code splits
 * into its namespace and the rest. The catalog declares it once
 * (`catalog.code_syntax`); without a declaration it is today's dotted form.
 * Validation, normalization and name derivation read the one
 * {@link CodeSyntax} built here, and the model carries it to the targets.
 *
 * A catalog's pattern is matched with re2js, whose matching time is linear
 * in the length of the code whatever the pattern: a catalog cannot make
 * validation backtrack.
 */
import { RE2JS } from 're2js';

/** How a code splits into its namespace and the rest. */
export type CodeSplit =
  /** At a separator: `billing.post_limit`, `SNYK-CLI-0001`, `auth/invalid-email`. */
  | { readonly kind: 'separator'; readonly separator: '.' | '-' | '/' | '_' }
  /** After a fixed number of characters: SQLSTATE's two-character class, `23` of `23505`. */
  | { readonly kind: 'prefix'; readonly length: number }
  /** Not at all: every code names its namespace (`namespace:`). */
  | { readonly kind: 'explicit' };

/** The declared syntax, resolved: what the model holds as `codeSyntax`. */
export interface CodeSyntax {
  /** The rule in words, as diagnostics and the docs print it. */
  readonly description: string;
  /** A regular expression (RE2 syntax) every code matches in full, or null. */
  readonly pattern: string | null;
  readonly split: CodeSplit;
  /** Put before a derived constant or type name that would start with a digit (`23505` → `CODE_23505`). */
  readonly namePrefix: string;
  /** Put before every derived docs anchor (`error-` gives `#error-23505`); empty by default. */
  readonly anchorPrefix: string;
}

/** The characters any code may hold, whatever its syntax: they are safe in every target unescaped. */
export const CODE_CHARACTERS = /^[A-Za-z0-9._/:-]+$/;

/** A family's `{parameter}`, anywhere in a code. */
const PARAMETER = /\{([a-z][a-z0-9_]*)\}/g;

/** The dotted syntax of a catalog that declares none. */
export const DEFAULT_CODE_SYNTAX: CodeSyntax = {
  description: "lower-case segments (a letter, then letters, digits or '_') joined by '.', at least two, such as auth.invalid_key",
  pattern: '[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+',
  split: { kind: 'separator', separator: '.' },
  namePrefix: 'Code',
  anchorPrefix: '',
};

/** `catalog.code_syntax` as the schema allows it. */
export interface RawCodeSyntax {
  description: string;
  pattern?: string;
  separator?: '.' | '-' | '/' | '_';
  prefix_length?: number;
  name_prefix?: string;
  anchor_prefix?: string;
}

/** The syntax a header declares; the default when it declares none. */
export function resolveCodeSyntax(raw: RawCodeSyntax | undefined): CodeSyntax {
  if (raw === undefined) return DEFAULT_CODE_SYNTAX;
  const split: CodeSplit =
    raw.separator !== undefined ? { kind: 'separator', separator: raw.separator } : raw.prefix_length !== undefined ? { kind: 'prefix', length: raw.prefix_length } : { kind: 'explicit' };
  return { description: raw.description, pattern: raw.pattern ?? null, split, namePrefix: raw.name_prefix ?? 'Code', anchorPrefix: raw.anchor_prefix ?? '' };
}

/** A compiled pattern, or why it does not compile. */
export function compilePattern(pattern: string): { matches: (code: string) => boolean } | { error: string } {
  try {
    const re = RE2JS.compile(pattern);
    return { matches: (code: string) => re.matches(code) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** The separator of a syntax, or null when it splits otherwise. */
export function separatorOf(syntax: CodeSyntax): string | null {
  return syntax.split.kind === 'separator' ? syntax.split.separator : null;
}

/** The segments of a code: split at the separator, or the code as one segment. */
export function segmentsOf(code: string, syntax: CodeSyntax): string[] {
  const sep = separatorOf(syntax);
  return sep === null ? [code] : code.split(sep);
}

/** A family's parameter, where it sits and how many a code names; null for a concrete code. */
export interface FamilyParts {
  readonly parameter: string;
  /** Index of the segment holding the parameter (0 without a separator). */
  readonly segmentIndex: number;
  /** The code's text before and after `{parameter}`: `platform.` and `.auth`. */
  readonly prefix: string;
  readonly suffix: string;
  readonly count: number;
}

/** The parts of a family code, or null for a concrete code. */
export function parseFamilyCode(code: string, syntax: CodeSyntax): FamilyParts | null {
  const found = [...code.matchAll(PARAMETER)];
  if (found.length === 0) return null;
  const first = found[0]!;
  const prefix = code.slice(0, first.index);
  const sep = separatorOf(syntax);
  return {
    parameter: first[1]!,
    segmentIndex: sep === null ? 0 : prefix.split(sep).length - 1,
    prefix,
    suffix: code.slice(first.index + first[0].length),
    count: found.length,
  };
}

/**
 * What is wrong with a code's shape under the syntax, in words, or null.
 * `family` is set for a family code (its `{parameter}` is checked here; its
 * expansions are checked against the pattern one by one).
 */
export function codeShapeProblem(code: string, syntax: CodeSyntax, family: FamilyParts | null): string | null {
  const bare = code.replace(PARAMETER, 'x');
  if (!CODE_CHARACTERS.test(bare)) return "a code holds only letters, digits and the characters . _ - / :";
  const split = syntax.split;
  if (split.kind === 'separator') {
    if (bare.split(split.separator).some((s) => s === '')) return `a code's segments, joined by '${split.separator}', are never empty`;
    if (family) {
      const segment = segmentsOf(code, syntax)[family.segmentIndex]!;
      if (segment !== `{${family.parameter}}`) return `a family's {parameter} is a whole segment between '${split.separator}' separators`;
      if (family.segmentIndex === 0) return "a family's {parameter} comes after the first segment, which names the namespace";
    }
  } else if (split.kind === 'prefix') {
    if (code.length <= split.length && !family) return `a code is longer than its ${split.length}-character namespace prefix`;
    if (family && family.prefix.length < split.length) return `a family's {parameter} comes after the ${split.length}-character namespace prefix`;
  }
  return null;
}

/**
 * The declared namespaces a code belongs to, longest first. A namespace may
 * be the code itself. Derivation stops at a family's parameter: a namespace
 * cannot contain one.
 */
export function derivedNamespaces(code: string, namespaces: ReadonlyMap<string, unknown>, syntax: CodeSyntax): string[] {
  const split = syntax.split;
  const open = code.indexOf('{');
  const fixed = open < 0 ? code : code.slice(0, open);
  if (split.kind === 'prefix') {
    const ns = code.slice(0, split.length);
    return fixed.length >= split.length && namespaces.has(ns) ? [ns] : [];
  }
  if (split.kind === 'explicit') return namespaces.has(code) ? [code] : [];
  const chain: string[] = [];
  const segments = code.split(split.separator);
  for (let i = 1; i <= segments.length; i++) {
    const prefix = segments.slice(0, i).join(split.separator);
    if (prefix.length > fixed.length) break;
    if (namespaces.has(prefix)) chain.unshift(prefix);
  }
  return chain;
}

/** A namespace's parents among the declared ones, nearest first (`publishing.delivery` → [`publishing`]). */
export function parentNamespaces(namespace: string, namespaces: ReadonlyMap<string, unknown>, syntax: CodeSyntax): string[] {
  return derivedNamespaces(namespace, namespaces, syntax).filter((n) => n !== namespace);
}

/** How docs print "every code of this namespace": `billing.*`, `SNYK-CLI-*`, `23*`; the name itself when codes name their namespace. */
export function namespaceWildcard(namespace: string, syntax: CodeSyntax): string {
  const split = syntax.split;
  if (split.kind === 'separator') return `${namespace}${split.separator}*`;
  if (split.kind === 'prefix') return `${namespace}*`;
  return namespace;
}

/** The syntax's split rule in words, for diagnostics. */
export function describeSplit(syntax: CodeSyntax): string {
  const split = syntax.split;
  if (split.kind === 'separator') return `a code's namespace is a declared prefix of it ending before a '${split.separator}' (or the whole code)`;
  if (split.kind === 'prefix') return `a code's namespace is its first ${split.length} characters`;
  return 'codes name their namespace with `namespace:`';
}
