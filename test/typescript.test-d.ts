/**
 * Type-level tests of the generated SocialAPI package (out/typescript, the golden
 * of test/typescript.test.ts, proven equal to what errcat generates):
 * narrowing by code, family and pattern, meta types, and the compile errors
 * the types exist to produce.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  ApiError,
  BILLING_POST_LIMIT,
  codeMatches,
  createErrorEnvelope,
  envelopeMatches,
  errorCatalog,
  errorStatus,
  hasErrorCode,
  inNamespace,
  PLATFORM_TIKTOK_AUTH,
  type BillingPostLimitMeta,
  type ByokCredentialsMissingMeta,
  type ErrorCode,
  type ErrorEnvelope,
  type ErrorMetaMap,
  type EventErrorCode,
  type HttpErrorCode,
  type Platform,
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
        expectTypeOf(envelope.error.meta).toEqualTypeOf<undefined>();
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
    if (error.is('auth.invalid_key')) expectTypeOf(error.meta).toEqualTypeOf<undefined>();
    if (hasErrorCode(envelope, 'byok.credentials_missing')) {
      expectTypeOf(ApiError.fromEnvelope(envelope).code).toEqualTypeOf<'byok.credentials_missing'>();
    }
    // @ts-expect-error: not a declared namespace
    inNamespace(code, 'platfrom');
    if (error.matches('platform.*.auth')) expectTypeOf(error.code).toEqualTypeOf<`platform.${Platform}.auth`>();
    expectTypeOf(error).toExtend<Error>();
  });
});
