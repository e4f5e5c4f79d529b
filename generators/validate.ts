/**
 * Stage 2: validation. First every file against the catalog format's JSON
 * Schema, then the merged catalog against the rules no schema can express.
 * Every problem becomes a finding; nothing throws and nothing stops early,
 * so one run reports everything.
 */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import catalogSchema from './schema/catalog.schema.json' with { type: 'json' };
import { validate as formatValidator } from './schema/catalog-validator.js';
import { quote, type Finding, type RuleId } from './diagnostics.js';
import type { SourceFile } from './load.js';
import { keysInOrder } from './key-order.js';
import { checkBody } from './validate-body.js';
import { checkRetired } from './validate-retired.js';
import { describeAjvErrors, MetaSchemaCompiler, parsePointer } from './meta-schema.js';
import { deriveNames } from './names.js';
import { checkCodeSyntax, checkSyntaxDeclaration } from './validate-syntax.js';
import { checkIdentifiers } from './validate-identifiers.js';
import { checkExtensions } from './validate-extensions.js';
import { checkSharedSchemas } from './validate-shared.js';
import { checkMetaExtends } from './validate-meta-extends.js';
import { followSharedRef, requiredNames } from './shared-schemas.js';
import { codeShapeProblem, describeSplit as describeNamespaceRule } from './code-syntax.js';
import { describeParameterTypeNames } from './targets/typescript/names.js';
import type { Limits } from './options.js';
import { blankMessage, checkMarkdownUrls, checkStrings, TEXT_KEYWORD } from './validate-text.js';
import {
  cascade,
  child,
  expandFamily,
  explicitNamespace,
  namespaceChain,
  parseFamily,
  syntaxOf,
  type Located,
  type MergedCatalog,
  type Origin,
  type RawCode,
  type RawRetired,
} from './resolve.js';

/** What validation returns: the findings, and the merged catalog to normalize. */
export interface ValidationResult {
  findings: Finding[];
  merged: MergedCatalog;
  /** Meta schemas compiled, for reuse by normalization and the benchmark. */
  compiler: MetaSchemaCompiler;
}

/** A well-formed code or family code, as the format's schema defines it. */
const CODE_KEY = new RegExp(catalogSchema.$defs.codePattern.pattern);


/** Validates loaded catalog files. */
export function validateCatalog(files: readonly SourceFile[], limits: Limits): ValidationResult {
  const findings: Finding[] = [];
  const merged: MergedCatalog = {
    header: null,
    headerFile: null,
    parameters: new Map(),
    sections: [],
    namespaces: new Map(),
    codes: new Map(),
    fileNamespaces: new Map(),
    schemas: new Map(),
    guidance: [],
    retired: [],
    invalidCodes: new Map(),
    files: files.map((f) => f.file),
    allParsed: files.every((f) => f.data !== undefined),
  };
  for (const source of files) {
    if (source.data === undefined) continue;
    let bad = new Set<string>();
    checkMarkdownUrls(source.file, () => (bad = checkFormat(source, findings)), describePath, findings);
    checkStrings(source.file, source.data, describePath, findings);
    mergeFile(source, bad, merged, findings);
  }
  const compiler = new MetaSchemaCompiler(limits.maxSchemaDepth);
  checkRules(merged, compiler, findings);
  return { findings, merged, compiler };
}

/**
 * Validates one file against the format. Returns the entries with problems
 * ("codes\u0000auth.x"), which merging leaves out so later rules only see
 * well-formed entries.
 */
function checkFormat(source: SourceFile, findings: Finding[]): Set<string> {
  // Compiled ahead of time from catalog.schema.json (schema/compile-validator.ts; a test keeps it current).
  const validate = formatValidator as unknown as ValidateFunction;
  const bad = new Set<string>();
  if (validate(source.data)) return bad;
  for (const problem of simplifyErrors(validate.errors ?? [])) {
    findings.push({ rule: problem.rule, message: problem.message, file: source.file, path: problem.path, at: problem.at });
    bad.add(problem.path.slice(0, 2).join('\u0000'));
    bad.add(String(problem.path[0] ?? ''));
  }
  return bad;
}

/**
 * ajv with allErrors reports every failed branch of a oneOf next to the
 * oneOf itself. One message per path reads better: branch messages at the
 * same path are joined with "or".
 */
