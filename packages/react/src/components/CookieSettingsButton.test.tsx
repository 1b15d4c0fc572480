import { decodeConsent } from '@cookiekit/core';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearCookies, consentCookie, modes, renderWithKit, storedConsent } from '../test/utils';
import { CookiePreferences } from './CookiePreferences';
import { CookieSettingsButton } from './CookieSettingsButton';

afterEach(() => {
  cleanup();
  clearCookies();
});

const returning = (categories: Record<string, boolean>) => ({
  initialConsent: { cookie: storedConsent(categories), signals: {}, now: Date.now() },
});

/** Clicks `buttons` in order (each looked up when it is its turn) and returns how many were needed. */
function clicks(...selectors: string[]): number {
  for (const selector of selectors) fireEvent.click(document.querySelector(selector)!);
  return selectors.length;
}

describe.each(modes)('CookieSettingsButton (%s)', (_, wrap) => {
  it('C6: is always there and says it opens a dialog', () => {
    renderWithKit(wrap, <CookieSettingsButton />, returning({ statistics: true, marketing: true }));
    const button = screen.getByRole('button', { name: 'Cookie settings' });
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('data-action')).toBe('open-preferences');
    expect(button.className).toBe('ck-settings-button');
  });

  it('C6: reopens the preferences with the current choices', () => {
    renderWithKit(
      wrap,
      <>
        <CookieSettingsButton />
        <CookiePreferences />
      </>,
      returning({ statistics: true, marketing: false }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cookie settings' }));
    expect(document.querySelector('dialog')!.hasAttribute('open')).toBe(true);
    const input = (id: string) =>
      document.querySelector<HTMLInputElement>(`[data-category="${id}"] .ck-category__header input`)!;
    expect(input('statistics').checked).toBe(true);
    expect(input('marketing').checked).toBe(false);
  });

  it('C6: withdrawing takes no more clicks than granting', () => {
    const ui = (
      <>
        <CookieSettingsButton />
        <CookiePreferences />
      </>
    );
    renderWithKit(wrap, ui, returning({ statistics: false, marketing: false }));
    const grant = clicks('[data-action="open-preferences"]', '.ck-preferences__footer [data-action="accept-all"]');
    expect(decodeConsent(consentCookie())!.categories).toEqual({ statistics: true, marketing: true });
    const withdraw = clicks('[data-action="open-preferences"]', '.ck-preferences__footer [data-action="reject-all"]');
    expect(decodeConsent(consentCookie())!.categories).toEqual({ statistics: false, marketing: false });
    expect(withdraw).toBeLessThanOrEqual(grant);
  });

  it('takes its label from children, and drops its class when unstyled', () => {
    renderWithKit(wrap, <CookieSettingsButton unstyled className="link">Privacy choices</CookieSettingsButton>);
    const button = screen.getByRole('button', { name: 'Privacy choices' });
    expect(button.className).toBe('link');
  });
});
