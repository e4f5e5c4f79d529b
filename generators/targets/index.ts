/**
 * The registry of targets. Adding a target is one file in this folder, one
 * line here, and one golden folder under test/fixtures.
 */
import type { Target } from '../output.js';
import { docsTarget } from './docs.js';
import { modelTarget } from './model.js';
import { openapiTarget } from './openapi.js';
import { typescriptTarget } from './typescript.js';

/** Every target, in the order they render. */
export const TARGETS: readonly Target[] = [modelTarget, openapiTarget, docsTarget, typescriptTarget];

/** The targets named, or all of them; unknown names are reported by the CLI. */
export function selectTargets(names: readonly string[]): { targets: Target[]; unknown: string[] } {
  if (names.length === 0) return { targets: [...TARGETS], unknown: [] };
  const unknown = names.filter((n) => !TARGETS.some((t) => t.name === n));
  return { targets: TARGETS.filter((t) => names.includes(t.name)), unknown };
}