function simplifyErrors(errors: readonly ErrorObject[]): { rule: RuleId; path: (string | number)[]; message: string; at: 'key' | 'value' }[] {
  const byPath = new Map<string, { path: string[]; messages: string[]; at: 'key' | 'value' }>();
  const blank: { rule: RuleId; path: (string | number)[]; message: string; at: 'key' | 'value' }[] = [];
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    if (e.keyword === TEXT_KEYWORD) {
      const path = parsePointer(e.instancePath);
      blank.push({ rule: 'text-blank', path, at: 'value', message: blankMessage(describePath(path)) });
      continue;
    }
    let path = parsePointer(e.instancePath);
    let at: 'key' | 'value' = 'value';
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      path = [...path, name];
      at = 'key';
      message = 'is not a field here';
    } else if (e.keyword === 'propertyNames') {
      continue; // reported by the nested pattern error below, which names the property
    } else if (typeof e.propertyName === 'string') {
      // A propertyNames failure: ajv names the offending key beside the error.
      path = [...path, e.propertyName];
      at = 'key';
      message = `is not a valid name: ${message}`;
    } else if (e.keyword === 'enum') {
      message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    const key = `${at}\u0000${path.join('\u0000')}`;
    const entry = byPath.get(key) ?? { path, messages: [], at };
    if (!entry.messages.includes(message)) entry.messages.push(message);
    byPath.set(key, entry);
  }
  const schema = [...byPath.values()].map((e) => ({ rule: 'schema' as const, path: e.path, at: e.at, message: `${describePath(e.path)} ${e.messages.join(' or ')}` }));
  return [...schema, ...blank];
}

/** A data path as a reader sees it: codes."auth.missing_header".status. */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the file';
  return path.map((p) => (typeof p === 'number' || /^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? p : JSON.stringify(p))).join('.').replace(/\.\[/g, '[');
}

function mergeFile(source: SourceFile, bad: Set<string>, merged: MergedCatalog, findings: Finding[]): void {
  const data = source.data as Record<string, unknown> | null;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  const origin = (...path: (string | number)[]): Origin => ({ file: source.file, path });
  const isBad = (...path: (string | number)[]) => bad.has(path.map(String).join('\u0000'));

  if (data.catalog !== undefined) {
    if (merged.headerFile !== null) {
      findings.push({ rule: 'header-duplicate', message: `the catalog header is already in ${merged.headerFile}`, file: source.file, path: ['catalog'], at: 'key' });
    } else {
      // Seen, even when the schema rejected it: then it is reported, not missing.
      merged.headerFile = source.file;
      if (!bad.has('catalog')) merged.header = { value: data.catalog as never, origin: origin('catalog') };
    }
  }
  if (typeof data.namespace === 'string' && !bad.has('namespace')) merged.fileNamespaces.set(source.file, { value: data.namespace, origin: origin('namespace') });
  for (const kind of ['parameters', 'namespaces', 'codes', 'schemas'] as const) {
    const entries = data[kind];
    if (entries === null || typeof entries !== 'object') continue;
    const target = merged[kind] as Map<string, Located<unknown>>;
    // In the order the file writes them (keysInOrder: integer-like keys too): the model's authored order.
    for (const name of keysInOrder(entries)) {
      const value = (entries as Record<string, unknown>)[name];
      const existing = target.get(name);
      if (existing) {
        findings.push({ rule: 'duplicate-definition', message: `${quote(name)} is already defined in ${existing.origin.file}`, file: source.file, path: [kind, name], at: 'key' });
      } else if (isBad(kind, name)) {
        if (kind === 'codes') merged.invalidCodes.set(name, origin(kind, name));
      } else {
        target.set(name, { value, origin: origin(kind, name) });
      }
    }
  }
  if (Array.isArray(data.retired)) {
    data.retired.forEach((value: RawRetired, i) => {
      if (!isBad('retired', i)) merged.retired.push({ value, origin: origin('retired', i) });
    });
  }
  for (const kind of ['sections', 'guidance'] as const) {
    const entries = data[kind];
    if (!Array.isArray(entries)) continue;
    const target = merged[kind] as Located<{ id: string }>[];
    entries.forEach((value: { id: string }, i) => {
      if (isBad(kind, i)) return;
      const existing = target.find((e) => e.value.id === value.id);
      if (existing) {
        findings.push({ rule: 'duplicate-definition', message: `${kind} id ${quote(value.id)} is already defined in ${existing.origin.file}`, file: source.file, path: [kind, i, 'id'] });
      } else {
        target.push({ value, origin: origin(kind, i) });
      }
    });
  }
}

