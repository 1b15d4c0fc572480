import { createCookieKit, decodeConsent, memoryStorage } from '@cookiekit/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CookieKitProvider } from '../context';
import { clearCookies, consentCookie, modes, policy, renderWithKit, storedConsent } from '../test/utils';
import { ConsentGate } from './ConsentGate';
import { CookiePreferences } from './CookiePreferences';

afterEach(() => {
  cleanup();
  clearCookies();
});

const video = <iframe title="Product video" src="/embed.html" />;

describe.each(modes)('ConsentGate (%s)', (_, wrap) => {
  it('C1: renders nothing of its children before consent, but a named placeholder', () => {
    const { container } = renderWithKit(wrap, <ConsentGate id="video-embed">{video}</ConsentGate>);
    expect(container.querySelector('iframe')).toBeNull();
    const region = screen.getByRole('region', { name: 'Blocked content: StreamTube' });
    expect(region.className).toBe('ck-placeholder');
    expect(region.querySelector('.ck-placeholder__text')!.textContent).toBe(
      'This content from StreamTube (video-embed) is blocked until you allow it.',
    );
    const button = screen.getByRole('button', { name: 'Allow StreamTube' });
    expect(button.getAttribute('data-action')).toBe('allow-service');
    expect(button.getAttribute('data-service')).toBe('video-embed');
  });

  it('C5: "Allow" grants that one service, keeping every other choice', () => {
    const { container } = renderWithKit(wrap, <ConsentGate id="video-embed">{video}</ConsentGate>, {
      initialConsent: { cookie: storedConsent({ statistics: true, marketing: false }), signals: {}, now: Date.now() },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Allow StreamTube' }));
    expect(container.querySelector('iframe')).not.toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
    const consent = decodeConsent(consentCookie())!;
    expect(consent.categories).toEqual({ statistics: true, marketing: false });
    expect(consent.services['video-embed']).toBe(true);
    expect(consent.services['ad-pixel']).toBe(false);
  });

  it('shows its children at once for a returning visitor who allowed the category', () => {
    const { container } = renderWithKit(wrap, <ConsentGate id="marketing">{video}</ConsentGate>, {
      initialConsent: { cookie: storedConsent({ statistics: false, marketing: true }), signals: {}, now: Date.now() },
    });
    expect(container.querySelector('iframe')).not.toBeNull();
  });

  it('hides the content again when consent is withdrawn', () => {
    const kit = createCookieKit({ policy, storage: memoryStorage() });
    const { container } = renderWithKit(wrap, <ConsentGate id="statistics">{video}</ConsentGate>, { kit });
    act(() => void kit.store.acceptAll());
    expect(container.querySelector('iframe')).not.toBeNull();
    act(() => void kit.store.withdraw());
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('region', { name: /Statistics/ })).toBeTruthy();
  });

  it('follows a changing id', () => {
    const kit = createCookieKit({ policy, storage: memoryStorage() });
    act(() => void kit.store.save({ categories: { statistics: true } }));
    const ui = (id: 'statistics' | 'marketing') => (
      <CookieKitProvider kit={kit}>
        <ConsentGate id={id}>{video}</ConsentGate>
      </CookieKitProvider>
    );
    const { container, rerender } = render(wrap(ui('statistics')));
    expect(container.querySelector('iframe')).not.toBeNull();
    rerender(wrap(ui('marketing')));
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('button', { name: 'Allow Marketing' })).toBeTruthy();
  });

  it('C5: for a category, "Allow" grants that category with its services (core\'s one meaning), and opens nothing', () => {
    const kit = createCookieKit({ policy, storage: memoryStorage() });
    renderWithKit(
      wrap,
      <>
        <ConsentGate id="statistics">
          <p>chart</p>
        </ConsentGate>
        <CookiePreferences />
      </>,
      { kit },
    );
    const button = screen.getByRole('button', { name: 'Allow Statistics' });
    expect(button.getAttribute('data-category')).toBe('statistics');
    fireEvent.click(button);
    expect(document.querySelector('dialog')!.hasAttribute('open')).toBe(false);
    expect(screen.getByText('chart')).toBeTruthy();
    expect(kit.store.allowed('statistics')).toBe(true);
    expect(kit.store.allowed('shop-analytics')).toBe(true);
    expect(kit.store.allowed('marketing')).toBe(false);
    expect(kit.store.getSnapshot().consent?.method).toBe('custom');
  });

  it('draws a custom fallback with the name and an allow action', () => {
    renderWithKit(
      wrap,
      <ConsentGate
        id="video-embed"
        fallback={({ id, name, allow }) => (
          <button type="button" onClick={allow}>
            {`Load ${name} (${id})`}
          </button>
        )}
      >
        {video}
      </ConsentGate>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load StreamTube (video-embed)' }));
    expect(screen.getByTitle('Product video')).toBeTruthy();
  });

  it('unstyled drops the ck- classes, className goes on the placeholder', () => {
    const { container } = renderWithKit(wrap, <ConsentGate id="ad-pixel" unstyled className="box" />);
    expect(screen.getByRole('region').className).toBe('box');
    expect(container.querySelectorAll('[class*="ck-"]')).toHaveLength(0);
  });
});
