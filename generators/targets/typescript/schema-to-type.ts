/**
 * JSON Schema to TypeScript types, for the subset catalogs use in `meta`:
 * objects (properties, required, additionalProperties), enum, const,
 * string/number/integer/boolean/null, arrays, $ref to local $defs and to
 * shared schemas (`#/schemas/<Name>`, typed as the shared schema's type), and
 * oneOf/anyOf as unions. Anything else becomes `unknown`, with a note in the
 * JSDoc saying which keyword was not converted.
 *
 * Linear in the schema's size: every node is converted once, and $ref is
 * printed as a reference to a named type, never inlined (inlining can blow
 * up exponentially and never ends on recursive schemas). Recursion follows
 * the schema's nesting, which the validator bounds (32 by default);
 * MAX_DEPTH guards against a caller that skipped validation.
 */
import { jsDoc, tsIdentifier, tsLiteral, tsPropertyKey, tsString, type DocComment, type DocTag } from '../../escape/typescript.js';
import type { JsonSchema } from '../../model.js';
import { keysInOrder } from '../../key-order.js';
import { sharedRefName } from '../../shared-schemas.js';
import { PRINT_WIDTH, printUnionAlias, printUnionProperty } from './layout.js';
import { textWidth } from '../../text-width.js';

const MAX_DEPTH = 64;

/** A converted type, before layout. */
type TypeNode =
  | { readonly kind: 'atom'; readonly text: string }
  | { readonly kind: 'union'; readonly members: readonly TypeNode[] }
  | { readonly kind: 'array'; readonly item: TypeNode }
  | { readonly kind: 'object'; readonly properties: readonly PropertyNode[]; readonly index: TypeNode | null };

interface PropertyNode {
  readonly name: string;
  readonly required: boolean;
  readonly doc: DocComment | null;
  readonly type: TypeNode;
}

/** How $refs are named: the root, and each of its $defs. */
interface RefNames {
  readonly root: string;
  readonly defs: ReadonlyMap<string, string>;
  /** Shared meta schemas (`#/schemas/<Name>`), by name: their type names. */
  readonly shared: ReadonlyMap<string, string>;
  /** Family parameters' unions, by their values' set ({@link parameterKey}): a string enum of exactly those values is typed as the union. */
  readonly parameters: ReadonlyMap<string, string>;
  /** The parameter unions the converted types name, filled in as they are converted. */
  readonly usedParameters: Set<string>;
}

/** The key of a set of string values: sorted, one per line (values hold no line break: they are identifiers). */
export function parameterKey(values: readonly string[]): string {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
}

const atom = (text: string): TypeNode => ({ kind: 'atom', text });
const UNKNOWN = atom('unknown');

/** Keywords that only constrain values; they are documented, not typed. */
const DOC_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems'] as const;

/** Keywords that carry no type information of their own. */
const IGNORED_KEYWORDS = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'uniqueItems', 'multipleOf', ...DOC_KEYWORDS]);

class Converter {
  constructor(private readonly refs: RefNames) {}

  /** Converts one schema; `notes` collects what could not be converted, for the enclosing JSDoc. */
  convert(schema: unknown, depth: number, notes: string[]): TypeNode {
    if (depth > MAX_DEPTH) throw new Error(`errcat bug: meta schema nests deeper than ${MAX_DEPTH} levels; the validator should have rejected it`);
    if (schema === true) return UNKNOWN;
    if (schema === false) return atom('never');
    if (!isObject(schema)) {
      notes.push('A malformed schema is typed as unknown.');
      return UNKNOWN;
    }
    if (typeof schema.$ref === 'string') return this.convertRef(schema.$ref, notes);
    if ('const' in schema) return literalNode(schema.const, notes);
    if (Array.isArray(schema.enum)) {
      // The same values as a family parameter: the parameter's exported union, not a copy of it.
      const values = schema.enum;
      const union = values.every((v) => typeof v === 'string') ? this.refs.parameters.get(parameterKey(values as string[])) : undefined;
      if (union !== undefined && (schema.type === undefined || schema.type === 'string')) {
        this.refs.usedParameters.add(union);
        return atom(union);
      }
      return unionOf(values.map((v) => literalNode(v, notes)));
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = schema[keyword];
      if (Array.isArray(branches)) return unionOf(branches.map((b) => this.convert(b, depth + 1, notes)));
    }
    for (const keyword of ['allOf', 'not', 'if', 'patternProperties', 'prefixItems', 'dependentSchemas', '$dynamicRef']) {
      if (keyword in schema) {
        notes.push(`The schema uses \`${keyword}\`, which errcat does not convert to a type.`);
        return UNKNOWN;
      }
    }
    const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? null : [schema.type];
    if (types === null) return 'properties' in schema ? this.convertObject(schema, depth, notes) : UNKNOWN;
    return unionOf(types.map((t) => this.convertType(t, schema, depth, notes)));
  }

