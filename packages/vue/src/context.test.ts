import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, h, type Component } from 'vue';
import { createCookieKit, useBanner, type ConsentStore } from './index';
import { policy, testKit } from './test/helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createCookieKit (plugin)', () => {
  it("is core's kit (store, banner, start) and a Vue plugin", () => {
    const kit = createCookieKit({ policy });
    expect(Object.keys(kit).sort()).toEqual(['banner', 'install', 'start', 'store']);
    expect(kit.store.policy).toBe(policy);
    expect(kit.banner.getSnapshot().showBanner).toBe(kit.store.getSnapshot().ask);
  });

  it('composables without the plugin fail with a message that says what to do', () => {
    const Lost = defineComponent({ setup: () => (useBanner(), () => null) });
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(() => mount(Lost)).toThrow(/app\.use\(createCookieKit/);
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
    createCookieKit({ policy, effects: [() => (calls.push('start'), () => {})] });
    expect(calls).toEqual([]);
    expect(document.cookie).toBe(before);
  });
});
