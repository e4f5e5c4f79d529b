/**
 * Adding init's npm scripts to a project's package.json without touching
 * anything else in it. The file is rewritten only when parsing and
 * re-serializing it with its own indentation gives back exactly its bytes
 * (so no key order, spacing or escape of the user's changes); otherwise,
 * and for a script name already taken by another command, init leaves the
 * file alone and says what to add.
 */

export type ScriptsEdit =
  /** The new text of package.json, and the scripts it adds. */
  | { kind: 'edited'; text: string; added: string[]; taken: string[] }
  /** Nothing to add: every script is there already, or its name is taken. */
  | { kind: 'unchanged'; taken: string[] }
  /** The file cannot be edited safely; `reason` says why. */
  | { kind: 'refused'; reason: string };

/** A fresh package.json holding only the scripts. */
export function newPackageJson(scripts: Record<string, string>): string {
  return `${JSON.stringify({ private: true, scripts }, null, 2)}\n`;
}

/** The indentation of a JSON text: the leading white space of its first indented line. */
function indentOf(text: string): string | number {
  const m = /\n([ \t]+)\S/.exec(text);
  return m ? m[1]! : 0;
}

/** package.json with `scripts` added where their names are free. */
export function addScripts(text: string, scripts: Record<string, string>): ScriptsEdit {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { kind: 'refused', reason: `it is not valid JSON (${(error as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'refused', reason: 'it is not a JSON object' };
  const indent = indentOf(text);
  const newline = text.endsWith('\n') ? '\n' : '';
  const crlf = text.includes('\r\n');
  const serialize = (value: unknown) => {
    const json = JSON.stringify(value, null, indent) + newline;
    return crlf ? json.replace(/\n/g, '\r\n') : json;
  };
  if (serialize(data) !== text) return { kind: 'refused', reason: 'errcat cannot rewrite it byte for byte (its formatting or key order would change)' };
  const pkg = data as { scripts?: unknown };
  if (pkg.scripts !== undefined && (typeof pkg.scripts !== 'object' || pkg.scripts === null || Array.isArray(pkg.scripts))) {
    return { kind: 'refused', reason: 'its "scripts" is not an object' };
  }
  const existing = { ...((pkg.scripts as Record<string, unknown> | undefined) ?? {}) };
  const added: string[] = [];
  const taken: string[] = [];
  for (const [name, command] of Object.entries(scripts)) {
    if (!(name in existing)) {
      existing[name] = command;
      added.push(name);
    } else if (existing[name] !== command) {
      taken.push(name);
    }
  }
  if (added.length === 0) return { kind: 'unchanged', taken };
  return { kind: 'edited', text: serialize({ ...pkg, scripts: existing }), added, taken };
}
