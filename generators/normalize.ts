/**
 * Stage 3: normalization. Turns the validated, merged catalog into the
 * read-only {@link CatalogModel}: defaults cascaded, families and aliases
 * expanded, names derived, every list in the catalog's order (see
 * {@link CatalogOrder}). Runs only on a catalog without errors, so broken
 * invariants here are bugs and throw.
 */
import path from 'node:path';
import { compareStrings } from './diagnostics.js';
import {
  MODEL_FORMAT_VERSION,
  type CatalogModel,
  type CatalogOrder,
  type ErrorDefinition,
  type ExtensionModel,
  type JsonValue,
  type GuidanceModel,
  type JsonSchema,
  type MetaModel,
  type MetaProperty,
  type NamespaceModel,
  type RetryAdvice,
  type SectionModel,
  type WordingModel,
  type SharedSchemaModel,
  type WireCode,
} from './model.js';
import { expandBody, typeUriOf } from './body.js';
import { deriveNames } from './names.js';
import { keysInOrder, withKeyOrder } from './key-order.js';
import { followSharedRef, reachableShared, requiredNames, sharedOfProperty, sharedRefName, sharedRefsOf, sharedSchemaAnchor } from './shared-schemas.js';
import { namespaceWildcard, parentNamespaces } from './code-syntax.js';
import { cascade, expandFamily, explicitNamespace, namespaceChain, parseFamily, syntaxOf, type MergedCatalog, type RawRetry } from './resolve.js';

/**
 * Retry advice in words, read after "Retry:" and before a code's note:
 * neutral, so that a database's or a CLI's catalog reads right; a catalog
 * may say it in its own API's terms (catalog.wording.retry).
 */
const NEUTRAL_RETRY_WORDS: WordingModel['retry'] = {
  never: 'No: retrying cannot help.',
  safe: 'Yes, any request.',
  idempotent: 'Idempotent requests only.',
  backoff: 'Later, with exponential backoff.',
  after_reset: 'Not until the limit resets.',
  after_action: 'Only after someone acts on the cause.',
};

