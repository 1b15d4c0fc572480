import './test/register';
import type { CookiePolicy as CorePolicy } from '@cookiekit/core';
import type { policy } from 'example-policy';
import { describe, expectTypeOf, it } from 'vitest';
import { ConsentGate } from './components/ConsentGate';
import type { ConsentId, RegisteredPolicy } from './context';
import { useAllowed, useBanner, useConsent, useCookieKit } from './hooks';
import type { BannerState, CookieKit, Decision } from '@cookiekit/core';
import { CookiePolicy, type CookieKitProviderProps } from './index';

describe('ids typed by the registered policy', () => {
  it('RegisteredPolicy is the policy of the Register augmentation', () => {
    expectTypeOf<RegisteredPolicy>().toEqualTypeOf<typeof policy>();
    expectTypeOf<ConsentId>().toEqualTypeOf<
      'necessary' | 'statistics' | 'marketing' | 'authentication' | 'language' | 'csrf' | 'cookie-preferences' | 'shop-analytics' | 'ad-pixel' | 'video-embed'
    >();
  });

  it('useAllowed takes the policy\'s categories and services, and nothing else', () => {
    expectTypeOf(useAllowed).toBeCallableWith('statistics');
    expectTypeOf(useAllowed).toBeCallableWith('video-embed');
    // @ts-expect-error: a category id not in the policy fails to compile
    useAllowed('statistic');
    // @ts-expect-error: neither does a service id not in the policy
    useAllowed('google-analytics');
  });

  it('ConsentGate ids are checked too', () => {
    expectTypeOf<Parameters<typeof ConsentGate>[0]['id']>().toEqualTypeOf<ConsentId>();
    // @ts-expect-error: unknown id
    void (<ConsentGate id="marketting" />);
    void (<ConsentGate id="marketing" />);
  });

  it('useConsent and useBanner carry the policy\'s ids', () => {
    type Result = ReturnType<typeof useConsent>;
    expectTypeOf<keyof Result['decision']['categories']>().toEqualTypeOf<'necessary' | 'statistics' | 'marketing'>();
    expectTypeOf<Result['allowed']>().parameter(0).toEqualTypeOf<ConsentId>();
    expectTypeOf<ReturnType<typeof useBanner>['toggleCategory']>()
      .parameter(0)
      .toEqualTypeOf<'necessary' | 'statistics' | 'marketing'>();
    // @ts-expect-error: a custom save names only the policy's categories
    void ((save: Result['save']) => save({ categories: { statistic: true } }));
  });

  it('the provider takes the registered policy, or a kit', () => {
    expectTypeOf<{ policy: typeof policy }>().toMatchTypeOf<CookieKitProviderProps>();
    expectTypeOf<{ policy: CorePolicy<'other'> }>().not.toMatchTypeOf<CookieKitProviderProps>();
  });

  it('CookiePolicy is both the component and core\'s policy type', () => {
    expectTypeOf<CookiePolicy>().toEqualTypeOf<CorePolicy>();
    expectTypeOf(CookiePolicy).toBeFunction();
  });

  it('a selector\'s return type is what the hook returns; the selector sees the typed snapshot', () => {
    expectTypeOf(useConsent((decision) => decision.categories.statistics)).toEqualTypeOf<boolean>();
    expectTypeOf(useConsent((decision) => decision.reason)).toEqualTypeOf<Decision['reason']>();
    expectTypeOf(useBanner((state) => state.view)).toEqualTypeOf<'none' | 'banner' | 'preferences'>();
    expectTypeOf(useBanner((state) => state.categories.map((c) => c.id))).toEqualTypeOf<
      ('necessary' | 'statistics' | 'marketing')[]
    >();
    useConsent((decision) => expectTypeOf(decision).toEqualTypeOf<Decision<typeof policy>>());
    useBanner((state) => expectTypeOf(state).toEqualTypeOf<BannerState<typeof policy>>());
    // The equality compares two selections of the selector's type.
    useConsent((decision) => decision.categories.marketing, (a, b) => {
      expectTypeOf(a).toEqualTypeOf<boolean>();
      return a === b;
    });
    // @ts-expect-error: the equality must compare the selected type
    useBanner((state) => state.view, (a: number, b: number) => a === b);
    // @ts-expect-error: a category the policy does not declare
    useConsent((decision) => decision.categories.statistic);
    // Without a selector, the full result as before.
    expectTypeOf(useConsent()).toEqualTypeOf<ReturnType<typeof useConsent>>();
    expectTypeOf(useCookieKit()).toEqualTypeOf<CookieKit<typeof policy>>();
  });
});
