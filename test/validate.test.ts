/**
 * Every validation rule, each with a bad catalog: given files, want the rule
 * id at a line (never the message wording). The catalogs are written to a
 * temporary folder and go through the real loader, so positions are real.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../generators/diagnostics.js';
import { checkCatalog } from '../generators/pipeline.js';
import { optionsFor, ROOT } from './helpers.js';

const HEADER = `catalog:
  id: demo
  title: Demo
  version: 1.0.0
  package:
    name: "@demo/errors"
  envelope:
    request_id_header: X-Request-ID
parameters:
  cloud:
    values:
      - value: aws
      - value: gcp
sections:
  - id: main
    title: Main
namespaces:
  auth:
    description: Auth
    section: main
  jobs:
    description: Background jobs
    section: main
    transport: event
`;

/** A header declaring a code syntax (line 6) and the namespaces given (from line 13). */
const syntaxHeader = (syntax: string, namespaces: string) =>
  `catalog:\n  id: demo\n  title: Demo\n  version: 1.0.0\n  package: {name: "@demo/errors"}\n  code_syntax: ${syntax}\n  envelope:\n    request_id_header: X-Request-ID\nsections:\n  - id: main\n    title: Main\nnamespaces:\n${namespaces}`;

/** A code file whose first code starts on line 2. */
const codes = (body: string) => `codes:\n${body}`;

const OK_CODE = `  auth.ok:
    status: 401
    description: Fine.
    example:
      message: Fine.
`;

interface Case {
  name: string;
  files: Record<string, string>;
  want: { rule: RuleId; file?: string; line: number }[];
  limits?: Partial<ReturnType<typeof optionsFor>['limits']>;
}

/** The base header with a body declaration (indented under envelope), which starts on line 9. */
const withBody = (body: string, extra = '') =>
  HEADER.replace('  envelope:\n    request_id_header: X-Request-ID\n', `${extra}  envelope:\n    request_id_header: X-Request-ID\n    body:\n${body}`);