  private convertType(type: unknown, schema: JsonSchema, depth: number, notes: string[]): TypeNode {
    switch (type) {
      case 'string':
        return atom('string');
      case 'number':
      case 'integer':
        return atom('number');
      case 'boolean':
        return atom('boolean');
      case 'null':
        return atom('null');
      case 'array':
        return { kind: 'array', item: 'items' in schema ? this.convert(schema.items, depth + 1, notes) : UNKNOWN };
      case 'object':
        return this.convertObject(schema, depth, notes);
      default:
        notes.push(`The schema type ${JSON.stringify(type)} is typed as unknown.`);
        return UNKNOWN;
    }
  }

  private convertObject(schema: JsonSchema, depth: number, notes: string[]): TypeNode {
    const props = isObject(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []);
    // The model's order (authored or by name), recorded on the properties map by normalization.
    const names = keysInOrder(props);
    const properties = names.map((name): PropertyNode => {
      const propNotes: string[] = [];
      const child = props[name];
      const type = this.convert(child, depth + 1, propNotes);
      return { name, required: required.has(name), type, doc: propertyDoc(child, propNotes) };
    });
    const extra = schema.additionalProperties;
    let index: TypeNode | null;
    if (extra === false) index = null;
    else if (extra === undefined || extra === true || properties.length > 0) {
      // Declared properties must fit the index signature, so with any of
      // them only `unknown` is sound.
      index = UNKNOWN;
    } else index = this.convert(extra, depth + 1, notes);
    if (properties.length === 0 && index === null) return atom('Record<string, never>');
    return { kind: 'object', properties, index };
  }

