/**
 * Unions of error objects, discriminated on the code, in the one form that
 * the tools people use all read alike. What each tool needs decides it:
 *
 * - ajv with `discriminator: true` refuses any `mapping` ("discriminator:
 *   mapping is not supported"); it needs a `oneOf` of `$ref`s (or inline
 *   schemas) whose targets give the property a `const` or `enum`, and the
 *   property required. It then reports one error for an unknown code and
 *   only the chosen branch's errors otherwise.
 * - openapi-typescript and @hey-api/openapi-ts read a discriminator without
 *   a mapping by OpenAPI's implicit rule: the value is the *name* of the
 *   referenced schema. They overwrite the property with it, so a `oneOf` of
 *   `$ref: …/AccountNotFoundError` types `code` as `"AccountNotFoundError"`
 *   and narrowing is lost. With inline alternatives they keep the types, but
 *   Redocly warns that a discriminator cannot select an inline schema.
 *
 * So each alternative is a `$ref` to a small schema *named by the wire code
 * itself* (`#/components/schemas/account.not_found`): the implicit mapping
 * then gives every tool the code, and no mapping is needed. The variant
 * fixes the code and refers to its definition's error object (`allOf`).
 *
 * That needs every wire code to be a valid component key
 * (`[a-zA-Z0-9._-]+`) that no other component uses. When one is not (a code
 * syntax with `/` or `:`), no union of the document carries a discriminator:
 * a plain `oneOf` of the definitions' error objects, which every tool still
 * narrows on the code's literal type, and ajv validates without the
 * discriminator's shorter errors.
 */
import type { CatalogModel, WireCode } from '../../model.js';
import { escapePointerSegment, type OpenApiVersion } from './json-schema.js';
import { COMPONENT_KEY, type ComponentRegistry } from './registry.js';

type Json = Record<string, unknown>;

/** A definition as a union member: its error object's component and the property its code is in. */
export interface UnionMember {
  /** The definition's code (the model's `ErrorDefinition.code`). */
  readonly definition: string;
  /** The name of its error object's schema component. */
  readonly error: string;
  /** The member of the error object that holds the code (the body's code member, or `code` in events). */
  readonly codeMember: string;
}

/** Builds the unions of one document, and the variant schemas they refer to. */
export interface UnionBuilder {
  /** True when the unions carry a discriminator (every wire code names its variant). */
  readonly discriminated: boolean;
  /** The variant schemas, by component name (empty when not discriminated). */
  readonly variants: ReadonlyMap<string, Json>;
  /** A union of the members' error objects, as the schema of an `error` member or of the whole body. */
  union(members: readonly UnionMember[]): Json;
}

function schemaRef(name: string): Json {
  return { $ref: `#/components/schemas/${escapePointerSegment(name)}` };
}

/**
 * Decides the form and claims the variants' names. Call it after every
 * other schema name is claimed, so a code that equals one of them (a custom
 * code syntax could write `ErrorCode`) turns the discriminator off instead
 * of taking the name.
 *
 * @example createUnionBuilder(model, registry, members, '3.1').union([members.get('auth.invalid_key')!])
 * // { type: 'object', required: ['code'], oneOf: [{ $ref: '#/components/schemas/auth.invalid_key' }], discriminator: { propertyName: 'code' } }
 */
export function createUnionBuilder(model: CatalogModel, registry: ComponentRegistry, members: ReadonlyMap<string, UnionMember>, version: OpenApiVersion): UnionBuilder {
  const wireByDefinition = new Map<string, WireCode[]>();
  for (const wire of model.wireCodes) {
    let list = wireByDefinition.get(wire.definition);
    if (!list) wireByDefinition.set(wire.definition, (list = []));
    list.push(wire);
  }
  const wireOf = (definition: string): readonly string[] => (wireByDefinition.get(definition) ?? []).map((w) => w.code);
  const discriminated = model.wireCodes.every((w) => COMPONENT_KEY.test(w.code) && registry.isFree('schemas', w.code) && members.has(w.definition));
  const variants = new Map<string, Json>();
  if (discriminated) {
    for (const wire of model.wireCodes) {
      const member = members.get(wire.definition)!;
      const name = registry.claim('schemas', wire.code, `the variant of ${wire.code}`);
      const code = version === '3.1' ? { type: 'string', const: wire.code } : { type: 'string', enum: [wire.code] };
      variants.set(name, { type: 'object', required: [member.codeMember], properties: { [member.codeMember]: code }, allOf: [schemaRef(member.error)] });
    }
  }
  return {
    discriminated,
    variants,
    union(list) {
      const propertyName = list[0]?.codeMember ?? 'code';
      // `type: object` beside the oneOf: without it Redoc shows the member as `any`.
      const schema: Json = { type: 'object', required: [propertyName] };
      // Redocly asks for the schema itself rather than a oneOf of one.
      if (!discriminated) return list.length === 1 ? schemaRef(list[0]!.error) : { ...schema, oneOf: list.map((m) => schemaRef(m.error)) };
      return { ...schema, oneOf: list.flatMap((m) => wireOf(m.definition).map(schemaRef)), discriminator: { propertyName } };
    },
  };
}
