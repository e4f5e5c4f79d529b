/**
 * The `typescript` target: a self-contained npm package under
 * out/typescript/ with typed codes, meta and envelopes, the catalog as
 * frozen data, and small dependency-free runtime helpers.
 *
 * render: view models → Handlebars templates (layout only) → sources in
 * their final Prettier form → compiled JavaScript and declarations.
 *
 * The sources are marked `format: 'none'` and written already formatted:
 * their size grows with the catalog and Prettier's cost grows faster than
 * that. test/typescript.test.ts proves Prettier would leave them unchanged.
 *
 * Size. A catalog of more than DEFAULT_PART_SIZE codes has its codes, meta
 * and catalog data split into parts (src/codes/constants-0001.ts, …) that
 * codes.ts, meta.ts and catalog.ts re-export or assemble, so that no file
 * grows with the catalog and compiling holds one part's syntax tree at a
 * time. The package exports the same names either way.
 *
 * Names. Code-derived names come from the model and are unique among
 * themselves. errcat's own names are chosen so that they cannot meet them:
 * code constants are SCREAMING_SNAKE and errcat's values are camelCase;
 * code-derived types all end in `Meta` and errcat's own types never do.
 * Parameter unions (`Platform`) are the one family of names both could
 * reach, so parameterTypeNames() moves a parameter whose plain name is
 * taken to a name that nothing else can have (see there). Every exported
 * name is still checked, and a clash is an errcat bug that throws.
 */
import { stringifyJson } from '../escape/json.js';
import { jsDoc, lineComment, tsIdentifier, tsLiteral, tsPropertyKey, tsString, TsCode, type DocComment, type DocTag } from '../escape/typescript.js';
import type { BodyMember, CatalogModel, ErrorDefinition, WireCode } from '../model.js';
import { sharedRefsOf } from '../shared-schemas.js';
import { bannerText, type OutputFile, type Target } from '../output.js';
import { textWidth } from '../text-width.js';
import { compileTemplate, type RenderTemplate, type TemplateHelper } from '../templates.js';
import { PACKAGE_CHANGELOG, renderPackageChangelog } from './typescript/changelog.js';
import { CJS_DIR, compileModule } from './typescript/compile.js';
import { MODULES, OWN_NAMES, parameterTypeNames, SLIM_NAMES } from './typescript/names.js';
import { renderSlimSources } from './typescript/slim.js';
import { buildFamiliesView, type FamiliesView } from './typescript/families.js';
import { countOf, envelopeInitExample, indefiniteArticle, pickExamples, wrapProse, type CatalogExamples } from './typescript/examples.js';
import { PRINT_WIDTH, printArray, printInterfaceExtends, printStringAfter, printUnionAlias } from './typescript/layout.js';
import { parameterKey, schemaToDeclarations } from './typescript/schema-to-type.js';
import { printProperties, type DataValue } from './typescript/values.js';
import { renderValidateSources } from './typescript/validate-sources.js';

/**
 * The annotation that tells bundlers (esbuild, Rollup, webpack's terser) a
 * call has no side effect, so an unused result is dropped with it: a
 * top-level call is otherwise kept, and keeps everything it reads.
 * compileModule carries these, and only these, comments into the JavaScript.
 */
const PURE = '/* @__PURE__ */ ';

/** The escaping helpers, the only way a template prints a value. */
const HELPERS: Readonly<Record<string, TemplateHelper>> = {
  /** A string literal. */
  str: (value: string) => tsString(value),
  /** A string, number, boolean or null literal. */
  lit: (value: string | number | boolean | null) => tsLiteral(value),
  /** A checked identifier. */
  id: (name: string) => tsIdentifier(name),
  /** A property key, quoted when it must be. */
  key: (name: string) => tsPropertyKey(name),
  /** A JSDoc comment at an indentation. */
  doc: (doc: DocComment, indent: number) => jsDoc(doc, indent),
  /** A `//` comment line. */
  comment: (text: string) => lineComment(text),
  /** Code that errcat built from escaped parts. */
  code: (code: TsCode) => {
    if (!(code instanceof TsCode)) throw new Error('errcat bug: the code helper only prints TsCode values');
    return code.text;
  },
};

interface CodesView {
  banner: string;
  /** Import and re-export lines of the parts, when the catalog is split. */
  parts: TsCode[];
  parameters: { doc: DocComment; declaration: TsCode }[];
  namespaceDeclaration: TsCode;
  constants: { doc: DocComment; declaration: TsCode }[];
  errorCode: TsCode;
  httpErrorCode: TsCode;
  eventErrorCode: TsCode;
  errorCodes: TsCode;
  retiredErrorCode: TsCode;
  retiredErrorCodes: TsCode;
}

interface MetaView {
  banner: string;
  parts: TsCode[];
  declarations: { text: TsCode }[];
  entries: MetaEntry[];
  /** When the catalog is split, the maps' whole declarations, extending their parts (and entries is empty). */
  splitMetaMap: TsCode | null;
  splitDetailMap: TsCode | null;
}

interface MetaEntry {
  code: string;
  /** The code as a property key of the map it is printed in (see {@link keyedEntries}). */
  key?: TsCode;
  doc: DocComment;
  meta: TsCode;
  detailMeta: TsCode;
  /** The meta type the entry names, if any. */
  metaType: string | null;
}

/** A part of the code constants (split catalogs only). */
interface CodesConstantsView {
  banner: string;
  constants: CodesView['constants'];
}

/** A part of the code unions and of the code list (split catalogs only). */
interface CodesListsView {
  banner: string;
  imports: TsCode[];
  errorCode: TsCode;
  httpErrorCode: TsCode;
  eventErrorCode: TsCode;
  errorCodes: TsCode;
}

/** A part of the meta types (split catalogs only). */
interface MetaTypesView {
  banner: string;
  /** The shared schema types the part's declarations name, from meta.ts. */
  imports: TsCode[];
  declarations: { text: TsCode }[];
}

/** A part of the meta maps (split catalogs only). */
interface MetaMapsView {
  banner: string;
  imports: TsCode[];
  entries: MetaEntry[];
}

/** A part of the catalog data (split catalogs only). */
interface CatalogPartView {
  banner: string;
  definitions: TsCode;
  wireCodes: TsCode;
}

interface EnvelopeView {
  banner: string;
  /** Import lines of the problem type URI parts, when the catalog is split. */
  parts: TsCode[];
  detailDoc: DocComment;
  objectDoc: DocComment;
  objectType: TsCode;
  envelopeDoc: DocComment;
  envelopeType: TsCode;
  carrierType: TsCode;
  unknownObjectType: TsCode;
  unknownEnvelopeDoc: DocComment;
  unknownEnvelopeType: TsCode;
  withCodeType: TsCode;
  shapeDoc: DocComment;
  shapeData: TsCode;
}

interface CatalogView {
  banner: string;
  parts: TsCode[];
  definitionDoc: DocComment;
  displayCodeDoc: DocComment;
  definitions: TsCode;
  wireCodes: TsCode;
  identifiersDeclaration: TsCode;
  catalogExtensions: TsCode;
}

/** The helpers' docs whose examples are the catalog's own codes and patterns. */
interface HelpersView extends FamiliesView {
  banner: string;
  codeMatchingDoc: DocComment;
  codeMatchesDoc: DocComment;
  inNamespaceDoc: DocComment;
  createEnvelopeDoc: DocComment;
  segmentsDoc: DocComment;
  segmentsDeclaration: TsCode;
  separatorDeclaration: TsCode;
  namespaceParentsDeclaration: TsCode;
  namespaceCodesType: TsCode;
  brandDeclaration: TsCode;
  objectCodeType: TsCode;
  /** A code for the ApiError example: the catalog's HTTP example code, as a literal. */
  isExampleCode: TsCode;
}

