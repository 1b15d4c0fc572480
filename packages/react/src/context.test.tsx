import { createCookieKit, memoryStorage } from '@cookiekit/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CookieKitProvider } from './context';
import { useConsent } from './hooks';
import { clearCookies, modes, policy, renderWithKit, storedConsent } from './test/utils';

afterEach(() => {
  cleanup();
  clearCookies();
});

function Ask() {
  const { decision } = useConsent();
  return <p>{decision.ask ? 'ask' : 'decided'}</p>;
}

describe.each(modes)('CookieKitProvider (%s)', (_, wrap) => {
  it('takes a ready kit and draws its store', () => {
    const kit = createCookieKit({ policy, storage: memoryStorage() });
    renderWithKit(wrap, <Ask />, { kit });
    expect(screen.getByText('ask')).toBeTruthy();
    act(() => void kit.store.acceptAll());
    expect(screen.getByText('decided')).toBeTruthy();
  });

  it('starts the browser effects after mount, and stops them on unmount', () => {
    const kit = createCookieKit({ policy, storage: memoryStorage() });
    const stop = vi.fn();
    const start = vi.spyOn(kit, 'start').mockImplementation(() => stop);
    const { unmount } = renderWithKit(wrap, <Ask />, { kit });
    expect(start).toHaveBeenCalled();
    // StrictMode mounts, unmounts and mounts again: every start but the live one is stopped.
    expect(stop).toHaveBeenCalledTimes(start.mock.calls.length - 1);
    unmount();
    expect(stop).toHaveBeenCalledTimes(start.mock.calls.length);
  });

  it('creates the kit once from its options, reading the browser cookie without initialConsent', () => {
    document.cookie = `cookies_preferences=${storedConsent({ statistics: true, marketing: false })}; Path=/`;
    const seen = new Set<unknown>();
    function Probe() {
      const { decision, acceptAll } = useConsent();
      seen.add(acceptAll);
      return <p>{decision.ask ? 'ask' : 'decided'}</p>;
    }
    const { rerender } = render(
      wrap(
        <CookieKitProvider policy={policy}>
          <Probe />
        </CookieKitProvider>,
      ),
    );
    expect(screen.getByText('decided')).toBeTruthy();
    rerender(
      wrap(
        <CookieKitProvider policy={policy} storage={memoryStorage()}>
          <Probe />
        </CookieKitProvider>,
      ),
    );
    expect(screen.getByText('decided')).toBeTruthy();
    expect(seen.size).toBe(1);
  });

  it('a server render starts nothing and touches no cookie', () => {
    const kit = createCookieKit({ policy });
    const start = vi.spyOn(kit, 'start');
    const html = renderToString(
      wrap(
        <CookieKitProvider kit={kit}>
          <Ask />
        </CookieKitProvider>,
      ),
    );
    expect(html).toBe('<p>ask</p>');
    expect(start).not.toHaveBeenCalled();
    expect(document.cookie).toBe('');
  });

  it('hooks outside a provider throw a clear error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(wrap(<Ask />))).toThrow(/needs a <CookieKitProvider> above it/);
    error.mockRestore();
  });
});