const cases: Case[] = [
  {
    name: 'yaml syntax error',
    files: { 'b.yaml': codes('  auth.x:\n    status: [401\n') },
    // The parser notices where the flow sequence should have ended.
    want: [{ rule: 'yaml-syntax', line: 4 }],
  },
  {
    name: 'duplicate keys, including 1 and "1"',
    files: { 'b.yaml': codes(`${OK_CODE}  auth.ok:\n    status: 1\n`), 'c.yaml': 'x-notes:\n  1: a\n  "1": b\n' },
    want: [
      { rule: 'yaml-duplicate-key', file: 'b.yaml', line: 7 },
      { rule: 'yaml-duplicate-key', file: 'c.yaml', line: 3 },
    ],
  },
  {
    name: 'a mapping key that is itself a collection',
    files: { 'b.yaml': 'x-notes:\n  ? [a, b]\n  : c\n' },
    want: [{ rule: 'yaml-complex-key', line: 2 }],
  },
  {
    name: 'anchors and aliases',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: &d Text\n    example:\n      message: *d\n`) },
    want: [
      { rule: 'yaml-alias', line: 4 },
      { rule: 'yaml-alias', line: 6 },
    ],
  },
  {
    name: 'merge keys',
    files: { 'b.yaml': codes(`  auth.a:\n    <<: {status: 401}\n    description: Text\n    example: {message: m}\n`) },
    want: [{ rule: 'yaml-merge-key', line: 3 }],
  },
  {
    name: 'explicit and unknown tags',
    files: { 'b.yaml': codes(`  auth.a:\n    status: !!int "401"\n    description: !custom Text\n    example: {message: m}\n`) },
    want: [
      { rule: 'yaml-tag', line: 3 },
      { rule: 'yaml-tag', line: 4 },
    ],
  },
  {
    name: 'YAML 1.1 surprises: NO, yes, 010, 1:20',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: NO\n    example:\n      message: yes\n  auth.b:\n    status: 010\n    description: "ok"\n    example: {message: 1:20}\n`) },
    want: [
      { rule: 'yaml-ambiguous-scalar', line: 4 },
      { rule: 'yaml-ambiguous-scalar', line: 6 },
      { rule: 'yaml-ambiguous-scalar', line: 8 },
      { rule: 'yaml-ambiguous-scalar', line: 10 },
    ],
  },
  {
    name: 'infinite and not-a-number values',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      properties:\n        n: {type: number, maximum: .inf, enum: [.nan, 1]}\n    example: {message: m}\n`) },
    want: [
      { rule: 'yaml-non-finite', line: 8 },
      { rule: 'yaml-non-finite', line: 8 },
    ],
  },
  {
    name: 'nesting deeper than the limit',
    files: { 'b.yaml': `x-deep: ${'['.repeat(100)}${']'.repeat(100)}\n` },
    want: [{ rule: 'yaml-too-deep', line: 1 }],
  },
  {
    name: 'oversized file',
    files: { 'b.yaml': codes(OK_CODE) },
    limits: { maxFileBytes: 10 },
    want: [{ rule: 'file-too-large', file: 'b.yaml', line: 1 }],
  },
  {
    name: 'schema: unknown field, wrong type, status out of range',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 999\n    description: Text\n    colour: red\n    example: {message: m}\n  auth.b:\n    status: "401"\n    description: Text\n    example: {message: m}\n`) },
    want: [
      { rule: 'schema', line: 3 },
      { rule: 'schema', line: 5 },
      { rule: 'schema', line: 8 },
    ],
  },
  {
    name: 'schema: a code with a character no code may hold',
    files: { 'b.yaml': codes(`  "auth.bad code":\n    status: 401\n    description: Text\n    example: {message: m}\n`) },
    want: [{ rule: 'schema', line: 2 }],
  },
  {
    name: 'code-syntax: the default dotted syntax refuses upper case, one segment, an empty segment',
    files: { 'b.yaml': codes(`  Auth.Bad-Code:\n    status: 401\n    description: Text\n    example: {message: m}\n  auth:\n    status: 401\n    description: Text\n    example: {message: m}\n  auth..x:\n    status: 401\n    description: Text\n    example: {message: m}\n  auth.{cloud}x:\n    status: 401\n    description: Text\n    example: {message: m}\n`) },
    want: [{ rule: 'code-syntax', line: 2 }, { rule: 'code-syntax', line: 6 }, { rule: 'code-syntax', line: 10 }, { rule: 'code-syntax', line: 14 }],
  },
  {
    name: 'code-syntax: a declared vendor syntax checks codes, aliases, family expansions and namespaces',
    files: {
      'a.yaml': syntaxHeader(`{description: 'upper-case words and four digits joined by -', pattern: '[A-Z]+(-[A-Z]+)*-[0-9]{4}', separator: '-'}`, `  SNYK-CLI:\n    description: CLI\n  -BAD:\n    description: Bad\nparameters:\n  area:\n    values: [{value: CLI}, {value: os}]\n`),
      'b.yaml': codes(`  SNYK-CLI-0001:\n    status: 400\n    description: Text\n    aliases: [SNYK-CLI-1]\n    example: {message: m}\n  snyk-cli-0002:\n    status: 400\n    description: Text\n    example: {message: m}\n  SNYK-{area}-0003:\n    status: 400\n    description: Text\n    example: {message: m}\n`),
    },
    want: [{ rule: 'code-syntax', file: 'a.yaml', line: 15 }, { rule: 'code-syntax', line: 5 }, { rule: 'code-syntax', line: 7 }, { rule: 'code-syntax', line: 11 }],
  },
  {
    name: 'code-syntax-pattern-invalid: a pattern RE2 does not take (a backreference)',
    files: { 'a.yaml': syntaxHeader(`{description: words, pattern: '(a)\\1', separator: '-'}`, '  a:\n    description: A\n'), 'b.yaml': codes(`  a-b:\n    status: 400\n    description: Text\n    example: {message: m}\n`) },
    want: [{ rule: 'code-syntax-pattern-invalid', file: 'a.yaml', line: 6 }],
  },
  {
    name: 'namespace-undeclared: a prefix syntax (SQLSTATE classes) and an explicit one',
    files: {
      'a.yaml': syntaxHeader(`{description: 'five characters; the first two are the class', pattern: '[0-9A-Z]{5}', prefix_length: 2}`, `  "23":\n    description: Integrity\n  "230":\n    description: Too long\n`),
      'b.yaml': codes(`  "23505":\n    status: 409\n    description: Text\n    example: {message: m}\n  "42601":\n    status: 400\n    description: Text\n    example: {message: m}\n  "23000":\n    status: 409\n    namespace: "99"\n    description: Text\n    example: {message: m}\n`),
    },
    want: [{ rule: 'code-syntax', file: 'a.yaml', line: 15 }, { rule: 'namespace-undeclared', line: 6 }, { rule: 'namespace-undeclared', line: 12 }],
  },
  {
    name: 'namespace-undeclared: an explicit syntax needs namespace: on every code',
    files: {
      'a.yaml': syntaxHeader(`{description: 'SCREAMING_SNAKE_CASE', pattern: '[A-Z]+(_[A-Z]+)*'}`, `  client:\n    description: Client\n`),
      'b.yaml': codes(`  NOT_FOUND:\n    status: 404\n    namespace: client\n    description: Text\n    example: {message: m}\n  ABORTED:\n    status: 409\n    description: Text\n    example: {message: m}\n`),
    },
    want: [{ rule: 'namespace-undeclared', line: 7 }],
  },
  {
    // A file's namespace: its codes without one take it (b.yaml is valid); an undeclared one is reported once, where the file names it.
    name: "namespace-undeclared: a file's top-level namespace",
    files: {
      'a.yaml': syntaxHeader(`{description: 'SCREAMING_SNAKE_CASE', pattern: '[A-Z]+(_[A-Z]+)*'}`, `  client:\n    description: Client\n  server:\n    description: Server\n`),
      'b.yaml': `namespace: client\ncodes:\n  NOT_FOUND:\n    status: 404\n    description: Text\n    example: {message: m}\n  INTERNAL:\n    status: 500\n    namespace: server\n    description: Text\n    example: {message: m}\n`,
      'c.yaml': `namespace: nowhere\ncodes:\n  ABORTED:\n    status: 409\n    description: Text\n    example: {message: m}\n  UNKNOWN:\n    status: 500\n    description: Text\n    example: {message: m}\n`,
    },
    want: [{ rule: 'namespace-undeclared', file: 'c.yaml', line: 1 }],
  },
  {
    // Rules on the model's order: the catalog is otherwise valid, so they are what stops it.
    name: 'same-as-unknown, same-as-not-above',
    files: {
      'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Same as above\n    same_as: auth.a\n    example: {message: m}\n  auth.c:\n    status: 401\n    description: Same as above\n    same_as: auth.a\n    example: {message: m}\n  auth.d:\n    status: 401\n    description: Same as above\n    same_as: auth.nope\n    example: {message: m}\n`),
    },
    want: [{ rule: 'same-as-not-above', line: 14 }, { rule: 'same-as-unknown', line: 19 }],
  },
  {
    // Sorting places each same_as code right below the code it names: two codes cannot both be, so the second is reported.
    name: 'same-as-not-above: under order: code two codes are the same as one',
    files: {
      'a.yaml': HEADER.replace('  version: 1.0.0\n', '  version: 1.0.0\n  order: code\n'),
      'b.yaml': codes(`  auth.z:\n    status: 401\n    description: Text\n    example: {message: m}\n  auth.c:\n    status: 401\n    description: Same as above\n    same_as: auth.z\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Same as above\n    same_as: auth.z\n    example: {message: m}\n`),
    },
    want: [{ rule: 'same-as-not-above', line: 9 }],
  },
  {
    // The code above in the file is sent in events, so it sits in another table: nothing is above in the HTTP one.
    name: 'same-as-not-above: the code above is in the other transport',
    files: {
      'b.yaml': codes(`  jobs.done:\n    description: Text\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Same as above\n    same_as: jobs.done\n    example: {message: m}\n`),
    },
    want: [{ rule: 'same-as-not-above', line: 8 }],
  },
  {
    name: 'identifier-undeclared, identifier-invalid, identifier-duplicate',
    files: {
      'a.yaml': syntaxHeader(`{description: 'words joined by -', separator: '-'}\n  identifiers: {grpc: {title: gRPC code, type: integer}, legacy: {title: Legacy code}}`, `  A:\n    description: A\nparameters:\n  p:\n    values: [{value: x}]\n`),
      'b.yaml': codes(`  A-ONE:\n    status: 400\n    description: Text\n    identifiers: {grpc: 3, nope: x}\n    example: {message: m}\n  A-TWO:\n    status: 400\n    description: Text\n    identifiers: {grpc: 3, legacy: 7}\n    example: {message: m}\n  A-{p}:\n    status: 400\n    description: Text\n    identifiers: {legacy: L}\n    example: {message: m}\n`),
    },
    want: [{ rule: 'identifier-undeclared', line: 5 }, { rule: 'identifier-duplicate', line: 10 }, { rule: 'identifier-invalid', line: 10 }, { rule: 'identifier-invalid', line: 15 }],
  },
  {
    name: 'name-collision: two codes deriving one name, in each syntax',
    files: {
      'a.yaml': syntaxHeader(`{description: 'letters, digits, _ and -, joined by /', separator: /}`, `  auth:\n    description: Auth\n`),
      'b.yaml': codes(`  auth/invalid-email:\n    status: 400\n    description: Text\n    example: {message: m}\n  auth/invalid_email:\n    status: 400\n    description: Text\n    example: {message: m}\n`),
    },
    want: [{ rule: 'name-collision', line: 6 }],
  },
  {
    name: 'name-collision: vendor syntax, codes differing only in case',
    files: {
      'a.yaml': syntaxHeader(`{description: 'words joined by -', separator: '-'}`, `  SNYK:\n    description: Snyk\n`),
      'b.yaml': codes(`  SNYK-CLI-0001:\n    status: 400\n    description: Text\n    example: {message: m}\n  SNYK-cli-0001:\n    status: 400\n    description: Text\n    example: {message: m}\n`),
    },
    want: [{ rule: 'name-collision', line: 6 }],
  },
  {
    name: 'name-collision: prefix syntax, digits first (the name prefix goes before both)',
    files: {
      'a.yaml': syntaxHeader(`{description: five characters, prefix_length: 2}`, `  "23":\n    description: Integrity\n`),
      'b.yaml': codes(`  "2300A":\n    status: 409\n    description: Text\n    example: {message: m}\n  "2300a":\n    status: 409\n    description: Text\n    example: {message: m}\n`),
    },
    want: [{ rule: 'name-collision', line: 6 }],
  },
  {
    name: 'name-collision: explicit syntax, SCREAMING_SNAKE and PascalCase; a code whose anchor is a section id',
    files: {
      'a.yaml': syntaxHeader(`{description: 'letters and _'}`, `  client:\n    description: Client\n`),
      'b.yaml': codes(`  NOT_FOUND:\n    status: 404\n    namespace: client\n    description: Text\n    example: {message: m}\n  NotFound:\n    status: 404\n    namespace: client\n    description: Text\n    example: {message: m}\n  main:\n    status: 400\n    namespace: client\n    description: Text\n    example: {message: m}\n`),
    },
    want: [{ rule: 'name-collision', line: 7 }, { rule: 'name-collision', line: 12 }],
  },
  {
    name: 'no header',
    files: { 'a.yaml': HEADER.replace(/^catalog:[\s\S]*?(?=parameters:)/, ''), 'b.yaml': codes(OK_CODE) },
    want: [{ rule: 'header-missing', file: 'a.yaml', line: 1 }],
  },
  {
    name: 'two headers',
    files: { 'b.yaml': `catalog:\n  id: other\n  title: Other\n  version: 1.0.0\n  package: {name: other}\n  envelope: {request_id_header: X-Id}\n` },
    want: [{ rule: 'header-duplicate', file: 'b.yaml', line: 1 }],
  },
  {
    name: 'a code defined in two files',
    files: { 'b.yaml': codes(OK_CODE), 'c.yaml': codes(OK_CODE) },
    want: [{ rule: 'duplicate-definition', file: 'c.yaml', line: 2 }],
  },
  {
    name: 'an alias that is also a code',
    files: { 'b.yaml': codes(`${OK_CODE}  auth.other:\n    status: 401\n    description: Text\n    aliases: [auth.ok]\n    example: {message: m}\n`) },
    want: [{ rule: 'code-duplicate', line: 10 }],
  },
  {
    name: 'a concrete code that a family expansion also names',
    files: { 'b.yaml': codes(`  auth.{cloud}.down:\n    status: 502\n    description: Text\n    example: {message: m}\n  auth.gcp.down:\n    status: 502\n    description: Text\n    example: {message: m}\n`) },
    want: [{ rule: 'code-duplicate', line: 6 }],
  },
  {
    name: 'a family with two parameters',
    files: { 'b.yaml': codes(`  auth.{cloud}.{cloud}:\n    status: 502\n    description: Text\n    example: {message: m}\n`) },
    want: [{ rule: 'code-family-parameters', line: 2 }],
  },
  {
    name: 'undeclared namespace, for a code and an alias',
    files: { 'b.yaml': codes(`  billing.over:\n    status: 402\n    description: Text\n    example: {message: m}\n  auth.a:\n    status: 401\n    description: Text\n    aliases: [nowhere.a]\n    example: {message: m}\n`) },
    want: [
      { rule: 'namespace-undeclared', line: 2 },
      { rule: 'namespace-undeclared', line: 9 },
    ],
  },
  {
    name: 'undeclared section',
    files: { 'b.yaml': `namespaces:\n  media:\n    description: Media\n    section: nowhere\n` },
    want: [{ rule: 'section-undeclared', line: 4 }],
  },
  {
    name: 'undeclared family parameter and example value',
    files: { 'b.yaml': codes(`  auth.{region}.down:\n    status: 502\n    description: Text\n    example: {message: m}\n  auth.{cloud}.slow:\n    status: 504\n    description: Text\n    example:\n      message: m\n      params:\n        cloud: azure\n`) },
    want: [
      { rule: 'parameter-undeclared', line: 2 },
      { rule: 'parameter-undeclared', line: 12 },
    ],
  },
  {
    name: 'a parameter value listed twice',
    files: { 'b.yaml': `parameters:\n  tier:\n    values:\n      - value: free\n      - value: free\n` },
    want: [{ rule: 'parameter-duplicate-value', line: 5 }],
  },
  {
    name: 'http code without status, event code with one',
    files: { 'b.yaml': codes(`  auth.a:\n    description: Text\n    example: {message: m}\n  jobs.b:\n    status: 500\n    description: Text\n    example: {message: m}\n`) },
    want: [
      { rule: 'status-missing', line: 2 },
      { rule: 'status-on-event', line: 6 },
    ],
  },
  {
    name: 'status forwarding on an event-only code',
    files: { 'b.yaml': codes(`  jobs.b:\n    description: Text\n    status_forwarding: {fallback: 502}\n    example: {message: m}\n`) },
    want: [{ rule: 'status-on-event', line: 4 }],
  },
  {
    name: 'a status that is not an error (warning)',
    files: { 'b.yaml': codes(`  auth.moved:\n    status: 301\n    description: Text\n    example: {message: m}\n`) },
    want: [{ rule: 'status-not-error', line: 3 }],
  },
  {
    name: 'namespaces or parameters that derive the same type name',
    files: { 'b.yaml': `namespaces:\n  pub.del:\n    description: A\n  pub_del:\n    description: B\nparameters:\n  a_b:\n    values: [{value: x}]\n  a__b:\n    values: [{value: y}]\n` },
    want: [
      { rule: 'name-collision', line: 4 },
      { rule: 'name-collision', line: 9 },
    ],
  },
  {
    name: 'a header with a schema error is reported, not missing',
    files: { 'a.yaml': HEADER.replace('  version: 1.0.0\n', ''), 'b.yaml': `${codes(OK_CODE)}catalog:\n  id: again\n` },
    want: [
      { rule: 'schema', file: 'a.yaml', line: 2 },
      { rule: 'header-duplicate', file: 'b.yaml', line: 7 },
    ],
  },
  {
    name: 'meta schema that ajv strict mode rejects',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      properties:\n        n: {type: integer, minimum: "3"}\n    example: {message: m}\n`) },
    want: [{ rule: 'meta-schema-invalid', line: 8 }],
  },
  {
    name: 'a meta unit (x-unit) that is not a string',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      properties:\n        n: {type: integer, x-unit: 5}\n    example: {message: m}\n`) },
    want: [{ rule: 'meta-schema-invalid', line: 6 }],
  },
  {
    name: 'docs status phrases on a line of their own or under a key that is no status, and a sidebar key that is no key',
    files: {
      'a.yaml': HEADER.replace('  envelope:\n', '  docs:\n    status_phrases:\n      499: "Closed\\nRequest"\n      4xx: Client Error\n    front_matter:\n      sidebar_key: "a b"\n  envelope:\n'),
    },
    want: [
      { rule: 'schema', file: 'a.yaml', line: 9 },
      { rule: 'schema', file: 'a.yaml', line: 10 },
      { rule: 'schema', file: 'a.yaml', line: 12 },
    ],
  },
  {
    name: 'meta schema with a remote $ref',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      properties:\n        n:\n          $ref: "https://example.com/s.json"\n    example: {message: m}\n`) },
    want: [{ rule: 'meta-schema-remote-ref', line: 9 }],
  },
  {
    name: 'meta schema nested absurdly deep',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      properties:\n        n: ${'{"not": '.repeat(40)}{}${'}'.repeat(40)}\n    example: {message: m}\n`) },
    want: [{ rule: 'meta-schema-too-deep', line: 8 }],
  },
  {
    name: 'meta pattern that backtracks catastrophically',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      properties:\n        n: {type: string, pattern: "^(a+)+$"}\n    example: {message: m}\n`) },
    want: [{ rule: 'meta-schema-unsafe-pattern', line: 8 }],
  },
  {
    name: 'example that does not match its meta schema',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      required: [n]\n      properties:\n        n: {type: integer}\n    example:\n      message: m\n      meta:\n        n: three\n  auth.b:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      required: [n]\n      properties:\n        n: {type: integer}\n    example:\n      message: m\n`) },
    want: [
      { rule: 'example-invalid', line: 13 },
      { rule: 'example-invalid', line: 22 },
    ],
  },
  {
    name: 'example with meta for a code without meta',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    example:\n      message: m\n      meta: {n: 1}\n`) },
    want: [{ rule: 'example-meta-missing', line: 7 }],
  },
  {
    name: 'deprecated code with a missing, itself, or deprecated replacement',
    files: {
      'b.yaml': codes(`${OK_CODE}  auth.a:\n    status: 401\n    description: Text\n    deprecated: {since: "2", replacement: auth.gone}\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Text\n    deprecated: {since: "2", replacement: auth.b}\n    example: {message: m}\n  auth.c:\n    status: 401\n    description: Text\n    deprecated: {since: "2", replacement: auth.a}\n    example: {message: m}\n`),
    },
    want: [
      { rule: 'deprecated-replacement-unknown', line: 10 },
      { rule: 'deprecated-replacement-self', line: 15 },
      { rule: 'deprecated-replacement-deprecated', line: 20 },
    ],
  },
  {
    name: 'guidance naming unknown codes and patterns',
    files: { 'b.yaml': `${codes(OK_CODE)}guidance:\n  - id: g\n    title: G\n    codes: [auth.ok, auth.missing, "nowhere.*"]\n    body: Text\n` },
    want: [
      { rule: 'guidance-code-unknown', line: 10 },
      { rule: 'guidance-code-unknown', line: 10 },
    ],
  },
  {
    name: 'whitespace-only text: spaces, tab, NBSP, U+3000, U+FEFF, zero-width',
    files: {
      'b.yaml': codes(
        `  auth.a:\n    status: 401\n    description: " "\n    example:\n      message: "\\t"\n  auth.b:\n    status: 401\n    description: "\\u00a0\\u3000"\n    example: {message: "\\ufeff\\u200b\\u202e"}\n`,
      ),
      'c.yaml': 'namespaces:\n  billing:\n    description: "\\u2060"\n',
    },
    want: [
      { rule: 'text-blank', line: 4 },
      { rule: 'text-blank', line: 6 },
      { rule: 'text-blank', line: 9 },
      { rule: 'text-blank', line: 10 },
      { rule: 'text-blank', file: 'c.yaml', line: 3 },
    ],
  },
  {
    name: 'a blank description in a meta schema',
    files: { 'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      properties:\n        plan: { type: string, description: "\\u3000" }\n    example: {message: m}\n`) },
    want: [{ rule: 'text-blank', line: 8 }],
  },
  {
    // Shared schemas are checked like metas: a blank description would reach OpenAPI as `description: ''`.
    name: 'a blank or empty description in a shared schema, at its top and on a property',
    files: {
      'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta: { $ref: "#/schemas/Plan" }\n    example: {message: m}\n`) + 'schemas:\n  Plan:\n    type: object\n    description: ""\n    properties:\n      plan: { type: string, description: "\\u00a0" }\n',
    },
    want: [
      { rule: 'text-blank', line: 10 },
      { rule: 'text-blank', line: 12 },
    ],
  },
  {
    name: 'lone surrogates in a text, in a meta schema key and in example meta',
    files: {
      'b.yaml': codes(
        `  auth.a:\n    status: 401\n    description: "half \\uD800 a pair"\n    meta:\n      type: object\n      properties:\n        "k\\uDC00": { type: string, description: Key. }\n    example:\n      message: m\n      meta: { "k\\uDC00": "v\\uDBFF" }\n`,
      ),
    },
    want: [
      { rule: 'text-lone-surrogate', line: 4 },
      { rule: 'text-lone-surrogate', line: 8 },
      { rule: 'text-lone-surrogate', line: 11 },
    ],
  },
  {
    name: 'a parameter whose union type would take a name of the package (a warning)',
    files: { 'b.yaml': 'parameters:\n  error_code:\n    values:\n      - value: x\n  error_code_parameter:\n    values:\n      - value: y\n' },
    want: [
      { rule: 'parameter-name-reserved', line: 2 },
      { rule: 'parameter-name-reserved', line: 5 },
    ],
  },
  {
    name: 'links, images and definitions in Markdown fields with refused schemes (warnings), allowed ones not reported',
    files: {
      'b.yaml': codes(
        `  auth.a:\n    status: 401\n    description: Text\n    details: "[x](javascript:alert(1)) ok [y](https://example.com) [z](#frag) [m](mailto:a@b.c)"\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Text\n    details: |\n      ![i](data:text/html,x)\n\n      [r]: &#106;avascript:alert(1)\n    example: {message: m}\n`,
      ),
      'c.yaml': 'sections:\n  - id: other\n    title: Other\n    intro: "[p](jav%61script:x) [q](VBScript:x)"\n',
    },
    want: [
      { rule: 'url-scheme-refused', line: 5 },
      { rule: 'url-scheme-refused', line: 10 },
      { rule: 'url-scheme-refused', line: 10 },
      { rule: 'url-scheme-refused', file: 'c.yaml', line: 4 },
      { rule: 'url-scheme-refused', file: 'c.yaml', line: 4 },
    ],
  },
  {
    name: 'a Markdown field whose headings repeat a sibling (warnings); the same text under another parent is not reported',
    files: {
      'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    details: |\n      # Notes\n\n      ## Why\n\n      ## Why\n\n      # Other\n\n      ## Why\n\n      Notes\n      =====\n    example: {message: m}\n`),
    },
    want: [{ rule: 'markdown-heading-duplicate', line: 5 }],
  },
  {
    name: 'two codes that derive the same names',
    files: { 'b.yaml': codes(`  auth.a_b:\n    status: 401\n    description: Text\n    example: {message: m}\n  auth.a.b:\n    status: 401\n    description: Text\n    example: {message: m}\n`) },
    want: [{ rule: 'name-collision', line: 6 }],
  },
  {
    name: 'a body mixing a preset with custom members, an rfc9457 option on jsonapi, and neither form',
    files: { 'a.yaml': withBody('      preset: jsonapi\n      error_member: errors\n      code_member: kind\n') },
    want: [
      { rule: 'body-form', file: 'a.yaml', line: 11 },
      { rule: 'body-form', file: 'a.yaml', line: 12 },
    ],
  },
  {
    name: 'a body that declares no form',
    files: { 'a.yaml': withBody('      media_type: application/json\n') },
    want: [{ rule: 'body-form', file: 'a.yaml', line: 9 }],
  },
  {
    name: 'a custom body without a code member, and one with two',
    files: { 'a.yaml': withBody('      members:\n        - { name: message, value: message }\n') },
    want: [{ rule: 'body-code-missing', file: 'a.yaml', line: 10 }],
  },
  {
    name: 'a custom body with two code members and an optional code',
    files: { 'a.yaml': withBody('      members:\n        - { name: code, value: code, required: false }\n        - { name: kind, value: code }\n') },
    want: [
      { rule: 'body-code-missing', file: 'a.yaml', line: 12 },
      { rule: 'body-form', file: 'a.yaml', line: 11 },
    ],
  },
  {
    name: 'body members sharing a name, and one value carried twice',
    files: {
      'a.yaml': withBody('      error_member: error\n      members:\n        - { name: code, value: code }\n        - { name: code, value: message }\n        - { name: detail, value: message }\n      envelope_members:\n        - { name: error, value: request_id }\n'),
    },
    want: [
      { rule: 'body-member-duplicate', file: 'a.yaml', line: 13 },
      { rule: 'body-member-duplicate', file: 'a.yaml', line: 14 },
      { rule: 'body-member-duplicate', file: 'a.yaml', line: 16 },
    ],
  },
  {
    name: 'body members where they cannot sit',
    files: {
      'a.yaml': withBody('      list: true\n      members:\n        - { name: code, value: code }\n      envelope_members:\n        - { name: request_id, value: request_id }\n'),
    },
    want: [
      { rule: 'body-member-misplaced', file: 'a.yaml', line: 10 },
      { rule: 'body-member-misplaced', file: 'a.yaml', line: 13 },
    ],
  },
  {
    name: 'a value that belongs in the error object beside it',
    files: { 'a.yaml': withBody('      error_member: error\n      members:\n        - { name: code, value: code }\n      envelope_members:\n        - { name: meta, value: meta }\n') },
    want: [{ rule: 'body-member-misplaced', file: 'a.yaml', line: 14 }],
  },
  {
    name: 'a meta property spread into an RFC 9457 body over one of its members',
    files: {
      'a.yaml': withBody('      preset: rfc9457\n      type_base: https://example.com/problems/\n'),
      'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    meta:\n      type: object\n      properties:\n        status: { type: string, description: Clash. }\n        plan: { type: string, description: Fine. }\n    example: {message: m}\n`),
    },
    want: [{ rule: 'body-meta-member-collision', line: 8 }],
  },
  {
    name: 'spread meta collisions through shared schemas and merged defaults',
    files: {
      'a.yaml': withBody('      preset: rfc9457\n      code_member: error_code\n      type_base: https://example.com/problems/\n'),
      'b.yaml': `schemas:
  Problem:
    type: object
    properties:
      title: { type: string }
      reason: { type: string }
namespaces:
  billing:
    description: Billing
    section: main
    meta:
      type: object
      properties:
        detail: { type: string }
codes:
  auth.shared:
    status: 401
    description: Text
    meta: { $ref: '#/schemas/Problem' }
    example: {message: m, meta: {reason: r}}
  billing.extended:
    status: 402
    description: Text
    meta:
      extends: inherited
      properties:
        error_code: { type: string }
        plan: { type: string }
    example: {message: m}
  billing.plain:
    status: 402
    description: Text
    example: {message: m}
`,
    },
    // Each where it is written, once: the shared schema's title, the namespace's detail (inherited by two codes), the code's error_code.
    want: [
      { rule: 'body-meta-member-collision', file: 'b.yaml', line: 5 },
      { rule: 'body-meta-member-collision', file: 'b.yaml', line: 14 },
      { rule: 'body-meta-member-collision', file: 'b.yaml', line: 27 },
    ],
  },
  {
    name: 'problem type URIs with refused schemes (warnings): type_base and a code\'s type_uri; an https one is not reported',
    files: {
      'a.yaml': withBody('      preset: rfc9457\n      type_base: "javascript:alert(1)//"\n'),
      'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    type_uri: "data:text/html,x"\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Text\n    type_uri: https://example.com/b\n    example: {message: m}\n`),
    },
    want: [
      { rule: 'url-scheme-refused', file: 'a.yaml', line: 11 },
      { rule: 'url-scheme-refused', line: 5 },
    ],
  },
  {
    name: 'body members named __proto__ or $ref: in members, envelope_members, error_member and an RFC 9457 code_member',
    files: {
      'a.yaml': withBody('      error_member: __proto__\n      members:\n        - { name: code, value: code }\n        - { name: $ref, value: message }\n      envelope_members:\n        - { name: __proto__x, value: request_id }\n'),
    },
    want: [
      { rule: 'body-member-reserved', file: 'a.yaml', line: 10 },
      { rule: 'body-member-reserved', file: 'a.yaml', line: 13 },
    ],
  },
  {
    name: 'an RFC 9457 code_member named $ref',
    files: { 'a.yaml': withBody('      preset: rfc9457\n      type_base: https://example.com/p/\n      code_member: $ref\n') },
    want: [{ rule: 'body-member-reserved', file: 'a.yaml', line: 12 }],
  },
  {
    name: 'an example whose meta holds a $ref key, at any depth',
    files: { 'b.yaml': codes('  auth.a:\n    status: 401\n    description: Text\n    meta: { type: object }\n    example:\n      message: m\n      meta:\n        list: [{ $ref: "https://evil.example/x.yaml" }]\n') },
    want: [{ rule: 'example-ref', line: 9 }],
  },
  {
    name: 'two headers of one name, case aside',
    files: { 'a.yaml': withBody('      preset: jsonapi\n      headers:\n        - { name: x-request-id, description: Again. }\n') },
    want: [{ rule: 'body-header-duplicate', file: 'a.yaml', line: 12 }],
  },
  {
    name: 'an RFC 9457 body with nothing to derive a type URI from, and a type_uri with no type member',
    files: {
      'a.yaml': withBody('      preset: rfc9457\n'),
      'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Text\n    type_uri: https://example.com/b\n    example: {message: m}\n`),
    },
    want: [{ rule: 'body-type-uri-missing', line: 2 }],
  },
  {
    name: 'a type_uri that no body member sends (a warning)',
    files: { 'b.yaml': codes(`  auth.b:\n    status: 401\n    description: Text\n    type_uri: https://example.com/b\n    example: {message: m}\n`) },
    want: [{ rule: 'body-type-uri-unused', line: 5 }],
  },
  {
    name: 'shared schemas: schema-ref-unknown, a cycle between shared schemas, schema-unused, name-collision, and examples checked against the resolved schema',
    files: {
      'b.yaml': `schemas:
  Info:
    type: object
    required: [reason]
    properties:
      reason: { type: string, maxLength: 3 }
      nested: { $ref: '#/schemas/Nope' }
  Loop:
    allOf: [{ $ref: '#/schemas/Pool' }]
  Pool:
    $ref: '#/schemas/Loop'
  Spare:
    type: object
  ErrorInfo:
    type: object
codes:
  auth.a:
    status: 401
    description: Text
    meta: { $ref: '#/schemas/Inf' }
    example: {message: m}
  auth.b:
    status: 401
    description: Text
    meta: { $ref: '#/schemas/Info/properties/reason' }
    example: {message: m}
  auth.c:
    status: 401
    description: Text
    meta:
      type: object
      properties:
        info: { $ref: '#/schemas/Loop' }
        other: { $ref: '#/schemas/ErrorInfo' }
    example: {message: m}
`,
      'c.yaml': `schemas:
  Good:
    type: object
    additionalProperties: false
    required: [reason]
    properties:
      reason: { type: string, maxLength: 3 }
codes:
  auth.d:
    status: 401
    description: Text
    meta: { $ref: '#/schemas/Good' }
    example: {message: m, meta: {reason: toolong}}
  auth.e:
    status: 401
    description: Text
    meta: { $ref: '#/schemas/Good' }
    example: {message: m}
`,
    },
    want: [
      { rule: 'schema-ref-unknown', line: 7 },
      { rule: 'meta-schema-ref-cycle', line: 9 },
      { rule: 'schema-unused', line: 12 },
      { rule: 'name-collision', line: 14 },
      { rule: 'schema-ref-unknown', line: 20 },
      { rule: 'schema-ref-unknown', line: 25 },
      { rule: 'example-invalid', file: 'c.yaml', line: 13 },
      { rule: 'example-invalid', file: 'c.yaml', line: 18 },
    ],
  },
  {
    name: 'a shared schema that is not a strict JSON Schema is reported once, where it is written',
    files: {
      'b.yaml': `schemas:\n  Bad:\n    type: object\n    propertys: {}\ncodes:\n  auth.a:\n    status: 401\n    description: Text\n    meta: { $ref: '#/schemas/Bad' }\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Text\n    meta: { $ref: '#/schemas/Bad' }\n    example: {message: m}\n`,
    },
    want: [{ rule: 'meta-schema-invalid', line: 3 }],
  },
  {
    name: 'meta-extends-invalid: nothing to extend, a property on both sides, an inherited $ref',
    files: {
      'a.yaml': HEADER.replace('    transport: event\n', '    transport: event\n    meta:\n      type: object\n      properties:\n        job: { type: string }\n').replace('    section: main\n  jobs:', '    section: main\n    meta: { $ref: \'#/schemas/Info\' }\n  jobs:'),
      'b.yaml': `schemas:\n  Info:\n    type: object\ncodes:\n  jobs.a:\n    description: Text\n    meta:\n      extends: inherited\n      properties:\n        job: { type: integer }\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Text\n    meta:\n      extends: inherited\n      properties:\n        x: { type: string }\n    example: {message: m}\n`,
      'c.yaml': `codes:\n  other.c:\n    namespace: jobs\n    description: Text\n    example: {message: m}\n`,
    },
    want: [{ rule: 'meta-extends-invalid', line: 10 }, { rule: 'meta-extends-invalid', line: 16 }],
  },
  {
    name: 'extension-reserved and extension-ref: an x- field errcat writes itself, a $ref inside an extension value',
    files: {
      'a.yaml': HEADER.replace('    title: Main\n', '    title: Main\n    x-generated-by: me\n'),
      'b.yaml': codes(`  auth.x:\n    status: 401\n    description: Text\n    x-errcat: 1\n    x-data:\n      nested: [{$ref: '#/x'}]\n    example: {message: m}\n`),
    },
    want: [{ rule: 'extension-reserved', file: 'a.yaml', line: 17 }, { rule: 'extension-reserved', line: 5 }, { rule: 'extension-ref', line: 7 }],
  },
  {
    name: 'docs-extension-unknown: docs.extensions names a field no code has (a warning)',
    files: {
      'a.yaml': HEADER.replace('  envelope:\n', '  docs:\n    extensions:\n      x-owner: Owner\n      x-team: Team\n  envelope:\n'),
      'b.yaml': codes(`  auth.x:\n    status: 401\n    description: Text\n    x-owner: billing\n    example: {message: m}\n`),
    },
    want: [{ rule: 'docs-extension-unknown', file: 'a.yaml', line: 10 }],
  },
];

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'errcat-validate-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeCatalog(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, name.replace(/[^a-z0-9]+/gi, '-'));
  await mkdir(dir, { recursive: true });
  const all = { 'a.yaml': HEADER, ...files };
  for (const [file, text] of Object.entries(all)) await writeFile(path.join(dir, file), text);
  return dir;
}

