/**
 * The normalized model: the one read-only view of a catalog that every
 * target reads. Everything is resolved here once (defaults cascaded, aliases
 * and families expanded, names derived, lists ordered), so targets contain
 * layout decisions only and never see raw YAML.
 */

import type { CodeSyntax } from './code-syntax.js';

export type { CodeSyntax, CodeSplit } from './code-syntax.js';

/** A JSON Schema object, as written in the catalog. */
export type JsonSchema = { readonly [key: string]: unknown };

/** A JSON value, as an extension field holds it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * An `x-*` extension field of the catalog, a section, a namespace or a
 * code: its name as written and its value (object keys in code-unit order,
 * like examples). Lists are sorted by name.
 */
export interface ExtensionModel {
  readonly name: string;
  readonly value: JsonValue;
}

/** Retry advice: one policy, with an optional wait and note. */
export interface RetryAdvice {
  readonly policy: 'never' | 'safe' | 'idempotent' | 'backoff' | 'after_reset' | 'after_action';
  readonly afterSeconds: number | null;
  readonly note: string | null;
}

/** Where an error surfaces: as an HTTP response, or only in events. */
export type Transport = 'http' | 'event';

/** Names derived from a code, each checked for collisions. */
export interface DerivedNames {
  /** SCREAMING_SNAKE constant name: AUTH_INVALID_KEY. */
  readonly constant: string;
  /** PascalCase type name stem: AuthInvalidKey. */
  readonly type: string;
  /** Docs anchor: auth-invalid_key (segments joined by -, so it is unique). */
  readonly anchor: string;
}

/** What the docs pages' YAML front matter holds (catalog docs.front_matter). */
export interface DocsFrontMatter {
  /** The pages' description: docs.front_matter.description, else the catalog's description; null leaves it out. */
  readonly description: string | null;
  /** The reference's place in a docs site's sidebar; section pages are numbered 1, 2, … in their folder. Null leaves it out. */
  readonly sidebarPosition: number | null;
  /** The key sidebar order is written under, dotted for a nested key (`sidebar.order`): sidebar_position by default (Docusaurus). */
  readonly sidebarKey: readonly string[];
}

/** One property of a meta object, for docs tables. */
export interface MetaProperty {
  readonly name: string;
  /** A short type expression: string, integer, "a" | "b", object, string[]. */
  readonly type: string;
  readonly required: boolean;
  readonly description: string | null;
  /** The shared schema the property is (`$ref: '#/schemas/ErrorInfo'`), or holds a list of; null otherwise. */
  readonly shared: string | null;
}

/** A code's meta: explicitly none, or a schema. */
export type MetaModel =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'schema';
      readonly schema: JsonSchema;
      /** True when at least one property is required, so meta itself is. */
      readonly required: boolean;
      /** The schema's top-level properties, in the model's order (authored, or by name). */
      readonly properties: readonly MetaProperty[];
      /** The shared schema the meta is as a whole (`meta: {$ref: '#/schemas/ErrorInfo'}`), else null; its properties are then that schema's. */
      readonly ref: string | null;
      /** Every shared schema the meta schema reaches, directly or through others, sorted. */
      readonly shared: readonly string[];
    };

/**
 * A shared meta schema (top-level `schemas:`), emitted once: one
 * TypeScript type, one OpenAPI component schema and one docs table, each
 * named `name`. Its `schema` keeps `$ref: '#/schemas/<Name>'` as written;
 * targets map it to their own name for it.
 */
export interface SharedSchemaModel {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly description: string | null;
  readonly properties: readonly MetaProperty[];
  /** The shared schemas it refers to directly, sorted. */
  readonly uses: readonly string[];
  /** The definitions whose meta reaches it, directly or through other shared schemas, sorted. */
  readonly usedBy: readonly string[];
  /** Its docs anchor: `schema--errorinfo`. */
  readonly anchor: string;
}

/** A family: one definition parameterized over a parameter's values. */
export interface FamilyModel {
  readonly parameter: string;
  /** Index of the {parameter} segment in the code. */
  readonly segmentIndex: number;
  /** The code's text before and after the parameter: `platform.` and `.auth`. */
  readonly prefix: string;
  readonly suffix: string;
  readonly values: readonly string[];
}

/** A declared second identifier: a gRPC number, a SQLSTATE, a legacy code. */
export interface IdentifierModel {
  readonly name: string;
  readonly title: string;
  readonly type: 'string' | 'integer';
  readonly description: string | null;
}

