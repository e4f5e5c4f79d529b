/**
 * The rules of `retired:`: a retired code stays reserved, as PostgreSQL's
 * SQLSTATEs, rustc's retired error codes and buf's reserved names do. A
 * client that met the code once must never meet it again meaning
 * something else.
 */
import { quote, type RuleId } from './diagnostics.js';
import { child, type MergedCatalog, type Origin } from './resolve.js';

type Report = (rule: RuleId, message: string, origin: Origin, at?: 'key' | 'value') => void;

/** Checks every retired entry: not reused, listed once, its replacement a code of the catalog. */
export function checkRetired(merged: MergedCatalog, exists: (code: string) => boolean, report: Report): void {
  const seen = new Map<string, Origin>();
  for (const entry of merged.retired) {
    const { code, replacement } = entry.value;
    const at = child(entry.origin, 'code');
    const earlier = seen.get(code);
    if (earlier) report('retired-duplicate', `${quote(code)} is already listed as retired (${earlier.file})`, at);
    seen.set(code, entry.origin);
    // Reuse is reported where the code is sent again, and here.
    if (exists(code)) report('retired-code-reused', `${quote(code)} was retired in ${entry.value.since} and stays reserved; choose a new code (clients that saw the old meaning would misread it)`, at);
    if (replacement !== undefined && !exists(replacement)) report('retired-replacement-unknown', `replacement ${quote(replacement)} is not a code of this catalog`, child(entry.origin, 'replacement'));
  }
}