interface StandardSchemaView {
  banner: string;
  /** A code for the metaSchema example: one with meta when the catalog has one. */
  metaExampleCode: TsCode;
}

interface BannerView {
  banner: string;
}

/**
 * The README's values are all checked against the catalog schema's own
 * patterns (package name, id, version, code, header name), so none needs
 * Markdown escaping; free text (title, description) stays out of it.
 */
interface ReadmeView {
  readmeBanner: string;
  packageName: string;
  version: string;
  /** `12 codes from 9 definitions`, in the right number. */
  codeSummary: string;
  /** The example of handling an HTTP error response, when the catalog has HTTP codes. */
  http: { code: string; namespace: string } | null;
  /** Otherwise, the example of handling a code from an event. */
  event: { code: string; namespace: string; field: string } | null;
  /** The request-id header, when responses carry one. */
  requestIdHeader: string | null;
  /** The code the error handler example sends for unexpected errors: the first HTTP 500 code without required meta, family or deprecation. */
  fallback: { code: string; status: number; message: string } | null;
  /** `checked.envelope.error`: where the example reads the error object (member names are checked against the schema's pattern). */
  errorAccess: string;
  /** `error.code`. */
  codeAccess: string;
  /** What `*` means in a pattern, with the catalog's own patterns. */
  patternsText: string;
}

const doc = (paragraphs: readonly (string | null)[], tags: readonly DocTag[] = []): DocComment => ({
  paragraphs: paragraphs.filter((p): p is string => p !== null && p !== ''),
  tags,
});

function metaTypeName(definition: ErrorDefinition): string {
  return `${definition.names.type}Meta`;
}

/** The code as a type: a literal, or a template literal over the family's parameter. */
function codeType(definition: ErrorDefinition, typeOf: ReadonlyMap<string, string>): string {
  const family = definition.family;
  if (!family) return tsString(definition.code);
  // Codes hold letters, digits and . _ - / : only (validated), none of them special inside a template literal.
  if (!/^[A-Za-z0-9_./:-]*$/.test(family.prefix + family.suffix)) throw new Error(`errcat bug: unexpected characters in family ${definition.code}`);
  const typeName = typeOf.get(family.parameter);
  if (typeName === undefined) throw new Error(`errcat bug: family ${definition.code} over an undeclared parameter`);
  return `\`${family.prefix}\${${typeName}}${family.suffix}\``;
}

/**
 * Members of a code union: definitions (families as template literals) and
 * aliases, in the order of the model's wire codes (a family where its first
 * expansion is).
 */
function codeUnionMembers(model: CatalogModel, typeOf: ReadonlyMap<string, string>, keep: (d: ErrorDefinition) => boolean): string[] {
  const definitions = new Map(model.definitions.map((d) => [d.code, d]));
  const members: string[] = [];
  const seenFamilies = new Set<string>();
  for (const w of model.wireCodes) {
    const d = definitions.get(w.definition)!;
    if (!keep(d)) continue;
    if (w.via === 'alias') members.push(tsString(w.code));
    else if (w.via === 'code') members.push(codeType(d, typeOf));
    else if (!seenFamilies.has(d.code)) {
      seenFamilies.add(d.code);
      members.push(codeType(d, typeOf));
    }
  }
  return members;
}

/** Docs URL of a definition, when the catalog has a docs base URL. */
function docsUrl(model: CatalogModel, d: ErrorDefinition): string | null {
  return model.docs.baseUrl === null ? null : `${model.docs.baseUrl}#${d.names.anchor}`;
}

/** The JSDoc of a wire code's constant: its description, what it is, where it is sent, deprecation. */
function constantDoc(model: CatalogModel, wire: WireCode, d: ErrorDefinition, constantOf: ReadonlyMap<string, string>): DocComment {
  const paragraphs: (string | null)[] = [d.description];
  // JSDoc has no "above": link the code the description refers to.
  if (d.sameAs !== null) paragraphs.push(`Described relative to ${linkTo(d.sameAs, constantOf)}.`);
  if (wire.via === 'alias') paragraphs.push(`Alias of ${linkTo(d.code, constantOf)}: handle both alike.`);
  if (wire.via === 'family') paragraphs.push(`One of the \`${d.displayCode}\` family.`);
  paragraphs.push(d.status === null ? `Sent only in events${d.events ? ` (${d.events.field})` : ''}, never as an HTTP response.` : `HTTP ${d.status}.`);
  return doc(paragraphs, definitionTags(model, d, constantOf));
}

function definitionTags(model: CatalogModel, d: ErrorDefinition, constantOf: ReadonlyMap<string, string>): DocTag[] {
  const tags: DocTag[] = [];
  const url = docsUrl(model, d);
  if (url !== null) tags.push({ tag: 'see', text: url });
  if (d.since !== null) tags.push({ tag: 'since', text: d.since });
  if (d.deprecated) {
    const parts = [`Since ${d.deprecated.since}.`];
    if (d.deprecated.replacement !== null) parts.push(`Use ${linkTo(d.deprecated.replacement, constantOf)} instead.`);
    if (d.deprecated.reason !== null) parts.push(d.deprecated.reason);
    tags.push({ tag: 'deprecated', text: parts.join(' ') });
  }
  return tags;
}

const NO_LINKS: ReadonlyMap<string, string> = new Map();

/** A code in JSDoc: a link to its constant when it has one, and the code itself. */
function linkTo(code: string, constantOf: ReadonlyMap<string, string>): string {
  const constant = constantOf.get(code);
  return constant === undefined ? `\`${code}\`` : `{@link ${constant}} (\`${code}\`)`;
}

/** The items of codes.ts that grow with the catalog, before layout. */
interface CodeLists {
  constants: CodesView['constants'];
  errorCode: string[];
  httpErrorCode: string[];
  eventErrorCode: string[];
  errorCodes: string[];
}

function buildCodeLists(
  model: CatalogModel,
  definitionOf: ReadonlyMap<string, ErrorDefinition>,
  constantOf: ReadonlyMap<string, string>,
  typeOf: ReadonlyMap<string, string>,
): CodeLists {
  const constants = model.wireCodes.map((wire) => {
    const d = definitionOf.get(wire.definition)!;
    return { doc: constantDoc(model, wire, d, constantOf), declaration: new TsCode(printStringAfter(`export const ${tsIdentifier(wire.names.constant)} =`, tsString(wire.code), ';', 0)) };
  });
  return {
    constants,
    errorCode: codeUnionMembers(model, typeOf, () => true),
    httpErrorCode: codeUnionMembers(model, typeOf, (d) => d.transport === 'http'),
    eventErrorCode: codeUnionMembers(model, typeOf, (d) => d.transport === 'event'),
    errorCodes: model.wireCodes.map((w) => tsString(w.code)),
  };
}

