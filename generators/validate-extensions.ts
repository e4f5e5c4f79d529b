/**
 * `x-*` extension fields: any JSON value on the header, a section, a
 * namespace or a code, carried into the model and every target. errcat
 * writes its own facts as `x-errcat` (and 3.0's `x-errcat-json-schema`)
 * into the OpenAPI document, so a catalog's extension must not take a name
 * starting so (nor x-generated-by, the banner in the document's info): the
 * two would land on the same key. A value holding a `$ref` key is refused:
 * OpenAPI tools resolve `$ref` wherever it stands, so it would fetch or
 * inline something the catalog only meant as data. The same holds for a
 * code's example, which the OpenAPI document carries as example values
 * (swagger-parser and Spectral's resolver dereference `$ref` there too),
 * and for the data a meta schema holds (`default`, `const`, `enum`,
 * `examples`), which the OpenAPI document carries inside its schemas.
 * And a docs line asked for (docs.extensions) that no code can fill is a
 * typo, said once.
 */
import { quote, type RuleId } from './diagnostics.js';
import { child, type MergedCatalog, type Origin } from './resolve.js';

type Report = (rule: RuleId, message: string, origin: Origin, at?: 'key' | 'value') => void;

/** Extension names errcat writes itself: its facts on each code, and the banner in the document's info. */
const RESERVED = /^x-(errcat(-|$)|generated-by$)/;

export function checkExtensions(merged: MergedCatalog, report: Report): void {
  const owners: { value: object; origin: Origin }[] = [];
  if (merged.header) owners.push(merged.header);
  owners.push(...merged.sections, ...merged.namespaces.values(), ...merged.codes.values());
  for (const { value, origin } of owners) {
    for (const name of Object.keys(value)) {
      if (!name.startsWith('x-')) continue;
      if (RESERVED.test(name)) report('extension-reserved', `${quote(name)}: errcat writes this field into the OpenAPI document itself; name the extension otherwise`, child(origin, name), 'key');
      const ref = findRef((value as Record<string, unknown>)[name], [name]);
      if (ref !== null) report('extension-ref', `extension ${quote(name)} holds a $ref key, which OpenAPI tools would resolve; rename the key`, child(origin, ...ref), 'key');
    }
  }
  for (const { value, origin } of merged.codes.values()) {
    const ref = findRef((value as { example?: unknown }).example, ['example']);
    if (ref !== null) report('example-ref', `the example holds a $ref key, which OpenAPI tools would resolve as a reference in the example values; rename the key`, child(origin, ...ref), 'key');
  }
  const metas: { value: unknown; origin: Origin }[] = [];
  for (const owner of [...merged.codes.values(), ...merged.namespaces.values()]) {
    if (owner.value.meta !== undefined) metas.push({ value: owner.value.meta, origin: child(owner.origin, 'meta') });
  }
  if (merged.header?.value.defaults?.meta !== undefined) metas.push({ value: merged.header.value.defaults.meta, origin: child(merged.header.origin, 'defaults', 'meta') });
  for (const shared of merged.schemas.values()) metas.push(shared);
  for (const { value, origin } of metas) {
    for (const found of schemaDataRefs(value)) {
      report('example-ref', `the meta schema's ${quote(String(found.keyword))} value holds a $ref key, which OpenAPI tools would resolve as a reference inside the schema's data; rename the key`, child(origin, ...found.path), 'key');
    }
  }
  const header = merged.header;
  const asked = header?.value.docs?.extensions;
  if (!header || asked === undefined) return;
  const carried = new Set([...merged.codes.values()].flatMap(({ value }) => Object.keys(value).filter((k) => k.startsWith('x-'))));
  for (const name of Object.keys(asked)) {
    if (!carried.has(name)) report('docs-extension-unknown', `docs.extensions names ${quote(name)}, which no code has: the docs show nothing for it`, child(header.origin, 'docs', 'extensions', name), 'key');
  }
}

/** The path of the first `$ref` key in a JSON value, or null. Iterative: values nest as deep as YAML allows. */
function findRef(value: unknown, at: (string | number)[]): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: at }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (v !== null && typeof v === 'object') {
      if (Object.hasOwn(v, '$ref')) return [...path, '$ref'];
      for (const [k, item] of Object.entries(v)) stack.push({ value: item, path: [...path, k] });
    }
  }
  return null;
}

/** Keywords whose value is a schema, a list of schemas, or a map of schemas (JSON Schema 2020-12 and draft 7). */
const ONE_SCHEMA = new Set(['items', 'additionalItems', 'additionalProperties', 'unevaluatedItems', 'unevaluatedProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is data: a JSON value the schema describes, never a schema. */
const DATA = new Set(['default', 'const', 'enum', 'examples']);

/**
 * Each `$ref` key inside the data of a schema (its `default`, `const`,
 * `enum`, `examples`, at any depth of the schema), with its path. A `$ref`
 * that is a keyword of the schema itself is a reference and stays allowed.
 */
function schemaDataRefs(schema: unknown): { keyword: string; path: (string | number)[] }[] {
  const found: { keyword: string; path: (string | number)[] }[] = [];
  const stack: { schema: unknown; path: (string | number)[] }[] = [{ schema, path: [] }];
  while (stack.length > 0) {
    const { schema: s, path } = stack.pop()!;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) continue;
    for (const [keyword, value] of Object.entries(s)) {
      if (DATA.has(keyword)) {
        const ref = findRef(value, [...path, keyword]);
        if (ref !== null) found.push({ keyword, path: ref });
      } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
        value.forEach((item, i) => stack.push({ schema: item, path: [...path, keyword, i] }));
      } else if (ONE_SCHEMA.has(keyword)) {
        stack.push({ schema: value, path: [...path, keyword] });
      } else if (SCHEMA_MAPS.has(keyword) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, item] of Object.entries(value)) stack.push({ schema: item, path: [...path, keyword, name] });
      }
    }
  }
  return found;
}
