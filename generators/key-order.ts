/**
 * The order of a mapping's keys, as the YAML document writes them, kept
 * beside the plain object the parser made of it.
 *
 * Why a side record: a JavaScript object lists integer-like keys (`23505`,
 * `404`, `0`) first, in numeric order, whatever order they were written in,
 * so `Object.keys` cannot be trusted for authored order (STYLE.md: "authored
 * order is read explicitly from the YAML document's own sequence of keys").
 * The record is a non-enumerable symbol property: JSON.stringify, ajv,
 * Object.keys and spreads never see it, and it is set only on the objects
 * whose written order differs from `Object.keys` (so, on most catalogs, on
 * none), which keeps it cheap on 100,000 codes.
 *
 * Normalization uses the same record to mark the `properties` maps of meta
 * schemas with the order the model chose (authored or by name); the
 * serializers and the TypeScript type printer read a marked map through
 * {@link keysInOrder} and every other map in code-unit order.
 */
import { isMap, isPair, isScalar, isSeq } from 'yaml';

const KEY_ORDER: unique symbol = Symbol('errcat.keyOrder');

type Ordered = { [KEY_ORDER]?: readonly string[] };

/** The object's keys in their recorded order, or `Object.keys` order when none is recorded. */
export function keysInOrder(value: object): string[] {
  const recorded = (value as Ordered)[KEY_ORDER];
  return recorded ? [...recorded] : Object.keys(value);
}

/** True when the object's key order is recorded: a map whose order is meaningful (a meta schema's `properties`). */
export function hasKeyOrder(value: object): boolean {
  return (value as Ordered)[KEY_ORDER] !== undefined;
}

/**
 * Records `keys` as the object's key order and returns it. `keys` must be
 * exactly the object's own keys.
 */
export function withKeyOrder<T extends object>(value: T, keys: readonly string[]): T {
  Object.defineProperty(value, KEY_ORDER, { value: Object.freeze([...keys]), enumerable: false, writable: false, configurable: true });
  return value;
}

/**
 * Walks a parsed YAML node and the plain data `toJS` made of it in step,
 * recording the document's key order on every object whose `Object.keys`
 * order differs (only objects with integer-like keys). Iterative: depth is
 * bounded by the parser's limits, but no stack is needed.
 */
export function recordDocumentKeyOrder(root: unknown, data: unknown): void {
  const stack: [unknown, unknown][] = [[root, data]];
  while (stack.length > 0) {
    const [node, value] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (isMap(node) && !Array.isArray(value)) {
      const written: string[] = [];
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        written.push(key);
        stack.push([pair.value, (value as Record<string, unknown>)[key]]);
      }
      const actual = Object.keys(value);
      if (actual.length === written.length && actual.some((k, i) => k !== written[i])) withKeyOrder(value, written);
    } else if (isSeq(node) && Array.isArray(value)) {
      node.items.forEach((item, i) => stack.push([item, value[i]]));
    }
  }
}
