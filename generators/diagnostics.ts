/**
 * Diagnostics are data: every problem found in a catalog is a {@link Diagnostic}
 * with a rule id from {@link RULES}, a severity and a source position. Stages
 * collect them and never throw for bad input; the CLI prints them all and
 * decides the exit code.
 */
import { terminalLine } from './escape/terminal.js';

/** How bad a diagnostic is: an error stops generation, a warning does not. */
export type Severity = 'error' | 'warning';

/**
 * Every rule errcat checks, with its severity and what it protects. Tests
 * assert on these ids (never on message wording), and catalog/README.md
 * lists them for catalog authors.
 */
export const RULES = {
  'file-unreadable': { severity: 'error', summary: 'a catalog file cannot be read' },
  'file-too-large': { severity: 'error', summary: 'a catalog file is larger than the limit' },
  'file-encoding': { severity: 'error', summary: 'a catalog file is not valid UTF-8' },
  'catalog-empty': { severity: 'error', summary: 'the catalog folder holds no *.yaml file' },
  'catalog-too-large': { severity: 'error', summary: "the catalog's files together hold more bytes or YAML tokens than the limit" },
  'yaml-syntax': { severity: 'error', summary: 'the YAML does not parse' },
  'yaml-too-deep': { severity: 'error', summary: 'the YAML nests deeper than the limit' },
  'yaml-too-large': { severity: 'error', summary: 'a file holds more YAML tokens (scalars, indicators, comments, line breaks) than the limit' },
  'yaml-version': { severity: 'error', summary: 'a %YAML directive names another version than 1.2, which is the only one errcat reads' },
  'yaml-duplicate-key': { severity: 'error', summary: 'a mapping has the same key twice (1 and "1" count as the same)' },
  'yaml-complex-key': { severity: 'error', summary: 'a mapping key is not a plain value' },
  'yaml-alias': { severity: 'error', summary: 'anchors and aliases are refused: they hide content and can expand without bound' },
  'yaml-merge-key': { severity: 'error', summary: 'merge keys (<<) are refused: they are not part of YAML 1.2' },
  'yaml-tag': { severity: 'error', summary: 'explicit tags are refused: the catalog is plain data' },
  'yaml-non-finite': { severity: 'error', summary: '.inf or .nan: JSON, and so every output, has no such number' },
  'yaml-ambiguous-scalar': { severity: 'error', summary: 'a plain value that YAML 1.1 reads differently (yes, NO, 010, 1:20); quote it' },
  'schema': { severity: 'error', summary: 'the file does not match the catalog format (generators/schema/catalog.schema.json)' },
  'header-missing': { severity: 'error', summary: 'no file has the catalog header' },
  'header-duplicate': { severity: 'error', summary: 'more than one file has the catalog header' },
  'duplicate-definition': { severity: 'error', summary: 'a code, namespace, parameter, section or guidance id is defined twice' },
  'same-as-unknown': { severity: 'error', summary: "a code's same_as names no code of the catalog" },
  'same-as-not-above': { severity: 'error', summary: "a code's same_as names a code that is not listed right above it (same section and transport) in the catalog's order" },
  'code-duplicate': { severity: 'error', summary: 'a code, alias or family expansion names the same code as another' },
  'code-syntax': { severity: 'error', summary: "a code, alias, family expansion or namespace does not fit the catalog's declared code syntax" },
  'code-syntax-pattern-invalid': { severity: 'error', summary: 'code_syntax.pattern is not an RE2 regular expression (no backreferences or lookaround)' },
  'identifier-undeclared': { severity: 'error', summary: 'a code has an identifier that catalog.identifiers does not declare' },
  'identifier-invalid': { severity: 'error', summary: "an identifier value of the wrong type, or identifiers on a family (which stands for several codes)" },
  'identifier-duplicate': { severity: 'error', summary: 'two codes have the same value of one identifier' },
  'code-family-parameters': { severity: 'error', summary: 'a family code has more than one {parameter} segment' },
  'namespace-undeclared': { severity: 'error', summary: "a code's first segment is not a declared namespace" },
  'section-undeclared': { severity: 'error', summary: 'a namespace names a section that is not declared' },
  'parameter-undeclared': { severity: 'error', summary: 'a family code or example names an undeclared parameter or value' },
  'parameter-name-reserved': { severity: 'warning', summary: "a parameter's TypeScript union cannot take its plain name (an exported name of the package, or ending in Meta or Parameter) and is renamed" },
  'parameter-duplicate-value': { severity: 'error', summary: 'a parameter lists the same value twice' },
  'status-missing': { severity: 'error', summary: 'an http code has no status' },
  'status-on-event': { severity: 'error', summary: 'an event-only code has a status or status_forwarding' },
  'status-not-error': { severity: 'warning', summary: 'a status below 400: clients read it as success or a redirect' },
  'meta-schema-invalid': { severity: 'error', summary: 'a meta schema does not compile as a strict JSON Schema 2020-12' },
  'meta-schema-remote-ref': { severity: 'error', summary: 'a meta schema has a $ref outside itself' },
  'meta-schema-ref-cycle': { severity: 'error', summary: 'a meta schema has a $ref cycle that never reaches a value ($defs a → b → a, or itself through allOf)' },
  'meta-extends-invalid': { severity: 'error', summary: 'meta with extends: inherited that has nothing to extend, or cannot merge with it without guessing (a $ref or allOf inherited, a property or keyword on both sides with other values)' },
  'schema-ref-unknown': { severity: 'error', summary: "a $ref to #/schemas/<Name> names no declared shared schema (or points inside one)" },
  'schema-unused': { severity: 'warning', summary: 'a shared schema that no meta schema refers to, directly or through another shared schema' },
  'meta-schema-too-deep': { severity: 'error', summary: 'a meta schema nests deeper than the limit' },
  'meta-schema-unsafe-pattern': { severity: 'error', summary: 'a meta schema pattern can backtrack catastrophically' },
  'pattern-unsupported': { severity: 'error', summary: 'a meta schema pattern uses what the linear-time engine (RE2) cannot run: a backreference, lookahead or lookbehind, a repetition over 1000' },
  'example-invalid': { severity: 'error', summary: "an example's meta does not validate against its meta schema" },
  'example-meta-missing': { severity: 'error', summary: 'an example has meta although the code carries none' },
  'deprecated-replacement-unknown': { severity: 'error', summary: 'a deprecated code names a replacement that does not exist' },
  'deprecated-replacement-self': { severity: 'error', summary: 'a deprecated code names itself as its replacement' },
  'deprecated-replacement-deprecated': { severity: 'warning', summary: 'a deprecated code is replaced by another deprecated code' },
  'retired-code-reused': { severity: 'error', summary: 'a code listed under retired: is a code, alias or family expansion again' },
  'retired-duplicate': { severity: 'error', summary: 'a code is listed under retired: twice' },
  'retired-replacement-unknown': { severity: 'error', summary: "a retired code's replacement is not a code of the catalog" },
  'guidance-code-unknown': { severity: 'error', summary: 'guidance names a code or pattern that matches no code' },
  'text-blank': { severity: 'error', summary: 'a text shows nothing: only white space (NBSP, U+3000, U+FEFF too), zero-width or control characters' },
  'url-scheme-refused': { severity: 'warning', summary: 'a link, image or reference definition in a Markdown field has a URL whose scheme is not http, https or mailto (nor relative): it is printed as text, without the link' },
  'markdown-heading-duplicate': { severity: 'warning', summary: 'a heading in a Markdown field repeats the text of an earlier heading under the same parent: the page shows two alike (markdownlint MD024), and their anchors collide' },
  'text-lone-surrogate': { severity: 'error', summary: 'a string or key holds an unpaired UTF-16 surrogate, which no output format carries portably' },
  'body-form': { severity: 'error', summary: 'a body declaration mixes a preset with the custom form, declares neither, or sets an option its form does not take' },
  'body-code-missing': { severity: 'error', summary: 'a custom body has no member carrying the code, or more than one' },
  'body-member-duplicate': { severity: 'error', summary: 'two members of one body object share a name, or one value is carried twice' },
  'body-member-reserved': { severity: 'error', summary: 'a body member named __proto__ or $ref, which JavaScript readers or OpenAPI tools do not read as a member' },
  'body-member-misplaced': { severity: 'error', summary: 'a body member where it cannot sit: beside the error object without error_member, or a value that belongs in the error object' },
  'body-meta-member-collision': { severity: 'error', summary: "a meta property spread into the error object (RFC 9457 extension members) has the name of one of the object's members" },
  'body-header-duplicate': { severity: 'error', summary: 'two response headers share a name (case-insensitively) or a component name' },
  'body-type-uri-missing': { severity: 'error', summary: 'the body has a type member, but a code has no type_uri and nothing to derive one from (docs.base_url, type_base)' },
  'body-type-uri-unused': { severity: 'warning', summary: 'a code declares type_uri, but the body has no type member to send it in' },
  'extension-reserved': { severity: 'error', summary: 'an extension field named x-errcat, x-errcat-… or x-generated-by: errcat writes those names into the OpenAPI document itself' },
  'extension-ref': { severity: 'error', summary: 'an extension value holds a $ref key, which OpenAPI tools would resolve as a reference' },
  'example-ref': { severity: 'error', summary: 'an example, or a meta schema\'s default, const, enum or examples, holds a $ref key, which OpenAPI tools would resolve as a reference' },
  'docs-extension-unknown': { severity: 'warning', summary: 'docs.extensions names an extension field that no code has, so the docs show nothing for it' },
  'name-collision': { severity: 'error', summary: 'two codes derive the same generated name (constant, type or anchor)' },
  'output-folder-refused': { severity: 'error', summary: 'the output folder is a repository root, overlaps the catalog folder, is not a folder, or another errcat is writing it' },
  'output-foreign-file': { severity: 'error', summary: 'errcat would overwrite a file it did not generate (not in its manifest, other bytes)' },
  'output-symlink': { severity: 'error', summary: 'a symlink (or a dangling one) where errcat writes, reads or removes: errcat follows none' },
  'output-manifest-invalid': { severity: 'error', summary: "the output folder's manifest or journal is damaged" },
  'output-write-failed': { severity: 'error', summary: 'a file-system operation on the output folder failed (full disk, permission, read-only)' },
  'init-file-exists': { severity: 'error', summary: 'errcat init would create a file that exists already: it never overwrites one, and creates nothing' },
  'init-scripts-not-added': { severity: 'warning', summary: "errcat init left package.json alone (not rewritable byte for byte, or a script name taken): it says what to add" },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/** The id of a rule in {@link RULES}. */
export type RuleId = keyof typeof RULES;

/** A path into a YAML document: mapping keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

/**
 * A problem as a stage finds it: against a data path, before it has a line.
 * `at: 'key'` points at the mapping key of the last path segment (for
 * problems with a name rather than a value).
 */
export interface Finding {
  rule: RuleId;
  message: string;
  file: string;
  path: DataPath;
  at?: 'key' | 'value';
  /** Set when the stage already knows the position (YAML parse errors). */
  position?: { line: number; column: number };
}

/** A finding with its position resolved: what errcat prints. */
export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Formats a diagnostic the way compilers do, so editors and CI annotate it:
 * `catalog/codes/auth.yaml:12:5 - error status-missing: ...`. A message may
 * quote catalog text and a file name may hold anything: both are kept on one
 * line, with controls and bidirectional characters shown as escapes.
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${terminalLine(d.file)}:${d.line}:${d.column} - ${d.severity} ${d.rule}: ${terminalLine(d.message)}`;
}

/** Orders diagnostics by file, line, column and rule: stable output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Quotes a value for a diagnostic message, cut to a readable length. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const cut = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return JSON.stringify(cut);
}
