/**
 * Catalog-supplied regular expressions (meta schema `pattern` and
 * `patternProperties`), run in linear time. JSON Schema patterns are
 * ECMAScript regular expressions in `u` mode; errcat runs them with RE2
 * (re2js), which never backtracks, so no pattern and no example can make
 * validation hang (`^(a|a)*$` against 50 a's and a b: milliseconds, where
 * a backtracking engine takes 2^50 steps).
 *
 * {@link translatePattern} rewrites an ECMAScript pattern into RE2 syntax
 * with the same meaning, where the two differ: `.` excludes all four
 * ECMAScript line terminators, `\s` is ECMAScript's Unicode white space,
 * `[\b]` is a backspace, `[]` matches nothing and `[^]` anything, `\u`,
 * `\x`, `\c` and `\0` escapes become `\x{…}`, named groups `(?<n>` become
 * `(?P<n>`, Unicode properties take RE2's names, and every other literal
 * is written as `\x{…}` so that nothing reads as RE2-only syntax (`[[:alpha:]]`).
 * What RE2 cannot run (backreferences, lookahead, lookbehind, a repetition
 * over 1000) is refused with the construct's name: `pattern-unsupported`.
 */
import { RE2JS } from 're2js';

/** ECMAScript's `\s`: white space and line terminators, as RE2 class members. */
const ES_SPACE = '\\t\\n\\v\\f\\r\\x{20}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
/** ECMAScript's `.` without the s flag: anything but a line terminator. */
const ES_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
/** RE2 has no empty class; these are ECMAScript's `[]` and `[^]`. */
const NOTHING = '[^\\x{0}-\\x{10ffff}]';
const ANYTHING = '[\\x{0}-\\x{10ffff}]';

/** A pattern in RE2 syntax, or the construct RE2 cannot run. */
export type Translation = { source: string } | { unsupported: string };

const hex = (codePoint: number) => `\\x{${codePoint.toString(16)}}`;

/** A literal code point, written so that RE2 reads it as itself. */
function literal(codePoint: number): string {
  return /[A-Za-z0-9_]/.test(String.fromCodePoint(codePoint)) ? String.fromCodePoint(codePoint) : hex(codePoint);
}

/**
 * Translates an ECMAScript `u`-mode pattern, which must already compile as
 * one (`new RegExp(pattern, 'u')`), into RE2 syntax with the same matches.
 */
export function translatePattern(pattern: string): Translation {
  let out = '';
  let i = 0;
  const chars = [...pattern];
  const peek = (k = 0) => chars[i + k] ?? '';
  while (i < chars.length) {
    const c = chars[i]!;
    if (c === '\\') {
      const escape = readEscape(chars, i, false);
      if ('unsupported' in escape) return escape;
      out += escape.source;
      i = escape.end;
    } else if (c === '[') {
      const cls = readClass(chars, i);
      if ('unsupported' in cls) return cls;
      out += cls.source;
      i = cls.end;
    } else if (c === '(') {
      if (peek(1) === '?') {
        const kind = peek(2);
        if (kind === '=' || kind === '!') return { unsupported: `a lookahead (${kind === '=' ? '(?=…)' : '(?!…)'})` };
        if (kind === '<' && (peek(3) === '=' || peek(3) === '!')) return { unsupported: `a lookbehind (${peek(3) === '=' ? '(?<=…)' : '(?<!…)'})` };
        if (kind === '<') {
          const close = chars.indexOf('>', i);
          out += `(?P<${chars.slice(i + 3, close).join('')}>`;
          i = close + 1;
          continue;
        }
        out += '(?:';
        i += 3;
        continue;
      }
      out += '(';
      i += 1;
    } else if (c === '.') {
      out += ES_DOT;
      i += 1;
    } else if (c === '{' && /^\{(\d+)(,(\d*))?\}/.test(chars.slice(i, i + 24).join(''))) {
      // Only a quantifier can start with `{` in u mode.
      const match = /^\{(\d+)(,(\d*))?\}/.exec(chars.slice(i, i + 24).join(''))!;
      const counts = [match[1], match[3]].filter((n) => n !== undefined && n !== '').map(Number);
      if (counts.some((n) => n > 1000)) return { unsupported: `a repetition count over 1000 (${match[0]})` };
      out += match[0];
      i += [...match[0]].length;
    } else if ('^$|)*+?}'.includes(c)) {
      out += c;
      i += 1;
    } else {
      out += literal(c.codePointAt(0)!);
      i += 1;
    }
  }
  return { source: out };
}