/** The rules that need the whole catalog. */
function checkRules(merged: MergedCatalog, compiler: MetaSchemaCompiler, findings: Finding[]): void {
  const report = (rule: RuleId, message: string, origin: Origin, at: 'key' | 'value' = 'value') =>
    findings.push({ rule, message, file: origin.file, path: origin.path, at });

  if (merged.headerFile === null && merged.files.length > 0 && merged.allParsed) {
    // Point at the first file: the header most naturally lives there.
    findings.push({ rule: 'header-missing', message: 'no catalog file has a `catalog:` header', file: merged.files[0]!, path: [] });
  }

  for (const [name, parameter] of merged.parameters) {
    const seen = new Set<string>();
    parameter.value.values.forEach((v, i) => {
      if (seen.has(v.value)) report('parameter-duplicate-value', `parameter ${quote(name)} lists ${quote(v.value)} twice`, child(parameter.origin, 'values', i, 'value'));
      seen.add(v.value);
    });
  }

  const sectionIds = new Set(merged.sections.map((s) => s.value.id));
  for (const [name, ns] of merged.namespaces) {
    if (ns.value.section !== undefined && !sectionIds.has(ns.value.section)) {
      report('section-undeclared', `namespace ${quote(name)} names section ${quote(ns.value.section)}, which is not declared`, child(ns.origin, 'section'));
    }
  }

  // Every code that can be sent, with where it comes from: uniqueness and references.
  const wire = new Map<string, Origin>();
  const claim = (code: string, origin: Origin, what: string) => {
    const existing = wire.get(code);
    if (existing) {
      report('code-duplicate', `${what} ${quote(code)} is already a code (${existing.file})`, origin, 'key');
    } else {
      wire.set(code, origin);
    }
  };
  const families = new Set<string>();
  const checkedMeta = new Set<string>();

  const syntax = syntaxOf(merged);
  const syntaxCheck = checkSyntaxDeclaration(merged, report);

  // Shared meta schemas first: the meta schemas below are compiled against them.
  const sharedProblems = compiler.registerShared(new Map([...merged.schemas].map(([name, s]) => [name, s.value])));
  for (const [name, problems] of sharedProblems) for (const p of problems) report(p.rule, p.message, child(merged.schemas.get(name)!.origin, ...p.path));

  // An entry the schema rejected still has a name: check what needs only the name.
  for (const [code, origin] of merged.invalidCodes) {
    if (!CODE_KEY.test(code)) continue;
    if (!code.includes('{')) claim(code, origin, 'code');
    if (syntax.split.kind !== 'explicit' && codeShapeProblem(code, syntax, parseFamily(code, syntax)) === null && namespaceChain(code, merged).length === 0) {
      report('namespace-undeclared', `${quote(code)} belongs to no declared namespace: ${describeNamespaceRule(syntax)}`, origin, 'key');
    }
  }

  for (const { value, origin } of merged.fileNamespaces.values()) {
    if (!merged.namespaces.has(value)) report('namespace-undeclared', `the file's namespace ${quote(value)} is not declared under namespaces`, origin);
  }
  for (const [code, entry] of merged.codes) {
    const keyOrigin = entry.origin;
    const family = parseFamily(code, syntax);
    const shapeOk = syntaxCheck(code, keyOrigin, family, merged.parameters);
    if (family) {
      families.add(code);
      if (family.count > 1) report('code-family-parameters', `${quote(code)} has ${family.count} {parameter} segments; a family has one`, keyOrigin, 'key');
      const parameter = merged.parameters.get(family.parameter);
      if (!parameter) {
        report('parameter-undeclared', `family ${quote(code)} names parameter ${quote(family.parameter)}, which is not declared under parameters`, keyOrigin, 'key');
      } else if (family.count === 1 && shapeOk) {
        for (const { value } of parameter.value.values) claim(expandFamily(family, value), keyOrigin, `family expansion of ${quote(code)},`);
      }
    } else {
      claim(code, keyOrigin, 'code');
    }

    const named = explicitNamespace(entry, merged);
    const chain = namespaceChain(code, merged, named?.value);
    if (named !== null && chain.length === 0) {
      // A file's namespace is reported once, below, where the file names it.
      if (named.origin.path.length > 1) report('namespace-undeclared', `${quote(code)} names namespace ${quote(named.value)}, which is not declared under namespaces`, named.origin);
    } else if (chain.length === 0 && shapeOk) {
      report('namespace-undeclared', `${quote(code)} belongs to no declared namespace: ${describeNamespaceRule(syntax)}`, keyOrigin, 'key');
    }

    (entry.value.aliases ?? []).forEach((alias, i) => {
      const aliasOrigin = child(entry.origin, 'aliases', i);
      claim(alias, aliasOrigin, 'alias');
      if (checkCodeSyntax(alias, syntax, null, `alias ${quote(alias)}`, aliasOrigin, report) && syntax.split.kind !== 'explicit' && namespaceChain(alias, merged).length === 0) {
        report('namespace-undeclared', `alias ${quote(alias)} belongs to no declared namespace: ${describeNamespaceRule(syntax)}`, aliasOrigin);
      }
    });

    const transport = cascade('transport', entry, chain, merged)?.value ?? 'http';
    if (transport === 'http' && entry.value.status === undefined) {
      report('status-missing', `${quote(code)} is returned over HTTP (transport: http) and needs a status`, keyOrigin, 'key');
    }
    if (transport === 'event' && entry.value.status !== undefined) {
      report('status-on-event', `${quote(code)} only travels in events (transport: event) and must not have a status`, child(entry.origin, 'status'));
    }
    if (transport === 'event' && entry.value.status_forwarding !== undefined) {
      report('status-on-event', `${quote(code)} only travels in events (transport: event); status_forwarding has no meaning for it`, child(entry.origin, 'status_forwarding'), 'key');
    }
    if (entry.value.status !== undefined && entry.value.status < 400) {
      report('status-not-error', `status ${entry.value.status} is not an error status (4xx or 5xx); clients treat it as success or redirect`, child(entry.origin, 'status'));
    }

    checkMetaAndExample(code, entry, chain, family, merged, compiler, checkedMeta, report);
  }

  const exists = (code: string) => wire.has(code) || families.has(code) || merged.invalidCodes.has(code);

  for (const [code, entry] of merged.codes) {
    const replacement = entry.value.deprecated?.replacement;
    if (replacement === undefined) continue;
    const at = child(entry.origin, 'deprecated', 'replacement');
    if (replacement === code || (entry.value.aliases ?? []).includes(replacement)) {
      report('deprecated-replacement-self', `${quote(code)} cannot be replaced by itself`, at);
    } else if (!exists(replacement)) {
      report('deprecated-replacement-unknown', `replacement ${quote(replacement)} is not a code of this catalog`, at);
    } else if (merged.codes.get(replacement)?.value.deprecated) {
      report('deprecated-replacement-deprecated', `replacement ${quote(replacement)} is itself deprecated`, at);
    }
  }

  checkRetired(merged, exists, report);

  for (const guidance of merged.guidance) {
    guidance.value.codes.forEach((pattern, i) => {
      const at = child(guidance.origin, 'codes', i);
      if (pattern.endsWith('*')) {
        const prefix = pattern.slice(0, -1);
        const matches = [...wire.keys(), ...families, ...merged.invalidCodes.keys()].some((c) => c.startsWith(prefix));
        if (!matches) report('guidance-code-unknown', `pattern ${quote(pattern)} matches no code`, at);
      } else if (!exists(pattern)) {
        report('guidance-code-unknown', `${quote(pattern)} is not a code of this catalog`, at);
      }
    });
  }

  checkNames(merged, wire, report);
  checkBody(merged, report);
  checkIdentifiers(merged, report);
  checkExtensions(merged, report);
  checkSharedSchemas(merged, report);
  checkMetaExtends(merged, report);
}

