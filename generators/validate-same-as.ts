/**
 * `same_as`: a code whose description is written relative to another's,
 * as published references do ("Same as above for endpoints behind the
 * brand-level UI"). The words only make sense where the other code is the
 * row above, so this rule reads the normalized model, whose order decides
 * what is above: it runs after normalization, on the model and the merged
 * catalog (for positions), and stops generation like any other error.
 */
import { quote, type Finding } from './diagnostics.js';
import type { CatalogModel } from './model.js';
import { child, type MergedCatalog } from './resolve.js';

/**
 * Checks every `same_as`: it names a definition (`same-as-unknown`), and
 * that definition is the one listed right before the code in its section's
 * table (same section, same transport) in the model's order
 * (`same-as-not-above`).
 */
export function checkSameAs(model: CatalogModel, merged: MergedCatalog): Finding[] {
  const findings: Finding[] = [];
  const byCode = new Map(model.definitions.map((d) => [d.code, d]));
  // The definition right above each one in its docs table: same section, same transport.
  const above = new Map<string, string>();
  for (const section of model.sections) {
    const last = new Map<string, string>();
    for (const code of section.codes) {
      const d = byCode.get(code)!;
      const previous = last.get(d.transport);
      if (previous !== undefined) above.set(code, previous);
      last.set(d.transport, code);
    }
  }
  for (const d of model.definitions) {
    if (d.sameAs === null) continue;
    const entry = merged.codes.get(d.code);
    if (!entry) continue;
    const base = { file: entry.origin.file, path: child(entry.origin, 'same_as').path };
    const target = byCode.get(d.sameAs);
    if (!target) {
      findings.push({ rule: 'same-as-unknown', message: `${quote(d.code)} says its description is the same as ${quote(d.sameAs)}'s, which is not a code of this catalog (name the code as written, not an alias or expansion)`, ...base });
    } else if (above.get(d.code) !== d.sameAs) {
      const actual = above.get(d.code);
      findings.push({
        rule: 'same-as-not-above',
        message: `${quote(d.code)} is described relative to ${quote(d.sameAs)} ("same as above"), but ${actual === undefined ? 'nothing' : quote(actual)} is listed above it in the ${model.order} order; ${model.order === 'code' ? `under order: code each code is placed right below the one it names, so only one code can be the same as ${quote(d.sameAs)}, and only in its section and transport` : `write it right after ${quote(d.sameAs)} in the same section and transport`}`,
        ...base,
      });
    }
  }
  return findings;
}
