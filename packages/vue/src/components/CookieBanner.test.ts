import { afterEach, describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { decodeConsent, en } from '../index';
import { classNames, consentCookie, mountWith, testKit } from '../test/helpers';
import { CookieBanner } from './CookieBanner';
import { CookiePreferences } from './CookiePreferences';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CookieBanner', () => {
  it('C19: draws a non-modal dialog named by its title and described by its text', () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(CookieBanner));
    const banner = wrapper.get('section.ck-banner');
    expect(banner.attributes()).toMatchObject({
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': 'ck-banner-title',
      'aria-describedby': 'ck-banner-text',
      lang: 'en',
      dir: 'ltr',
    });
    expect(wrapper.get('#ck-banner-title').element.tagName).toBe('H2');
    expect(wrapper.get('#ck-banner-title').text()).toBe('Cookies on this site');
    expect(wrapper.get('#ck-banner-text').classes()).toEqual(['ck-text']);
    expect(wrapper.get('a.ck-link').attributes('href')).toBe('/cookie-policy');
    expect(wrapper.findAll('.ck-notice')).toHaveLength(0);
    wrapper.unmount();
  });

  it('C4: Accept all and Reject all are the same element with the same classes', () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(CookieBanner));
    const accept = wrapper.get('[data-action="accept-all"]').element;
    const reject = wrapper.get('[data-action="reject-all"]').element;
    expect(reject.tagName).toBe(accept.tagName);
    expect(reject.getAttribute('type')).toBe('button');
    expect(reject.className).toBe(accept.className);
    expect(reject.className).toBe('ck-button');
    expect(reject.parentElement).toBe(accept.parentElement);
    expect(wrapper.get('[data-action="customize"]').classes()).toEqual(['ck-button', 'ck-button--link']);
    wrapper.unmount();
  });

  it('C4, C19: the layout prop becomes the banner\'s data attributes; the choices stay the same element', () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(CookieBanner, { layout: { type: 'cloud', position: 'top' } }));
    const banner = wrapper.get('.ck-banner').element;
    expect([banner.getAttribute('data-ck-layout'), banner.getAttribute('data-ck-position')]).toEqual(['cloud', 'top']);
    expect(banner.getAttribute('aria-modal')).toBe('false');
    expect(wrapper.get('[data-action="reject-all"]').classes()).toEqual(wrapper.get('[data-action="accept-all"]').classes());
    wrapper.unmount();
  });

  it('Reject all records a refusal and hides the banner; the page content stays (C4, C7)', async () => {
    const { kit, storage } = testKit();
    const wrapper = mountWith(kit, () => [h('main', 'shop'), h(CookieBanner)]);
    await wrapper.get('[data-action="reject-all"]').trigger('click');
    expect(wrapper.find('.ck-banner').exists()).toBe(false);
    expect(wrapper.get('main').text()).toBe('shop');
    const stored = decodeConsent(storage.value);
    expect(stored?.method).toBe('reject-all');
    expect(stored?.categories).toEqual({ statistics: false, marketing: false });
    wrapper.unmount();
  });

  it('Accept all grants every optional category', async () => {
    const { kit, storage } = testKit();
    const wrapper = mountWith(kit, () => h(CookieBanner));
    await wrapper.get('[data-action="accept-all"]').trigger('click');
    expect(decodeConsent(storage.value)?.categories).toEqual({ statistics: true, marketing: true });
    expect(wrapper.find('.ck-banner').exists()).toBe(false);
    wrapper.unmount();
  });

  it('Customize opens the preferences and keeps the banner beneath (focus can return to it)', async () => {
    const { kit, storage } = testKit();
    const wrapper = mountWith(kit, () => [h(CookieBanner), h(CookiePreferences)]);
    await wrapper.get('[data-action="customize"]').trigger('click');
    await nextTick();
    expect((wrapper.get('dialog').element as HTMLDialogElement).open).toBe(true);
    expect(wrapper.find('.ck-banner').exists()).toBe(true);
    expect(storage.value).toBeNull();
    wrapper.unmount();
  });

  it('is not drawn for a returning visitor, and says why it asks again after a policy change', () => {
    const returning = testKit({ cookie: consentCookie() });
    const none = mountWith(returning.kit, () => h(CookieBanner));
    expect(none.find('.ck-banner').exists()).toBe(false);
    none.unmount();

    const changed = testKit({ cookie: consentCookie(undefined, { revision: '2020-01-01' }) });
    const again = mountWith(changed.kit, () => h(CookieBanner));
    expect(again.get('.ck-notice').text()).toBe('Our cookie policy has changed since your last choice.');
    again.unmount();
  });

  it('C11: shows the GPC notice when the signal is on', () => {
    const { kit } = testKit({ signals: { gpc: true } });
    const wrapper = mountWith(kit, () => h(CookieBanner));
    expect(wrapper.get('.ck-notice').text()).toContain('Global Privacy Control');
    wrapper.unmount();
  });

  it('unstyled drops every ck- class; className and class add to the root (C23: no inline style)', () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(CookieBanner, { unstyled: true, className: 'mine', class: 'also' }));
    const root = wrapper.get('section').element;
    expect(classNames(root).filter((c) => c.startsWith('ck-'))).toEqual([]);
    expect([...root.classList].sort()).toEqual(['also', 'mine']);
    expect(root.querySelector('[style]')).toBeNull();
    expect(root.hasAttribute('style')).toBe(false);
    expect(root.querySelector('[data-action="reject-all"]')!.hasAttribute('class')).toBe(false);

    const styled = mountWith(testKit().kit, () => h(CookieBanner, { className: 'mine' }));
    expect(styled.get('section').classes()).toEqual(['ck-banner', 'mine']);
    wrapper.unmount();
    styled.unmount();
  });

  it('draws the catalog and language it was given', () => {
    const { kit } = testKit({
      messages: { ...en, lang: 'de', banner: { ...en.banner, rejectAll: 'Alle ablehnen' } },
    });
    const wrapper = mountWith(kit, () => h(CookieBanner));
    expect(wrapper.get('section').attributes('lang')).toBe('de');
    expect(wrapper.get('[data-action="reject-all"]').text()).toBe('Alle ablehnen');
    wrapper.unmount();
  });
});