/** Builds the model of a merged catalog that validated without errors. */
export function normalizeCatalog(merged: MergedCatalog, catalogDir: string, changelog: string | null = null): CatalogModel {
  const header = merged.header?.value;
  if (!header) throw new Error('normalizeCatalog: catalog has no header; validation should have stopped');
  const syntax = syntaxOf(merged);
  const order: CatalogOrder = header.order ?? 'authored';
  // Every list below is in written order (files in load order, entries as each file writes them) or by code unit.
  const inOrder = <T>(items: readonly T[], key: (item: T) => string): T[] => (order === 'code' ? [...items].sort((a, b) => compareStrings(key(a), key(b))) : [...items]);
  // Declared order: a mapping's keys as written (identifier names are never integer-like, so JS keeps that order).
  const identifiers = Object.entries(header.identifiers ?? {}).map(([name, v]) => ({ name, title: v.title, type: v.type ?? 'string', description: v.description ?? null }));

  const parameters = inOrder([...merged.parameters], ([name]) => name).map(([name, { value }]) => ({
      name,
      description: value.description ?? null,
      placeholder: value.placeholder ?? `{${name}}`,
      values: value.values.map((v) => ({ value: v.value, title: v.title ?? v.value })),
    }));
  const parameterByName = new Map(parameters.map((p) => [p.name, p]));
  const body = expandBody(header).model;

  // Shared meta schemas: what each refers to, for what every meta schema reaches.
  // Their properties maps in the catalog's order too (by name under order: code), like the codes' meta below.
  const sharedByName = new Map([...merged.schemas].map(([name, { value }]) => [name, orderProperties(value, order) as JsonSchema]));
  const sharedDirect = new Map([...sharedByName].map(([name, schema]) => [name, [...new Set(sharedRefsOf(schema).map((r) => r.name))].sort(compareStrings)]));
  // Each meta schema copied once with its properties maps in the catalog's order (orderProperties), then resolved.
  const toMeta = (raw: false | JsonSchema | undefined) => {
    if (raw === undefined || raw === false) return toMetaModel(raw, sharedByName, sharedDirect, order);
    let copy = metaSchemas.get(raw);
    if (!copy) metaSchemas.set(raw, (copy = orderProperties(raw, order) as JsonSchema));
    return toMetaModel(copy, sharedByName, sharedDirect, order);
  };

  const guidanceByCode = new Map<string, string[]>();
  const definitions: ErrorDefinition[] = [];
  const wireCodes: WireCode[] = [];

  const metaSchemas = new WeakMap<object, JsonSchema>();
  for (const [code, entry] of inOrder([...merged.codes], ([name]) => name)) {
    const raw = entry.value;
    const chain = namespaceChain(code, merged, explicitNamespace(entry, merged)?.value);
    const namespace = chain[0]!;
    const parsed = parseFamily(code, syntax);
    const parameter = parsed ? parameterByName.get(parsed.parameter)! : null;
    const family =
      parsed && parameter
        ? { parameter: parsed.parameter, segmentIndex: parsed.segmentIndex, prefix: parsed.prefix, suffix: parsed.suffix, values: parameter.values.map((v) => v.value) }
        : null;
    const transport = cascade('transport', entry, chain, merged)?.value ?? 'http';
    const forwarding = cascade('status_forwarding', entry, chain, merged)?.value;
    const events = cascade('events', entry, chain, merged)?.value;
    const exampleValue = family ? (raw.example.params?.[family.parameter] ?? family.values[0]!) : null;

    definitions.push({
      code,
      displayCode: family && parameter ? expandFamily(family, parameter.placeholder) : code,
      family,
      namespace,
      section: sectionOf(namespace, merged),
      transport,
      status: raw.status ?? null,
      statusForwarding: forwarding ? { fallback: forwarding.fallback, statuses: [...new Set(forwarding.statuses ?? [])].sort((a, b) => a - b), note: forwarding.note ?? null } : null,
      events: events ? { names: [...events.names], field: events.field } : null,
      description: raw.description,
      sameAs: raw.same_as ?? null,
      details: raw.details ?? null,
      meta: toMeta(cascade('meta', entry, chain, merged)?.value),
      retry: toRetry(cascade('retry', entry, chain, merged)?.value),
      aliases: inOrder(raw.aliases ?? [], (a) => a),
      since: raw.since ?? null,
      deprecated: raw.deprecated ? { since: raw.deprecated.since, replacement: raw.deprecated.replacement ?? null, reason: raw.deprecated.reason ?? null } : null,
      example: {
        code: family && exampleValue !== null ? expandFamily(family, exampleValue) : code,
        message: raw.example.message,
        meta: raw.example.meta === undefined ? null : (sortedKeys(raw.example.meta) as { readonly [key: string]: unknown }),
      },
      typeUri: typeUriOf(header, body, raw.type_uri, deriveNames(code, syntax).anchor),
      names: deriveNames(code, syntax),
      identifiers: identifiers.flatMap((i) => (raw.identifiers?.[i.name] === undefined ? [] : [{ name: i.name, value: raw.identifiers[i.name]! }])),
      guidance: guidanceByCode.get(code) ?? [],
      extensions: extensionsOf(raw),
      source: { file: relativeTo(catalogDir, entry.origin.file) },
    });

    if (family) {
      for (const value of family.values) {
        const wire = expandFamily(family, value);
        wireCodes.push({ code: wire, definition: code, via: 'family', names: deriveNames(wire, syntax) });
      }
    } else {
      wireCodes.push({ code, definition: code, via: 'code', names: deriveNames(code, syntax) });
    }
    for (const alias of raw.aliases ?? []) wireCodes.push({ code: alias, definition: code, via: 'alias', names: deriveNames(alias, syntax) });
  }

  const guidance: GuidanceModel[] = merged.guidance.map(({ value }) => ({
    id: value.id,
    title: value.title,
    codes: [...value.codes],
    body: value.body,
    samples: (value.samples ?? []).map((s) => ({ language: s.language, title: s.title ?? null, code: s.code })),
  }));
  attachGuidance(definitions, wireCodes, guidance);

  const sections = buildSections(merged, definitions, order);
  // Authored: definitions in the order a reader meets them, section by section, in each as written.
  if (order === 'authored') {
    const rank = new Map<string, number>();
    for (const s of sections) for (const code of s.codes) rank.set(code, rank.size);
    definitions.sort((a, b) => rank.get(a.code)! - rank.get(b.code)!);
  }
  // Wire codes: by code, or each definition's own codes (the code, or its family's expansions) then its aliases, in definition order.
  const wireOf = groupBy(wireCodes, (w) => w.definition, (w) => w);
  const orderedWire = order === 'code' ? [...wireCodes].sort((a, b) => compareStrings(a.code, b.code)) : definitions.flatMap((d) => wireOf.get(d.code) ?? []);

  const codesByNamespace = groupBy(definitions, (d) => d.namespace, (d) => d.code);
  const namespaces: NamespaceModel[] = inOrder([...merged.namespaces], ([name]) => name).map(([name, { value }]) => ({
      name,
      description: value.description,
      section: sectionOf(name, merged),
      parents: parentNamespaces(name, merged.namespaces, syntax),
      typeName: deriveNames(name, syntax).type,
      wildcard: namespaceWildcard(name, syntax),
      codes: codesByNamespace.get(name) ?? [],
      extensions: extensionsOf(value),
    }));

  return {
    formatVersion: MODEL_FORMAT_VERSION,
    id: header.id,
    title: header.title,
    version: header.version,
    description: header.description ?? null,
    codeSyntax: syntax,
    order,
    wording: { retry: { ...NEUTRAL_RETRY_WORDS, ...header.wording?.retry } as WordingModel['retry'] },
    identifiers,
    package: {
      name: header.package.name,
      description: header.package.description ?? header.description ?? `Error codes of ${header.title}.`,
      license: header.package.license ?? 'UNLICENSED',
    },
    docs: {
      title: header.docs?.title ?? `${header.title} errors`,
      intro: header.docs?.intro ?? null,
      baseUrl: header.docs?.base_url ?? null,
      statusPhrases: Object.entries(header.docs?.status_phrases ?? {})
        .map(([status, phrase]) => ({ status: Number(status), phrase }))
        .sort((a, b) => a.status - b.status),
      frontMatter:
        header.docs?.front_matter === undefined
          ? null
          : {
              description: header.docs.front_matter.description ?? header.description ?? null,
              sidebarPosition: header.docs.front_matter.sidebar_position ?? null,
              sidebarKey: (header.docs.front_matter.sidebar_key ?? 'sidebar_position').split('.'),
            },
      // By name: how a mapping's keys are typed is not what it means (the determinism test shuffles them).
      extensions: Object.entries(header.docs?.extensions ?? {})
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([name, label]) => ({ name, label })),
    },
    extensions: extensionsOf(header),
    envelope: {
      description: header.envelope.description ?? null,
      requestIdHeader: header.envelope.request_id_header ?? null,
      fields: {
        code: header.envelope.fields?.code ?? 'Stable, namespaced error code.',
        message: header.envelope.fields?.message ?? 'Human-readable message.',
        meta: header.envelope.fields?.meta ?? 'Structured context, when the code has any.',
        requestId: header.envelope.fields?.request_id ?? 'Identifies the request.',
      },
      codeGrammar: header.envelope.code_grammar ?? null,
      body,
    },
    parameters,
    sections: sections.map((s) => ({ ...s, namespaces: namespaces.filter((n) => n.section === s.id && n.codes.length > 0).map((n) => n.name) })),
    namespaces,
    schemas: buildSharedSchemas(sharedByName, sharedDirect, definitions, order),
    definitions,
    wireCodes: orderedWire,
    guidance,
    retired: inOrder(
      merged.retired.map(({ value }) => ({ code: value.code, since: value.since, replacement: value.replacement ?? null, reason: value.reason ?? null })),
      (r) => r.code,
    ),
    statuses: [...new Set(definitions.flatMap((d) => (d.status === null ? [] : [d.status])))].sort((a, b) => a - b),
    sourceFiles: merged.files.map((f) => relativeTo(catalogDir, f)),
    // Absent without a CHANGELOG.md, so that catalogs without one keep the model they had.
    ...(changelog === null ? {} : { changelog }),
  };
}

