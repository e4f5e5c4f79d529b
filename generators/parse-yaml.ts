/**
 * Stage 1b: YAML text to plain data, refusing what a catalog has no use for
 * and what hostile input uses (aliases, merge keys, tags, YAML 1.1 scalars,
 * duplicate keys, deep nesting, more tokens than the limits allow: see
 * yaml-reader.ts).
 *
 * Costs measured on a 100,000-code file: the `yaml` library's own duplicate
 * key check is quadratic in the size of a mapping (each key is compared with
 * every earlier one), so it is off and {@link checkNodes} does it with one
 * Set per mapping. The Document itself is dropped after parsing; positions
 * are looked up again, lazily, only for files that have findings.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { DataPath, Finding } from './diagnostics.js';
import { quote } from './diagnostics.js';
import type { Limits } from './options.js';
import { recordDocumentKeyOrder } from './key-order.js';
import { PARSE_OPTIONS, readYamlDocument } from './yaml-reader.js';

/** Plain scalars that YAML 1.1 (and so many other tools) reads as booleans or numbers. */
// Single-letter y and n are booleans in the 1.1 spec but not in PyYAML or most tools; flagging them would mostly hit keys like x and y.
const YAML11_BOOLEAN = /^(yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/;
const YAML11_NUMBER = /^[-+]?(0[0-7_]+|0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|[0-9][0-9_]*_[0-9_]*(\.[0-9_]*)?)$/;

/** A parsed file: its data, or undefined where the YAML was unusable. */
export interface ParsedYaml {
  data: unknown;
  findings: Finding[];
  /** Lexical tokens the file holds (counted up to its budget): for the catalog's budget. */
  tokens: number;
}

/**
 * How many lexical tokens a file may have before its Document is built,
 * and which rule to report when it has more: the file's own limit, or what
 * is left of the catalog's.
 */
export interface TokenBudget {
  tokens: number;
  rule: 'yaml-too-large' | 'catalog-too-large';
}

/**
 * YAML 1.2 reads a lone CR as a line break (and a scalar's line breaks as
 * LF); the `yaml` library does not, and then misreads a CR-only file as one
 * long line. Replacing each lone CR by LF keeps every offset, so positions
 * stay right and count CR-only lines the way editors do.
 */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Parses one catalog file's text. Never throws for bad input. */
export function parseYaml(file: string, text: string, limits: Limits, budget: TokenBudget = { tokens: limits.maxFileTokens, rule: 'yaml-too-large' }): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  let read: ReturnType<typeof readYamlDocument>;
  try {
    read = readYamlDocument(text, lineCounter, budget.tokens);
  } catch (error) {
    // The composer recurses per nesting level; thousands of `[` overflow it.
    if (error instanceof RangeError) {
      return { data: undefined, findings: [tooDeep(file, [], limits, { line: 1, column: 1 })], tokens: 0 };
    }
    throw error;
  }
  const { doc, stop, tokens } = read;
  const findings: Finding[] = read.versions.map((v) => ({
    rule: 'yaml-version' as const,
    message: `%YAML directive ${quote(v.version)}: errcat reads YAML 1.2 only (1.1 reads yes, no, 010 and 1:20 differently); remove the directive`,
    file,
    path: [],
    position: at(v.offset),
  }));
  if (stop || !doc) {
    const what = budget.rule === 'catalog-too-large' ? `the catalog's YAML has more than ${limits.maxCatalogTokens} tokens in all (limit catalog-tokens)` : `the file has more than ${budget.tokens} YAML tokens (limit file-tokens)`;
    findings.push({ rule: budget.rule, message: `${what}: scalars, indicators, comments and line breaks; errcat stopped reading here`, file, path: [], position: at(stop?.offset ?? 0) });
    return { data: undefined, findings, tokens };
  }
  // An unknown tag is only a warning to the parser; checkNodes reports every tag.
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')];
  for (const problem of problems) {
    // The parser turns its own stack overflow on deep nesting into an error.
    const overflow = problem.message.includes('Maximum call stack size exceeded');
    findings.push({
      rule: overflow ? 'yaml-too-deep' : 'yaml-syntax',
      message: overflow ? 'nesting is too deep to parse' : firstLine(problem.message),
      file,
      path: [],
      position: at(problem.pos[0]),
    });
  }
  if (findings.length > 0) return { data: undefined, findings, tokens };

  const nodeFindings = checkNodes(file, doc, lineCounter, limits);
  // An ambiguous scalar still has one YAML 1.2 reading: keep the data so
  // that the rest of the file is checked too. Anything else makes it unreliable.
  const usable = nodeFindings.every((f) => f.rule === 'yaml-ambiguous-scalar' || f.rule === 'yaml-non-finite');
  if (!usable) return { data: undefined, findings: nodeFindings, tokens };
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  // Authored order survives integer-like keys (23505, 404), which plain objects list first.
  recordDocumentKeyOrder(doc.contents, data);
  return { data, findings: nodeFindings, tokens };
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

function tooDeep(file: string, path: DataPath, limits: Limits, position?: { line: number; column: number }): Finding {
  return {
    rule: 'yaml-too-deep',
    message: `nesting is deeper than ${limits.maxYamlDepth} levels`,
    file,
    path,
    ...(position ? { position } : {}),
  };
}

/**
 * Walks every node once: duplicate and complex keys, aliases, anchors, merge
 * keys, tags, YAML 1.1 scalars and depth. Iterative, so depth cannot
 * overflow the stack.
 */
function checkNodes(file: string, doc: Document.Parsed, lines: LineCounter, limits: Limits): Finding[] {
  const findings: Finding[] = [];
  const at = (node: YamlNode | null | undefined) => positionOf(node, lines);
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || node === undefined) continue;
    if (depth > limits.maxYamlDepth) {
      findings.push(tooDeep(file, [], limits, at(node as YamlNode)));
      break;
    }
    if (isAlias(node)) {
      findings.push({ rule: 'yaml-alias', message: `alias *${node.source} is refused; write the value out`, file, path: [], position: at(node) });
      continue;
    }
    const yamlNode = node as YamlNode;
    if (yamlNode.anchor) {
      findings.push({ rule: 'yaml-alias', message: `anchor &${yamlNode.anchor} is refused; write the value out`, file, path: [], position: at(yamlNode) });
    }
    if (yamlNode.tag) {
      findings.push({ rule: 'yaml-tag', message: `tag ${quote(yamlNode.tag)} is refused; catalog values are plain`, file, path: [], position: at(yamlNode) });
    }
    if (isScalar(node)) {
      checkScalar(file, node, at(node), findings);
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || (key.value !== null && typeof key.value === 'object')) {
          findings.push({ rule: 'yaml-complex-key', message: 'mapping keys must be plain strings or numbers', file, path: [], position: at(key as YamlNode) });
          continue;
        }
        if (key.type === Scalar.PLAIN && key.source === '<<') {
          findings.push({ rule: 'yaml-merge-key', message: 'merge key << is refused; write the keys out', file, path: [], position: at(key) });
        }
        // Keys become object properties: 1, "1" and 1.0 would silently collide.
        const name = String(key.value);
        if (seen.has(name)) {
          findings.push({ rule: 'yaml-duplicate-key', message: `duplicate key ${quote(name)}`, file, path: [], position: at(key) });
        }
        seen.add(name);
        stack.push({ node: key, depth: depth + 1 }, { node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (isPair(node)) {
      stack.push({ node: node.key, depth: depth + 1 }, { node: node.value, depth: depth + 1 });
    }
  }
  return findings.sort((a, b) => a.position!.line - b.position!.line || a.position!.column - b.position!.column);
}

function checkScalar(file: string, node: Scalar, position: { line: number; column: number }, findings: Finding[]): void {
  if (typeof node.value === 'number' && !Number.isFinite(node.value)) {
    findings.push({ rule: 'yaml-non-finite', message: `${quote(node.source ?? String(node.value))} is not a finite number; JSON, TypeScript data and OpenAPI JSON cannot carry it`, file, path: [], position });
    return;
  }
  if (node.type !== Scalar.PLAIN || typeof node.source !== 'string') return;
  if (YAML11_BOOLEAN.test(node.source) || YAML11_NUMBER.test(node.source)) {
    findings.push({
      rule: 'yaml-ambiguous-scalar',
      message: `${quote(node.source)} reads as ${describe(node.value)} here but differently in YAML 1.1 tools; quote it`,
      file,
      path: [],
      position,
    });
  }
}

function describe(value: unknown): string {
  return typeof value === 'string' ? 'a string' : `${typeof value} ${String(value)}`;
}

function positionOf(node: YamlNode | null | undefined, lines: LineCounter): { line: number; column: number } {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** Looks up many paths in one parsed document, indexing each mapping once. */
export class Locator {
  private readonly keyIndex = new WeakMap<object, Map<string, { key: YamlNode; value: YamlNode | null }>>();

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Builds a locator for a file's text. */
  static fromText(text: string): Locator {
    const lineCounter = new LineCounter();
    return new Locator(parseDocument(text, { ...PARSE_OPTIONS, lineCounter }), lineCounter);
  }

  find(path: DataPath, at: 'key' | 'value' = 'value'): { line: number; column: number } {
    let node: unknown = this.doc.contents;
    let best: YamlNode | null = (node as YamlNode) ?? null;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const last = i === path.length - 1;
      if (isMap(node)) {
        const entry = this.entries(node).get(String(segment));
        if (!entry) break;
        best = last && at === 'key' ? entry.key : (entry.value ?? entry.key);
        node = entry.value;
      } else if (isSeq(node) && /^\d+$/.test(String(segment))) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        best = item as YamlNode;
        node = item;
      } else {
        break;
      }
    }
    return positionOf(best, this.lines);
  }

  private entries(map: { items: unknown[] }) {
    let index = this.keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const name = String(item.key.value);
        if (!index.has(name)) index.set(name, { key: item.key, value: (item.value as YamlNode | null) ?? null });
      }
      this.keyIndex.set(map, index);
    }
    return index;
  }
}
