/**
 * The package's own names and the names of parameter unions: the one
 * place both the typescript target and validate read, so the warning
 * validate gives for a renamed union (parameter-name-reserved) names
 * exactly the type the package exports.
 */
import { tsIdentifier } from '../../escape/typescript.js';

/** The source files of the package, in the order the index re-exports them. */
export const MODULES = ['codes', 'meta', 'envelope', 'catalog', 'validate', 'helpers', 'standard-schema'] as const;
export type ModuleName = (typeof MODULES)[number];

/** errcat's own exported names, by module: checked against code-derived names. */
export const OWN_NAMES: Readonly<Record<ModuleName, readonly string[]>> = {
  codes: ['ErrorCode', 'UnknownErrorCode', 'ReceivedErrorCode', 'HttpErrorCode', 'EventErrorCode', 'ErrorNamespace', 'errorCodes', 'RetiredErrorCode', 'retiredErrorCodes', 'isRetiredCode'],
  meta: ['ErrorMetaMap', 'ErrorDetailMap', 'UnknownMetaObject'],
  envelope: ['ErrorDetail', 'ErrorObject', 'ErrorEnvelope', 'UnknownErrorObject', 'ReceivedErrorObject', 'UnknownErrorEnvelope', 'ReceivedErrorEnvelope', 'ErrorInit', 'ErrorCarrier', 'WithErrorCode', 'ErrorEnvelopeInit', 'BodyValue', 'ErrorBodyShape', 'errorBody'],
  catalog: ['ErrorInfo', 'RetryAdvice', 'RetryPolicy', 'ErrorDeprecation', 'MetaPresence', 'ExtensionValue', 'errorCatalog', 'catalogExtensions', 'getErrorInfo', 'ErrorInfoOf'],
  validate: ['MetaSchemaNode', 'MetaSchemaRoot', 'MetaIssue', 'validateMeta'],
  'standard-schema': ['StandardSchemaV1', 'errorEnvelopeSchema', 'MetaOutput', 'metaSchema'],
  helpers: [
    'isKnownErrorCode',
    'unknownCode',
    'isKnownErrorObject',
    'ErrorResponseLike',
    'ErrorResponseParts',
    'EnvelopeCheck',
    'CodeMatching',
    'ApiError',
    'ApiErrorInit',
    'checkErrorEnvelope',
    'isErrorEnvelope',
    'isErrorCode',
    'isHttpErrorCode',
    'isEventErrorCode',
    'hasErrorCode',
    'codeMatches',
    'envelopeMatches',
    'inNamespace',
    'errorStatus',
    'retryAdvice',
    'isRetryable',
    'createErrorEnvelope',
    'createErrorObject',
    'ErrorCodePattern',
    'ErrorFamilies',
    'familyParameter',
  ],
};

/**
 * The names the slim entry (slim.ts) adds to those it shares with codes.ts
 * and helpers.ts: it is its own entry point, so only these can meet a
 * code-derived name there.
 */
export const SLIM_NAMES: readonly string[] = ['SlimErrorInfo', 'getSlimErrorInfo'];

/** PascalCase of a parameter name: platform → Platform, account_kind → AccountKind. */
function pascalCase(name: string): string {
  return name
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([...Object.values(OWN_NAMES).flat(), ...SLIM_NAMES]);

/** Why a parameter's union is not named with its plain PascalCase, or null when it is. */
export type ParameterRename = 'package-name' | 'reserved-suffix' | 'shared-pascal-case' | null;

/** A parameter union's type name, and why it differs from the parameter's PascalCase. */
export interface ParameterTypeName {
  readonly plain: string;
  readonly name: string;
  readonly renamed: ParameterRename;
}

/**
 * The type name of each parameter's union, by parameter name. Normally the
 * parameter's PascalCase (`platform` → `Platform`). Valid catalogs can pick
 * parameter names whose PascalCase is taken, so the name moves, by rules
 * that make a clash impossible rather than unlikely (validate warns each
 * time, parameter-name-reserved, since the author did not choose it):
 *
 * - Plain names contain no `_` and never end in `Meta` or `Parameter`:
 *   errcat's own names are listed and skipped, code constants contain `_`,
 *   meta types end in `Meta` and their `$defs` types contain `_` or `$`.
 * - A parameter whose plain name is one of errcat's, or ends in `Meta` or
 *   `Parameter`, gets `<Plain>Parameter` (`error_code` → `ErrorCodeParameter`,
 *   `error_code_parameter` → `ErrorCodeParameterParameter`): no plain name
 *   ends so, and no name of errcat's or of the codes does.
 * - PascalCase is not one-to-one (`v_2` and `v2` both give `V2`), so
 *   parameters sharing a PascalCase get `Parameter_<name>` instead, with
 *   the parameter's own (unique) name, which holds `_` after `Parameter`
 *   and so matches no other pattern above. (validate refuses such a
 *   catalog, name-collision; the target still renders a model built by hand.)
 */
export function describeParameterTypeNames(parameters: readonly { readonly name: string }[]): ReadonlyMap<string, ParameterTypeName> {
  const plainCount = new Map<string, number>();
  for (const p of parameters) plainCount.set(pascalCase(p.name), (plainCount.get(pascalCase(p.name)) ?? 0) + 1);
  const names = new Map<string, ParameterTypeName>();
  for (const p of parameters) {
    const plain = pascalCase(p.name);
    let name = plain;
    let renamed: ParameterRename = null;
    if (plainCount.get(plain)! > 1) [name, renamed] = [`Parameter_${p.name}`, 'shared-pascal-case'];
    else if (RESERVED_TYPE_NAMES.has(plain)) [name, renamed] = [`${plain}Parameter`, 'package-name'];
    else if (/(Meta|Parameter)$/.test(plain)) [name, renamed] = [`${plain}Parameter`, 'reserved-suffix'];
    names.set(p.name, { plain, name: tsIdentifier(name), renamed });
  }
  return names;
}

/** The type name of each parameter's union, by parameter name (see {@link describeParameterTypeNames}). */
export function parameterTypeNames(parameters: readonly { readonly name: string }[]): ReadonlyMap<string, string> {
  return new Map([...describeParameterTypeNames(parameters)].map(([parameter, { name }]) => [parameter, name]));
}