/** Items grouped by a key, in one pass and in the items' order (catalogs can hold 100,000 codes). */
function groupBy<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(value(item));
    else groups.set(k, [value(item)]);
  }
  return groups;
}

/**
 * A namespace's section: its own, else its nearest parent's; a namespace
 * tree without any gets a section of its own, named after its first segment.
 */
function sectionOf(namespace: string, merged: MergedCatalog): string {
  const chain = [namespace, ...parentNamespaces(namespace, merged.namespaces, syntaxOf(merged))];
  for (const name of chain) {
    const section = merged.namespaces.get(name)?.value.section;
    if (section !== undefined) return section;
  }
  return implicitSectionId(chain[chain.length - 1]!);
}

/** A namespace tree's own section: named after its outermost namespace, spelled as an anchor and a file name can hold it (`SNYK` → `snyk`). */
function implicitSectionId(root: string): string {
  return root.toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '') || 'codes';
}

/**
 * The sections, declared ones first in declared order, then the implicit
 * ones (a namespace tree without a section): in the order their first code
 * is written, or by id under `order: code`. Each lists its definitions as
 * `definitions` holds them (written order, or by code); under `order: code`,
 * families first, as the reference lists `platform.<name>.auth` before
 * `platform.tiktok.media_required`, and a "same as above" code right below
 * the code it refers to, so sorting cannot move its words under another row.
 */
