/**
 * The examples the generated package's docs show (JSDoc `@example`s, the
 * README), built from the catalog being rendered: a real code, namespace
 * and pattern of that catalog, never SocialAPI's. Patterns are checked
 * against the catalog's codes here, because the package's `codeMatches`
 * turns a pattern that matches no code into a compile error, so an example
 * copied from another catalog would not even compile.
 *
 * Every example degrades instead of inventing: a catalog without families
 * gets no one-segment wildcard example, one without HTTP codes no envelope
 * builder example. test/typescript.test.ts compiles every example.
 */
import { tsObjectKey, tsString } from '../../escape/typescript.js';
import type { CatalogModel, ErrorDefinition, WireCode } from '../../model.js';

/** A pattern of the catalog and the type `codeMatches` narrows a code to. */
export interface PatternExample {
  readonly pattern: string;
  /** The narrowed type as a reader would write it. */
  readonly narrowed: string;
}

/** What the examples use, all taken from the catalog. */
export interface CatalogExamples {
  /** A code sent as an HTTP error, its definition and its namespace; null when there is none. */
  readonly http: { readonly code: string; readonly definition: ErrorDefinition; readonly namespace: string } | null;
  /** A code, preferring HTTP ones, and its namespace: every catalog has one. */
  readonly code: string;
  readonly namespace: string;
  /** A namespace nested in another (`publishing.delivery`), if the catalog declares one. */
  readonly nestedNamespace: string | null;
  /** A pattern with `*` inside (`platform.*.auth`), if any code has three segments or more. */
  readonly inner: PatternExample | null;
  /** A pattern with `*` at the end: every code of `namespace`. */
  readonly trailing: PatternExample;
  /** A family, if the catalog has one. */
  readonly family: ErrorDefinition | null;
}

/** The same matching as the generated package's runtime `matchesPattern`. */
export function matchesPattern(code: string, pattern: string, separator: string): boolean {
  const c = code.split(separator);
  const p = pattern.split(separator);
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '*' && i === p.length - 1) return c.length > i;
    if (i >= c.length || (p[i] !== '*' && p[i] !== c[i])) return false;
  }
  return c.length === p.length;
}

/** Picks the examples. `typeOf` names each parameter's union type. */
export function pickExamples(model: CatalogModel, typeOf: ReadonlyMap<string, string>): CatalogExamples {
  const definitionOf = new Map(model.definitions.map((d) => [d.code, d]));
  const definition = (w: WireCode): ErrorDefinition => definitionOf.get(w.definition)!;
  // Prefer a code defined directly, sent over HTTP, that needs no meta.
  const rank = (w: WireCode): number => (definition(w).transport === 'http' ? 0 : 4) + (w.via === 'code' ? 0 : 2) + (metaRequired(definition(w)) ? 1 : 0);
  const sorted = [...model.wireCodes].sort((a, b) => rank(a) - rank(b));
  const first = sorted[0];
  if (first === undefined) throw new Error('errcat bug: a valid catalog has at least one code');
  const firstDefinition = definition(first);
  const split = model.codeSyntax.split;
  const sep = split.kind === 'separator' ? split.separator : ' ';
  const http = firstDefinition.transport === 'http' ? { code: first.code, definition: firstDefinition, namespace: firstDefinition.namespace } : null;
  const family = model.definitions.find((d) => d.family !== null && d.family.suffix !== '') ?? model.definitions.find((d) => d.family !== null) ?? null;

  let inner: PatternExample | null = null;
  if (family?.family && family.family.suffix !== '') {
    const pattern = `${family.family.prefix}*${family.family.suffix}`;
    const onlyFamily = model.wireCodes.every((w) => !matchesPattern(w.code, pattern, sep) || w.definition === family.code);
    const narrowed = onlyFamily ? `\`${family.family.prefix}\${${typeOf.get(family.family.parameter)!}}${family.family.suffix}\`` : codeMatchingType(pattern);
    inner = { pattern, narrowed };
  } else {
    const long = split.kind === 'separator' ? model.wireCodes.find((w) => w.code.split(sep).length >= 3) : undefined;
    if (long) {
      const segments = long.code.split(sep);
      segments[1] = '*';
      const pattern = segments.join(sep);
      inner = { pattern, narrowed: codeMatchingType(pattern) };
    }
  }
  // Without a separator a code is one segment, and `*` alone is the pattern that matches every code.
  const trailingPattern = split.kind === 'separator' ? `${firstDefinition.namespace}${sep}*` : '*';
  return {
    http,
    code: first.code,
    namespace: firstDefinition.namespace,
    nestedNamespace: model.namespaces.find((n) => n.parents.length > 0)?.name ?? null,
    inner,
    trailing: { pattern: trailingPattern, narrowed: codeMatchingType(trailingPattern) },
    family,
  };
}

function codeMatchingType(pattern: string): string {
  return `CodeMatching<${tsString(pattern)}>`;
}

/**
 * `{ message: …, requestId, meta: … }` for a call of `createErrorEnvelope`
 * with a definition's example: literals only, through the escaping module.
 */
export function envelopeInitExample(definition: ErrorDefinition): string {
  const parts = [`message: ${tsString(definition.example.message)}`, 'requestId'];
  if (metaRequired(definition) && definition.example.meta !== null) {
    parts.push(`meta: ${literal(definition.example.meta)}`);
  }
  return `{ ${parts.join(', ')} }`;
}

function metaRequired(definition: ErrorDefinition): boolean {
  return definition.meta.kind === 'schema' && definition.meta.required;
}

/** A JSON value as a one-line TypeScript literal. */
function literal(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return tsString(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${tsObjectKey(k)}: ${literal(v)}`).join(', ')} }`;
  }
  throw new Error(`errcat bug: ${typeof value} in an example's meta`);
}

/**
 * Breaks prose into lines of at most `width` columns at spaces, for JSDoc
 * paragraphs that hold catalog values (Prettier leaves comments as they are).
 */
export function wrapProse(text: string, width = 76): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** `1 code`, `2 codes`: the count with the noun in the right number. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * The indefinite article for a title, by how its first word is read
 * aloud: "an Evil", "a SocialAPI", "an HTTP" (an acronym is read letter by
 * letter), "an 8". Words whose first vowel letter is sounded as a
 * consonant ("a Unicorn") are beyond a spelling rule; they get "an".
 */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const first = /^[A-Za-z0-9]+/.exec(word.trim())?.[0] ?? '';
  if (first === '') return 'a';
  // An acronym: all capitals (SDK, HTTP, API), read as letters.
  if (first.length > 1 && /^[A-Z0-9]+$/.test(first)) return /^[AEFHILMNORSX8]/.test(first) ? 'an' : 'a';
  if (/^(8|1[18]$)/.test(first)) return 'an';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}