function buildCodesView(model: CatalogModel, banner: string, typeOf: ReadonlyMap<string, string>, lists: CodeLists, parts: TsCode[]): CodesView {
  const parameters = model.parameters.map((p) => ({
    doc: doc([p.description ?? `Values of the \`${p.name}\` parameter of code families.`], []),
    declaration: new TsCode(printUnionAlias(`export type ${typeOf.get(p.name)!}`, p.values.map((v) => tsString(v.value)))),
  }));
  return {
    banner,
    parts,
    parameters,
    namespaceDeclaration: new TsCode(printUnionAlias('export type ErrorNamespace', model.namespaces.map((n) => tsString(n.name)))),
    constants: lists.constants,
    errorCode: new TsCode(printUnionAlias('export type ErrorCode', lists.errorCode)),
    httpErrorCode: new TsCode(printUnionAlias('export type HttpErrorCode', lists.httpErrorCode)),
    eventErrorCode: new TsCode(printUnionAlias('export type EventErrorCode', lists.eventErrorCode)),
    // Frozen in the initializer, marked pure, so that a bundler drops the list when only a constant is imported.
    errorCodes: new TsCode(printArray(`export const errorCodes: readonly ErrorCode[] = ${PURE}Object.freeze(`, lists.errorCodes, ');', 0)),
    retiredErrorCode: new TsCode(printUnionAlias('export type RetiredErrorCode', model.retired.map((r) => tsString(r.code)))),
    retiredErrorCodes: new TsCode(printArray(`export const retiredErrorCodes: readonly RetiredErrorCode[] = ${PURE}Object.freeze(`, model.retired.map((r) => tsString(r.code)), ');', 0)),
  };
}

/** The items of meta.ts that grow with the catalog: declarations per definition (in definition order) and map entries per wire code. */
interface MetaLists {
  declarations: { text: TsCode }[][];
  /** Per definition (as declarations), the shared schema types its declarations name. */
  sharedUses: string[][];
  /** The shared schemas' declarations: in meta.ts, which the parts import them from. */
  shared: { text: TsCode }[];
  /** The parameter unions (from codes.ts) the shared declarations name, and each definition's. */
  sharedParameters: string[];
  parameterUses: string[][];
  entries: MetaEntry[];
  names: string[];
}

function buildMetaLists(model: CatalogModel, definitionOf: ReadonlyMap<string, ErrorDefinition>, typeOf: ReadonlyMap<string, string>): MetaLists {
  const declarations: { text: TsCode }[][] = [];
  const names: string[] = [];
  // Shared meta schemas: one type each, named as the catalog names them, which the meta types refer to.
  const sharedTypes = new Map(model.schemas.map((s) => [s.name, s.name]));
  const shared: { text: TsCode }[] = [];
  const sharedUses: string[][] = [];
  // A meta enum of exactly a family parameter's values is typed as the parameter's union (first parameter wins on equal sets).
  const byValues = new Map<string, string>();
  for (const p of model.parameters) {
    const key = parameterKey(p.values.map((v) => v.value));
    if (!byValues.has(key)) byValues.set(key, typeOf.get(p.name)!);
  }
  const sharedParameters = new Set<string>();
  const parameterUses: string[][] = [];
  for (const s of model.schemas) {
    const used = s.usedBy.length === 0 ? 'No code uses it yet.' : `Used by the meta of ${s.usedBy.length === 1 ? 'one code' : `${s.usedBy.length} codes`}.`;
    const sharedDoc = doc([`The shared meta schema \`${s.name}\`${s.description === null ? '.' : `: ${s.description}`}`, used], []);
    for (const decl of schemaToDeclarations(s.name, s.schema, sharedDoc, sharedTypes, { byValues, used: sharedParameters })) {
      names.push(decl.name);
      shared.push({ text: new TsCode(decl.text) });
    }
  }
  for (const d of model.definitions) {
    const own: { text: TsCode }[] = [];
    declarations.push(own);
    sharedUses.push(d.meta.kind === 'schema' ? [...new Set(sharedRefsOf(d.meta.schema).map((r) => r.name))].sort() : []);
    const usedParameters = new Set<string>();
    parameterUses.push([]);
    if (d.meta.kind !== 'schema') continue;
    // meta.ts imports no constants, so its JSDoc names codes without {@link}.
    const subject = d.family ? `the \`${d.displayCode}\` codes` : `\`${d.code}\``;
    const metaDoc = doc([`\`error.meta\` of ${subject}: ${d.description}`], []);
    for (const decl of schemaToDeclarations(metaTypeName(d), d.meta.schema, metaDoc, sharedTypes, { byValues, used: usedParameters })) {
      names.push(decl.name);
      own.push({ text: new TsCode(decl.text) });
    }
    parameterUses[parameterUses.length - 1] = [...usedParameters].sort();
  }
  const entries = model.wireCodes.map((wire) => {
    const d = definitionOf.get(wire.definition)!;
    const paragraphs: (string | null)[] = [d.description];
    if (wire.via === 'alias') paragraphs.push(`Alias of \`${d.code}\`.`);
    const deprecation = definitionTags(model, d, NO_LINKS).filter((t) => t.tag === 'deprecated');
    let detailMeta: string;
    // A newer catalog may add meta to a code without it (errcat diff: compatible), so clients may meet some.
    if (d.meta.kind === 'none') detailMeta = 'readonly meta?: UnknownMetaObject;';
    else detailMeta = `readonly meta${d.meta.required ? '' : '?'}: ${metaTypeName(d)};`;
    return {
      code: wire.code,
      doc: doc(paragraphs, deprecation),
      meta: new TsCode(d.meta.kind === 'none' ? 'undefined' : metaTypeName(d)),
      detailMeta: new TsCode(detailMeta),
      metaType: d.meta.kind === 'none' ? null : metaTypeName(d),
    };
  });
  return { declarations, sharedUses, shared, sharedParameters: [...sharedParameters].sort(), parameterUses, entries, names };
}

/**
 * Entries with their codes as property keys, quoted as Prettier's
 * `quoteProps: 'as-needed'` prints them: bare when every key of the
 * interface is an identifier (`NOT_FOUND`), all quoted as written otherwise.
 */
function keyedEntries(entries: readonly MetaEntry[]): MetaEntry[] {
  const bare = entries.every((e) => tsPropertyKey(e.code) === e.code);
  return entries.map((e) => ({ ...e, key: new TsCode(bare ? e.code : tsString(e.code)) }));
}

/** Per definition, the data of the frozen catalog, keys in a fixed order. */
function definitionData(model: CatalogModel, d: ErrorDefinition): DataValue {
  return {
    code: d.code,
    displayCode: d.displayCode,
    namespace: d.namespace,
    transport: d.transport,
    status: d.status,
    statusForwarding: d.statusForwarding && { fallback: d.statusForwarding.fallback, note: d.statusForwarding.note },
    events: d.events && { names: [...d.events.names], field: d.events.field },
    description: d.description,
    meta: d.meta.kind === 'none' ? 'none' : d.meta.required ? 'required' : 'optional',
    retry: { policy: d.retry.policy, afterSeconds: d.retry.afterSeconds, note: d.retry.note },
    docs: { anchor: d.names.anchor, url: docsUrl(model, d) },
    since: d.since,
    deprecated: d.deprecated && { since: d.deprecated.since, replacement: d.deprecated.replacement, reason: d.deprecated.reason },
    identifiers: Object.fromEntries(d.identifiers.map((i) => [i.name, i.value])),
    extensions: extensionData(d.extensions),
  };
}

/** Extension fields as one object, by name (names are unique within their owner). */
function extensionData(extensions: CatalogModel['extensions']): DataValue {
  // defineProperty, not assignment: an extension value may hold a "__proto__" key, and its name is the catalog's.
  const data: Record<string, DataValue> = {};
  for (const e of extensions) Object.defineProperty(data, e.name, { value: e.value, enumerable: true, writable: true, configurable: true });
  return data;
}