/** One error definition: a concrete code or a family. */
export interface ErrorDefinition {
  /** The code as written: auth.invalid_key, or platform.{platform}.auth for a family. */
  readonly code: string;
  /** The code as docs print it: platform.<name>.auth. */
  readonly displayCode: string;
  readonly family: FamilyModel | null;
  readonly namespace: string;
  readonly section: string;
  readonly transport: Transport;
  /** The usual HTTP status; null for event-only codes. */
  readonly status: number | null;
  /**
   * The upstream status is forwarded when possible, else `fallback` is sent.
   * `statuses` are the upstream statuses the code is declared to arrive with
   * (ascending, none when undeclared): each per-status response lists it.
   */
  readonly statusForwarding: { readonly fallback: number; readonly statuses: readonly number[]; readonly note: string | null } | null;
  readonly events: { readonly names: readonly string[]; readonly field: string } | null;
  readonly description: string;
  readonly details: string | null;
  readonly meta: MetaModel;
  readonly retry: RetryAdvice;
  readonly aliases: readonly string[];
  readonly since: string | null;
  readonly deprecated: { readonly since: string; readonly replacement: string | null; readonly reason: string | null } | null;
  readonly example: { readonly code: string; readonly message: string; readonly meta: { readonly [key: string]: unknown } | null };
  /** The problem type URI when the body has a `type` member (declared, or the docs URL and anchor); else null. */
  readonly typeUri: string | null;
  readonly names: DerivedNames;
  /** The code's second identifiers, in the catalog's declared order (only those it has). */
  readonly identifiers: readonly { readonly name: string; readonly value: string | number }[];
  /** Ids of the guidance entries that cover this definition. */
  readonly guidance: readonly string[];
  /** The code's `x-*` fields, sorted by name. */
  readonly extensions: readonly ExtensionModel[];
  /** Where the definition is written, for tools that link back. */
  readonly source: { readonly file: string };
}

/**
 * A code that can appear on the wire: a concrete code, an alias of one, or a
 * family expansion. `definition` is the code of the definition it belongs to.
 */
export interface WireCode {
  readonly code: string;
  readonly definition: string;
  readonly via: 'code' | 'alias' | 'family';
  readonly names: DerivedNames;
}

export interface ParameterModel {
  readonly name: string;
  readonly description: string | null;
  readonly placeholder: string;
  readonly values: readonly { readonly value: string; readonly title: string }[];
}

export interface NamespaceModel {
  readonly name: string;
  readonly description: string;
  readonly section: string;
  /** The declared namespaces it is nested in, nearest first (`publishing` for `publishing.delivery`). */
  readonly parents: readonly string[];
  /** PascalCase name stem for targets (`PublishingDelivery`), by the code syntax's naming rule. */
  readonly typeName: string;
  /** How docs print "every code in it": `billing.*`, `SNYK-CLI-*`, `23*`, or the name where codes name their namespace. */
  readonly wildcard: string;
  /** Definitions whose longest declared namespace is this one, in the model's order. */
  readonly codes: readonly string[];
  /** The namespace's `x-*` fields, sorted by name. */
  readonly extensions: readonly ExtensionModel[];
}

export interface SectionModel {
  readonly id: string;
  readonly title: string;
  readonly intro: string | null;
  readonly outro: string | null;
  /** Namespaces whose codes are listed in this section, in the model's order. */
  readonly namespaces: readonly string[];
  /** Definitions listed in this section, in the model's order. */
  readonly codes: readonly string[];
  /** The section's `x-*` fields, sorted by name. */
  readonly extensions: readonly ExtensionModel[];
}

export interface GuidanceModel {
  readonly id: string;
  readonly title: string;
  /** Codes and patterns as written: account.reconnection_required, billing.*. */
  readonly codes: readonly string[];
  readonly body: string;
  readonly samples: readonly { readonly language: string; readonly title: string | null; readonly code: string }[];
}

/**
 * What a member of an error body carries. `meta_members` spreads the meta's
 * properties into the object itself (RFC 9457 extension members); `details`
 * is an array holding the meta as its one item, or nothing.
 */
export type BodyValue =
  | 'code'
  | 'message'
  | 'meta'
  | 'meta_members'
  | 'details'
  | 'status'
  | 'status_string'
  | 'title'
  | 'type'
  | 'instance'
  | 'request_id';

/** One member of the error object, or of the body around it. */
export interface BodyMember {
  /** The member's JSON name; null for `meta_members`, which has none of its own. */
  readonly name: string | null;
  readonly value: BodyValue;
  /**
   * Whether every body has it. `meta`, `meta_members` and `details` are
   * required exactly when the code's meta schema requires meta; this is
   * false for them.
   */
  readonly required: boolean;
  readonly description: string;
}

/** A response header of error responses. */
export interface BodyHeader {
  readonly name: string;
  /** `retry_after` is sent only with codes whose retry advice has a delay. */
  readonly value: 'request_id' | 'retry_after' | 'declared';
  readonly required: boolean;
  readonly description: string;
  /** PascalCase name for OpenAPI header components: RequestId, RetryAfter, XRateLimitRemaining. */
  readonly component: string;
}

/**
 * The error body, as the catalog declares it: a preset expanded, or the
 * custom form as written. Targets read only this, never a preset's name.
 */
export interface BodyModel {
  readonly mediaType: string;
  /** The body's member that holds the error object (or the list of them); null when the body is the error object. */
  readonly errorMember: string | null;
  /** True when `errorMember` holds a non-empty array of error objects. */
  readonly list: boolean;
  /** The error object's members, in the declared order. */
  readonly members: readonly BodyMember[];
  /** The body's members beside `errorMember` (empty when errorMember is null). */
  readonly envelopeMembers: readonly BodyMember[];
  /** The name of the member that holds the code, in the error object: what responses are discriminated on. */
  readonly codeMember: string;
  readonly headers: readonly BodyHeader[];
}

