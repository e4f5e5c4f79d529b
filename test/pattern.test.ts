/**
 * Meta schema patterns run in RE2 (generators/pattern.ts) with ECMAScript
 * `u`-mode meaning: each pattern, translated, matches exactly the inputs the
 * native RegExp matches, including where the two engines' syntax differs.
 * What RE2 cannot run is refused by name, and the ReDoS shapes finish fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetaSchemaCompiler } from '../generators/meta-schema.js';
import { re2RegExp, translatePattern, unsupportedPattern } from '../generators/pattern.js';

const INPUTS = ['', 'a', 'A', 'ab', 'abc', 'a\nb', 'a\rb', 'a\u2028b', 'a\u2029b', '\u00a0', '\ufeff', '\u3000', ' ', '\t', '\v', '\b', '\u0000', '\u0001', '😀', 'a😀b', 'é', 'α', 'Ω', '[', ']', '^', '-', '/', '\\', '.', '$', '{}', 'aaa', 'x:y', '123', '1.5', 'under_score', 'dash-ed', '\u0085', '\u2000'];

const PATTERNS = [
  '^a', 'a$', '^$', 'b', 'a|b', '^(a|b)+$', '^a*?b', '^a{2}', '^a{1,2}$', '^a{2,}$',
  '.', '^.$', '^.+$', 'a.b', '\\s', '^\\s$', '\\S', '^\\S+$', '\\d', '\\D', '\\w', '^\\W$', '\\bab', 'a\\B',
  '[abc]', '[^abc]', '^[a-z]+$', '[\\s]', '[^\\s]', '[\\S]', '[a\\s]', '[\\Sa]', '[\\b]', '[\\-a]', '[a-]', '[]', '[^]', '^[^]$', '[[]', '[\\]]', '[.]', '[$^]', '[[:a]',
  '\\u00e9', '\\u{1F600}', '\\uD83D\\uDE00', '\\x41', '\\cA', '\\0', '\\/', '\\.', '\\$', '\\^', '\\[', '\\{', '\\|',
  '\\p{L}', '\\p{Lu}', '^\\P{L}$', '\\p{Script=Greek}', '\\p{sc=Latin}', '\\p{gc=Nd}', '[\\p{L}\\d]',
  '(?:ab)+', '(?<x>a)b', '^(?<word>\\w+):(?<rest>.*)$', '😀', '^[😀a]$', 'é|α', '^[^😀]$',
  '^[a-z0-9_-]{1,32}$', '[a-c-e]', '[\\x00-\\x1f]', '[\\u0041-\\u005A]', '[\\w-]', '[-a]', '^https://', '^[A-Z]{3}$', '^\\d+(\\.\\d+)?$',
];

describe('translated patterns match what ECMAScript matches', () => {
  it.each(PATTERNS)('%s', (pattern) => {
    const native = new RegExp(pattern, 'u');
    const re2 = re2RegExp(pattern, 'u');
    for (const input of INPUTS) expect(re2.test(input), `${JSON.stringify(pattern)} on ${JSON.stringify(input)}`).toBe(native.test(input));
  });

  it('on patterns composed at random from the same pieces', () => {
    const atom = fc.constantFrom('a', 'b', '.', '\\s', '\\S', '\\d', '\\w', '[ab]', '[^a]', '[\\s]', '[a\\s]', '😀', '\\u00e9', '\\p{L}', '(?:a|b)', '[]', '[^]', '\\/', '\\.', '\\n');
    const piece = fc.tuple(atom, fc.constantFrom('', '*', '+', '?', '{2}', '{0,2}', '*?')).map(([a, q]) => a + q);
    const pattern = fc.tuple(fc.boolean(), fc.array(piece, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([s, p, e]) => `${s ? '^' : ''}${p.join('')}${e ? '$' : ''}`);
    const input = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\u2028', '\u00a0', '😀', 'é', '1', '/', '.'), maxLength: 6 });
    fc.assert(
      fc.property(pattern, fc.array(input, { maxLength: 8 }), (p, inputs) => {
        const native = new RegExp(p, 'u');
        const re2 = re2RegExp(p, 'u');
        for (const s of inputs) expect(re2.test(s), `${JSON.stringify(p)} on ${JSON.stringify(s)}`).toBe(native.test(s));
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});

describe('patterns RE2 cannot run are refused by name', () => {
  it.each([
    ['(a)\\1', 'backreference'],
    ['(?<n>a)\\k<n>', 'named backreference'],
    ['a(?=b)', 'lookahead'],
    ['a(?!b)', 'lookahead'],
    ['(?<=a)b', 'lookbehind'],
    ['(?<!a)b', 'lookbehind'],
    ['a{1001}', 'repetition count over 1000'],
    ['[^\\Sa]', 'negated character class'],
    ['\\p{Script_Extensions=Greek}', 'Unicode property'],
  ])('%s: %s', (pattern, construct) => {
    expect(unsupportedPattern(pattern)).toContain(construct);
    expect(() => re2RegExp(pattern, 'u')).toThrow();
  });

  it('leaves patterns ECMAScript refuses to ajv (meta-schema-invalid), and accepts the rest', () => {
    expect(unsupportedPattern('a{')).toBeNull();
    expect(unsupportedPattern('\\a')).toBeNull();
    for (const p of PATTERNS) expect(unsupportedPattern(p), p).toBeNull();
  });

  it('writes every literal outside [A-Za-z0-9_] as \\x{…}, so no RE2-only syntax can appear', () => {
    // In RE2, [[:a] would open a POSIX class; in ECMAScript it is the class of [, : and a.
    expect(translatePattern('[[:a]')).toEqual({ source: '[\\x{5b}\\x{3a}a]' });
  });
});

describe('ReDoS shapes finish in milliseconds', () => {
  const evil = `${'a'.repeat(5000)}!`;
  it.each([
    ['^(a|a)*$', false],
    ['(a|a)*$', true],
    ['^(a|aa)+$', false],
    ['^(a+)+$', false],
    ['^(\\w+\\s?)*$', false],
  ])('%s', (pattern, matches) => {
    const start = performance.now();
    expect(re2RegExp(pattern, 'u').test(evil)).toBe(matches);
    expect(re2RegExp(pattern, 'u').test('a'.repeat(5000))).toBe(true);
    // Generous for a shared machine; a backtracking engine would not end.
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('meta schemas validate examples with RE2', () => {
  it('each pattern of a schema is its own (ajv caches compiled patterns by their text)', () => {
    const { validate } = new MetaSchemaCompiler(32).compile({
      type: 'object',
      properties: { a: { type: 'string', pattern: '^(a|a)*$' }, b: { type: 'string', pattern: '^b+$' } },
      patternProperties: { '^x\\d$': { type: 'integer' } },
    });
    expect(validate!({ a: 'aaa', b: 'bb', x1: 1 })).toBe(true);
    expect(validate!({ a: `${'a'.repeat(50)}!`, b: 'bb' })).toBe(false);
    expect(validate!({ a: 'aaa', b: 'a' })).toBe(false);
    expect(validate!({ a: 'aaa', x1: 'no' })).toBe(false);
    expect(validate!({ a: 'aaa', xy: 'yes' })).toBe(true);
  });
});
