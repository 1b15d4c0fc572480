import { afterEach, describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { decodeConsent } from '../index';
import { classNames, consentCookie, mountWith, testKit } from '../test/helpers';
import { CookieBanner } from './CookieBanner';
import { CookiePreferences } from './CookiePreferences';
import { CookieSettingsButton } from './CookieSettingsButton';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The banner, the preferences and the settings button, with the preferences opened from the button. */
async function openFromSettings(options: Parameters<typeof testKit>[0] = {}) {
  const { kit, storage } = testKit(options);
  const wrapper = mountWith(kit, () => [h(CookieBanner), h(CookiePreferences), h(CookieSettingsButton)]);
  const trigger = wrapper.get('.ck-settings-button');
  (trigger.element as HTMLElement).focus();
  await trigger.trigger('click');
  await nextTick();
  const dialog = wrapper.get('dialog').element as HTMLDialogElement;
  const switches = () =>
    Object.fromEntries(
      [...dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((input) => [
        input.closest('[data-service]')?.getAttribute('data-service') ?? input.closest('[data-category]')!.getAttribute('data-category'),
        input.checked,
      ]),
    );
  return { kit, storage, wrapper, trigger, dialog, switches };
}

describe('CookiePreferences', () => {
  it('C19: a native dialog, modal, named by its title, closed until asked', async () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(CookiePreferences));
    const dialog = wrapper.get('dialog');
    expect(dialog.classes()).toEqual(['ck-preferences']);
    expect(dialog.attributes()).toMatchObject({ 'aria-labelledby': 'ck-preferences-title', 'aria-modal': 'true', lang: 'en', dir: 'ltr' });
    expect((dialog.element as HTMLDialogElement).open).toBe(false);
    expect(wrapper.get('#ck-preferences-title').text()).toBe('Cookie preferences');
    expect(wrapper.get('[data-action="close"]').attributes('aria-label')).toBe('Close');
    // The status is a sibling of the dialog, present and empty (C21).
    const status = dialog.element.nextElementSibling!;
    expect(status.outerHTML).toBe('<p class="ck-status" role="status" aria-live="polite"></p>');
    wrapper.unmount();
  });

  it('C3: every optional switch renders unchecked; necessary is on, locked and says so', async () => {
    const { dialog, switches, wrapper } = await openFromSettings();
    expect(switches()).toEqual({
      necessary: true,
      authentication: true,
      language: true,
      csrf: true,
      'cookie-preferences': true,
      statistics: false,
      'shop-analytics': false,
      marketing: false,
      'ad-pixel': false,
      'video-embed': false,
    });
    const necessary = dialog.querySelector<HTMLInputElement>('[data-category="necessary"] .ck-category__header input')!;
    expect(necessary.disabled).toBe(true);
    expect(dialog.querySelector('[data-category="necessary"] .ck-badge')!.textContent).toBe('Always on');
    expect(dialog.querySelectorAll('.ck-badge')).toHaveLength(1);
    for (const input of dialog.querySelectorAll('input')) {
      expect(input.getAttribute('type')).toBe('checkbox');
      expect(input.getAttribute('role')).toBe('switch');
    }
    expect(
      dialog.querySelector('[data-category="statistics"] input')!.getAttribute('aria-describedby'),
    ).toBe('ck-category-statistics-description');
    expect(dialog.querySelector('#ck-category-statistics-description')!.textContent).toContain('Measure how visitors');
    wrapper.unmount();
  });

  it('C5: toggling one category changes only that one (and its services), then Save records it', async () => {
    const { dialog, switches, storage, wrapper } = await openFromSettings();
    const before = switches();
    const statistics = wrapper.get('[data-category="statistics"] .ck-category__header input');
    await statistics.setValue(true);
    const after = switches();
    const changed = Object.keys(after).filter((id) => after[id] !== before[id]);
    expect(changed).toEqual(['statistics', 'shop-analytics']);
    await wrapper.get('[data-action="save"]').trigger('click');
    await nextTick();
    const stored = decodeConsent(storage.value)!;
    expect(stored.method).toBe('custom');
    expect(stored.categories).toEqual({ statistics: true, marketing: false });
    expect(stored.services).toMatchObject({ 'shop-analytics': true, 'ad-pixel': false, 'video-embed': false });
    expect(dialog.open).toBe(false);
    wrapper.unmount();
  });

  it('C5: toggling one service changes only that service', async () => {
    const { switches, storage, wrapper } = await openFromSettings();
    const before = switches();
    await wrapper.get('[data-service="video-embed"] input').setValue(true);
    const after = switches();
    expect(Object.keys(after).filter((id) => after[id] !== before[id])).toEqual(['video-embed']);
    await wrapper.get('[data-action="save"]').trigger('click');
    const stored = decodeConsent(storage.value)!;
    expect(stored.services).toMatchObject({ 'video-embed': true, 'ad-pixel': false, 'shop-analytics': false });
    expect(stored.categories).toEqual({ statistics: false, marketing: false });
    wrapper.unmount();
  });

  it('lists services behind a disclosure with their cookies', async () => {
    const { wrapper } = await openFromSettings();
    const disclosure = wrapper.get('[data-category="statistics"] .ck-disclosure');
    expect(disclosure.attributes()).toMatchObject({ 'aria-expanded': 'false', 'aria-controls': 'ck-services-statistics' });
    expect(disclosure.text()).toBe('Show services (1)');
    const list = wrapper.get('#ck-services-statistics');
    expect(list.attributes('hidden')).toBeDefined();
    await disclosure.trigger('click');
    expect(disclosure.attributes('aria-expanded')).toBe('true');
    expect(disclosure.text()).toBe('Hide services');
    expect(list.attributes('hidden')).toBeUndefined();
    const service = wrapper.get('[data-service="shop-analytics"]');
    expect(service.get('.ck-toggle--small .ck-toggle__label').text()).toBe('Smartbump: Visit statistics (whole site)');
    expect(service.get('.ck-service__meta').text()).toBe(
      'First party · To count visits and see which pages are used, with a random visitor id',
    );
    const rows = service.findAll('table.ck-cookies tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows).toEqual([
      ['_shop_stats', '13 months'],
      ['_shop_stats_ses*', '30 minutes'],
      ['_shop_visit', '30 minutes'],
      // A prefix pattern reads as a name with a wildcard, not as a regular expression.
      ['shop_stats:*', '13 months'],
    ]);
    expect(service.findAll('th').map((th) => th.attributes('scope'))).toEqual(['col', 'col']);
    expect(wrapper.get('[data-service="ad-pixel"] .ck-service__meta').text()).toMatch(/^Third party \(AdPartner Ltd\) · /);
    wrapper.unmount();
  });

  it('C3, C20: Escape (the cancel event) closes, grants nothing, and focus returns to the trigger', async () => {
    const { dialog, storage, trigger, wrapper, kit } = await openFromSettings({ cookie: consentCookie() });
    expect(dialog.open).toBe(true);
    expect(dialog.contains(document.activeElement)).toBe(true);
    await wrapper.get('[data-category="marketing"] .ck-category__header input').setValue(true);
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    await nextTick();
    await nextTick();
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(trigger.element);
    expect(decodeConsent(storage.value)!.method).toBe('reject-all');
    expect(kit.store.allowed('marketing')).toBe(false);
    wrapper.unmount();
  });

  it('C3: the close button grants nothing; the unanswered banner stays', async () => {
    const { kit, storage } = testKit();
    const wrapper = mountWith(kit, () => [h(CookieBanner), h(CookiePreferences)]);
    const customize = wrapper.get('[data-action="customize"]');
    (customize.element as HTMLElement).focus();
    await customize.trigger('click');
    await nextTick();
    await wrapper.get('[data-category="statistics"] .ck-category__header input').setValue(true);
    await wrapper.get('[data-action="close"]').trigger('click');
    await nextTick();
    expect(storage.value).toBeNull();
    expect(kit.store.getSnapshot().ask).toBe(true);
    expect(wrapper.find('.ck-banner').exists()).toBe(true);
    expect((wrapper.get('dialog').element as HTMLDialogElement).open).toBe(false);
    expect(document.activeElement).toBe(customize.element);
    wrapper.unmount();
  });

  it('C6, C21: Reject all from the preferences withdraws and "Saved" is announced after the dialog closes', async () => {
    const { dialog, storage, wrapper } = await openFromSettings({ cookie: consentCookie((s) => s.acceptAll()) });
    expect(wrapper.get('[data-category="marketing"] .ck-category__header input').element).toHaveProperty('checked', true);
    await wrapper.get('.ck-preferences__footer [data-action="reject-all"]').trigger('click');
    await nextTick();
    expect(decodeConsent(storage.value)!.categories).toEqual({ statistics: false, marketing: false });
    expect(dialog.open).toBe(false);
    expect(wrapper.get('.ck-status').text()).toBe('Your choices have been saved.');
    // Reopening clears the status.
    await wrapper.get('.ck-settings-button').trigger('click');
    expect(wrapper.get('.ck-status').text()).toBe('');
    wrapper.unmount();
  });

  it('footer: Reject all and Accept all share element and classes; Save is primary', async () => {
    const { wrapper } = await openFromSettings();
    const footer = wrapper.get('.ck-actions.ck-preferences__footer');
    expect(footer.findAll('button').map((b) => [b.attributes('data-action'), b.classes().join(' ')])).toEqual([
      ['reject-all', 'ck-button'],
      ['accept-all', 'ck-button'],
      ['save', 'ck-button ck-button--primary'],
    ]);
    wrapper.unmount();
  });

  it('C11: with GPC on, says it is honoured, and asks before granting marketing over it', async () => {
    const { storage, wrapper, kit } = await openFromSettings({ signals: { gpc: true } });
    expect(wrapper.get('.ck-preferences__body .ck-notice').text()).toContain('Global Privacy Control');
    expect(wrapper.find('.ck-conflict').exists()).toBe(false);
    await wrapper.get('[data-category="marketing"] .ck-category__header input').setValue(true);
    const conflict = wrapper.get('.ck-conflict');
    expect(conflict.attributes('role')).toBe('alert');
    await conflict.get('[data-action="confirm-over-signal"]').trigger('click');
    expect(decodeConsent(storage.value)!.method).toBe('confirm-over-gpc');
    expect(kit.store.allowed('marketing')).toBe(true);
    wrapper.unmount();
  });

  it('unstyled drops every ck- class of the dialog and the status; class goes on the dialog (C23: no inline style)', async () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(CookiePreferences, { unstyled: true, class: 'mine', 'data-x': '1' }));
    const dialog = wrapper.get('dialog').element;
    expect(classNames(dialog).filter((c) => c.startsWith('ck-'))).toEqual([]);
    expect(dialog.className).toBe('mine');
    expect(dialog.getAttribute('data-x')).toBe('1');
    expect(dialog.nextElementSibling!.hasAttribute('class')).toBe(false);
    expect(document.body.querySelector('[style]')).toBeNull();
    wrapper.unmount();
  });
});
