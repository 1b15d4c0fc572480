import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, effectScope, h, isReadonly, nextTick, ref } from 'vue';
import { useAllowed, useBanner, useConsent, useCookieKit } from './index';
import { consentCookie, testKit } from './test/helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Runs composables inside a component under the plugin and returns what they gave. */
function inComponent<T>(kit: ReturnType<typeof testKit>['kit'], use: () => T) {
  let result!: T;
  const Probe = defineComponent({
    setup() {
      result = use();
      return () => h('p');
    },
  });
  const wrapper = mount(Probe, { global: { plugins: [kit] } });
  return { result, wrapper };
}

/** Counts the live subscriptions of a snapshot source. */
function countSubscriptions(source: { subscribe(listener: () => void): () => void }) {
  const live = { count: 0 };
  const subscribe = source.subscribe.bind(source);
  source.subscribe = (listener) => {
    live.count++;
    const off = subscribe(listener);
    return () => {
      live.count--;
      off();
    };
  };
  return live;
}

describe('composables', () => {
  it('useConsent: a readonly decision ref that follows the store, and the store actions', async () => {
    const { kit } = testKit();
    const { result } = inComponent(kit, () => useConsent());
    await nextTick();
    expect(isReadonly(result.decision)).toBe(true);
    expect(result.decision.value.ask).toBe(true);
    expect(result.allowed('statistics')).toBe(false);
    result.save({ categories: { statistics: true } });
    expect(result.decision.value).toBe(kit.store.getSnapshot());
    expect(result.allowed('statistics')).toBe(true);
    expect(result.allowed('marketing')).toBe(false);
    result.withdraw();
    expect(result.allowed('statistics')).toBe(false);
    expect(result.decision.value.consent?.method).toBe('withdraw');
  });

  it('the refs cannot be written', async () => {
    const { kit } = testKit();
    const { result } = inComponent(kit, () => useBanner());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const before = result.state.value;
    (result.state as { value: unknown }).value = null;
    expect(result.state.value).toBe(before);
    expect(warn.mock.calls.join(' ')).toMatch(/readonly/);
    warn.mockRestore();
  });

  it('useAllowed: a boolean ref per id, updated on grant and revocation', async () => {
    const { kit } = testKit({ cookie: consentCookie() });
    const { result } = inComponent(kit, () => ({ stats: useAllowed('statistics'), video: useAllowed('video-embed') }));
    await nextTick();
    expect([result.stats.value, result.video.value]).toEqual([false, false]);
    kit.banner.allowService('video-embed');
    expect([result.stats.value, result.video.value]).toEqual([false, true]);
    kit.store.acceptAll();
    expect([result.stats.value, result.video.value]).toEqual([true, true]);
    kit.store.rejectAll();
    expect([result.stats.value, result.video.value]).toEqual([false, false]);
  });

  it('useBanner: state ref plus the banner model actions (C3: nothing pre-ticked)', async () => {
    const { kit } = testKit();
    const { result } = inComponent(kit, () => useBanner());
    await nextTick();
    expect(result.state.value.showBanner).toBe(true);
    result.openPreferences();
    expect(result.state.value.showPreferences).toBe(true);
    expect(result.state.value.categories.filter((c) => !c.locked).map((c) => c.checked)).toEqual([false, false]);
    result.toggleCategory('statistics');
    expect(result.state.value.categories.find((c) => c.id === 'statistics')?.checked).toBe(true);
    result.close();
    expect(kit.store.allowed('statistics')).toBe(false);
  });

  it('a client-only first render (nothing to hydrate) draws the live snapshot, as do later components', async () => {
    const { kit } = testKit();
    kit.store.acceptAll(); // a change between creating the kit and mounting
    const probe = (seen: boolean[]) =>
      defineComponent({
        setup() {
          const stats = useAllowed('statistics');
          return () => (seen.push(stats.value), h('p'));
        },
      });
    const first: boolean[] = [];
    const later: boolean[] = [];
    const First = probe(first);
    const Later = probe(later);
    const showLater = ref(false);
    const App = defineComponent({ setup: () => () => [h(First), showLater.value ? h(Later) : null] });
    const wrapper = mount(App, { global: { plugins: [kit] } });
    await nextTick();
    // The server snapshot is for hydration only: a fresh mount shows no first frame of it.
    expect(first).toEqual([true]);
    // Components created after the first render start from the live snapshot.
    showLater.value = true;
    await nextTick();
    expect(later).toEqual([true]);
    wrapper.unmount();
  });

  it('subscribes once mounted and unsubscribes on unmount', async () => {
    const { kit } = testKit();
    const store = countSubscriptions(kit.store);
    const banner = countSubscriptions(kit.banner);
    const Probe = defineComponent({
      setup() {
        useConsent();
        useAllowed('marketing');
        useBanner();
        expect(store.count + banner.count).toBe(0);
        return () => h('p');
      },
    });
    const wrapper = mount(Probe, { global: { plugins: [kit] } });
    expect(store.count).toBeGreaterThan(0);
    expect(banner.count).toBe(1);
    wrapper.unmount();
    expect(store.count).toBe(0);
    expect(banner.count).toBe(0);
  });

  it('outside a component: subscribes at once in an effect scope and stops with it', () => {
    const { kit } = testKit();
    const app = createApp({ render: () => null });
    app.use(kit);
    const scope = effectScope();
    const stats = app.runWithContext(() => scope.run(() => useAllowed('statistics')))!;
    kit.store.acceptAll();
    expect(stats.value).toBe(true);
    scope.stop();
    kit.store.rejectAll();
    expect(stats.value).toBe(true); // no longer following
  });

  it('useConsent(selector): a ref that changes, and re-renders, only when the selected category does', async () => {
    const { kit } = testKit();
    let renders = 0;
    const Stats = defineComponent({
      setup() {
        const stats = useConsent((decision) => decision.categories.statistics);
        return () => (renders++, h('p', stats.value ? 'stats on' : 'stats off'));
      },
    });
    const wrapper = mount(Stats, { global: { plugins: [kit] } });
    await nextTick();
    const before = renders;
    kit.store.save({ categories: { marketing: true } });
    await nextTick();
    kit.store.save({ categories: { marketing: false }, services: { 'video-embed': true } });
    await nextTick();
    expect(renders).toBe(before);
    expect(wrapper.text()).toBe('stats off');
    kit.store.save({ categories: { statistics: true } });
    await nextTick();
    expect(wrapper.text()).toBe('stats on');
    expect(renders).toBe(before + 1);
    wrapper.unmount();
  });

  it('useBanner(selector): another toggle in the preferences does not re-render a component that reads one switch', async () => {
    const { kit } = testKit();
    let renders = 0;
    const Switch = defineComponent({
      setup() {
        const checked = useBanner((state) => state.categories.find((c) => c.id === 'statistics')!.checked);
        return () => (renders++, h('p', checked.value ? 'on' : 'off'));
      },
    });
    const wrapper = mount(Switch, { global: { plugins: [kit] } });
    kit.banner.openPreferences();
    await nextTick();
    const before = renders;
    kit.banner.toggleCategory('marketing');
    kit.banner.toggleService('video-embed');
    await nextTick();
    kit.banner.toggleExpanded('statistics');
    await nextTick();
    expect(renders).toBe(before);
    kit.banner.toggleCategory('statistics');
    await nextTick();
    expect(wrapper.text()).toBe('on');
    expect(renders).toBe(before + 1);
    wrapper.unmount();
  });

  it('a selector with an equality keeps the previous value for an equal selection', async () => {
    const { kit } = testKit();
    const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    const { result, wrapper } = inComponent(kit, () =>
      useConsent((decision) => Object.entries(decision.categories).filter(([, on]) => on).map(([id]) => id), sameList),
    );
    await nextTick();
    const first = result.value;
    kit.store.save({ categories: {}, services: { 'video-embed': true } });
    expect(result.value).toBe(first);
    kit.store.save({ categories: { statistics: true } });
    expect(result.value).toEqual(['necessary', 'statistics']);
    expect(isReadonly(result)).toBe(true);
    wrapper.unmount();
  });

  it('useCookieKit gives the kit the plugin provided', () => {
    const { kit } = testKit();
    const { result, wrapper } = inComponent(kit, () => useCookieKit());
    expect(result.store).toBe(kit.store);
    expect(result.banner).toBe(kit.banner);
    wrapper.unmount();
  });
});
