import { decodeConsent, en, enRegimes, regimeLayouts } from '@cookiekit/core';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearCookies, consentCookie, modes, renderWithKit } from '../test/utils';
import { CookieBanner } from './CookieBanner';
import { CookiePreferences } from './CookiePreferences';
import { OptOutLinks } from './OptOutLinks';

afterEach(() => {
  cleanup();
  clearCookies();
});

const under = (regime: 'opt-in' | 'opt-out') => ({
  initialConsent: { cookie: null, signals: { regime }, now: Date.now() },
  messages: { ...en, regimes: enRegimes },
  regimeLayouts,
});

describe.each(modes)('OptOutLinks and the opt-out layout (%s)', (_, wrap) => {
  it('C25: the link opens the preferences instead of leaving the page; "Opt out" refuses marketing and the link says it is honoured', () => {
    renderWithKit(
      wrap,
      <>
        <CookieBanner />
        <OptOutLinks />
        <CookiePreferences />
      </>,
      under('opt-out'),
    );
    const link = screen.getByRole('link', { name: 'Do Not Sell or Share My Personal Information' });
    // fireEvent returns false when a handler called preventDefault: the page stays.
    expect(fireEvent.click(link)).toBe(false);
    expect(document.querySelector('dialog.ck-preferences')!.hasAttribute('open')).toBe(true);
    fireEvent.click(document.querySelector('[data-action="close"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Opt out' }));
    expect(decodeConsent(consentCookie()!)).toMatchObject({ regime: 'opt-out', categories: { marketing: false, statistics: true } });
    expect(document.querySelector('.ck-optout-status')!.textContent).toBe('Opt-out request honoured');
  });

  it('C25: draws nothing under opt-in', () => {
    const { container } = renderWithKit(wrap, <OptOutLinks />, under('opt-in'));
    expect(container.innerHTML).toBe('');
  });
});