/** A code no longer sent, recorded under `retired:` and reserved for ever. */
export interface RetiredCodeModel {
  readonly code: string;
  /** The catalog version that retired it. */
  readonly since: string;
  readonly replacement: string | null;
  readonly reason: string | null;
}

/**
 * The order of every list a reader sees (sections' codes, definitions, wire
 * codes, namespaces, parameters, aliases, retired codes, meta properties).
 * `authored`: as the catalog writes them: sections in declared order (then
 * implicit sections in the order their first code is written); within a
 * section, codes in the order their files load (paths in code-unit order)
 * and, in a file, in the order its `codes:` mapping writes them; everything
 * else in written order. `code`: by code unit (families first within a
 * section), the order errcat used before catalogs could say.
 */
export type CatalogOrder = 'authored' | 'code';

/** errcat's own words where a catalog may want its API's terms. */
export interface WordingModel {
  /** What follows "Retry:" in the docs, per policy. */
  readonly retry: { readonly [P in RetryAdvice['policy']]: string };
}

/**
 * The version of the model's shape; bumped when it changes incompatibly, so
 * `errcat diff` can refuse a model it cannot read.
 *
 * - 1: the first published shape.
 * - 2: definitions gained `body`-driven `typeUri`, `identifiers` and
 *   `extensions`; the catalog gained `codeSyntax`, `identifiers`,
 *   `retired`, `extensions` and `docs.extensions`; sections and namespaces
 *   gained `extensions` (and namespaces `parents`, `typeName`, `wildcard`);
 *   the catalog gained `schemas` (shared meta schemas), a schema meta
 *   `ref` and `shared`, a meta property `shared`.
 *   Format 1 had none of these, although most arrived while it was still 1.
 */
export const MODEL_FORMAT_VERSION = 2;

/** The whole catalog, normalized. */
export interface CatalogModel {
  /** {@link MODEL_FORMAT_VERSION} of the errcat that wrote it. */
  readonly formatVersion: number;
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly description: string | null;
  /** The second identifiers codes may carry (catalog.identifiers), in declared order. */
  readonly identifiers: readonly IdentifierModel[];
  /** What the codes look like and how a code splits into namespace and rest (catalog.code_syntax, or the dotted default). */
  readonly codeSyntax: CodeSyntax;
  /** The order of every list in the model (catalog.order, default `authored`); targets keep it and never sort on their own. */
  readonly order: CatalogOrder;
  /** errcat's own words in prose outputs: the catalog's (catalog.wording), else neutral defaults. */
  readonly wording: WordingModel;
  readonly package: { readonly name: string; readonly description: string; readonly license: string };
  readonly docs: {
    readonly title: string;
    readonly intro: string | null;
    readonly baseUrl: string | null;
    /** Reason phrases the catalog gives statuses (docs.status_phrases), ascending by status; see http-status.ts. */
    readonly statusPhrases: readonly { readonly status: number; readonly phrase: string }[];
    /** Front matter for docs sites (docs.front_matter); null writes none. */
    readonly frontMatter: DocsFrontMatter | null;
    /** The extension fields the docs show in each code's details (docs.extensions), sorted by name, with their labels. */
    readonly extensions: readonly { readonly name: string; readonly label: string }[];
  };
  /** The catalog header's `x-*` fields, sorted by name. */
  readonly extensions: readonly ExtensionModel[];
  readonly envelope: {
    readonly description: string | null;
    /** The request-id header, or null when responses carry none. */
    readonly requestIdHeader: string | null;
    readonly fields: { readonly code: string; readonly message: string; readonly meta: string; readonly requestId: string };
    readonly codeGrammar: string | null;
    readonly body: BodyModel;
  };
  readonly parameters: readonly ParameterModel[];
  /** In declared order; undeclared namespaces' sections follow, sorted. */
  readonly sections: readonly SectionModel[];
  readonly namespaces: readonly NamespaceModel[];
  /** Shared meta schemas, sorted by name. */
  readonly schemas: readonly SharedSchemaModel[];
  /** Definitions in the model's order ({@link CatalogOrder}): section by section when authored, by code otherwise. */
  readonly definitions: readonly ErrorDefinition[];
  /** Every code that can be sent: by code, or (authored) each definition's codes and then its aliases, in definition order. */
  readonly wireCodes: readonly WireCode[];
  readonly guidance: readonly GuidanceModel[];
  /** Retired codes, in the model's order. */
  readonly retired: readonly RetiredCodeModel[];
  /** HTTP statuses used, ascending. */
  readonly statuses: readonly number[];
  /** The catalog files, relative to the catalog folder, for banners. */
  readonly sourceFiles: readonly string[];
  /**
   * The catalog folder's CHANGELOG.md (LF line endings), written by
   * `errcat changelog --write` and shipped in the TypeScript package;
   * absent when the folder has none. Release notes, not the contract:
   * `errcat diff` does not compare it (and a version read from git has none).
   */
  readonly changelog?: string;
}
