import { afterEach, describe, expect, it } from 'vitest';
import { h, nextTick, ref } from 'vue';
import { decodeConsent } from '../index';
import { consentCookie, mountWith, testKit } from '../test/helpers';
import { ConsentGate, type ConsentGateFallbackProps } from './ConsentGate';
import { CookiePreferences } from './CookiePreferences';

afterEach(() => {
  document.body.innerHTML = '';
});

// The gated content; a real embed would be an iframe (happy-dom does not load frames).
const video = () => h('figure', { class: 'player' }, 'Product video');

describe('ConsentGate', () => {
  it('C1: draws the placeholder, not the content, until the service is allowed', () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(ConsentGate, { id: 'video-embed' }, video));
    expect(wrapper.find('figure.player').exists()).toBe(false);
    const placeholder = wrapper.get('.ck-placeholder');
    expect(placeholder.attributes('role')).toBe('region');
    expect(placeholder.attributes('aria-label')).toBe('Blocked content: StreamTube');
    expect(placeholder.get('.ck-placeholder__text').text()).toBe(
      'This content from StreamTube (video-embed) is blocked until you allow it.',
    );
    const button = placeholder.get('button');
    expect(button.attributes()).toMatchObject({
      type: 'button',
      class: 'ck-button',
      'data-action': 'allow-service',
      'data-service': 'video-embed',
    });
    expect(button.text()).toBe('Allow StreamTube');
    wrapper.unmount();
  });

  it('C5: "Allow" grants that one service, keeping every other choice', async () => {
    const { kit, storage } = testKit({ cookie: consentCookie((s) => s.save({ categories: { statistics: true } })) });
    const wrapper = mountWith(kit, () => h(ConsentGate, { id: 'video-embed' }, video));
    await wrapper.get('[data-action="allow-service"]').trigger('click');
    expect(wrapper.find('figure.player').exists()).toBe(true);
    expect(wrapper.find('.ck-placeholder').exists()).toBe(false);
    const stored = decodeConsent(storage.value)!;
    expect(stored.categories).toEqual({ statistics: true, marketing: false });
    expect(stored.services).toMatchObject({ 'video-embed': true, 'ad-pixel': false, 'shop-analytics': true });
    wrapper.unmount();
  });

  it('shows the content at once when allowed, and hides it again when refused', async () => {
    const { kit } = testKit({ cookie: consentCookie((s) => s.acceptAll()) });
    const wrapper = mountWith(kit, () => h(ConsentGate, { id: 'marketing' }, video));
    expect(wrapper.find('figure.player').exists()).toBe(true);
    kit.store.withdraw();
    await nextTick();
    expect(wrapper.find('figure.player').exists()).toBe(false);
    expect(wrapper.get('.ck-placeholder').text()).toContain('Marketing');
    wrapper.unmount();
  });

  it('C5: for a category, "Allow" grants that category with its services (core\'s one meaning), and opens nothing', async () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => [h(ConsentGate, { id: 'statistics' }, video), h(CookiePreferences)]);
    const button = wrapper.get('[data-action="allow-service"]');
    expect(button.attributes('data-category')).toBe('statistics');
    expect(button.text()).toBe('Allow Statistics');
    await button.trigger('click');
    await nextTick();
    expect((wrapper.get('dialog').element as HTMLDialogElement).open).toBe(false);
    expect(wrapper.find('.player').exists()).toBe(true);
    expect(kit.store.allowed('statistics')).toBe(true);
    expect(kit.store.allowed('shop-analytics')).toBe(true);
    expect(kit.store.allowed('marketing')).toBe(false);
    expect(kit.store.getSnapshot().consent?.method).toBe('custom');
    wrapper.unmount();
  });

  it('the placeholder slot receives id, name and allow', async () => {
    const { kit } = testKit();
    let seen: ConsentGateFallbackProps | undefined;
    const wrapper = mountWith(kit, () =>
      h(ConsentGate, { id: 'video-embed' }, {
        default: video,
        placeholder: (gate: ConsentGateFallbackProps) => {
          seen = gate;
          return [h('button', { class: 'own', onClick: gate.allow }, `Play ${gate.name}`)];
        },
      }),
    );
    expect(seen).toMatchObject({ id: 'video-embed', name: 'StreamTube' });
    expect(wrapper.find('.ck-placeholder').exists()).toBe(false);
    await wrapper.get('button.own').trigger('click');
    expect(wrapper.find('figure.player').exists()).toBe(true);
    wrapper.unmount();
  });

  it('follows a changing id', async () => {
    const { kit } = testKit({ cookie: consentCookie((s) => s.save({ categories: { statistics: true } })) });
    const id = ref<'statistics' | 'marketing'>('statistics');
    const wrapper = mountWith(kit, () => h(ConsentGate, { id: id.value }, video));
    expect(wrapper.find('figure.player').exists()).toBe(true);
    id.value = 'marketing';
    await nextTick();
    expect(wrapper.find('figure.player').exists()).toBe(false);
    wrapper.unmount();
  });
});
