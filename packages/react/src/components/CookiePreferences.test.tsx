import { decodeConsent } from '@cookiekit/core';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useConsent } from '../hooks';
import { clearCookies, consentCookie, modes, renderWithKit, storedConsent } from '../test/utils';
import { CookieBanner } from './CookieBanner';
import { CookiePreferences } from './CookiePreferences';
import { CookieSettingsButton } from './CookieSettingsButton';

afterEach(() => {
  cleanup();
  clearCookies();
});

const dialog = () => document.querySelector('dialog')!;
const switches = () => within(dialog()).getAllByRole('switch', { hidden: true }) as HTMLInputElement[];
const categorySwitch = (id: string) =>
  dialog().querySelector<HTMLInputElement>(`[data-category="${id}"] .ck-category__header input`)!;
const serviceSwitch = (id: string) => dialog().querySelector<HTMLInputElement>(`[data-service="${id}"] input`)!;
const checkedState = () => switches().map((s) => s.checked);
const cancel = () => fireEvent(dialog(), new Event('cancel', { cancelable: true }));

function Decision() {
  const { decision } = useConsent();
  return <pre data-testid="decision">{JSON.stringify(decision.categories)}</pre>;
}

function openFromSettings(): HTMLElement {
  const button = screen.getByRole('button', { name: 'Cookie settings' });
  button.focus();
  fireEvent.click(button);
  return button;
}

const ui = (
  <>
    <CookieBanner />
    <CookiePreferences />
    <CookieSettingsButton />
    <Decision />
  </>
);