function buildSections(merged: MergedCatalog, definitions: readonly ErrorDefinition[], order: CatalogOrder): Omit<SectionModel, 'namespaces'>[] {
  const declared = merged.sections.map(({ value }) => ({ id: value.id, title: value.title, intro: value.intro ?? null, outro: value.outro ?? null, extensions: extensionsOf(value) }));
  const ids = new Set(declared.map((s) => s.id));
  const implicitIds = [...new Set(definitions.map((d) => d.section))].filter((id) => !ids.has(id));
  if (order === 'code') implicitIds.sort(compareStrings);
  const implicit = implicitIds.map((id) => ({ id, title: id, intro: null, outro: null, extensions: [] as ExtensionModel[] }));
  const listed = order === 'code' ? keepSameAsBelow([...definitions.filter((d) => d.family), ...definitions.filter((d) => !d.family)]) : definitions;
  const codesBySection = groupBy(listed, (d) => d.section, (d) => d.code);
  return [...declared, ...implicit].map((s) => ({ ...s, codes: codesBySection.get(s.id) ?? [] }));
}

/**
 * The sorted list with each `same_as` code moved right below the code it
 * names, when both are listed in the same section and transport (a chain
 * follows its head). Two codes "same as" one code cannot both be right below
 * it: the second follows the first, and validation says so.
 */
function keepSameAsBelow(sorted: readonly ErrorDefinition[]): ErrorDefinition[] {
  const byCode = new Map(sorted.map((d) => [d.code, d]));
  const attached = (d: ErrorDefinition): boolean => {
    const above = d.sameAs === null || d.sameAs === d.code ? undefined : byCode.get(d.sameAs);
    return above !== undefined && above.section === d.section && above.transport === d.transport;
  };
  const below = groupBy(sorted.filter(attached), (d) => d.sameAs!, (d) => d);
  const out: ErrorDefinition[] = [];
  const placed = new Set<string>();
  const place = (d: ErrorDefinition): void => {
    if (placed.has(d.code)) return;
    placed.add(d.code);
    out.push(d);
    for (const next of below.get(d.code) ?? []) place(next);
  };
  for (const d of sorted) if (!attached(d)) place(d);
  // Codes in a same_as cycle have no head: they keep their sorted place, and validation reports them.
  for (const d of sorted) place(d);
  return out;
}

/** Links each definition to the guidance that names it, its family, an alias of it, or a pattern over it. */
function attachGuidance(definitions: ErrorDefinition[], wireCodes: readonly WireCode[], guidance: readonly GuidanceModel[]): void {
  const definitionOf = new Map(wireCodes.map((w) => [w.code, w.definition]));
  const byDefinition = new Map<string, string[]>();
  for (const g of guidance) {
    const covered = new Set<string>();
    for (const pattern of g.codes) {
      if (pattern.endsWith('*')) {
        const prefix = pattern.slice(0, -1);
        for (const d of definitions) if (d.code.startsWith(prefix)) covered.add(d.code);
      } else {
        covered.add(definitionOf.get(pattern) ?? pattern);
      }
    }
    for (const code of covered) byDefinition.set(code, [...(byDefinition.get(code) ?? []), g.id]);
  }
  definitions.forEach((d, i) => {
    definitions[i] = { ...d, guidance: byDefinition.get(d.code) ?? [] };
  });
}

function toRetry(raw: RawRetry | undefined): RetryAdvice {
  return {
    policy: (raw?.policy ?? 'never') as RetryAdvice['policy'],
    afterSeconds: raw?.after_seconds ?? null,
    note: raw?.note ?? null,
  };
}

function toMetaModel(raw: false | JsonSchema | undefined, shared: ReadonlyMap<string, JsonSchema>, direct: ReadonlyMap<string, readonly string[]>, order: CatalogOrder): MetaModel {
  if (raw === undefined || raw === false) return { kind: 'none' };
  // A meta that is a shared schema as a whole: its properties and required are that schema's.
  let top: JsonSchema = raw;
  let ref: string | null = null;
  // Followed a few steps (a shared schema that is another as a whole); validation refuses cycles.
  for (let step = 0; step < 16 && followSharedRef(top, (name) => shared.get(name)) !== top; step++) {
    ref = sharedRefName(top.$ref as string)!;
    top = shared.get(ref)!;
  }
  return { kind: 'schema', schema: raw, required: requiredNames(top).length > 0, properties: propertiesOf(top, order), ref, shared: reachableShared(raw, direct) };
}

