import { afterEach, describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { decodeConsent, en, enRegimes, regimeLayouts } from '../index';
import { mountWith, testKit } from '../test/helpers';
import { CookieBanner } from './CookieBanner';
import { CookiePreferences } from './CookiePreferences';
import { OptOutLinks } from './OptOutLinks';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('OptOutLinks and the opt-out layout', () => {
  it('C25: the link opens the preferences instead of leaving the page; "Opt out" refuses marketing and the link says it is honoured', async () => {
    const { kit, storage } = testKit({ signals: { regime: 'opt-out' }, messages: { ...en, regimes: enRegimes }, regimeLayouts });
    const wrapper = mountWith(kit, () => [h(CookieBanner), h(OptOutLinks), h(CookiePreferences)]);
    const link = wrapper.get('a.ck-optout-link');
    expect(link.text()).toBe('Do Not Sell or Share My Personal Information');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.element.dispatchEvent(click);
    await nextTick();
    expect(click.defaultPrevented).toBe(true);
    expect(wrapper.get('dialog.ck-preferences').attributes()).toHaveProperty('open');
    await wrapper.get('[data-action="close"]').trigger('click');
    await wrapper.get('section.ck-banner [data-action="opt-out"]').trigger('click');
    expect(decodeConsent(storage.value!)).toMatchObject({ regime: 'opt-out', categories: { marketing: false, statistics: true } });
    expect(wrapper.get('.ck-optout-status').text()).toBe('Opt-out request honoured');
    wrapper.unmount();
  });

  it('C25: draws nothing under opt-in', () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(OptOutLinks));
    expect(wrapper.find('.ck-optout').exists()).toBe(false);
    wrapper.unmount();
  });
});