/** The catalog data's entries, printed: per definition, and per wire code. */
function printCatalogData(model: CatalogModel, definitions: readonly ErrorDefinition[], wireCodes: readonly WireCode[]): { definitions: TsCode; wireCodes: TsCode } {
  return {
    definitions: new TsCode(printProperties(definitions.map((d) => [d.code, definitionData(model, d)] as const), 2)),
    wireCodes: new TsCode(printProperties(wireCodes.map((w) => [w.code, w.definition] as const), 2)),
  };
}

function buildCatalogView(model: CatalogModel, banner: string, examples: CatalogExamples, data: { definitions: TsCode; wireCodes: TsCode }, parts: TsCode[]): CatalogView {
  const family = examples.family;
  // Identifier names are identifiers ([a-z][a-z0-9_]*), so they are bare property names.
  const members = model.identifiers.map((i) => `  readonly ${tsPropertyKey(i.name)}: ${i.type === 'integer' ? 'number' : 'string'};`);
  return {
    banner,
    parts,
    definitionDoc: doc([wrapProse(`The code of the catalog entry that defines it: itself, the aliased code, or the family${family ? ` (\`${family.code}\`)` : ''}.`, 110)]),
    displayCodeDoc: doc([`The definition's code as docs print it${family ? ` (\`${family.displayCode}\`)` : ''}.`]),
    definitions: data.definitions,
    wireCodes: data.wireCodes,
    identifiersDeclaration: new TsCode(members.length === 0 ? 'export interface ErrorIdentifiers {}' : ['export interface ErrorIdentifiers {', ...members, '}'].join('\n')),
    catalogExtensions: new TsCode(
      model.extensions.length === 0
        ? 'export const catalogExtensions: { readonly [name: string]: ExtensionValue } = freezeDeep({});'
        : [
            'export const catalogExtensions: { readonly [name: string]: ExtensionValue } = freezeDeep({',
            printProperties(model.extensions.map((e) => [e.name, e.value] as const), 2),
            '});',
          ].join('\n'),
    ),
  };
}

function buildHelpersView(model: CatalogModel, banner: string, examples: CatalogExamples, typeOf: ReadonlyMap<string, string>): HelpersView {
  const { inner, trailing, http } = examples;
  const innerText = inner ? ` (\`${inner.pattern}\`)` : '';
  const shown = inner ?? trailing;
  const nested = examples.nestedNamespace;
  const createTags: DocTag[] = [];
  if (http !== null) {
    const code = tsString(http.code);
    createTags.push({ tag: 'example', text: `const body = createErrorEnvelope(${code}, ${envelopeInitExample(http.definition)});\nres.status(errorStatus(${code})).json(body);` });
  }
  return {
    banner,
    codeMatchingDoc: doc([
      wrapProse(`The codes of \`C\` that a pattern matches. A pattern is a code whose segments may be \`*\`: inside, \`*\` stands for exactly one segment${innerText}; at the end, for one or more (\`${trailing.pattern}\`, every code of the namespace).`),
    ]),
    codeMatchesDoc: doc(
      ['True when a code matches a pattern (see {@link CodeMatching}); narrows the code.'],
      [{ tag: 'example', text: `if (codeMatches(code, ${tsString(shown.pattern)})) {\n  code; // ${shown.narrowed}\n}` }],
    ),
    inNamespaceDoc: doc([wrapProse(`True when a code is in a namespace (\`${examples.namespace}\`${nested ? `, or a nested one such as \`${nested}\`` : ''}).`, 96)]),
    ...namespaceHelpers(model),
    ...buildFamiliesView(model, typeOf),
    brandDeclaration: new TsCode(`const API_ERROR_BRAND = ${tsString(`errcat.ApiError ${model.package.name}`)};`),
    objectCodeType: new TsCode(printConditional(`type ObjectCode<O> = O extends { readonly ${tsPropertyKey(model.envelope.body.codeMember)}: infer K extends ErrorCode }`, 'K', 'ReceivedErrorCode')),
    isExampleCode: new TsCode(tsString((http ?? examples).code)),
    createEnvelopeDoc: doc(
      [
        "Builds an error response body, server side. `meta` is required exactly\nwhen the code's schema requires it, and refused for codes without meta;\nthe same rule is checked at run time for callers without types.",
        http === null ? wrapProse(`${model.title} sends no code as an HTTP error, so no call of it compiles.`) : null,
      ],
      createTags,
    ),
  };
}

/** A property access for a member name: `.code`, or `['@type']` when it is no identifier. */
function memberKey(name: string): string {
  return tsPropertyKey(name);
}

/** The problem type URI of each HTTP definition that has one (RFC 9457 bodies), by definition code. */
function typeUrisOf(definitions: readonly ErrorDefinition[]): [string, DataValue][] {
  return definitions.flatMap((d): [string, DataValue][] => (d.typeUri !== null && d.transport === 'http' ? [[d.code, d.typeUri]] : []));
}

/** `{ … }` around printed properties, or `{}` when there are none, as Prettier prints an empty object. */
/**
 * `WithErrorCode`, in Prettier's final form: on one line when it fits,
 * else one member per line (member names run to 64 characters).
 */
function withCodeType(codeKey: string, errorKey: string | null): string {
  const head = 'export type WithErrorCode<C extends ErrorCode> = ';
  const fits = (line: string): boolean => line.length <= PRINT_WIDTH;
  const code = `{ readonly ${codeKey}: C }`;
  if (errorKey === null) return fits(`${head}${code};`) ? `${head}${code};` : `${head}{\n  readonly ${codeKey}: C;\n};`;
  if (fits(`${head}{ readonly ${errorKey}: ${code} };`)) return `${head}{ readonly ${errorKey}: ${code} };`;
  const inner = `  readonly ${errorKey}: ${code};`;
  return fits(inner) ? `${head}{\n${inner}\n};` : `${head}{\n  readonly ${errorKey}: {\n    readonly ${codeKey}: C;\n  };\n};`;
}

function objectLiteral(properties: string): string {
  return properties === '' ? '{}' : `{\n${properties}\n}`;
}

/** A part of the problem type URIs (split catalogs only). */
interface TypeUrisPartView {
  banner: string;
  typeUris: TsCode;
}

/**
 * `splitIds`: the ids of the parts the type URIs are split into (a
 * catalog of more than one part), whose tables `errorBody.typeUris`
 * spreads; empty for one file.
 */
function buildEnvelopeView(model: CatalogModel, banner: string, splitIds: readonly string[] = []): EnvelopeView {
  const f = model.envelope.fields;
  const body = model.envelope.body;
  const line = (m: BodyMember, type: string, indent: number): string =>
    `${jsDoc(doc([m.description]), indent)}\n${' '.repeat(indent)}readonly ${memberKey(m.name!)}${m.required || m.value === 'details' ? '' : '?'}: ${type};`;
  const memberLines = (members: readonly BodyMember[], indent: number, k: string): { lines: string[]; extra: string[] } => {
    const lines: string[] = [];
    const extra: string[] = [];
    for (const m of members) {
      if (m.value === 'meta') extra.push(`MetaAs<${k}, ${tsString(m.name!)}>`);
      else if (m.value === 'meta_members') extra.push(`MetaMembers<${k}>`);
      else if (m.value === 'details') lines.push(line(m, `MetaDetails<${k}>`, indent));
      else if (m.value === 'code') lines.push(line(m, k, indent));
      else lines.push(line(m, m.value === 'status' ? 'number' : 'string', indent));
    }
    return { lines, extra };
  };
  const object = memberLines(body.members, 4, 'K');
  // An error object that is exactly errcat's own {code, message, meta} is ErrorDetailMap's entry:
  // the same type, and far cheaper for the compiler on catalogs of thousands of codes.
  const plain =
    body.members.length === 3 &&
    (['code', 'message', 'meta'] as const).every((v) => body.members.some((m) => m.name === v && m.value === v && (v !== 'message' || m.required)));
  const objectType = plain ? 'export type ErrorObject<C extends ErrorCode = HttpErrorCode> = { [K in C]: ErrorDetailMap[K] }[C];' : [
    'export type ErrorObject<C extends ErrorCode = HttpErrorCode> = {',
    '  [K in C]: {',
    ...object.lines,
    `  }${object.extra.map((e) => ` & ${e}`).join('')};`,
    '}[C];',
  ].join('\n');
  // The error object of a code this version does not know: the declared members, meta undescribed.
  const unknownLines: string[] = [];
  let unknownExtra = '';
  for (const m of body.members) {
    if (m.value === 'meta') unknownLines.push(line({ ...m, required: false }, 'UnknownMetaObject', 2));
    else if (m.value === 'meta_members') unknownExtra = ' & UnknownMetaObject';
    else if (m.value === 'details') unknownLines.push(line(m, 'readonly UnknownMetaObject[]', 2));
    else if (m.value === 'code') unknownLines.push(line(m, 'UnknownErrorCode', 2));
    else unknownLines.push(line(m, m.value === 'status' ? 'number' : 'string', 2));
  }
  const unknownObjectType = ['export type UnknownErrorObject = {', ...unknownLines, `}${unknownExtra};`].join('\n');
  const errorDoc = doc([body.list ? 'One error object or more; each narrows on its own code.' : 'The error object.']);
  let envelopeType: string;
  if (body.errorMember === null) envelopeType = 'export type ErrorEnvelope<C extends HttpErrorCode = HttpErrorCode> = ErrorObject<C>;';
  else {
    const around = memberLines(body.envelopeMembers, body.list ? 2 : 4, 'K').lines;
    const key = memberKey(body.errorMember);
    envelopeType = body.list
      ? [
          'export type ErrorEnvelope<C extends HttpErrorCode = HttpErrorCode> = {',
          jsDoc(errorDoc, 2),
          `  readonly ${key}: readonly [ErrorObject<C>, ...ErrorObject<C>[]];`,
          ...around,
          '};',
        ].join('\n')
      : ['export type ErrorEnvelope<C extends HttpErrorCode = HttpErrorCode> = {', '  [K in C]: {', jsDoc(errorDoc, 4), `    readonly ${key}: ErrorObject<K>;`, ...around, '  };', '}[C];'].join('\n');
  }
  let unknownEnvelopeType: string;
  if (body.errorMember === null) unknownEnvelopeType = 'export type UnknownErrorEnvelope = UnknownErrorObject;';
  else {
    const around = memberLines(body.envelopeMembers, 2, 'K').lines;
    const key = memberKey(body.errorMember);
    const held = body.list ? 'readonly [ReceivedErrorObject, ...ReceivedErrorObject[]]' : 'UnknownErrorObject';
    unknownEnvelopeType = ['export type UnknownErrorEnvelope = {', jsDoc(doc([body.list ? 'The error objects, known or not: {@link isKnownErrorObject} tells them apart.' : 'The error object.']), 2), `  readonly ${key}: ${held};`, ...around, '};'].join('\n');
  }
  const codeKey = memberKey(body.codeMember);
  const withCode = withCodeType(codeKey, body.errorMember === null || body.list ? null : memberKey(body.errorMember));
  const named = (members: readonly BodyMember[]): DataValue => Object.fromEntries(members.flatMap((m) => (m.name === null ? [] : [[m.name, m.value]])));
  const shapeEntries: [string, DataValue][] = [
    ['mediaType', body.mediaType],
    ['errorMember', body.errorMember],
    ['list', body.list],
    ['members', named(body.members)],
    ['metaMembers', body.members.some((m) => m.value === 'meta_members')],
    ['envelopeMembers', named(body.envelopeMembers)],
    ['optional', [...body.members, ...body.envelopeMembers].flatMap((m) => (m.name !== null && !m.required && m.value !== 'meta' && m.value !== 'details' ? [m.name] : []))],
    ['headers', Object.fromEntries(body.headers.map((h) => [h.name, h.value]))],
  ];
  // One URI per definition: split like the catalog data, the table spreads its parts (typeUris stays the last key).
  const shapeData =
    splitIds.length === 0
      ? printProperties([...shapeEntries, ['typeUris', Object.fromEntries(typeUrisOf(model.definitions))]], 2)
      : [printProperties(shapeEntries, 2), '  typeUris: {', ...splitIds.map((id) => `    ...uris${id}.typeUris,`), '  },'].join('\n');
  return {
    banner,
    parts: splitIds.map((id) => new TsCode(`import * as uris${id} from './envelope/type-uris-${id}.js';`)),
    detailDoc: doc(['The error of one code or a union of codes, as errcat models it (events carry it as it is).', [`- \`code\`: ${f.code}`, `- \`message\`: ${f.message}`, `- \`meta\`: ${f.meta}`].join('\n')]),
    objectDoc: doc([`The error object of ${indefiniteArticle(model.title)} ${model.title} error response, per code: a union discriminated by \`${body.codeMember}\`, so switching on it narrows the meta.`]),
    objectType: new TsCode(printShape(objectType)),
    envelopeDoc: doc([
      `The body of ${indefiniteArticle(model.title)} ${model.title} error response (\`${body.mediaType}\`)${body.list ? ', with one error object or more.' : ', as a union discriminated by its code.'}`,
      model.envelope.description,
    ]),
    envelopeType: new TsCode(envelopeType),
    carrierType: new TsCode(`export type ErrorCarrier = ${body.list ? 'ReceivedErrorObject' : 'ReceivedErrorEnvelope'};`),
    unknownObjectType: new TsCode(unknownObjectType),
    unknownEnvelopeDoc: doc([
      body.list
        ? 'A body with at least one error object whose code this version does not know: a newer server\'s.'
        : 'A body whose code this version of the package does not know: a newer server\'s.',
    ]),
    unknownEnvelopeType: new TsCode(unknownEnvelopeType),
    withCodeType: new TsCode(withCode),
    shapeDoc: doc([`The ${model.title} error body, as the catalog declares it.`]),
    shapeData: new TsCode(shapeData),
  };
}

