/**
 * What identifies a code besides the code itself, compared with its own
 * kinds instead of a generic model-changed: the catalog's declared second
 * identifiers (`catalog.identifiers`) and each code's values of them, the
 * names derived from a code (constant, type, anchor), and the catalog
 * settings that shape how codes are written and read (code syntax, order,
 * wording).
 *
 * Identifiers are looked up by clients (`fromIdentifier('sqlstate',
 * '23505')`, a gRPC number in a log line): one removed or changed is
 * breaking, one added is compatible. A declaration removed takes its values
 * along and is reported once, as is one added with its values.
 */
import { stableStringify } from '../meta-schema.js';
import type { CatalogModel, ErrorDefinition, IdentifierModel, WireCode } from '../model.js';
import type { Emit } from './model.js';
import type { Anchor } from './types.js';

const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);
const header = (...path: string[]): Anchor => ({ on: 'header', path: ['catalog', ...path] });

type Values = readonly { readonly name: string; readonly value: string | number }[];

/** The declared identifiers; [] in a model written before they existed. */
function declaredOf(model: CatalogModel): readonly IdentifierModel[] {
  return (model as { identifiers?: readonly IdentifierModel[] }).identifiers ?? [];
}

/** A definition's identifier values; [] in a model written before they existed. */
function valuesOf(d: ErrorDefinition): Values {
  return (d as { identifiers?: Values }).identifiers ?? [];
}

/**
 * The declarations of `catalog.identifiers`, by name. Returns the names
 * whose values per code are not compared again: declared on one side only
 * (their values came or went with the declaration).
 */
export function compareIdentifierDeclarations(before: CatalogModel, after: CatalogModel, emit: Emit): ReadonlySet<string> {
  const a = new Map(declaredOf(before).map((i) => [i.name, i]));
  const b = new Map(declaredOf(after).map((i) => [i.name, i]));
  const settled = new Set<string>();
  const holders = (model: CatalogModel, name: string) => model.definitions.filter((d) => valuesOf(d).some((v) => v.name === name)).map((d) => d.code);
  for (const [name, x] of a) {
    const y = b.get(name);
    if (!y) {
      settled.add(name);
      const codes = holders(before, name);
      emit('identifier-removed', '', `identifiers.${name}`, x, null, 'changed', `identifier ${name} removed${codes.length > 0 ? ` with its values on ${codes.join(', ')}` : ''}: fromIdentifier('${name}', …) stops compiling, and clients that look codes up by it find none`, header('identifiers'));
      continue;
    }
    if (x.type !== y.type) emit('identifier-changed', '', `identifiers.${name}.type`, x.type, y.type, 'changed', `identifier ${name}: type ${x.type} → ${y.type}: lookups with the old type stop compiling and find nothing`, header('identifiers', name, 'type'));
    if (x.title !== y.title || !same(x.description, y.description)) emit('identifier-wording', '', `identifiers.${name}`, x, y, 'none', `identifier ${name}: title or description reworded`, header('identifiers', name));
  }
  for (const [name, y] of b) {
    if (a.has(name)) continue;
    settled.add(name);
    const codes = holders(after, name);
    emit('identifier-added', '', `identifiers.${name}`, null, y, 'none', `identifier ${name} declared${codes.length > 0 ? `, with values on ${codes.join(', ')}` : ''}: clients may now look codes up by it`, header('identifiers', name));
  }
  return settled;
}

/** One code's identifier values, name by name, except those `settled` by their declaration. */
export function compareDefinitionIdentifiers(code: string, a: ErrorDefinition, b: ErrorDefinition, settled: ReadonlySet<string>, at: (...path: (string | number)[]) => Anchor, emit: Emit): void {
  const before = new Map(valuesOf(a).map((v) => [v.name, v.value]));
  const after = new Map(valuesOf(b).map((v) => [v.name, v.value]));
  for (const [name, value] of before) {
    if (settled.has(name)) continue;
    if (!after.has(name)) emit('identifier-removed', code, `identifiers.${name}`, value, null, 'changed', `identifier ${name} ${JSON.stringify(value)} removed: clients that look the code up by it find none`, at('identifiers'));
    else if (after.get(name) !== value) emit('identifier-changed', code, `identifiers.${name}`, value, after.get(name), 'changed', `identifier ${name} ${JSON.stringify(value)} → ${JSON.stringify(after.get(name))}: clients that look the code up by the old value find none, or another code`, at('identifiers', name));
  }
  for (const [name, value] of after) {
    if (settled.has(name) || before.has(name)) continue;
    emit('identifier-added', code, `identifiers.${name}`, null, value, 'none', `identifier ${name} ${JSON.stringify(value)} added: clients may now look the code up by it`, at('identifiers', name));
  }
}

/**
 * The names derived from a code that stays on the wire: a constant or type
 * name that changes (a code syntax's name_prefix, errcat's derivation)
 * leaves the package, which is breaking; an anchor that changes moves docs
 * links only.
 */
export function compareDerivedNames(before: WireCode, after: WireCode, label: string, emit: Emit): void {
  const x = before.names as WireCode['names'] | undefined;
  const y = after.names as WireCode['names'] | undefined;
  if (!x || !y) return;
  const anchor: Anchor = { on: 'code', code: after.definition, path: [] };
  if (x.constant !== y.constant || x.type !== y.type) {
    emit('derived-name-changed', label, 'names', { constant: x.constant, type: x.type }, { constant: y.constant, type: y.type }, 'changed', `${before.code}: constant ${x.constant} → ${y.constant}, type ${x.type} → ${y.type}: code that imports the old names stops compiling`, anchor);
  } else if (x.anchor !== y.anchor) {
    emit('anchor-changed', label, 'names.anchor', x.anchor, y.anchor, 'none', `${before.code}: docs anchor #${x.anchor} → #${y.anchor}: links into the reference move`, anchor);
  }
}

/** Catalog settings that change how codes are written, listed and worded, not what a response holds. */
export function compareSettings(before: CatalogModel, after: CatalogModel, emit: Emit): void {
  const a = before as Partial<CatalogModel>;
  const b = after as Partial<CatalogModel>;
  // Each code, and every name derived from it, is compared on the wire: the rule itself is for people writing new codes.
  if (a.codeSyntax !== undefined && b.codeSyntax !== undefined && !same(a.codeSyntax, b.codeSyntax)) {
    emit('code-syntax-changed', '', 'code_syntax', a.codeSyntax, b.codeSyntax, 'none', 'the code syntax changed (codes, and the names derived from them, are compared one by one)', header('code_syntax'));
  }
  if (a.order !== undefined && b.order !== undefined && a.order !== b.order) {
    emit('order-changed', '', 'order', a.order, b.order, 'none', `lists in ${b.order === 'code' ? 'code order' : 'the order written'} instead of ${a.order === 'code' ? 'code order' : 'the order written'}: the reference and the unions list codes differently, each keeps its contract`, header('order'));
  }
  if (a.wording !== undefined && b.wording !== undefined && !same(a.wording, b.wording)) {
    emit('wording-changed', '', 'wording', a.wording, b.wording, 'none', 'the docs wording of retry advice changed', header('wording'));
  }
}
