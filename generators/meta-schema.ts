/**
 * Checks for the JSON Schemas that catalog authors write for `meta`, which
 * errcat compiles and runs: no remote references, bounded depth, no patterns
 * that backtrack catastrophically in other tools, patterns that RE2 can run
 * (errcat itself matches them in linear time, pattern.ts), and a strict
 * 2020-12 compile.
 *
 * ajv compiles each schema into a function, and that dominates validation
 * time on large catalogs; schemas are compiled once per distinct text, and
 * most catalogs repeat a handful of meta shapes (measured in `make bench`).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import safeRegexModule from 'safe-regex2';
import type { DataPath, RuleId } from './diagnostics.js';
import { re2RegExp, unsupportedPattern } from './pattern.js';
import { findRefCycles } from './ref-cycles.js';
import { ajvRefs, SHARED_BASE, sharedRefsOf } from './shared-schemas.js';

// Both packages are CommonJS with a default export; Node's ESM interop wraps them once more.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;
const isSafeRegex = ((safeRegexModule as unknown as { default?: unknown }).default ?? safeRegexModule) as (re: string | RegExp, opts?: { limit?: number }) => boolean;

/** A problem in a meta schema or an example, relative to the schema or example. */
export interface SchemaProblem {
  rule: RuleId;
  message: string;
  /** Path inside the schema (or inside the example's meta). */
  path: DataPath;
}

/** Compiles meta schemas once per distinct text and validates examples with them. */
export class MetaSchemaCompiler {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction | SchemaProblem[]>();

  constructor(private readonly maxDepth: number) {
    this.ajv = new Ajv2020({
      strict: true,
      allErrors: true,
      // Every schema is its own document: no $id registry to collide in.
      addUsedSchema: false,
      validateFormats: true,
      // Properties named constructor, toString or __proto__ are data: only own properties count.
      ownProperties: true,
      // Linear time on any pattern and input (pattern.ts); ajv's default is the backtracking RegExp.
      code: { regExp: re2RegExp },
    });
    addFormats(this.ajv);
    // The unit of a numeric property, for the docs ("integer, in bytes"): an annotation, which strict mode must know.
    this.ajv.addKeyword({ keyword: 'x-unit', schemaType: 'string', metaSchema: { type: 'string', minLength: 1, maxLength: 64 } });
  }

  /** Shared schemas by name: true when registered with ajv, false when broken (its problems are reported where it is written). */
  private readonly shared = new Map<string, boolean>();

