import './test/register';
import type { CookiePolicy as CorePolicy } from '@cookiekit/core';
import type { policy } from 'example-policy';
import { describe, expectTypeOf, it } from 'vitest';
import { ConsentGate } from './components/ConsentGate';
import type { ConsentId, RegisteredPolicy } from './context';
import { useAllowed, useBanner, useConsent } from './hooks';
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
});
