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

  /** Checks a meta schema; returns its problems, or a validator when there are none. */
  compile(schema: unknown): { validate: ValidateFunction | null; problems: SchemaProblem[] } {
    const key = stableStringify(schema);
    let entry = this.compiled.get(key);
    if (!entry) {
      entry = this.compileUncached(schema);
      this.compiled.set(key, entry);
    }
    return Array.isArray(entry) ? { validate: null, problems: entry } : { validate: entry, problems: [] };
  }

  /** How many distinct schemas were compiled: for the benchmark. */
  get distinctSchemas(): number {
    return this.compiled.size;
  }

  private compileUncached(schema: unknown): ValidateFunction | SchemaProblem[] {
    const problems = checkStructure(schema, this.maxDepth);
    if (problems.length > 0) return problems;
    const cycles = findRefCycles(schema);
    if (cycles.length > 0) {
      return cycles.map((c) => ({ rule: 'meta-schema-ref-cycle' as const, message: `$ref cycle ${c.pointers.join(' → ')} never reaches a schema that checks anything; end it with a schema of its own`, path: c.path }));
    }
    try {
      // `$ref: "#"` needs a base URI to resolve against; a schema without its own $id gets one, not registered anywhere.
      const own = schema !== null && typeof schema === 'object' && Object.hasOwn(schema, '$id');
      return this.ajv.compile(own ? (schema as object) : { ...(schema as object), $id: `https://errcat.invalid/meta/${this.compiled.size}` });
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
