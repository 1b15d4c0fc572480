import './test/register';
import type { CookiePolicy as CorePolicy } from '@cookiekit/core';
import { policy } from 'example-policy';
import { describe, expectTypeOf, it } from 'vitest';
import {
  ConsentGate,
  CookiePolicy,
  createCookieKit,
  useAllowed,
  useBanner,
  useConsent,
  type ConsentId,
  type RegisteredPolicy,
} from '@cookiekit/vue';

describe('ids typed by the registered policy', () => {
  it('RegisteredPolicy is the policy of the Register augmentation', () => {
    expectTypeOf<RegisteredPolicy>().toEqualTypeOf<typeof policy>();
    expectTypeOf<ConsentId>().toEqualTypeOf<
      'necessary' | 'statistics' | 'marketing' | 'authentication' | 'language' | 'csrf' | 'cookie-preferences' | 'shop-analytics' | 'ad-pixel' | 'video-embed'
    >();
  });

  it("useAllowed takes the policy's categories and services, and nothing else", () => {
    expectTypeOf(useAllowed).toBeCallableWith('statistics');
    expectTypeOf(useAllowed).toBeCallableWith('video-embed');
    // @ts-expect-error: a category id not in the policy fails to compile
    useAllowed('statistic');
    // @ts-expect-error: neither does a service id not in the policy
    useAllowed('google-analytics');
    expectTypeOf(useAllowed('video-embed').value).toEqualTypeOf<boolean>();
  });

  it('ConsentGate ids are checked too', () => {
    type GateProps = InstanceType<typeof ConsentGate>['$props'];
    expectTypeOf<GateProps['id']>().toEqualTypeOf<ConsentId>();
  });

  it("useConsent and useBanner carry the policy's ids, as readonly refs", () => {
    type Result = ReturnType<typeof useConsent>;
    expectTypeOf<keyof Result['decision']['value']['categories']>().toEqualTypeOf<'necessary' | 'statistics' | 'marketing'>();
    expectTypeOf<Result['allowed']>().parameter(0).toEqualTypeOf<ConsentId>();
    expectTypeOf<ReturnType<typeof useBanner>['toggleCategory']>()
      .parameter(0)
      .toEqualTypeOf<'necessary' | 'statistics' | 'marketing'>();
    // @ts-expect-error: a custom save names only the policy's categories
    void ((save: Result['save']) => save({ categories: { statistic: true } }));
    // @ts-expect-error: the state ref is readonly
    void ((banner: ReturnType<typeof useBanner>) => (banner.state.value = banner.getSnapshot()));
  });

  it('createCookieKit is typed by the policy it is given', () => {
    const kit = createCookieKit({ policy });
    expectTypeOf(kit.store.allowed).parameter(0).toEqualTypeOf<ConsentId>();
    expectTypeOf(kit.install).toBeFunction();
  });

  it("CookiePolicy is both the component and core's policy type", () => {
    expectTypeOf<CookiePolicy>().toEqualTypeOf<CorePolicy>();
    expectTypeOf<InstanceType<typeof CookiePolicy>['$props']['lang']>().toEqualTypeOf<string | undefined>();
  });
});
