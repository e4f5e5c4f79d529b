/**
 * `$ref` chains that never reach a value: `a: {$ref: b}`, `b: {$ref: a}`, or
 * a schema that refers to itself through `allOf`. Validating with one would
 * evaluate the same schema at the same place of the instance forever (ajv
 * overflowed its stack: "Maximum call stack size exceeded"). Recursion that
 * goes through `properties`, `items` and the like moves into the instance
 * and ends: `children: {items: {$ref: "#"}}` is fine and is not reported.
 */
import type { DataPath } from './diagnostics.js';

/** Keywords whose subschemas apply at the same place of the instance. */
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'];
const IN_PLACE_SCHEMAS = ['not', 'if', 'then', 'else'];

/** A cycle: the JSON Pointers it passes through, and the path of the `$ref` that closes it. */
export interface RefCycle {
  pointers: string[];
  path: DataPath;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const encode = (segment: string | number) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

/** The schema a local JSON Pointer `$ref` names, with its path, or null. */
function resolve(root: unknown, ref: string): { node: unknown; path: (string | number)[] } | null {
  if (ref !== '#' && !ref.startsWith('#/')) return null;
  let node: unknown = root;
  const path: (string | number)[] = [];
  for (const raw of ref === '#' ? [] : ref.slice(2).split('/')) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return null;
    path.push(segment);
  }
  return { node, path };
}

/** Every cycle of in-place `$ref`s in a schema (each reported once, at the `$ref` that closes it). Iterative. */
export function findRefCycles(root: unknown): RefCycle[] {
  const cycles: RefCycle[] = [];
  const done = new Set<string>();
  // Depth-first from every schema node reachable by a $ref; `onPath` holds the chain being followed.
  const starts: (string | number)[][] = [];
  const collect: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (collect.length > 0) {
    const { value, path } = collect.pop()!;
    if (Array.isArray(value)) value.forEach((v, i) => collect.push({ value: v, path: [...path, i] }));
    else if (isObject(value)) {
      if (typeof value.$ref === 'string') starts.push(path);
      for (const [k, v] of Object.entries(value)) collect.push({ value: v, path: [...path, k] });
    }
  }
  const pointerOf = (path: readonly (string | number)[]) => `#${path.map((s) => `/${encode(s)}`).join('')}`;
  for (const start of starts) {
    const onPath = new Map<string, number>();
    const chain: string[] = [];
    const stack: { path: (string | number)[]; leave: boolean }[] = [{ path: start, leave: false }];
    while (stack.length > 0) {
      const { path, leave } = stack.pop()!;
      const pointer = pointerOf(path);
      if (leave) {
        onPath.delete(pointer);
        chain.pop();
        done.add(pointer);
        continue;
      }
      if (done.has(pointer) || onPath.has(pointer)) continue;
      const node = resolve(root, pointer)?.node;
      if (!isObject(node)) continue;
      onPath.set(pointer, chain.length);
      chain.push(pointer);
      stack.push({ path, leave: true });
      const next: (string | number)[][] = [];
      if (typeof node.$ref === 'string') {
        const target = resolve(root, node.$ref);
        if (target) {
          const targetPointer = pointerOf(target.path);
          if (onPath.has(targetPointer)) {
            cycles.push({ pointers: [...chain.slice(onPath.get(targetPointer)), targetPointer], path: [...path, '$ref'] });
          } else {
            next.push(target.path);
          }
        }
      }
      for (const k of IN_PLACE_LISTS) if (Array.isArray(node[k])) (node[k] as unknown[]).forEach((_, i) => next.push([...path, k, i]));
      for (const k of IN_PLACE_SCHEMAS) if (isObject(node[k])) next.push([...path, k]);
      for (const n of next) {
        const p = pointerOf(n);
        if (onPath.has(p)) cycles.push({ pointers: [...chain.slice(onPath.get(p)), p], path: n });
        else stack.push({ path: n, leave: false });
      }
    }
  }
  return cycles;
}
