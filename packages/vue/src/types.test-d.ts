import './test/register';
import {
  createCookieKit as coreCreateCookieKit,
  type BannerState,
  type CookieKit,
  type CookiePolicy as CorePolicy,
  type Decision,
} from '@cookiekit/core';
import type { Ref } from 'vue';
import { policy } from 'example-policy';
import { describe, expectTypeOf, it } from 'vitest';
import {
  ConsentGate,
  CookiePolicy,
  createCookieKit,
  createCookieKitPlugin,
  useCookieKit,
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

  it('createCookieKitPlugin is typed by the policy it is given', () => {
    const kit = createCookieKitPlugin({ policy });
    expectTypeOf(kit.store.allowed).parameter(0).toEqualTypeOf<ConsentId>();
    expectTypeOf(kit.install).toBeFunction();
    // It also wraps a kit made with core's createCookieKit.
    expectTypeOf(createCookieKitPlugin(coreCreateCookieKit({ policy })).store).toEqualTypeOf(kit.store);
  });

  it("createCookieKit is core's, unchanged: the framework-free kit, no plugin", () => {
    expectTypeOf(createCookieKit).toEqualTypeOf(coreCreateCookieKit);
    expectTypeOf(createCookieKit({ policy })).not.toHaveProperty('install');
    expectTypeOf(useCookieKit()).toEqualTypeOf<CookieKit<typeof policy>>();
  });

  it("a selector's return type is the ref's; the selector sees the typed snapshot", () => {
    expectTypeOf(useConsent((decision) => decision.categories.statistics)).toEqualTypeOf<Readonly<Ref<boolean>>>();
    expectTypeOf(useBanner((state) => state.view)).toEqualTypeOf<Readonly<Ref<'none' | 'banner' | 'preferences'>>>();
    expectTypeOf(useBanner((state) => state.categories.map((c) => c.id)).value).toEqualTypeOf<
      ('necessary' | 'statistics' | 'marketing')[]
    >();
    useConsent((decision) => expectTypeOf(decision).toEqualTypeOf<Decision<typeof policy>>());
    useBanner((state) => expectTypeOf(state).toEqualTypeOf<BannerState<typeof policy>>());
    useConsent(
      (decision) => decision.categories.marketing,
      (a, b) => {
        expectTypeOf(a).toEqualTypeOf<boolean>();
        return a === b;
      },
    );
    // @ts-expect-error: the equality must compare the selected type
    useBanner((state) => state.view, (a: number, b: number) => a === b);
    // @ts-expect-error: a category the policy does not declare
    useConsent((decision) => decision.categories.statistic);
    const selected = useConsent((decision) => decision.categories.marketing);
    // @ts-expect-error: the selected ref is readonly
    selected.value = true;
  });

  it("CookiePolicy is both the component and core's policy type", () => {
    expectTypeOf<CookiePolicy>().toEqualTypeOf<CorePolicy>();
    expectTypeOf<InstanceType<typeof CookiePolicy>['$props']['lang']>().toEqualTypeOf<string | undefined>();
  });
});