  /**
   * Checks the shared schemas and registers the sound ones with ajv, so that
   * meta schemas can refer to them. Returns each one's problems, with paths
   * inside it. A shared schema that refers to a broken or unknown one is
   * broken too, silently (the reference or the other schema is reported).
   */
  registerShared(schemas: ReadonlyMap<string, unknown>): Map<string, SchemaProblem[]> {
    const problems = new Map<string, SchemaProblem[]>();
    const add = (name: string, p: SchemaProblem) => problems.set(name, [...(problems.get(name) ?? []), p]);
    const broken = new Set<string>();
    const direct = new Map<string, string[]>();
    for (const [name, schema] of schemas) {
      const own = checkStructure(schema, this.maxDepth);
      for (const c of findRefCycles(schema)) own.push({ rule: 'meta-schema-ref-cycle', message: `$ref cycle ${c.pointers.join(' → ')} never reaches a schema that checks anything; end it with a schema of its own`, path: c.path });
      for (const r of sharedRefsOf(schema)) {
        if (r.name === '' || !schemas.has(r.name)) own.push({ rule: 'schema-ref-unknown', message: unknownRefMessage(r.ref, r.name), path: r.path });
      }
      for (const p of own) add(name, p);
      if (own.length > 0) broken.add(name);
      direct.set(name, sharedRefsOf(schema).map((r) => r.name));
    }
    // Cycles between shared schemas: `#/schemas/A` is a pointer into a document holding them all.
    for (const c of findRefCycles({ schemas: Object.fromEntries(schemas) })) {
      const [, owner, ...inside] = c.path;
      add(String(owner), { rule: 'meta-schema-ref-cycle', message: `$ref cycle ${c.pointers.join(' → ')} between shared schemas never reaches a schema that checks anything; end it with a schema of its own`, path: inside });
      for (const pointer of c.pointers) broken.add(decodeURIComponent(pointer.split('/')[2] ?? ''));
    }
    const spread = () => {
      for (let changed = true; changed; ) {
        changed = false;
        for (const [name, refs] of direct) if (!broken.has(name) && refs.some((r) => broken.has(r) || !schemas.has(r))) changed = broken.add(name) !== undefined;
      }
    };
    spread();
    // The 2020-12 meta-schema first, so that what is registered is a schema.
    for (const [name, schema] of schemas) {
      if (broken.has(name) || this.ajv.validateSchema(schema as object)) continue;
      for (const e of this.ajv.errors ?? []) add(name, { rule: 'meta-schema-invalid', message: `${e.instancePath || 'schema'} ${e.message ?? 'is invalid'}`, path: parsePointer(e.instancePath) });
      broken.add(name);
    }
    spread();
    for (const [name, schema] of schemas) {
      if (broken.has(name)) continue;
      this.ajv.addSchema({ ...(ajvRefs(schema) as object), $id: `${SHARED_BASE}${encodeURIComponent(name)}` });
    }
    // Compiled in dependency order, so that a strict-mode failure is reported where it is written, once.
    const order: string[] = [];
    const visited = new Set<string>();
    const visit = (name: string) => {
      if (visited.has(name)) return;
      visited.add(name);
      for (const r of direct.get(name) ?? []) visit(r);
      order.push(name);
    };
    for (const name of schemas.keys()) visit(name);
    for (const name of order) {
      if (broken.has(name) || (direct.get(name) ?? []).some((r) => broken.has(r))) {
        broken.add(name);
        continue;
      }
      try {
        this.ajv.getSchema(`${SHARED_BASE}${encodeURIComponent(name)}`);
      } catch (error) {
        add(name, { rule: 'meta-schema-invalid', message: error instanceof Error ? error.message : String(error), path: [] });
        broken.add(name);
      }
    }
    for (const name of schemas.keys()) this.shared.set(name, !broken.has(name));
    return problems;
  }

  /**
   * Checks a meta schema; returns its problems, or a validator when there
   * are none. A schema that refers to a broken shared schema gets neither
   * (that schema's problems are reported where it is written).
   */
  compile(schema: unknown): { validate: ValidateFunction | null; problems: SchemaProblem[] } {
    const refs = sharedRefsOf(schema);
    const unknown = refs.filter((r) => r.name === '' || !this.shared.has(r.name));
    if (unknown.length > 0) return { validate: null, problems: unknown.map((r) => ({ rule: 'schema-ref-unknown', message: unknownRefMessage(r.ref, r.name), path: r.path })) };
    if (refs.some((r) => this.shared.get(r.name) === false)) return { validate: null, problems: [] };
    const key = stableStringify(schema);
    let entry = this.compiled.get(key);
    if (!entry) {
      entry = this.compileUncached(schema, refs.length > 0 ? ajvRefs(schema) : schema);
      this.compiled.set(key, entry);
    }
    return Array.isArray(entry) ? { validate: null, problems: entry } : { validate: entry, problems: [] };
  }

  /** How many distinct schemas were compiled: for the benchmark. */
  get distinctSchemas(): number {
    return this.compiled.size;
  }

  /** `forAjv` is the schema with its shared references as ajv knows them; the checks read it as written. */
  private compileUncached(schema: unknown, forAjv: unknown): ValidateFunction | SchemaProblem[] {
    const problems = checkStructure(schema, this.maxDepth);
    if (problems.length > 0) return problems;
    const cycles = findRefCycles(schema);
    if (cycles.length > 0) {
      return cycles.map((c) => ({ rule: 'meta-schema-ref-cycle' as const, message: `$ref cycle ${c.pointers.join(' → ')} never reaches a schema that checks anything; end it with a schema of its own`, path: c.path }));
    }
    try {
      // `$ref: "#"` needs a base URI to resolve against; a schema without its own $id gets one, not registered anywhere.
      const own = schema !== null && typeof schema === 'object' && Object.hasOwn(schema, '$id');
      return this.ajv.compile(own ? (forAjv as object) : { ...(forAjv as object), $id: `https://errcat.invalid/meta/${this.compiled.size}` });
    } catch (error) {
      // A schema that fails the 2020-12 meta-schema comes with ajv errors
      // that say where; strict-mode and regex failures only have a message.
      const errors: ErrorObject[] | null | undefined = String(error).includes('schema is invalid') ? this.ajv.errors : null;
      if (Array.isArray(errors) && errors.length > 0) {
        return errors.map((e) => ({ rule: 'meta-schema-invalid' as const, message: `${e.instancePath || 'schema'} ${e.message ?? 'is invalid'}`, path: parsePointer(e.instancePath) }));
      }
      return [{ rule: 'meta-schema-invalid', message: error instanceof Error ? error.message : String(error), path: [] }];
    }
  }
}