/** A schema's top-level properties, in the catalog's order (as written, or by name). */
function propertiesOf(schema: JsonSchema, order: CatalogOrder): MetaProperty[] {
  const required = requiredNames(schema);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const names = keysInOrder(properties);
  if (order === 'code') names.sort(compareStrings);
  return names
    .map((name) => ({
      name,
      type: describeType(properties[name]!),
      required: required.includes(name),
      description: typeof properties[name]!.description === 'string' ? (properties[name]!.description as string) : null,
      shared: sharedOfProperty(properties[name]!),
    }));
}

/**
 * The shared schemas, each with the definitions whose meta reaches it, in
 * the catalog's order like every list a reader sees (the docs' shared
 * schema tables, the TypeScript types): as written (files in path order,
 * then each `schemas:` mapping's order) or, under `order: code`, by name.
 */
function buildSharedSchemas(shared: ReadonlyMap<string, JsonSchema>, direct: ReadonlyMap<string, readonly string[]>, definitions: readonly ErrorDefinition[], order: CatalogOrder): SharedSchemaModel[] {
  const usedBy = new Map<string, string[]>();
  for (const d of definitions) if (d.meta.kind === 'schema') for (const name of d.meta.shared) usedBy.set(name, [...(usedBy.get(name) ?? []), d.code]);
  const names = order === 'code' ? [...shared.keys()].sort(compareStrings) : [...shared.keys()];
  return names.map((name) => {
    const schema = shared.get(name)!;
    return {
      name,
      schema,
      description: typeof schema.description === 'string' ? schema.description : null,
      properties: propertiesOf(schema, order),
      uses: direct.get(name) ?? [],
      usedBy: usedBy.get(name) ?? [],
      anchor: sharedSchemaAnchor(name),
    };
  });
}

/** Keywords whose value is data, not a subschema: their objects are left as written. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples', 'example']);

/**
 * A copy of a JSON Schema in which each `properties` map lists its keys in
 * the catalog's order (as written, or by code unit) and records it. Depth is
 * bounded: the validator limited meta schemas to `limits.maxSchemaDepth`.
 */
function orderProperties(value: unknown, order: CatalogOrder, propertyMap = false): unknown {
  if (Array.isArray(value)) return value.map((item) => orderProperties(item, order));
  if (value === null || typeof value !== 'object') return value;
  const keys = keysInOrder(value);
  if (propertyMap && order === 'code') keys.sort(compareStrings);
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    // In a properties map every value is a subschema; in a schema, `properties` is a map and data keywords hold data.
    const next = propertyMap ? orderProperties(item, order) : key === 'properties' ? orderProperties(item, order, true) : DATA_KEYWORDS.has(key) ? item : orderProperties(item, order);
    // defineProperty, not assignment: a key named __proto__ stays a key.
    Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  if (propertyMap) return withKeyOrder(copy, keys);
  const actual = Object.keys(copy);
  return keys.some((k, i) => actual[i] !== k) ? withKeyOrder(copy, keys) : copy;
}

/** A short, language-neutral type for docs: string, integer, "a" | "b", string[], object. */
export function describeType(schema: JsonSchema): string {
  if (typeof schema.$ref === 'string' && sharedRefName(schema.$ref)) return sharedRefName(schema.$ref)!;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const type = schema.type;
  if (Array.isArray(type)) return type.join(' | ');
  if (type === 'array' && schema.items && typeof schema.items === 'object') return `${describeType(schema.items as JsonSchema)}[]`;
  return typeof type === 'string' ? type : 'any';
}

/**
 * The `x-*` fields of a catalog object, sorted by name, values with sorted
 * keys like examples': a mapping's key order is how it was typed, not what
 * it means, and the outputs must not depend on it.
 */
function extensionsOf(raw: object): ExtensionModel[] {
  return Object.entries(raw)
    .filter(([name]) => name.startsWith('x-'))
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, value]) => ({ name, value: sortedKeys(value) as JsonValue }));
}

/** A file's path relative to the catalog folder: the model must not depend on the working directory. */
function relativeTo(dir: string, file: string): string {
  return path.relative(path.resolve(dir), path.resolve(file)).split(path.sep).join('/');
}

/**
 * A JSON value with every object's keys in code-unit order: an example's
 * key order in the YAML is how it was typed, not what it means, and the
 * outputs must not depend on it.
 */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => compareStrings(a, b));
  // defineProperty, not assignment: a key named __proto__ stays a key.
  const sorted: Record<string, unknown> = {};
  for (const [key, item] of entries) Object.defineProperty(sorted, key, { value: sortedKeys(item), enumerable: true, writable: true, configurable: true });
  return sorted;
}
