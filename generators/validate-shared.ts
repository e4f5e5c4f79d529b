/**
 * What a shared meta schema must be beyond a sound JSON Schema (which
 * MetaSchemaCompiler.registerShared checks): used by some meta schema, and
 * named so that the names errcat derives from it (a TypeScript type, an
 * OpenAPI component schema, a docs anchor) meet no other generated name.
 */
import { quote, type RuleId } from './diagnostics.js';
import { deriveNames } from './names.js';
import { syntaxOf, type MergedCatalog, type Origin } from './resolve.js';
import { reachableShared, sharedRefsOf, sharedSchemaAnchor } from './shared-schemas.js';
import { FIXED_NAMES } from './targets/openapi/document.js';
import { OWN_NAMES, parameterTypeNames } from './targets/typescript/names.js';

type Report = (rule: RuleId, message: string, origin: Origin, at?: 'key' | 'value') => void;

export function checkSharedSchemas(merged: MergedCatalog, report: Report): void {
  if (merged.schemas.size === 0) return;
  const direct = new Map([...merged.schemas].map(([name, s]) => [name, sharedRefsOf(s.value).map((r) => r.name)]));
  const used = new Set<string>();
  const metas = [
    ...[...merged.codes.values()].map((c) => c.value.meta),
    ...[...merged.namespaces.values()].map((n) => n.value.meta),
    merged.header?.value.defaults?.meta,
  ];
  for (const meta of metas) if (meta) for (const name of reachableShared(meta, direct)) used.add(name);
  for (const [name, entry] of merged.schemas) {
    if (!used.has(name)) report('schema-unused', `shared schema ${quote(name)} is referred to by no meta schema; remove it or refer to it with $ref: '#/schemas/${name}'`, entry.origin, 'key');
  }

  // Names errcat generates that a shared schema's TypeScript type or OpenAPI component could meet.
  const syntax = syntaxOf(merged);
  const taken = new Map<string, string>();
  const take = (name: string, owner: string) => (taken.has(name) ? undefined : taken.set(name, owner));
  for (const names of Object.values(OWN_NAMES)) for (const n of names) take(n, 'a name the TypeScript package exports itself');
  for (const kind of Object.values(FIXED_NAMES)) for (const n of Object.values(kind)) take(n, "one of errcat's own OpenAPI components");
  for (const [parameter, type] of parameterTypeNames([...merged.parameters.keys()].map((n) => ({ name: n })))) take(type, `the union type of parameter ${quote(parameter)}`);
  const codes = [...merged.codes.entries()].flatMap(([code, c]) => [code, ...(c.value.aliases ?? [])]);
  for (const code of codes) {
    const type = deriveNames(code, syntax).type;
    for (const suffix of ['Meta', 'Error']) take(`${type}${suffix}`, `the ${suffix === 'Meta' ? 'meta type' : 'error schema'} of ${quote(code)}`);
  }
  for (const ns of merged.namespaces.keys()) for (const suffix of ['Errors', 'ErrorsEnvelope']) take(`${deriveNames(ns, syntax).type}${suffix}`, `a component of namespace ${quote(ns)}`);
  for (const c of merged.codes.values()) if (c.value.status !== undefined) take(`Error${c.value.status}Envelope`, `the envelope of HTTP status ${c.value.status}`);

  const anchors = new Map<string, string>();
  for (const code of codes) anchors.set(deriveNames(code, syntax).anchor, `code ${quote(code)}`);
  for (const s of merged.sections) anchors.set(s.value.id, `section ${quote(s.value.id)}`);
  for (const [name, entry] of merged.schemas) {
    const owner = taken.get(name);
    const anchor = sharedSchemaAnchor(name);
    const anchorOwner = anchors.get(anchor);
    if (owner !== undefined) report('name-collision', `shared schema ${quote(name)} would take the name of ${owner}; rename it`, entry.origin, 'key');
    else if (anchorOwner !== undefined) report('name-collision', `shared schema ${quote(name)} derives the docs anchor ${quote(anchor)}, which is ${anchorOwner}'s; rename it`, entry.origin, 'key');
    anchors.set(anchor, `shared schema ${quote(name)}`);
  }
}