function checkMetaAndExample(
  code: string,
  entry: Located<RawCode>,
  chain: readonly string[],
  family: ReturnType<typeof parseFamily>,
  merged: MergedCatalog,
  compiler: MetaSchemaCompiler,
  checkedMeta: Set<string>,
  report: (rule: RuleId, message: string, origin: Origin, at?: 'key' | 'value') => void,
): void {
  const example = entry.value.example;
  const exampleOrigin = child(entry.origin, 'example');

  const params = example.params ?? {};
  if (family && family.count === 1) {
    const parameter = merged.parameters.get(family.parameter);
    const value = params[family.parameter];
    if (value !== undefined && parameter && !parameter.value.values.some((v) => v.value === value)) {
      report('parameter-undeclared', `example names ${family.parameter} ${quote(value)}, which is not a value of parameter ${quote(family.parameter)}`, child(exampleOrigin, 'params', family.parameter));
    }
  }
  for (const name of Object.keys(params)) {
    if (!family || name !== family.parameter) {
      report('parameter-undeclared', `example names parameter ${quote(name)}, which ${quote(code)} does not have`, child(exampleOrigin, 'params', name), 'key');
    }
  }

  const meta = cascade('meta', entry, chain, merged);
  if (!meta || meta.value === false) {
    if (example.meta !== undefined) report('example-meta-missing', `${quote(code)} carries no meta, but its example has meta`, child(exampleOrigin, 'meta'), 'key');
    return;
  }
  const { validate, problems } = compiler.compile(meta.value);
  const metaKey = `${meta.origin.file}\u0000${meta.origin.path.join('\u0000')}`;
  if (problems.length > 0) {
    // A namespace's schema is shared by its codes: report it once, where it is written.
    if (!checkedMeta.has(metaKey)) {
      for (const p of problems) report(p.rule, p.message, child(meta.origin, ...p.path));
    }
    checkedMeta.add(metaKey);
    return;
  }
  if (example.meta === undefined) {
    const required = requiredNames(followSharedRef(meta.value, (name) => merged.schemas.get(name)?.value));
    if (required.length > 0) {
      report('example-invalid', `the example needs meta: the schema requires ${required.map((r) => quote(r)).join(', ')}`, exampleOrigin, 'key');
    }
    return;
  }
  // A meta schema over a broken shared schema: that schema is reported where it is written.
  if (validate === null) return;
  if (!validate(example.meta)) {
    for (const p of describeAjvErrors(validate!.errors)) report(p.rule, p.message, child(exampleOrigin, 'meta', ...p.path));
  }
}