  private convertRef(ref: string, notes: string[]): TypeNode {
    if (ref === '#') return atom(this.refs.root);
    const sharedName = sharedRefName(ref);
    if (sharedName !== null) {
      const type = this.refs.shared.get(sharedName);
      if (type !== undefined) return atom(type);
      notes.push(`The reference ${ref} names no shared schema; typed as unknown.`);
      return UNKNOWN;
    }
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const name = match ? this.refs.defs.get(decodePointerSegment(match[1]!)) : undefined;
    if (name === undefined) {
      notes.push(`The reference ${ref} is not to a $defs entry of this schema; typed as unknown.`);
      return UNKNOWN;
    }
    return atom(name);
  }
}

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function isObject(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function literalNode(value: unknown, notes: string[]): TypeNode {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return atom(tsLiteral(value));
  notes.push('A non-primitive const or enum value is typed as unknown.');
  return UNKNOWN;
}

/** A union, flattened and without repeated members; one member is itself. */
function unionOf(members: readonly TypeNode[]): TypeNode {
  const flat: TypeNode[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    for (const part of m.kind === 'union' ? m.members : [m]) {
      const key = part.kind === 'atom' ? part.text : null;
      if (key !== null) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      flat.push(part);
    }
  }
  if (flat.some((m) => m.kind === 'atom' && m.text === 'unknown')) return UNKNOWN;
  if (flat.length === 0) return atom('never');
  return flat.length === 1 ? flat[0]! : { kind: 'union', members: flat };
}

function propertyDoc(schema: unknown, notes: readonly string[]): DocComment | null {
  const paragraphs: string[] = [];
  const tags: DocTag[] = [];
  if (isObject(schema)) {
    if (typeof schema.description === 'string') paragraphs.push(schema.description);
    if (schema.type === 'integer') paragraphs.push('An integer.');
    for (const keyword of DOC_KEYWORDS) {
      const value = schema[keyword];
      if (typeof value === 'number' || typeof value === 'string') tags.push({ tag: keyword, text: String(value) });
    }
    if ('default' in schema) tags.push({ tag: 'defaultValue', text: JSON.stringify(schema.default) ?? '' });
    if (schema.deprecated === true) tags.push({ tag: 'deprecated', text: '' });
  }
  paragraphs.push(...notes);
  return paragraphs.length === 0 && tags.length === 0 ? null : { paragraphs, tags };
}

/** Prints a type whose first line continues the current line, at `indent`. */
function printType(node: TypeNode, indent: number): string {
  switch (node.kind) {
    case 'atom':
      return node.text;
    case 'union':
      return node.members.map((m) => (m.kind === 'union' ? `(${printType(m, indent)})` : printType(m, indent))).join(' | ');
    case 'array': {
      const item = printType(node.item, indent);
      return node.item.kind === 'union' ? `readonly (${item})[]` : `readonly ${item}[]`;
    }
    case 'object':
      return printObject(node, indent);
  }
}

function printObject(node: Extract<TypeNode, { kind: 'object' }>, indent: number): string {
  const inner = indent + 2;
  const lines = ['{'];
  for (const p of node.properties) {
    if (p.doc) lines.push(jsDoc(p.doc, inner));
    lines.push(printProperty(`readonly ${tsPropertyKey(p.name)}${p.required ? '' : '?'}`, p.type, inner));
  }
  if (node.index) lines.push(printProperty('readonly [key: string]', node.index, inner));
  lines.push(`${' '.repeat(indent)}}`);
  return lines.join('\n');
}

function printProperty(head: string, type: TypeNode, indent: number): string {
  const pad = ' '.repeat(indent);
  if (type.kind === 'union' && type.members.every((m) => m.kind === 'atom')) {
    return printUnionProperty(head, type.members.map((m) => printType(m, indent)), indent);
  }
  if (type.kind === 'union') {
    // Prettier breaks a union holding an object after the colon and indents
    // each member under its `| `.
    const members = type.members.map((m) => printType(m, indent + 4));
    return [`${pad}${head}:`, ...members.map((m, i) => `${pad}  | ${m}${i === members.length - 1 ? ';' : ''}`)].join('\n');
  }
  if (type.kind === 'array' && type.item.kind === 'union' && type.item.members.every((m) => m.kind === 'atom')) {
    const members = type.item.members.map((m) => printType(m, indent));
    const flat = `${pad}${head}: readonly (${members.join(' | ')})[];`;
    if (textWidth(flat) <= PRINT_WIDTH) return flat;
    // Like a union alias, Prettier tries the members on one line of their own first.
    const inner = `${pad}  ${members.join(' | ')}`;
    if (textWidth(inner) <= PRINT_WIDTH) return [`${pad}${head}: readonly (`, inner, `${pad})[];`].join('\n');
    return [`${pad}${head}: readonly (`, ...members.map((m) => `${pad}  | ${m}`), `${pad})[];`].join('\n');
  }
  return `${pad}${head}: ${printType(type, indent)};`;
}

/** One generated declaration: its name and its text (with JSDoc). */
export interface TypeDeclaration {
  readonly name: string;
  readonly text: string;
}

/**
 * Converts a meta schema into `export type <name> = …;` plus one declaration
 * per $defs entry (named `<name>_<def>`: derived type names never hold `_`,
 * so these cannot collide with them).
 */
export function schemaToDeclarations(
  name: string,
  schema: JsonSchema,
  doc: DocComment,
  shared: ReadonlyMap<string, string> = new Map(),
  parameters: { readonly byValues: ReadonlyMap<string, string>; readonly used: Set<string> } = { byValues: new Map(), used: new Set() },
): TypeDeclaration[] {
  tsIdentifier(name);
  const defsSchema = isObject(schema.$defs) ? schema.$defs : {};
  const defNames = Object.keys(defsSchema).sort();
  const defs = new Map<string, string>();
  defNames.forEach((def, i) => defs.set(def, tsIdentifier(/^[A-Za-z0-9_$]+$/.test(def) ? `${name}_${def}` : `${name}$${i}`)));
  const converter = new Converter({ root: name, defs, shared, parameters: parameters.byValues, usedParameters: parameters.used });
  const declarations: TypeDeclaration[] = [];
  const rootNotes: string[] = [];
  const root = converter.convert(schema, 0, rootNotes);
  declarations.push({ name, text: printDeclaration(name, root, { paragraphs: [...doc.paragraphs, ...rootNotes], tags: doc.tags }) });
  for (const def of defNames) {
    const defName = defs.get(def)!;
    const notes: string[] = [];
    const node = converter.convert(defsSchema[def], 1, notes);
    const description = isObject(defsSchema[def]) && typeof defsSchema[def].description === 'string' ? [defsSchema[def].description] : [];
    declarations.push({
      name: defName,
      text: printDeclaration(defName, node, { paragraphs: [...description, `The \`$defs\` entry ${tsString(def)} of {@link ${name}}.`, ...notes], tags: [] }),
    });
  }
  return declarations;
}

function printDeclaration(name: string, node: TypeNode, doc: DocComment): string {
  const head = `export type ${name}`;
  const body =
    node.kind === 'union' && node.members.every((m) => m.kind === 'atom')
      ? printUnionAlias(head, node.members.map((m) => printType(m, 0)))
      : `${head} = ${printType(node, 0)};`;
  return `${jsDoc(doc, 0)}\n${body}`;
}