/** One escape at chars[start] (a backslash), inside a class or not. */
function readEscape(chars: readonly string[], start: number, inClass: boolean): { source: string; end: number; space?: 'in' | 'out' } | { unsupported: string } {
  const c = chars[start + 1] ?? '';
  const rest = chars.slice(start + 1, start + 16).join('');
  if (/[1-9]/.test(c)) return { unsupported: `a backreference (\\${c})` };
  if (c === 'k') return { unsupported: 'a named backreference (\\k<…>)' };
  if (c === '0') return { source: hex(0), end: start + 2 };
  if (c === 'b' && inClass) return { source: hex(8), end: start + 2 };
  if ('dDwWbBtnrvf'.includes(c)) return { source: `\\${c}`, end: start + 2 };
  if (c === 's') return { source: inClass ? ES_SPACE : `[${ES_SPACE}]`, end: start + 2, space: 'in' };
  if (c === 'S') return { source: `[^${ES_SPACE}]`, end: start + 2, space: 'out' };
  if (c === 'c') return { source: hex(chars[start + 2]!.codePointAt(0)! % 32), end: start + 3 };
  if (c === 'x') return { source: hex(parseInt(rest.slice(1, 3), 16)), end: start + 4 };
  if (c === 'u') {
    const braced = /^u\{([0-9a-fA-F]+)\}/.exec(rest);
    if (braced) return { source: hex(parseInt(braced[1]!, 16)), end: start + 1 + braced[0].length };
    const unit = parseInt(rest.slice(1, 5), 16);
    // In u mode, \uD83D\uDE00 is one code point.
    const pair = /^u[0-9a-fA-F]{4}\\u([0-9a-fA-F]{4})/.exec(rest);
    const low = pair ? parseInt(pair[1]!, 16) : -1;
    if (unit >= 0xd800 && unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      return { source: hex((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000), end: start + 12 };
    }
    return { source: hex(unit), end: start + 6 };
  }
  if (c === 'p' || c === 'P') {
    const match = /^[pP]\{([^}]*)\}/.exec(chars.slice(start + 1, start + 80).join(''));
    if (!match) return { unsupported: 'a malformed Unicode property escape' };
    const name = unicodeProperty(match[1]!);
    if (name === null) return { unsupported: `the Unicode property \\${c}{${match[1]}} (RE2 knows general categories by their short names and scripts)` };
    return { source: `\\${c}{${name}}`, end: start + 1 + [...match[0]].length };
  }
  // An escaped syntax character (u mode allows no other identity escape).
  return { source: literal(c.codePointAt(0)!), end: start + 2 };
}

/** An ECMAScript property name as RE2 spells it, or null when RE2 has none. */
function unicodeProperty(text: string): string | null {
  const [key, value] = text.includes('=') ? text.split('=') : [null, text];
  let name: string | null = null;
  if (key === null || key === 'General_Category' || key === 'gc') name = value !== undefined && /^[A-Z][a-z&]?$/.test(value) ? value : null;
  if (key === 'Script' || key === 'sc') name = value ?? null;
  if (key === null && name === null && value !== undefined && /^[A-Z][A-Za-z_]+$/.test(value)) name = value; // a script without "Script=" is not ECMAScript; RE2's check below decides
  if (name === null) return null;
  try {
    RE2JS.compile(`\\p{${name}}`);
    return name;
  } catch {
    return null;
  }
}

/** A character class at chars[start] (`[`), up to its closing `]`. */
function readClass(chars: readonly string[], start: number): { source: string; end: number } | { unsupported: string } {
  let i = start + 1;
  const negated = chars[i] === '^';
  if (negated) i += 1;
  if (chars[i] === ']') return { source: negated ? ANYTHING : NOTHING, end: i + 1 };
  let body = '';
  let members = 0;
  let complement: string | null = null;
  // A `-` between two single characters is a range; anywhere else (first, last, after a range or a class escape) it is itself.
  let single = false;
  while (i < chars.length && chars[i] !== ']') {
    const c = chars[i]!;
    members += 1;
    if (c === '\\') {
      const escape = readEscape(chars, i, true);
      if ('unsupported' in escape) return escape;
      if (escape.space === 'out') complement = escape.source;
      else body += escape.source;
      single = !escape.space && !/^\\[dDwWpP]/.test(escape.source);
      i = escape.end;
    } else if (c === '-' && single && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
      body += '-';
      members -= 1;
      i += 1;
      const next = chars[i]!;
      if (next === '\\') {
        const escape = readEscape(chars, i, true);
        if ('unsupported' in escape) return escape;
        body += escape.source;
        i = escape.end;
      } else {
        body += literal(next.codePointAt(0)!);
        i += 1;
      }
      single = false;
    } else {
      body += c === '-' ? '\\-' : literal(c.codePointAt(0)!);
      single = c !== '-';
      i += 1;
    }
  }
  const end = i + 1;
  if (complement !== null) {
    // [\S] alone is the complement; beside other members it needs an alternation, which a negated class cannot take.
    if (members === 1) return { source: negated ? `[${ES_SPACE}]` : complement, end };
    if (negated) return { unsupported: '\\S inside a negated character class' };
    return { source: `(?:${complement}|[${body}])`, end };
  }
  return { source: `[${negated ? '^' : ''}${body}]`, end };
}

/**
 * Checks that RE2 can run a pattern that ECMAScript accepts. Returns why
 * not, or null. A pattern ECMAScript itself refuses is left to ajv, which
 * reports it as `meta-schema-invalid`.
 */
export function unsupportedPattern(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return null;
  }
  const translated = translatePattern(pattern);
  if ('unsupported' in translated) return translated.unsupported;
  try {
    RE2JS.compile(translated.source);
    return null;
  } catch (error) {
    return `a construct RE2 refuses (${error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * ajv's `code.regExp` engine: every pattern ajv compiles runs in RE2. A
 * pattern it cannot translate throws, which ajv reports as a compile error;
 * the validator checks with {@link unsupportedPattern} first, so that only
 * happens for a caller that skipped it.
 */
export function re2RegExp(pattern: string, flags: string): { test(input: string): boolean; toString(): string } {
  const translated = translatePattern(pattern);
  if ('unsupported' in translated) throw new Error(`pattern ${JSON.stringify(pattern)} uses ${translated.unsupported}, which RE2 cannot run`);
  const compiled = RE2JS.compile(translated.source);
  // ajv keys its cache of compiled patterns by toString(): it must tell patterns apart.
  return { test: (input: string) => compiled.test(input), toString: () => `/${pattern}/${flags}` };
}
re2RegExp.code = 'errcat re2';
