/**
 * Type-level tests of the generated SocialAPI package (out/typescript, the golden
 * of test/typescript.test.ts, proven equal to what errcat generates):
 * narrowing by code, family and pattern, meta types, and the compile errors
 * the types exist to produce.
 */
import type { StandardSchemaV1 as SpecSchema } from '@standard-schema/spec';
import { describe, expectTypeOf, it } from 'vitest';
import {
  checkErrorEnvelope,
  errorEnvelopeSchema,
  isKnownErrorCode,
  metaSchema,
  unknownCode,
  type ReceivedErrorCode,
  type ReceivedErrorEnvelope,
  type UnknownErrorCode,
  type UnknownErrorEnvelope,
  ApiError,
  BILLING_POST_LIMIT,
  codeMatches,
  createErrorEnvelope,
  envelopeMatches,
  errorCatalog,
  errorStatus,
  familyParameter,
  getErrorInfo,
  hasErrorCode,
  inNamespace,
  PLATFORM_TIKTOK_AUTH,
  type BillingPostLimitMeta,
  type ByokCredentialsMissingMeta,
  type ErrorCode,
  type ErrorCodePattern,
  type ErrorEnvelope,
  type ErrorInfo,
  type ErrorMetaMap,
  type EventErrorCode,
  type HttpErrorCode,
  type Platform,
  type UnknownMetaObject,
} from '../out/typescript/src/index.js';

declare const envelope: ErrorEnvelope;
declare const code: ErrorCode;

