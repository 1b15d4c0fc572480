import { afterEach, describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { decodeConsent } from '../index';
import { consentCookie, mountWith, testKit } from '../test/helpers';
import { CookiePreferences } from './CookiePreferences';
import { CookieSettingsButton } from './CookieSettingsButton';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CookieSettingsButton', () => {
  it('C6: is drawn whatever the choice, with the markup of the contract', () => {
    const { kit } = testKit({ cookie: consentCookie() });
    const wrapper = mountWith(kit, () => h(CookieSettingsButton));
    expect(wrapper.html()).toBe(
      '<button type="button" class="ck-settings-button" data-action="open-preferences" aria-haspopup="dialog">Cookie settings</button>',
    );
    wrapper.unmount();
  });

  it('C6: withdrawing takes as many clicks as granting (settings, then Reject all / Accept all)', async () => {
    const count = async (cookie: string, action: 'reject-all' | 'accept-all') => {
      const { kit, storage } = testKit({ cookie });
      const wrapper = mountWith(kit, () => [h(CookiePreferences), h(CookieSettingsButton)]);
      let clicks = 0;
      await wrapper.get('.ck-settings-button').trigger('click');
      clicks++;
      await nextTick();
      await wrapper.get(`.ck-preferences__footer [data-action="${action}"]`).trigger('click');
      clicks++;
      const categories = decodeConsent(storage.value)!.categories;
      wrapper.unmount();
      return { clicks, categories };
    };
    const withdraw = await count(consentCookie((s) => s.acceptAll()), 'reject-all');
    const grant = await count(consentCookie((s) => s.rejectAll()), 'accept-all');
    expect(withdraw).toEqual({ clicks: 2, categories: { statistics: false, marketing: false } });
    expect(grant).toEqual({ clicks: 2, categories: { statistics: true, marketing: true } });
  });

  it('takes its label from the default slot; unstyled keeps className only', () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () =>
      h(CookieSettingsButton, { unstyled: true, className: 'footer-link' }, () => 'Privacy choices'),
    );
    expect(wrapper.get('button').text()).toBe('Privacy choices');
    expect(wrapper.get('button').classes()).toEqual(['footer-link']);
    wrapper.unmount();
  });
});
