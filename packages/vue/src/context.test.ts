import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, h, type Component } from 'vue';
import { createCookieKitPlugin, useBanner, type ConsentStore } from './index';
import { consentCookie, policy, testKit } from './test/helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createCookieKitPlugin', () => {
  it("is core's kit (store, banner, start) and a Vue plugin", () => {
    const kit = createCookieKitPlugin({ policy });
    expect(Object.keys(kit).sort()).toEqual(['banner', 'install', 'start', 'store']);
    expect(kit.store.policy).toBe(policy);
    expect(kit.banner.getSnapshot().showBanner).toBe(kit.store.getSnapshot().ask);
  });

  it('composables without the plugin fail with a message that says what to do', () => {
    const Lost = defineComponent({ setup: () => (useBanner(), () => null) });
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(() => mount(Lost)).toThrow(/app\.use\(createCookieKitPlugin/);
    } finally {
      console.warn = warn;
    }
  });

  it('starts the browser effects after the first render, once, and stops them with the app', () => {
    const calls: string[] = [];
    const effect = (store: ConsentStore) => {
      calls.push(`start ${store.policy.revision}`);
      return () => calls.push('stop');
    };
    const { kit } = testKit({ effects: [effect] });
    const Probe = defineComponent({
      setup() {
        useBanner();
        calls.push('setup');
        return () => h('p');
      },
    });
    const app = createApp({ render: () => [h(Probe), h(Probe)] as unknown as Component });
    app.use(kit);
    expect(calls).toEqual([]);
    const root = document.createElement('div');
    document.body.append(root);
    app.mount(root);
    expect(calls).toEqual(['setup', 'setup', `start ${policy.revision}`]);
    app.unmount();
    expect(calls).toEqual(['setup', 'setup', `start ${policy.revision}`, 'stop']);
  });

  it('creating it touches no cookie and starts nothing', () => {
    const before = document.cookie;
    const calls: string[] = [];
    createCookieKitPlugin({ policy, effects: [() => (calls.push('start'), () => {})] });
    expect(calls).toEqual([]);
    expect(document.cookie).toBe(before);
  });

  it('C1, C6, C10: with no cookiekit component at all, the plugin enforces the choice once the app is mounted', async () => {
    // A returning visitor who allowed statistics and refused marketing, with GPC on.
    const { kit } = testKit({ cookie: consentCookie((s) => s.save({ categories: { statistics: true } })) });
    (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl = true;
    document.cookie = '_adp_uid=tracker; path=/';
    document.cookie = 'csrftoken=keep; path=/';
    document.body.innerHTML =
      '<script type="text/plain" data-category="statistics">window.statsRan = true</script>' +
      '<script type="text/plain" data-category="marketing">window.adsRan = true</script>' +
      '<div id="app"></div>';
    const app = createApp({ render: () => h('main', 'A page that uses no cookiekit component') });
    app.use(kit);
    try {
      // happy-dom does not run scripts: an activated script is the inert one replaced by a runnable copy.
      const type = (category: string) => document.querySelector(`script[data-category="${category}"]`)!.getAttribute('type');
      // Installed but not mounted yet: nothing runs (the first render or hydration stays pure).
      expect(type('statistics')).toBe('text/plain');
      expect(document.cookie).toContain('_adp_uid');
      app.mount('#app');
      await new Promise((r) => setTimeout(r, 0));
      expect(type('statistics')).toBeNull();
      expect(type('marketing')).toBe('text/plain');
      expect(document.cookie).not.toContain('_adp_uid');
      expect(document.cookie).toContain('csrftoken=keep');
      expect(kit.store.getSignals().gpc).toBe(true);
      expect(kit.store.getSnapshot().signal.active).toBe(true);
      app.unmount();
      // Stopped with the app: a later withdrawal deletes nothing.
      document.cookie = '_shop_stats=again; path=/';
      kit.store.withdraw();
      await new Promise((r) => setTimeout(r, 0));
      expect(document.cookie).toContain('_shop_stats=again');
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
      document.cookie = 'csrftoken=; Max-Age=0; path=/';
      document.cookie = '_shop_stats=; Max-Age=0; path=/';
    }
  });
});