/** The object type as Prettier prints it (intersections of the literal stay on its closing line). */
function printShape(text: string): string {
  return text;
}

/** Checks that no two exported names are equal; a clash here is an errcat bug. */
function checkNames(groups: readonly { origin: string; names: readonly string[] }[]): void {
  const seen = new Map<string, string>();
  for (const { origin, names } of groups) {
    for (const name of names) {
      const previous = seen.get(name);
      if (previous !== undefined) {
        throw new Error(`errcat bug: the TypeScript name ${name} is used by ${previous} and by ${origin}; rename one in the catalog (this should have been reported by the validator)`);
      }
      seen.set(name, origin);
    }
  }
}

/** The package's entry points: `@scope/errors` and the slim `@scope/errors/slim`. */
const ENTRY_POINTS: readonly { subpath: string; module: string }[] = [
  { subpath: '.', module: 'index' },
  { subpath: './slim', module: 'slim' },
];

function buildPackageJson(model: CatalogModel): string {
  const pkg = {
    name: model.package.name,
    version: model.version,
    description: model.package.description,
    license: model.package.license,
    type: 'module',
    // No module does anything when imported but define values, so bundlers may drop any a program does not use.
    sideEffects: false,
    // Both builds, each with its own types: `import` gets the ES modules, `require` the CommonJS build, so a
    // CommonJS program (and TypeScript's node16 and nodenext resolution for it) needs no require() of ES modules.
    exports: Object.fromEntries(
      [...ENTRY_POINTS.map((e) => [e.subpath, e.module] as const)].map(([subpath, module]) => [
        subpath,
        {
          import: { types: `./dist/${module}.d.ts`, default: `./dist/${module}.js` },
          require: { types: `./dist/${CJS_DIR}/${module}.d.ts`, default: `./dist/${CJS_DIR}/${module}.js` },
        },
      ]).concat([['./package.json', './package.json']]),
    ),
    main: `./dist/${CJS_DIR}/index.js`,
    module: './dist/index.js',
    types: './dist/index.d.ts',
    files: ['dist', 'src', 'README.md', ...(model.changelog === undefined ? [] : [PACKAGE_CHANGELOG])],
    // ES2022 output and package exports conditions; no require() of ES modules (tested with it turned off).
    engines: { node: '>=18' },
  };
  return `${stringifyJson(pkg, null, 2)}\n`;
}

