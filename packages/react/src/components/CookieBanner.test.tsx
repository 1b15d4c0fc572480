import { decodeConsent } from '@cookiekit/core';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearCookies, consentCookie, modes, policy, renderWithKit, storedConsent } from '../test/utils';
import { CookieBanner } from './CookieBanner';
import { CookiePreferences } from './CookiePreferences';

afterEach(() => {
  cleanup();
  clearCookies();
});

describe.each(modes)('CookieBanner (%s)', (_, wrap) => {
  it('C19: a first visit shows a named, non-modal dialog in the catalog language', () => {
    renderWithKit(wrap, <CookieBanner />);
    const banner = screen.getByRole('dialog', { name: 'Cookies on this site' });
    expect(banner.tagName).toBe('SECTION');
    expect(banner.getAttribute('aria-modal')).toBe('false');
    expect(banner.getAttribute('aria-describedby')).toBe('ck-banner-text');
    expect(banner.getAttribute('lang')).toBe('en');
    expect(banner.getAttribute('dir')).toBe('ltr');
    expect(banner.className).toBe('ck-banner');
    expect(screen.getByRole('link', { name: 'Cookie policy' }).getAttribute('href')).toBe('/cookie-policy');
  });

  it('C4: Accept all and Reject all are the same element with the same classes', () => {
    renderWithKit(wrap, <CookieBanner />);
    const accept = screen.getByRole('button', { name: 'Accept all' });
    const reject = screen.getByRole('button', { name: 'Reject all' });
    expect(reject.tagName).toBe(accept.tagName);
    expect(reject.className).toBe(accept.className);
    expect(reject.parentElement).toBe(accept.parentElement);
    expect([...reject.attributes].map((a) => a.name).sort()).toEqual([...accept.attributes].map((a) => a.name).sort());
  });

  it('C4, C19: the layout prop becomes the banner\'s data attributes; the choices stay the same element', () => {
    renderWithKit(wrap, <CookieBanner layout={{ type: 'box', position: 'bottom-start' }} />);
    const banner = screen.getByRole('dialog');
    expect([banner.getAttribute('data-ck-layout'), banner.getAttribute('data-ck-position')]).toEqual(['box', 'bottom-start']);
    expect(banner.getAttribute('aria-modal')).toBe('false');
    const accept = screen.getByRole('button', { name: 'Accept all' });
    expect(screen.getByRole('button', { name: 'Reject all' }).className).toBe(accept.className);
    expect(() => renderWithKit(wrap, <CookieBanner layout={{ type: 'bar', position: 'left' } as never} />)).toThrow(/no banner layout {"type":"bar","position":"left"}/);
  });

  it('C4, C7: Reject all hides the banner and remembers the refusal in the consent cookie', () => {
    renderWithKit(wrap, <CookieBanner />);
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const consent = decodeConsent(consentCookie());
    expect(consent?.method).toBe('reject-all');
    expect(consent?.categories).toEqual({ statistics: false, marketing: false });
  });

  it('Accept all hides the banner and grants every optional category', () => {
    renderWithKit(wrap, <CookieBanner />);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(decodeConsent(consentCookie())?.categories).toEqual({ statistics: true, marketing: true });
  });

  it('Customize opens the preferences and keeps the banner drawn under them', () => {
    renderWithKit(
      wrap,
      <>
        <CookieBanner />
        <CookiePreferences />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Customize' }));
    expect(document.querySelector('dialog.ck-preferences')!.hasAttribute('open')).toBe(true);
    expect(document.querySelector('section.ck-banner')).not.toBeNull();
    expect(consentCookie()).toBeNull();
  });

  it('a returning visitor with a valid choice sees no banner', () => {
    const now = Date.now();
    renderWithKit(wrap, <CookieBanner />, {
      initialConsent: { cookie: storedConsent(), signals: {}, now },
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('C7: a choice made on an older policy revision brings the banner back, saying why', () => {
    renderWithKit(wrap, <CookieBanner />, {
      initialConsent: { cookie: storedConsent(undefined, { revision: 'older' }), signals: {}, now: Date.now() },
    });
    const banner = screen.getByRole('dialog', { name: 'Cookies on this site' });
    expect(banner.querySelector('.ck-notice')?.textContent).toBe('Our cookie policy has changed since your last choice.');
  });

  it('C11: with GPC on, the banner says the signal is honoured', () => {
    renderWithKit(wrap, <CookieBanner />, { initialConsent: { cookie: null, signals: { gpc: true }, now: Date.now() } });
    expect(screen.getByText(/Global Privacy Control/).className).toBe('ck-notice');
  });

  it('unstyled drops every ck- class, className adds to the root, and no style attribute is used (C23)', () => {
    const { container } = renderWithKit(wrap, <CookieBanner unstyled className="my-banner" />);
    const banner = container.querySelector('section')!;
    expect(banner.className).toBe('my-banner');
    expect(container.querySelectorAll('[class*="ck-"]')).toHaveLength(0);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
    cleanup();
    const styled = renderWithKit(wrap, <CookieBanner className="my-banner" />);
    expect(styled.container.querySelector('section')!.className).toBe('ck-banner my-banner');
  });

  it('C3: nothing is stored before a choice is made', () => {
    renderWithKit(wrap, <CookieBanner />);
    expect(document.cookie).toBe('');
    expect(policy.categories.length).toBeGreaterThan(1);
  });
});
