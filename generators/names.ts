/**
 * Names derived from codes, computed once in normalization. A code holds
 * only letters, digits and `. _ - / :` (see code-syntax.ts), so the words
 * below are ASCII letters and digits and every derived name is a valid
 * identifier or anchor by construction; the validator still checks that no
 * two codes derive the same name.
 */
import { DEFAULT_CODE_SYNTAX, parseFamilyCode, segmentsOf, type CodeSyntax } from './code-syntax.js';
import type { DerivedNames } from './model.js';

/** Matches a family's {parameter} segment. */
export const PARAMETER_SEGMENT = /^\{([a-z][a-z0-9_]*)\}$/;

/**
 * The segments a code's names are made of: its segments with the family
 * parameter left out; but a family that would keep a single segment
 * (`jobs.{queue}`) keeps its parameter's name (`jobs`, `queue`), so that a
 * family's names differ from its namespace's.
 */
function nameSegments(code: string, syntax: CodeSyntax): string[] {
  const family = parseFamilyCode(code, syntax);
  const all = segmentsOf(code, syntax);
  if (family === null) return all;
  if (syntax.split.kind !== 'separator') {
    const rest = `${family.prefix} ${family.suffix}`;
    return words(rest).length > 0 ? [rest] : [family.parameter];
  }
  const kept = all.filter((s) => !PARAMETER_SEGMENT.test(s));
  return kept.length >= 2 ? kept : all.map((s) => PARAMETER_SEGMENT.exec(s)?.[1] ?? s);
}

/**
 * The words of a segment: runs of letters and digits, split again where a
 * lower-case letter or digit meets an upper-case one (`ResourceNotFound`)
 * and before the last capital of a capital run (`HTTPError`).
 */
function words(segment: string): string[] {
  return segment
    .split(/[^A-Za-z0-9]+/)
    .flatMap((w) => w.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').split(' '))
    .filter((w) => w !== '');
}

/** Lower-case, every run of other characters one `-`: GitHub's and most sites' own anchor spelling of a code. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Derives the constant, type and anchor names of a code under a syntax.
 *
 * @example deriveNames('auth.oauth.invalid_client')
 * // { constant: 'AUTH_OAUTH_INVALID_CLIENT', type: 'AuthOauthInvalidClient', anchor: 'auth-oauth-invalid_client' }
 * @example deriveNames('platform.{platform}.auth')
 * // { constant: 'PLATFORM_AUTH', type: 'PlatformAuth', anchor: 'platform-auth' }
 * @example deriveNames('jobs.{queue}')
 * // { constant: 'JOBS_QUEUE', type: 'JobsQueue', anchor: 'jobs-queue' }
 * @example deriveNames('SNYK-CLI-0001', vendorSyntax)
 * // { constant: 'SNYK_CLI_0001', type: 'SnykCli0001', anchor: 'snyk-cli-0001' }
 * @example deriveNames('23505', sqlstateSyntax)
 * // { constant: 'CODE_23505', type: 'Code23505', anchor: '23505' }
 */
export function deriveNames(code: string, syntax: CodeSyntax = DEFAULT_CODE_SYNTAX): DerivedNames {
  const segments = nameSegments(code, syntax);
  const list = segments.flatMap(words);
  // An identifier cannot start with a digit: the catalog's prefix goes first.
  if (/^[0-9]/.test(list[0] ?? '0')) list.unshift(...words(syntax.namePrefix));
  return {
    constant: list.map((w) => w.toUpperCase()).join('_'),
    type: list.map((w) => w.charAt(0).toUpperCase() + (/^[A-Z0-9]+$/.test(w) ? w.slice(1).toLowerCase() : w.slice(1))).join(''),
    // Segments are never empty and slug() trims its '-', so an anchor never holds '--' (which the docs keep for their own parts).
    anchor: `${syntax.anchorPrefix}${segments.map(slug).filter((s) => s !== '').join('-')}`,
  };
}