describe('generated types', () => {
  it('has a union of codes with families as template literal types', () => {
    expectTypeOf<'platform.tiktok.auth'>().toExtend<ErrorCode>();
    expectTypeOf<`platform.${Platform}.auth`>().toExtend<ErrorCode>();
    expectTypeOf<'platform.myspace.auth'>().not.toExtend<ErrorCode>();
    expectTypeOf<'brand.limit_reached'>().toExtend<HttpErrorCode>();
    expectTypeOf<typeof PLATFORM_TIKTOK_AUTH>().toEqualTypeOf<'platform.tiktok.auth'>();
    expectTypeOf<typeof BILLING_POST_LIMIT>().toEqualTypeOf<'billing.post_limit'>();
  });

  it('keeps event-only codes out of HTTP envelopes', () => {
    expectTypeOf<'publishing.delivery.timeout'>().toExtend<EventErrorCode>();
    expectTypeOf<'publishing.delivery.timeout'>().not.toExtend<HttpErrorCode>();
    expectTypeOf<ErrorEnvelope['error']['code']>().toEqualTypeOf<HttpErrorCode>();
  });

  it('narrows meta in a switch on error.code', () => {
    switch (envelope.error.code) {
      case 'billing.post_limit':
        expectTypeOf(envelope.error.meta).toEqualTypeOf<BillingPostLimitMeta>();
        expectTypeOf(envelope.error.meta.max).toEqualTypeOf<number>();
        // @ts-expect-error: a wrong meta field
        void envelope.error.meta.maximum;
        break;
      case 'byok.credentials_missing':
        expectTypeOf(envelope.error.meta.platform).toEqualTypeOf<ByokCredentialsMissingMeta['platform']>();
        expectTypeOf<'myspace'>().not.toExtend<ByokCredentialsMissingMeta['platform']>();
        break;
      case 'auth.invalid_key':
        // A newer catalog may add meta to a code without it (errcat diff: compatible): undescribed, never a wrong type.
        expectTypeOf(envelope.error.meta).toEqualTypeOf<UnknownMetaObject | undefined>();
        break;
    }
    expectTypeOf<ErrorMetaMap['brand.limit_reached']>().toEqualTypeOf<ErrorMetaMap['billing.brands_limit']>();
  });

  it('narrows by exact code, pattern and namespace', () => {
    if (hasErrorCode(envelope, 'billing.post_limit')) expectTypeOf(envelope.error.meta).toEqualTypeOf<BillingPostLimitMeta>();
    if (envelopeMatches(envelope, 'platform.*.auth')) expectTypeOf(envelope.error.code).toEqualTypeOf<`platform.${Platform}.auth`>();
    if (codeMatches(code, 'platform.*.auth')) expectTypeOf(code).toEqualTypeOf<`platform.${Platform}.auth`>();
    if (codeMatches(code, 'platform.*')) expectTypeOf<'platform.tiktok.rate_limit'>().toExtend<typeof code>();
    if (inNamespace(code, 'publishing.delivery')) expectTypeOf(code).toExtend<`publishing.delivery.${string}`>();
    // @ts-expect-error: a pattern that matches no code
    codeMatches(code, 'platfrom.*');
  });

  it('requires meta in the builder exactly when the schema does', () => {
    createErrorEnvelope('billing.post_limit', { message: 'm', requestId: 'r', meta: { plan: 'free', max: 1 } });
    createErrorEnvelope('auth.invalid_key', { message: 'm', requestId: 'r' });
    // @ts-expect-error: missing required meta
    createErrorEnvelope('billing.post_limit', { message: 'm', requestId: 'r' });
    // @ts-expect-error: a wrong meta field
    createErrorEnvelope('billing.post_limit', { message: 'm', requestId: 'r', meta: { plan: 'free', max: 1, extra: true } });
    // @ts-expect-error: meta on a code that carries none
    createErrorEnvelope('auth.invalid_key', { message: 'm', requestId: 'r', meta: { plan: 'free' } });
    // @ts-expect-error: an unknown code
    createErrorEnvelope('auth.no_such_code', { message: 'm', requestId: 'r' });
    // @ts-expect-error: an unknown platform
    createErrorEnvelope('platform.myspace.auth', { message: 'm', requestId: 'r' });
    // @ts-expect-error: event-only codes have no envelope
    createErrorEnvelope('publishing.delivery.timeout', { message: 'm', requestId: 'r' });
  });

  it('types statuses, catalog data and the Error subclass', () => {
    expectTypeOf(errorStatus('auth.invalid_key')).toEqualTypeOf<number>();
    expectTypeOf(errorStatus(code)).toEqualTypeOf<number | null>();
    expectTypeOf(errorCatalog['platform.tiktok.auth'].retry.policy).toExtend<string>();
    const error = ApiError.fromEnvelope(envelope);
    if (error.is('billing.post_limit')) expectTypeOf(error.meta).toEqualTypeOf<BillingPostLimitMeta>();
    if (error.is('auth.invalid_key')) expectTypeOf(error.meta).toEqualTypeOf<UnknownMetaObject | undefined>();
    if (hasErrorCode(envelope, 'byok.credentials_missing')) {
      expectTypeOf(ApiError.fromEnvelope(envelope).code).toEqualTypeOf<'byok.credentials_missing'>();
    }
    // @ts-expect-error: not a declared namespace
    inNamespace(code, 'platfrom');
    if (error.matches('platform.*.auth')) expectTypeOf(error.code).toEqualTypeOf<`platform.${Platform}.auth`>();
    expectTypeOf(error).toExtend<Error>();
  });
});