describe.each(modes)('CookiePreferences (%s)', (_, wrap) => {
  it('stays closed until asked for, with its status region already in the page', () => {
    renderWithKit(wrap, ui);
    expect(dialog().hasAttribute('open')).toBe(false);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.parentElement).toBe(dialog().parentElement);
  });

  it('C19, C20: opens as a named modal dialog with focus inside', () => {
    renderWithKit(wrap, ui);
    openFromSettings();
    expect(dialog().hasAttribute('open')).toBe(true);
    expect(dialog().getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog().getAttribute('aria-labelledby')!)!.textContent).toBe('Cookie preferences');
    expect(dialog().contains(document.activeElement)).toBe(true);
  });

  it('C3: every optional switch renders unchecked; necessary is on, locked and badged', () => {
    renderWithKit(wrap, ui);
    openFromSettings();
    for (const id of ['statistics', 'marketing']) {
      expect(categorySwitch(id).checked).toBe(false);
      expect(categorySwitch(id).disabled).toBe(false);
    }
    for (const id of ['shop-analytics', 'ad-pixel', 'video-embed']) expect(serviceSwitch(id).checked).toBe(false);
    expect(categorySwitch('necessary').checked).toBe(true);
    expect(categorySwitch('necessary').disabled).toBe(true);
    expect(dialog().querySelector('[data-category="necessary"] .ck-badge')!.textContent).toBe('Always on');
    expect(dialog().querySelectorAll('.ck-badge')).toHaveLength(1);
    for (const s of switches()) expect(s.getAttribute('type')).toBe('checkbox');
  });

  it('C5: toggling one category changes only that one (and its services)', () => {
    renderWithKit(wrap, ui);
    openFromSettings();
    const before = checkedState();
    fireEvent.click(categorySwitch('statistics'));
    const after = checkedState();
    const changed = after.map((v, i) => v !== before[i]);
    const expected = switches().map((s) => s === categorySwitch('statistics') || s === serviceSwitch('shop-analytics'));
    expect(changed).toEqual(expected);
    expect(categorySwitch('marketing').checked).toBe(false);
  });

  it('C5: toggling one service changes only that service, and saving grants only it', () => {
    renderWithKit(wrap, ui);
    openFromSettings();
    const before = checkedState();
    fireEvent.click(serviceSwitch('video-embed'));
    const changed = checkedState().map((v, i) => v !== before[i]);
    expect(changed.filter(Boolean)).toHaveLength(1);
    expect(serviceSwitch('video-embed').checked).toBe(true);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save choices', hidden: true }));
    const consent = decodeConsent(consentCookie())!;
    expect(consent.method).toBe('custom');
    expect(consent.categories).toEqual({ statistics: false, marketing: false });
    expect(consent.services['video-embed']).toBe(true);
    expect(consent.services['ad-pixel']).toBe(false);
  });

  it('lists each category\'s services with their cookies behind a disclosure', () => {
    renderWithKit(wrap, ui);
    openFromSettings();
    const disclosure = within(dialog()).getByRole('button', { name: 'Show services (2)', hidden: true });
    expect(disclosure.getAttribute('aria-controls')).toBe('ck-services-marketing');
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById('ck-services-marketing')!;
    expect(list.hidden).toBe(true);
    fireEvent.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    expect(disclosure.textContent).toBe('Hide services');
    expect(list.hidden).toBe(false);
    const pixel = list.querySelector('[data-service="ad-pixel"]')!;
    expect(pixel.querySelector('.ck-toggle__label')!.textContent).toBe('AdPartner: Advertising measurement (product pages)');
    expect(pixel.querySelector('.ck-service__meta')!.textContent).toContain('Third party (AdPartner Ltd)');
    const rows = [...pixel.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows).toEqual([
      ['_adp_uid', '13 months'],
      ['_adp_seen', '30 days'],
    ]);
    expect([...pixel.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
  });

  it('C3, C20: Escape grants nothing, closes, and returns focus to the trigger', () => {
    renderWithKit(wrap, ui, { initialConsent: { cookie: storedConsent(), signals: {}, now: Date.now() } });
    const trigger = openFromSettings();
    fireEvent.click(categorySwitch('statistics'));
    const event = new Event('cancel', { cancelable: true });
    act(() => void dialog().dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(trigger);
    expect(screen.getByTestId('decision').textContent).toBe('{"necessary":true,"statistics":false,"marketing":false}');
    expect(consentCookie()).toBe(null);
  });

  it('C3: closing from a first visit records nothing and leaves the banner up, focus back on Customize', () => {
    renderWithKit(wrap, ui);
    const customize = screen.getByRole('button', { name: 'Customize' });
    customize.focus();
    fireEvent.click(customize);
    fireEvent.click(categorySwitch('marketing'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Close', hidden: true }));
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(consentCookie()).toBe(null);
    expect(screen.getByRole('dialog', { name: 'Cookies on this site' })).toBeTruthy();
    expect(document.activeElement).toBe(customize);
    cancel();
    expect(consentCookie()).toBe(null);
  });

  it('C21: saving closes the dialog and announces it in the status region', () => {
    renderWithKit(wrap, ui);
    openFromSettings();
    fireEvent.click(categorySwitch('statistics'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Save choices', hidden: true }));
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Your choices have been saved.');
    expect(screen.getByTestId('decision').textContent).toBe('{"necessary":true,"statistics":true,"marketing":false}');
    expect(screen.queryByRole('dialog', { name: 'Cookies on this site' })).toBeNull();
  });

  it('C4: in the dialog too, Reject all and Accept all are the same element with the same classes', () => {
    renderWithKit(wrap, ui);
    openFromSettings();
    const footer = dialog().querySelector('.ck-preferences__footer')!;
    const reject = footer.querySelector('[data-action="reject-all"]')!;
    const accept = footer.querySelector('[data-action="accept-all"]')!;
    expect(reject.tagName).toBe(accept.tagName);
    expect(reject.className).toBe(accept.className);
    fireEvent.click(reject);
    expect(decodeConsent(consentCookie())!.method).toBe('reject-all');
  });

  it('C11: with GPC on, granting marketing asks for confirmation before it counts', () => {
    renderWithKit(wrap, ui, { initialConsent: { cookie: null, signals: { gpc: true }, now: Date.now() } });
    openFromSettings();
    expect(dialog().querySelector('.ck-notice')!.textContent).toMatch(/Global Privacy Control/);
    expect(within(dialog()).queryByRole('alert', { hidden: true })).toBeNull();
    fireEvent.click(categorySwitch('marketing'));
    const alert = within(dialog()).getByRole('alert', { hidden: true });
    fireEvent.click(within(alert).getByRole('button', { name: 'Allow anyway', hidden: true }));
    expect(decodeConsent(consentCookie())!.method).toBe('confirm-over-gpc');
    expect(screen.getByTestId('decision').textContent).toBe('{"necessary":true,"statistics":false,"marketing":true}');
  });

  it('unstyled drops every ck- class, className goes on the dialog, no style attributes (C23)', () => {
    const { container } = renderWithKit(wrap, <CookiePreferences unstyled className="prefs" />);
    expect(dialog().className).toBe('prefs');
    expect(container.querySelectorAll('[class*="ck-"]')).toHaveLength(0);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});