describe('validation rules', () => {
  it.each(cases)('$name', async ({ name, files, want, limits }) => {
    const dir = await writeCatalog(name, files);
    const options = optionsFor(dir, limits ? { limits: { ...optionsFor(dir).limits, ...limits } } : {});
    const { diagnostics, model } = await checkCatalog(options);
    const got = diagnostics.map((d) => ({ rule: d.rule, file: path.basename(d.file), line: d.line }));
    for (const w of want) {
      expect(got, `want ${w.rule} at ${w.file ?? 'b.yaml'}:${w.line}`).toContainEqual({ rule: w.rule, file: w.file ?? 'b.yaml', line: w.line });
    }
    if (name.startsWith('a header with a schema error')) expect(got.map((g) => g.rule)).not.toContain('header-missing');
    const wantsError = want.some((w) => RULES[w.rule].severity === 'error');
    expect(model === null).toBe(wantsError);
    for (const d of diagnostics) expect(d.column).toBeGreaterThan(0);
  });

  it('refuses a $ref key in a meta schema\'s data (default, const, enum, examples) of a code, a namespace and a shared schema, and only there: a $ref keyword stays a reference', async () => {
    const dir = await writeCatalog('schema-data-ref', {
      'b.yaml': `schemas:
  Shared:
    type: object
    properties:
      x:
        examples: [{ $ref: "https://evil.example/e.yaml" }]
namespaces:
  pay:
    description: Pay.
    section: main
    meta:
      type: object
      properties:
        n: { const: { $ref: "#/x" } }
codes:
  pay.a:
    status: 402
    description: Text
    meta:
      type: object
      properties:
        s: { $ref: "#/schemas/Shared" }
        list:
          type: array
          items:
            enum: [a, { deep: [{ $ref: "https://evil.example/x.yaml" }] }]
        fine: { default: { ref: "$ref" } }
    example:
      message: m
      meta: { s: {}, list: [a] }
`,
    });
    const { diagnostics, model } = await checkCatalog(optionsFor(dir));
    const refs = diagnostics.filter((d) => d.rule === 'example-ref').map((d) => [path.basename(d.file), d.line, d.column, d.message.match(/"([a-z]+)" value/)?.[1]]);
    expect(refs).toEqual([
      ['b.yaml', 6, 22, 'examples'],
      ['b.yaml', 14, 23, 'const'],
      ['b.yaml', 26, 34, 'enum'],
    ]);
    expect(model).toBeNull();
  });

  it('reports no problem type URI that is a name, not an address: urn: and tag: (RFC 9457 3.1.1, RFC 4151); javascript: still', async () => {
    const dir = await writeCatalog('type-uri-names', {
      'a.yaml': withBody('      preset: rfc9457\n      type_base: "tag:example.com,2026:problems/"\n'),
      'b.yaml': codes(`  auth.a:\n    status: 401\n    description: Text\n    type_uri: "urn:example:problem:a"\n    example: {message: m}\n  auth.b:\n    status: 401\n    description: Text\n    type_uri: "tag:example.com,2026:b"\n    example: {message: m}\n  auth.c:\n    status: 401\n    description: Text\n    type_uri: "javascript:alert(1)"\n    example: {message: m}\n`),
    });
    const { diagnostics, model } = await checkCatalog(optionsFor(dir));
    expect(diagnostics.map((d) => `${path.basename(d.file)}:${d.line} ${d.rule}`)).toEqual(['b.yaml:15 url-scheme-refused']);
    expect(model!.definitions.find((d) => d.code === 'auth.b')!.typeUri).toBe('tag:example.com,2026:b');
  });

  it('has a bad fixture for every rule that a catalog can break', () => {
    const covered = new Set(cases.flatMap((c) => c.want.map((w) => w.rule)));
    // Reading failures need a missing folder or non-UTF-8 bytes: tested in cli.test.ts.
    // Output-folder rules are about the output folder, which no catalog can break: tested in write*.test.ts.
    // init's rules are about the project it scaffolds: tested in init.test.ts. The retired: rules: tested in retired.test.ts.
    // The size bounds, YAML version and RE2 patterns: tested in validate-bounds.test.ts, pattern.test.ts and bounds-process.test.ts.
    const elsewhere = new Set<RuleId>(['yaml-too-large', 'catalog-too-large', 'yaml-version', 'pattern-unsupported', 'meta-schema-ref-cycle', 'file-unreadable', 'file-encoding', 'catalog-empty', 'output-folder-refused', 'output-foreign-file', 'output-symlink', 'output-manifest-invalid', 'output-write-failed', 'init-file-exists', 'init-scripts-not-added', 'retired-code-reused', 'retired-duplicate', 'retired-replacement-unknown']);
    const missing = (Object.keys(RULES) as RuleId[]).filter((r) => !covered.has(r) && !elsewhere.has(r));
    expect(missing).toEqual([]);
  });

  it('documents every rule id in catalog/README.md', async () => {
    const readme = await readFile(path.join(ROOT, 'catalog/README.md'), 'utf8');
    const undocumented = (Object.keys(RULES) as RuleId[]).filter((rule) => {
      const short = rule.replace(/^deprecated-replacement(?=-)/, '');
      return !readme.includes(`\`${rule}\``) && !readme.includes(`\`${short}\``);
    });
    expect(undocumented).toEqual([]);
  });

  it('reports every problem of a catalog in one run', async () => {
    const dir = await writeCatalog('many', {
      'b.yaml': codes(`  auth.a:\n    description: Text\n    example: {message: m}\n  billing.x:\n    status: 402\n    description: Text\n    example: {message: m}\n  shop.y:\n    status: 1000\n    description: Text\n    example: {message: m}\n`),
      'c.yaml': codes('  auth.y:\n    status: [\n'),
    });
    const { diagnostics } = await checkCatalog(optionsFor(dir));
    // shop.y fails the schema (status 1000) and is still checked by name.
    expect(diagnostics.map((d) => `${d.rule}:${d.line}`).sort()).toEqual(['namespace-undeclared:5', 'namespace-undeclared:9', 'schema:10', 'status-missing:2', 'yaml-syntax:4']);
  });

  it("gives a file's codes its top-level namespace, unless a code names its own", async () => {
    const dir = await writeCatalog('file-namespace', {
      'a.yaml': syntaxHeader(`{description: 'SCREAMING_SNAKE_CASE', pattern: '[A-Z]+(_[A-Z]+)*'}`, `  client:\n    description: Client\n  server:\n    description: Server\n`),
      'b.yaml': `namespace: client\ncodes:\n  NOT_FOUND:\n    status: 404\n    description: Text\n    example: {message: m}\n  INTERNAL:\n    status: 500\n    namespace: server\n    description: Text\n    example: {message: m}\n`,
    });
    const { diagnostics, model } = await checkCatalog(optionsFor(dir));
    expect(diagnostics).toEqual([]);
    expect(model?.definitions.map((d) => [d.code, d.namespace])).toEqual([['NOT_FOUND', 'client'], ['INTERNAL', 'server']]);
  });

  it("extends the meta of the namespace a file names for its codes (the file's namespace: counts in the cascade)", async () => {
    const dir = await writeCatalog('file-namespace-extends', {
      'a.yaml': syntaxHeader(`{description: 'SCREAMING_SNAKE_CASE', pattern: '[A-Z]+(_[A-Z]+)*'}`, `  server:\n    description: Server\n    meta:\n      type: object\n      properties:\n        trace_id: { type: string }\n`),
      'b.yaml': `namespace: server\ncodes:\n  UNAVAILABLE:\n    status: 503\n    description: Text\n    meta:\n      extends: inherited\n      properties:\n        retry_after_ms: { type: integer }\n    example: {message: m}\n`,
    });
    const { diagnostics, model } = await checkCatalog(optionsFor(dir));
    expect(diagnostics).toEqual([]);
    const meta = model!.definitions[0]!.meta;
    expect(meta.kind === 'schema' ? meta.properties.map((p) => p.name) : null).toEqual(['trace_id', 'retry_after_ms']);
  });

  it('meta with extends: inherited adds to the namespace meta, which stays as it is for the other codes', async () => {
    const dir = await writeCatalog('extends-ok', {
      'a.yaml': HEADER.replace('    transport: event\n', '    transport: event\n    meta:\n      type: object\n      additionalProperties: false\n      required: [job]\n      properties:\n        job: { type: string }\n'),
      'b.yaml': codes(`  jobs.a:\n    description: Text\n    meta:\n      extends: inherited\n      required: [attempt]\n      properties:\n        attempt: { type: integer }\n    example: {message: m, meta: {job: j, attempt: 2}}\n  jobs.b:\n    description: Text\n    example: {message: m, meta: {job: j}}\n  jobs.c:\n    description: Text\n    meta:\n      extends: inherited\n      properties:\n        attempt: { type: integer }\n    example: {message: m, meta: {job: j, nope: 1}}\n`),
    });
    const { diagnostics, model } = await checkCatalog(optionsFor(dir));
    // jobs.c's example has a property neither schema declares: additionalProperties: false is inherited.
    expect(diagnostics.map((d) => `${d.rule}:${d.line}`)).toEqual(['example-invalid:19']);
    expect(model).toBeNull();
    const fixed = await writeCatalog('extends-ok2', {
      'a.yaml': HEADER.replace('    transport: event\n', '    transport: event\n    meta:\n      type: object\n      additionalProperties: false\n      required: [job]\n      properties:\n        job: { type: string }\n'),
      'b.yaml': codes(`  jobs.a:\n    description: Text\n    meta:\n      extends: inherited\n      required: [attempt]\n      properties:\n        attempt: { type: integer }\n    example: {message: m, meta: {job: j, attempt: 2}}\n  jobs.b:\n    description: Text\n    example: {message: m, meta: {job: j}}\n`),
    });
    const ok = await checkCatalog(optionsFor(fixed));
    expect(ok.diagnostics).toEqual([]);
    const meta = (code: string) => ok.model!.definitions.find((d) => d.code === code)!.meta;
    expect(meta('jobs.a')).toMatchObject({ kind: 'schema', schema: { type: 'object', additionalProperties: false, required: ['job', 'attempt'], properties: { job: { type: 'string' }, attempt: { type: 'integer' } } } });
    expect((meta('jobs.a') as { schema: object }).schema).not.toHaveProperty('extends');
    expect(meta('jobs.b')).toMatchObject({ kind: 'schema', schema: { required: ['job'], properties: { job: { type: 'string' } } } });
  });

  it('the base catalog of these cases is itself valid', async () => {
    const dir = await writeCatalog('base', { 'b.yaml': codes(OK_CODE) });
    const { diagnostics, model } = await checkCatalog(optionsFor(dir));
    expect(diagnostics).toEqual([]);
    expect(model?.wireCodes.map((w) => w.code)).toEqual(['auth.ok']);
  });
});