describe('forward compatibility and sound checks', () => {
  it('types a newer server\'s code apart, and narrows the known ones', () => {
    const checked = checkErrorEnvelope(JSON.parse('{}'));
    if (checked.ok && !checked.known) {
      expectTypeOf(checked.envelope).toEqualTypeOf<UnknownErrorEnvelope>();
      expectTypeOf(checked.envelope.error.code).toEqualTypeOf<UnknownErrorCode>();
      expectTypeOf(ApiError.fromEnvelope(checked.envelope).code).toEqualTypeOf<ReceivedErrorCode>();
    }
    if (checked.ok && checked.known && checked.envelope.error.code === 'billing.post_limit') {
      expectTypeOf(checked.envelope.error.meta).toEqualTypeOf<BillingPostLimitMeta>();
    }
    expectTypeOf<UnknownErrorCode>().not.toExtend<ErrorCode>();
    expectTypeOf<'billing.post_limit'>().not.toExtend<UnknownErrorCode>();
  });

  it('makes a switch on a received code handle every known code and the unknown ones', () => {
    const received = JSON.parse('""') as ReceivedErrorCode;
    const known = received as 'billing.post_limit' | 'auth.invalid_key' | UnknownErrorCode;
    switch (known) {
      case 'billing.post_limit':
      case 'auth.invalid_key':
        break;
      default:
        expectTypeOf(unknownCode(known)).toEqualTypeOf<UnknownErrorCode>();
    }
    switch (known) {
      case 'billing.post_limit':
        break;
      default:
        // @ts-expect-error: auth.invalid_key has no case, so the default is not only unknown codes
        unknownCode(known);
    }
    if (!isKnownErrorCode(received)) expectTypeOf(received).toEqualTypeOf<UnknownErrorCode>();
  });

  it('narrows an ApiError caught as unknown, by instanceof or the brand, and types its meta', () => {
    const caught: unknown = JSON.parse('null');
    if (caught instanceof ApiError && caught.is('billing.post_limit')) {
      expectTypeOf(caught.meta).toEqualTypeOf<BillingPostLimitMeta>();
      expectTypeOf(caught.meta.max).toEqualTypeOf<number>();
    }
    if (ApiError.isApiError(caught)) {
      expectTypeOf(caught.code).toEqualTypeOf<ReceivedErrorCode>();
      if (caught.is('byok.credentials_missing')) expectTypeOf(caught.meta.platform).toEqualTypeOf<ByokCredentialsMissingMeta['platform']>();
      // @ts-expect-error: is() takes codes only
      caught.is('billing.no_such_code');
    }
  });

  it('exposes the checks as Standard Schema v1, as the specification types them', () => {
    expectTypeOf(errorEnvelopeSchema).toExtend<SpecSchema<unknown, ReceivedErrorEnvelope>>();
    expectTypeOf(metaSchema('billing.post_limit')).toExtend<SpecSchema<unknown, BillingPostLimitMeta>>();
    expectTypeOf<SpecSchema.InferOutput<ReturnType<typeof metaSchema<'billing.post_limit'>>>>().toEqualTypeOf<BillingPostLimitMeta>();
  });
});

describe('catalog data and families, typed per code', () => {
  it('getErrorInfo gives a known code its info (never undefined), typed with the code; any other string may be undefined', () => {
    expectTypeOf(getErrorInfo('billing.post_limit').code).toEqualTypeOf<'billing.post_limit'>();
    expectTypeOf(getErrorInfo('billing.post_limit').status).toEqualTypeOf<number>();
    expectTypeOf(getErrorInfo('publishing.delivery.timeout').status).toEqualTypeOf<null>();
    expectTypeOf(getErrorInfo('publishing.delivery.timeout').transport).toEqualTypeOf<'event'>();
    expectTypeOf(getErrorInfo(code)).toExtend<ErrorInfo>();
    expectTypeOf(getErrorInfo(JSON.parse('""') as string)).toEqualTypeOf<ErrorInfo | undefined>();
  });

  it('familyParameter extracts a family\'s parameter as its union, with the families offered as literals', () => {
    expectTypeOf(familyParameter('platform.tiktok.auth', 'platform.{platform}.auth')).toEqualTypeOf<Platform>();
    expectTypeOf(familyParameter(code, 'platform.{platform}.auth')).toEqualTypeOf<Platform | undefined>();
    expectTypeOf<Parameters<typeof familyParameter>[1]>().toEqualTypeOf<'platform.{platform}.auth' | 'platform.{platform}.rate_limit' | 'platform.{platform}.api_error'>();
    // @ts-expect-error: not a family of the catalog
    familyParameter(code, 'platform.{platfrom}.auth');
  });

  it('types a meta field whose values are a family parameter\'s as the parameter\'s exported union', () => {
    expectTypeOf<ByokCredentialsMissingMeta['platform']>().toEqualTypeOf<Platform>();
  });

  it('offers the catalog\'s patterns for a pattern argument (the constraint editors complete from)', () => {
    expectTypeOf<'platform.*.auth'>().toExtend<ErrorCodePattern>();
    expectTypeOf<'billing.*'>().toExtend<ErrorCodePattern>();
    expectTypeOf<'billing.post_limit'>().toExtend<ErrorCodePattern>();
    expectTypeOf<'platform.*.nope'>().not.toExtend<ErrorCodePattern>();
  });
});