/** The compiled templates, one per generated text file. */
interface Templates {
  codes: RenderTemplate<CodesView>;
  meta: RenderTemplate<MetaView>;
  envelope: RenderTemplate<EnvelopeView>;
  catalog: RenderTemplate<CatalogView>;
  helpers: RenderTemplate<HelpersView>;
  index: RenderTemplate<BannerView>;
  standardSchema: RenderTemplate<StandardSchemaView>;
  readme: RenderTemplate<ReadmeView>;
  codesConstants: RenderTemplate<CodesConstantsView>;
  codesLists: RenderTemplate<CodesListsView>;
  metaTypes: RenderTemplate<MetaTypesView>;
  metaMaps: RenderTemplate<MetaMapsView>;
  catalogPart: RenderTemplate<CatalogPartView>;
  typeUrisPart: RenderTemplate<TypeUrisPartView>;
}

let templates: Templates | null = null;

/** Compiles the templates once per process: they are part of errcat, not of its input. */
function loadTemplates(): Templates {
  templates ??= {
    codes: compileTemplate<CodesView>('typescript/codes.ts.hbs', HELPERS),
    meta: compileTemplate<MetaView>('typescript/meta.ts.hbs', HELPERS),
    envelope: compileTemplate<EnvelopeView>('typescript/envelope.ts.hbs', HELPERS),
    catalog: compileTemplate<CatalogView>('typescript/catalog.ts.hbs', HELPERS),
    helpers: compileTemplate<HelpersView>('typescript/helpers.ts.hbs', HELPERS),
    index: compileTemplate<BannerView>('typescript/index.ts.hbs', HELPERS),
    standardSchema: compileTemplate<StandardSchemaView>('typescript/standard-schema.ts.hbs', HELPERS),
    readme: compileTemplate<ReadmeView>('typescript/README.md.hbs', HELPERS),
    codesConstants: compileTemplate<CodesConstantsView>('typescript/codes-constants.ts.hbs', HELPERS),
    codesLists: compileTemplate<CodesListsView>('typescript/codes-lists.ts.hbs', HELPERS),
    metaTypes: compileTemplate<MetaTypesView>('typescript/meta-types.ts.hbs', HELPERS),
    metaMaps: compileTemplate<MetaMapsView>('typescript/meta-maps.ts.hbs', HELPERS),
    catalogPart: compileTemplate<CatalogPartView>('typescript/catalog-part.ts.hbs', HELPERS),
    typeUrisPart: compileTemplate<TypeUrisPartView>('typescript/type-uris-part.ts.hbs', HELPERS),
  };
  return templates;
}

/**
 * Above this many codes, codes, meta and catalog data are split into parts
 * of at most this many items (constants, union members, meta types, map
 * entries, catalog entries) each. One source file per module would grow
 * with the catalog, and compiling a file holds its whole syntax tree: at
 * 100,000 codes that was over 5 GB of heap. Every fixture, and the
 * embedded catalog, stays below it and keeps one file per module.
 */
export const DEFAULT_PART_SIZE = 2000;

/** One source file of the package: its module path below src/ without `.ts` (`codes`, `catalog/part-0001`), and its text. */
export interface TypeScriptSource {
  readonly module: string;
  readonly source: string;
}

