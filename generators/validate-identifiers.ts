/**
 * Second identifiers (catalog.identifiers): every name a code uses is
 * declared, every value has the declared type, a family (one definition,
 * many codes) carries none, and no two codes share a value of one name,
 * since `fromIdentifier` must find exactly one code.
 */
import { quote, type RuleId } from './diagnostics.js';
import { child, type MergedCatalog, type Origin } from './resolve.js';

type Report = (rule: RuleId, message: string, origin: Origin, at?: 'key' | 'value') => void;

export function checkIdentifiers(merged: MergedCatalog, report: Report): void {
  const declared = merged.header?.value.identifiers ?? {};
  const owners = new Map<string, string>();
  for (const [code, entry] of merged.codes) {
    const values = entry.value.identifiers;
    if (values === undefined) continue;
    if (code.includes('{')) {
      report('identifier-invalid', `family ${quote(code)} stands for several codes, so it cannot carry identifiers, which name one code each`, child(entry.origin, 'identifiers'), 'key');
      continue;
    }
    for (const [name, value] of Object.entries(values)) {
      const at = child(entry.origin, 'identifiers', name);
      const declaration = declared[name];
      if (declaration === undefined) {
        report('identifier-undeclared', `identifier ${quote(name)} is not declared under catalog.identifiers`, at, 'key');
        continue;
      }
      const type = declaration.type ?? 'string';
      if ((type === 'integer') !== (typeof value === 'number')) {
        report('identifier-invalid', `identifier ${quote(name)} is declared as ${type === 'integer' ? 'an integer' : 'a string'}; ${quote(value)} is not one`, at);
        continue;
      }
      const key = `${name}\u0000${String(value)}`;
      const owner = owners.get(key);
      if (owner !== undefined) report('identifier-duplicate', `${quote(code)} and ${quote(owner)} both have ${name} ${quote(value)}; an identifier names one code`, at);
      else owners.set(key, code);
    }
  }
}
