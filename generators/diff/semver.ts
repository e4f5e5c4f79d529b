/**
 * The semver check of `errcat diff`: the bump the changes need (major for a
 * breaking change, minor for additions, compatible narrowing and
 * deprecations, patch for wording) against how far `catalog.version` moved.
 * Below 1.0.0 the convention of npm's caret and Cargo applies: 0.y.z is
 * bumped in y for a breaking change and in z for anything else.
 */
import type { Bump, CatalogChange } from './types.js';

interface Semver {
  major: number;
  minor: number;
  patch: number;
  pre: string;
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function parse(version: string): Semver | null {
  const m = SEMVER.exec(version);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] ?? '' } : null;
}

const RANK: Record<Bump | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The result of the check, as `--format json` prints it under `data.semver`. */
export interface SemverCheck {
  from: string;
  to: string;
  /** The bump the changes need; none when nothing changed. */
  needed: Bump | 'none';
  /** How far the version moved (none: unchanged; backwards: it went down; invalid: not semver). */
  actual: Bump | 'none' | 'backwards' | 'invalid';
  ok: boolean;
  message: string;
}

/** The largest bump among the changes. */
export function neededBump(changes: readonly CatalogChange[]): Bump | 'none' {
  let best: Bump | 'none' = 'none';
  for (const c of changes) if (RANK[c.bump] > RANK[best]) best = c.bump;
  return best;
}

/** Checks that `to` is at least the bump the changes need above `from`. */
export function checkVersion(from: string, to: string, changes: readonly CatalogChange[]): SemverCheck {
  const needed = neededBump(changes);
  const a = parse(from);
  const b = parse(to);
  const result = (actual: SemverCheck['actual'], ok: boolean, message: string): SemverCheck => ({ from, to, needed, actual, ok, message });
  if (!a || !b) return result('invalid', needed === 'none', `catalog.version ${JSON.stringify(!b ? to : from)} is not a semver version (MAJOR.MINOR.PATCH): the bump cannot be checked`);
  const actual = movement(a, b);
  if (actual === 'backwards') return result(actual, false, `catalog.version went backwards: ${from} → ${to}`);
  // Below 1.0.0 a breaking change moves the minor number and anything else the patch number.
  const effective = (bump: Bump | 'none'): Bump | 'none' => (a.major > 0 || bump === 'none' ? bump : bump === 'major' ? 'minor' : 'patch');
  const want = effective(needed);
  const ok = RANK[actual] >= RANK[want];
  const what = needed === 'none' ? 'no bump' : `a ${needed} bump${want !== needed ? ` (${want} below 1.0.0)` : ''}`;
  return result(actual, ok, ok ? `the changes need ${what}; ${from} → ${to} is enough` : `the changes need ${what}, but catalog.version ${from} → ${to} is ${actual === 'none' ? 'unchanged' : `a ${actual} bump`}`);
}

function movement(a: Semver, b: Semver): Bump | 'none' | 'backwards' {
  const order = [b.major - a.major, b.minor - a.minor, b.patch - a.patch];
  const first = order.findIndex((d) => d !== 0);
  if (first === -1) {
    // Same numbers: a release after its pre-release moves forward by nothing a consumer must act on.
    if (a.pre === b.pre) return 'none';
    if (a.pre !== '' && b.pre === '') return 'patch';
    return a.pre === '' || b.pre < a.pre ? 'backwards' : 'none';
  }
  if (order[first]! < 0) return 'backwards';
  return (['major', 'minor', 'patch'] as const)[first]!;
}
