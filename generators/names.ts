/**
 * Names derived from codes, computed once in normalization. Codes are
 * lower-case `segment(.segment)+` with segments `[a-z][a-z0-9_]*`, so every
 * derived name below is a valid identifier or anchor by construction; the
 * validator still checks that no two codes derive the same name.
 */
import type { DerivedNames } from './model.js';

/** Matches a family's {parameter} segment. */
export const PARAMETER_SEGMENT = /^\{([a-z][a-z0-9_]*)\}$/;

/**
 * The segments of a code with family parameters left out; but a family that
 * would keep a single segment (`jobs.{queue}`) keeps its parameter's name
 * (`jobs`, `queue`), so that every derived anchor has at least two segments
 * and a `-`, which no section id has.
 */
function nameSegments(code: string): string[] {
  const all = code.split('.');
  const kept = all.filter((s) => !PARAMETER_SEGMENT.test(s));
  return kept.length >= 2 ? kept : all.map((s) => PARAMETER_SEGMENT.exec(s)?.[1] ?? s);
}

/**
 * Derives the constant, type and anchor names of a code.
 *
 * @example deriveNames('auth.oauth.invalid_client')
 * // { constant: 'AUTH_OAUTH_INVALID_CLIENT', type: 'AuthOauthInvalidClient', anchor: 'auth-oauth-invalid_client' }
 * @example deriveNames('platform.{platform}.auth')
 * // { constant: 'PLATFORM_AUTH', type: 'PlatformAuth', anchor: 'platform-auth' }
 * @example deriveNames('jobs.{queue}')
 * // { constant: 'JOBS_QUEUE', type: 'JobsQueue', anchor: 'jobs-queue' }
 */
export function deriveNames(code: string): DerivedNames {
  const segments = nameSegments(code);
  return {
    constant: segments.join('_').toUpperCase(),
    type: segments
      .flatMap((s) => s.split('_'))
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(''),
    // '-' never occurs in a code, so joining segments with it cannot collide.
    anchor: segments.join('-'),
  };
}