/** Derived names must be unique across definitions and wire codes. */
function checkNames(
  merged: MergedCatalog,
  wire: ReadonlyMap<string, Origin>,
  report: (rule: RuleId, message: string, origin: Origin, at?: 'key' | 'value') => void,
): void {
  const syntax = syntaxOf(merged);
  const owners = { constant: new Map<string, string>(), type: new Map<string, string>(), anchor: new Map<string, string>() };
  // A section's anchor is its id: a code's anchor must not spell one (codes without a separator, such as not_found, can).
  const sectionAnchors = new Map(merged.sections.map((s) => [s.value.id, s.value.id]));
  const names = [...merged.codes.keys()].filter((c) => c.includes('{')).concat([...wire.keys()]);
  for (const code of names) {
    const derived = deriveNames(code, syntax);
    const origin = merged.codes.get(code)?.origin ?? wire.get(code)!;
    const section = sectionAnchors.get(derived.anchor);
    if (section !== undefined) report('name-collision', `${quote(code)} derives the docs anchor ${quote(derived.anchor)}, which is section ${quote(section)}'s anchor; set code_syntax.anchor_prefix or rename the section`, origin, 'key');
    for (const kind of ['constant', 'type', 'anchor'] as const) {
      const owner = owners[kind].get(derived[kind]);
      if (owner !== undefined && owner !== code) {
        report('name-collision', `${quote(code)} and ${quote(owner)} both derive the ${kind} name ${quote(derived[kind])}`, origin, 'key');
        break;
      }
      owners[kind].set(derived[kind], code);
    }
  }
  // Targets name things after namespaces and parameters too (responses per
  // namespace, a union type per parameter): those names must be unique as well.
  for (const [what, entries] of [
    ['namespace', merged.namespaces],
    ['parameter', merged.parameters],
  ] as const) {
    const typeOwners = new Map<string, string>();
    for (const [name, entry] of entries) {
      const type = deriveNames(name, syntax).type;
      const owner = typeOwners.get(type);
      if (owner !== undefined) {
        report('name-collision', `${what}s ${quote(name)} and ${quote(owner)} both derive the type name ${quote(type)}`, entry.origin, 'key');
      } else {
        typeOwners.set(type, name);
      }
    }
  }
  // A union the TypeScript package cannot give its plain name is renamed; say so, since the author did not choose the name.
  const why = { 'package-name': 'is a type the package itself exports', 'reserved-suffix': 'ends in Meta or Parameter, which errcat keeps for its own names' } as const;
  for (const [name, typeName] of describeParameterTypeNames([...merged.parameters.keys()].map((n) => ({ name: n })))) {
    if (typeName.renamed === null || typeName.renamed === 'shared-pascal-case') continue;
    report('parameter-name-reserved', `parameter ${quote(name)}'s union type is named ${quote(typeName.name)}, because ${quote(typeName.plain)} ${why[typeName.renamed]}; rename the parameter to choose the name`, merged.parameters.get(name)!.origin, 'key');
  }
}