/** `items` cut into `count` consecutive slices of at most `size` (trailing ones may be empty). */
function slicesOf<T>(items: readonly T[], count: number, size: number): T[][] {
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The import of the parameter unions some meta types name, or none. */
function parameterImport(names: readonly string[], from: string): TsCode[] {
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.length === 0 ? [] : [new TsCode(printImport('import type', sorted, from))];
}

/**
 * `import { a, b } from '…';` as Prettier prints it: on one line when it
 * fits, else one name per line. Names are identifiers, paths errcat's own.
 */
function printImport(head: string, names: readonly string[], from: string): string {
  const flat = `${head} { ${names.join(', ')} } from ${tsString(from)};`;
  if (textWidth(flat) <= PRINT_WIDTH) return flat;
  return [`${head} {`, ...names.map((n) => `  ${n},`), `} from ${tsString(from)};`].join('\n');
}

/**
 * The package's TypeScript sources in final form, in the order they are
 * written: the modules the index re-exports, then (for a catalog of more
 * than `partSize` codes) their parts.
 */
export function renderTypeScriptSources(model: CatalogModel, partSize: number = DEFAULT_PART_SIZE): TypeScriptSource[] {
  if (!Number.isInteger(partSize) || partSize < 1) throw new Error(`errcat bug: part size ${partSize}`);
  const t = loadTemplates();
  const banner = bannerText(model);
  const definitionOf = new Map(model.definitions.map((d) => [d.code, d]));
  const constantOf = new Map(model.wireCodes.map((w) => [w.code, w.names.constant]));
  const typeOf = parameterTypeNames(model.parameters);
  const codeLists = buildCodeLists(model, definitionOf, constantOf, typeOf);
  const metaLists = buildMetaLists(model, definitionOf, typeOf);
  const examples = pickExamples(model, typeOf);
  checkNames([
    ...MODULES.map((m) => ({ origin: `errcat's ${m} module`, names: OWN_NAMES[m] })),
    { origin: "errcat's slim module", names: SLIM_NAMES },
    { origin: 'the catalog parameters', names: [...typeOf.values()] },
    { origin: 'the code constants', names: model.wireCodes.map((w) => w.names.constant) },
    { origin: 'the meta types', names: metaLists.names },
  ]);
  const envelope = (splitIds: readonly string[]) => t.envelope(buildEnvelopeView(model, banner, splitIds));
  const helpers = t.helpers(buildHelpersView(model, banner, examples, typeOf));
  const index = t.index({ banner });
  const withMeta = model.definitions.find((d) => d.meta.kind === 'schema');
  const standardSchema = t.standardSchema({ banner, metaExampleCode: new TsCode(tsString(withMeta?.example.code ?? examples.code)) });
  const checks = (definitionSlices: readonly (readonly ErrorDefinition[])[], ids: readonly string[]) => [
    ...renderValidateSources(model, banner, definitionSlices, ids),
    { module: 'helpers', source: helpers },
    { module: 'standard-schema', source: standardSchema },
  ];
  // Wire codes outnumber definitions and union members, so they set the number of parts.
  if (model.wireCodes.length <= partSize) {
    return [
      { module: 'index', source: index },
      { module: 'codes', source: t.codes(buildCodesView(model, banner, typeOf, codeLists, [])) },
      {
        module: 'meta',
        source: t.meta({
          banner,
          parts: parameterImport([...new Set([...metaLists.sharedParameters, ...metaLists.parameterUses.flat()])], './codes.js'),
          declarations: [...metaLists.shared, ...metaLists.declarations.flat()],
          entries: keyedEntries(metaLists.entries),
          splitMetaMap: null,
          splitDetailMap: null,
        }),
      },
      { module: 'envelope', source: envelope([]) },
      { module: 'catalog', source: t.catalog(buildCatalogView(model, banner, examples, printCatalogData(model, model.definitions, model.wireCodes), [])) },
      ...checks([model.definitions], ['0001']),
      ...renderSlimSources(model, banner, [model.wireCodes], ['0001']),
    ];
  }

  const count = Math.ceil(model.wireCodes.length / partSize);
  const ids = Array.from({ length: count }, (_, i) => String(i + 1).padStart(4, '0'));
  const parts: TypeScriptSource[] = [];

  // codes: constants in parts the module re-exports; union and list parts it assembles.
  const constants = slicesOf(codeLists.constants, count, partSize);
  const errorCode = slicesOf(codeLists.errorCode, count, partSize);
  const httpErrorCode = slicesOf(codeLists.httpErrorCode, count, partSize);
  const eventErrorCode = slicesOf(codeLists.eventErrorCode, count, partSize);
  const errorCodes = slicesOf(codeLists.errorCodes, count, partSize);
  const listsImports = [new TsCode(printImport('import type', ['ErrorCode', ...typeOf.values()], '../codes.js'))];
  ids.forEach((id, i) => {
    parts.push({ module: `codes/constants-${id}`, source: t.codesConstants({ banner, constants: constants[i]! }) });
    parts.push({
      module: `codes/lists-${id}`,
      source: t.codesLists({
        banner,
        imports: listsImports,
        errorCode: new TsCode(printUnionAlias('export type ErrorCodes', errorCode[i]!)),
        httpErrorCode: new TsCode(printUnionAlias('export type HttpErrorCodes', httpErrorCode[i]!)),
        eventErrorCode: new TsCode(printUnionAlias('export type EventErrorCodes', eventErrorCode[i]!)),
        errorCodes: new TsCode(printArray('export const errorCodes: readonly ErrorCode[] = ', errorCodes[i]!, ';', 0)),
      }),
    });
  });
  const codes = t.codes(
    buildCodesView(
      model,
      banner,
      typeOf,
      {
        constants: [],
        errorCode: ids.map((id) => `lists${id}.ErrorCodes`),
        httpErrorCode: ids.map((id) => `lists${id}.HttpErrorCodes`),
        eventErrorCode: ids.map((id) => `lists${id}.EventErrorCodes`),
        errorCodes: ids.map((id) => `...lists${id}.errorCodes`),
      },
      [...ids.map((id) => new TsCode(`import * as lists${id} from './codes/lists-${id}.js';`)), ...ids.map((id) => new TsCode(`export * from './codes/constants-${id}.js';`))],
    ),
  );

  // meta: types in parts the module re-exports (a definition's types stay together); map parts it extends.
  const declarations = slicesOf(metaLists.declarations, count, partSize);
  const sharedUses = slicesOf(metaLists.sharedUses, count, partSize);
  const entries = slicesOf(metaLists.entries, count, partSize);
  const parameterUses = slicesOf(metaLists.parameterUses, count, partSize);
  ids.forEach((id, i) => {
    const uses = [...new Set(sharedUses[i]!.flat())].sort();
    const imports = [...parameterImport([...new Set(parameterUses[i]!.flat())], '../codes.js'), ...(uses.length === 0 ? [] : [new TsCode(printImport('import type', uses, '../meta.js'))])];
    parts.push({ module: `meta/types-${id}`, source: t.metaTypes({ banner, imports, declarations: declarations[i]!.flat() }) });
    const used = [...new Set(entries[i]!.flatMap((e) => (e.metaType === null ? ['UnknownMetaObject'] : [e.metaType])))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    parts.push({ module: `meta/maps-${id}`, source: t.metaMaps({ banner, imports: used.length === 0 ? [] : [new TsCode(printImport('import type', used, '../meta.js'))], entries: keyedEntries(entries[i]!) }) });
  });
  const extendsOf = (name: string): TsCode => new TsCode(printInterfaceExtends(name, ids.map((id) => `maps${id}.${name}`)));
  const meta = t.meta({
    banner,
    parts: [
      ...parameterImport(metaLists.sharedParameters, './codes.js'),
      ...ids.map((id) => new TsCode(`export * from './meta/types-${id}.js';`)),
      ...ids.map((id) => new TsCode(`import type * as maps${id} from './meta/maps-${id}.js';`)),
    ],
    declarations: metaLists.shared,
    entries: [],
    splitMetaMap: extendsOf('ErrorMetaMap'),
    splitDetailMap: extendsOf('ErrorDetailMap'),
  });

  // catalog: data in parts the module spreads into its two tables.
  const definitionSlices = slicesOf(model.definitions, count, partSize);
  const wireSlices = slicesOf(model.wireCodes, count, partSize);
  ids.forEach((id, i) => {
    parts.push({ module: `catalog/part-${id}`, source: t.catalogPart({ banner, ...printCatalogData(model, definitionSlices[i]!, wireSlices[i]!) }) });
    parts.push({ module: `envelope/type-uris-${id}`, source: t.typeUrisPart({ banner, typeUris: new TsCode(objectLiteral(printProperties(typeUrisOf(definitionSlices[i]!), 2))) }) });
  });
  const catalog = t.catalog(
    buildCatalogView(
      model,
      banner,
      examples,
      { definitions: new TsCode(ids.map((id) => `  ...part${id}.definitions,`).join('\n')), wireCodes: new TsCode(ids.map((id) => `  ...part${id}.wireCodes,`).join('\n')) },
      ids.map((id) => new TsCode(`import * as part${id} from './catalog/part-${id}.js';`)),
    ),
  );

  return [
    { module: 'index', source: index },
    { module: 'codes', source: codes },
    { module: 'meta', source: meta },
    { module: 'envelope', source: envelope(ids) },
    { module: 'catalog', source: catalog },
    ...checks(definitionSlices, ids),
    ...renderSlimSources(model, banner, wireSlices, ids),
    ...parts,
  ];
}

/**
 * What the pattern helpers need from the code syntax: the separator that
 * splits codes into segments and each namespace's parents. A syntax without
 * a separator splits at a space, which no code holds, so each code is one
 * segment there and a pattern is a whole code or `*`.
 */
function namespaceHelpers(model: CatalogModel): Pick<HelpersView, 'segmentsDoc' | 'segmentsDeclaration' | 'separatorDeclaration' | 'namespaceParentsDeclaration' | 'namespaceCodesType'> {
  const split = model.codeSyntax.split;
  const separator = split.kind === 'separator' ? split.separator : ' ';
  const entries = model.namespaces.map((n) => printArray(`${tsPropertyKey(n.name)}: `, n.parents.map(tsString), ',', 2));
  const head = 'const namespaceParents: { readonly [N in ErrorNamespace]: readonly ErrorNamespace[] } =';
  return {
    segmentsDoc: doc([split.kind === 'separator' ? `A code's segments, split at \`${separator}\`.` : 'A code as one segment: the code syntax has no separator.']),
    // The separator is one of . - / _ or a space: nothing to escape inside a template literal type.
    segmentsDeclaration: new TsCode(`type Segments<S extends string> = S extends \`\${infer Head}${separator}\${infer Tail}\`\n  ? [Head, ...Segments<Tail>]\n  : [S];`),
    separatorDeclaration: new TsCode(`const SEPARATOR = ${tsString(separator)};`),
    namespaceParentsDeclaration: new TsCode(entries.length === 0 ? `${head} {};` : [`${head} {`, ...entries, '};'].join('\n')),
    // With a separator a namespace's codes are those under its prefix (or the namespace itself); otherwise the type cannot tell.
    namespaceCodesType: new TsCode(split.kind === 'separator' ? `CodeMatching<\`\${N}${separator}*\`> | Extract<ErrorCode, N>` : 'ErrorCode'),
  };
}

/** `head ? yes : no;` as Prettier prints a conditional type alias: on one line when it fits. */
function printConditional(head: string, yes: string, no: string): string {
  const flat = `${head} ? ${yes} : ${no};`;
  return textWidth(flat) <= PRINT_WIDTH ? flat : `${head}\n  ? ${yes}\n  : ${no};`;
}

/** Returns `value` when it matches `pattern`; a mismatch is an errcat bug, since the validator checks these fields. */
function checked(value: string, pattern: RegExp, what: string): string {
  if (!pattern.test(value)) throw new Error(`errcat bug: ${what} ${JSON.stringify(value)} does not match ${pattern}`);
  return value;
}

/** `base.name` or `base['na-me']`, `[0]` after a list: member names match the schema's memberName pattern. */
function accessOf(base: string, names: readonly string[], list: boolean): string {
  let text = base;
  for (const name of names) text += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${tsString(checked(name, /^[A-Za-z_@$][A-Za-z0-9_@$-]{0,63}$/, 'member name'))}]`;
  return list ? `${text}[0]` : text;
}

function buildReadme(model: CatalogModel): string {
  const examples = pickExamples(model, parameterTypeNames(model.parameters));
  // Codes and namespaces hold only the characters CODE_CHARACTERS allows, none of them special in Markdown code spans or TypeScript strings.
  const code = (value: string): string => checked(value, /^[A-Za-z0-9._/:-]+$/, 'code');
  const namespace = (value: string): string => checked(value, /^[A-Za-z0-9._/:-]+$/, 'namespace');
  const pattern = (value: string): string => checked(value, /^[A-Za-z0-9._/:*-]+$/, 'pattern');
  let event: ReadmeView['event'] = null;
  if (examples.http === null) {
    const definition = model.definitions.find((d) => d.namespace === examples.namespace && d.events !== null);
    // events.field is free text: the example names it only when it reads as a property path.
    const field = definition?.events?.field;
    event = { code: code(examples.code), namespace: namespace(examples.namespace), field: field !== undefined && /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(field) ? field : 'error_code' };
  }
  // For the error handler example: a 500 code that can be sent with no meta, one named "internal" first (`system.internal`, `INTERNAL`).
  const candidates = model.definitions.filter((d) => d.transport === 'http' && d.status === 500 && d.family === null && d.deprecated === null && !(d.meta.kind === 'schema' && d.meta.required));
  const fallback = candidates.find((d) => /(^|[^a-z])internal([^a-z]|$)/i.test(d.code)) ?? candidates[0];
  const trailing = `at the end, for the rest of the code (\`${pattern(examples.trailing.pattern)}\`)`;
  const patternsText = examples.inner
    ? `Patterns: \`*\` inside a pattern stands for one segment (\`${pattern(examples.inner.pattern)}\`); ${trailing}.`
    : `Patterns: \`*\` inside a pattern stands for one segment; ${trailing}.`;
  return loadTemplates().readme({
    readmeBanner: `Generated by errcat from the ${checked(model.id, /^[a-z][a-z0-9_-]*$/, 'catalog id')} catalog (version ${checked(model.version, /^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/, 'version')}). Do not edit: change the catalog and run \`errcat generate\`.`,
    packageName: checked(model.package.name, /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/, 'package name'),
    version: model.version,
    codeSummary: `${countOf(model.wireCodes.length, 'code')} from ${countOf(model.definitions.length, 'definition')}`,
    http: examples.http && { code: code(examples.http.code), namespace: namespace(examples.http.namespace) },
    event,
    errorAccess: accessOf('checked.envelope', model.envelope.body.errorMember === null ? [] : [model.envelope.body.errorMember], model.envelope.body.list),
    codeAccess: accessOf('error', [model.envelope.body.codeMember], false),
    requestIdHeader: model.envelope.requestIdHeader === null ? null : checked(model.envelope.requestIdHeader, /^[A-Za-z0-9-]{1,64}$/, 'request ID header'),
    fallback: fallback === undefined ? null : { code: code(fallback.code), status: 500, message: 'Internal error' },
    patternsText,
  });
}

/** Renders the whole package: sources, compiled JavaScript and declarations, package.json, README. */
export function renderTypeScript(model: CatalogModel, partSize: number = DEFAULT_PART_SIZE): OutputFile[] {
  const files: OutputFile[] = [
    { path: 'typescript/package.json', contents: buildPackageJson(model), format: 'none' },
    { path: 'typescript/README.md', contents: buildReadme(model), format: 'markdown' },
    ...renderPackageChangelog(model),
  ];
  const banner = lineComment(bannerText(model));
  // One file at a time: the compiler's objects for a file are garbage once
  // its outputs are strings, so the heap holds one part's syntax tree at most.
  for (const { module, source } of renderTypeScriptSources(model, partSize)) {
    const compiled = compileModule(module, source, banner);
    files.push(
      { path: `typescript/src/${module}.ts`, contents: source, format: 'none' },
      { path: `typescript/dist/${module}.js`, contents: compiled.js, format: 'none' },
      { path: `typescript/dist/${module}.js.map`, contents: compiled.jsMap, format: 'none' },
      { path: `typescript/dist/${module}.d.ts`, contents: compiled.dts, format: 'none' },
      { path: `typescript/dist/${module}.d.ts.map`, contents: compiled.dtsMap, format: 'none' },
      // The CommonJS build: the same declarations, in a folder whose package.json makes them CommonJS for TypeScript too.
      { path: `typescript/dist/${CJS_DIR}/${module}.js`, contents: compiled.cjs, format: 'none' },
      { path: `typescript/dist/${CJS_DIR}/${module}.js.map`, contents: compiled.cjsMap, format: 'none' },
      { path: `typescript/dist/${CJS_DIR}/${module}.d.ts`, contents: compiled.dts, format: 'none' },
      { path: `typescript/dist/${CJS_DIR}/${module}.d.ts.map`, contents: compiled.cjsDtsMap, format: 'none' },
    );
  }
  files.push({ path: `typescript/dist/${CJS_DIR}/package.json`, contents: `${stringifyJson({ type: 'commonjs' }, null, 2)}\n`, format: 'none' });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The target registered in targets/index.ts: `errcat generate --target typescript`. */
export const typescriptTarget: Target = {
  name: 'typescript',
  dir: 'typescript',
  description: 'an npm package: typed codes, meta and envelopes, catalog data and runtime helpers (typescript/)',
  render(model): OutputFile[] {
    return renderTypeScript(model);
  },
};