/** Keywords whose values are data, not schemas. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

/**
 * Walks a schema without recursion: depth, references and patterns. A
 * catalog is untrusted input, so nothing here may recurse per nesting level.
 */
function checkStructure(schema: unknown, maxDepth: number): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: schema, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > maxDepth) {
      problems.push({ rule: 'meta-schema-too-deep', message: `the schema nests deeper than ${maxDepth} levels`, path });
      return problems;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      if ((key === '$ref' || key === '$dynamicRef') && typeof child === 'string' && !child.startsWith('#')) {
        problems.push({ rule: 'meta-schema-remote-ref', message: `${key} ${JSON.stringify(child)} points outside the schema; inline it or use $defs`, path: childPath });
      }
      // ajv skips a property named __proto__ (allSchemaProperties drops it), as other JavaScript
      // validators do: its schema would never apply, and additionalProperties: false would refuse it.
      if (key === 'properties' && child !== null && typeof child === 'object' && Object.hasOwn(child, '__proto__') && !path.some((p) => DATA_KEYWORDS.has(p as string))) {
        problems.push({ rule: 'meta-schema-invalid', message: 'a property named "__proto__" cannot be checked: ajv, which errcat validates examples with, and the JavaScript validators servers use skip it, so its schema would never apply; rename it (an example or a value may still hold a "__proto__" key as data)', path: [...childPath, '__proto__'] });
      }
      if (key === 'pattern' && typeof child === 'string') checkPattern(child, childPath, problems);
      if (key === 'patternProperties' && child !== null && typeof child === 'object' && !Array.isArray(child)) {
        for (const pattern of Object.keys(child)) checkPattern(pattern, [...childPath, pattern], problems);
      }
      stack.push({ value: child, path: childPath });
    }
  }
  return problems;
}

function checkPattern(pattern: string, path: DataPath, problems: SchemaProblem[]): void {
  const unsupported = unsupportedPattern(pattern);
  if (unsupported !== null) {
    problems.push({ rule: 'pattern-unsupported', message: `pattern ${JSON.stringify(pattern)} uses ${unsupported}; errcat matches patterns with RE2, in linear time, which cannot run it: rewrite it without`, path });
    return;
  }
  let safe: boolean;
  try {
    safe = isSafeRegex(pattern);
  } catch {
    safe = false;
  }
  if (!safe) {
    problems.push({ rule: 'meta-schema-unsafe-pattern', message: `pattern ${JSON.stringify(pattern)} can backtrack catastrophically (nested quantifiers); rewrite it`, path });
  }
}

function unknownRefMessage(ref: string, name: string): string {
  return name === '' ? `$ref ${JSON.stringify(ref)} points inside a shared schema; refer to a whole one, #/schemas/<Name>` : `$ref ${JSON.stringify(ref)} names shared schema ${JSON.stringify(name)}, which is not declared under schemas`;
}

/** Maps ajv's validation errors to problems at their instance paths. */
export function describeAjvErrors(errors: readonly ErrorObject[] | null | undefined): SchemaProblem[] {
  return (errors ?? []).map((e) => {
    const path = parsePointer(e.instancePath);
    const extra = e.keyword === 'additionalProperties' ? ` (${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)})` : '';
    return { rule: 'example-invalid' as const, message: `${e.instancePath || 'meta'} ${e.message ?? 'is invalid'}${extra}`, path };
  });
}

/** Splits a JSON Pointer into its unescaped segments. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** JSON with object keys sorted: equal schemas give equal keys. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    // A null prototype: a "__proto__" key in hostile input stays a plain key.
    const sorted: Record<string, unknown> = Object.create(null);
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
