import './register';
import { encodeConsent, newSubjectId, type Consent, type CookieKit, type CookieKitOptions, type InitialConsent, type Messages } from '@cookiekit/core';
import { render, type RenderResult } from '@testing-library/react';
import { policy } from 'example-policy';
import { StrictMode, type ReactElement, type ReactNode } from 'react';
import { CookieKitProvider } from '../context';

export { policy };

/** Every suite runs twice: as is, and under StrictMode (double render, double effects). */
export const modes: ReadonlyArray<readonly [string, (ui: ReactElement) => ReactElement]> = [
  ['plain', (ui) => ui],
  ['StrictMode', (ui) => <StrictMode>{ui}</StrictMode>],
];

/** A stored choice on the example policy, as the consent cookie holds it: services follow their category. */
export function storedConsent(
  categories: Record<string, boolean> = { statistics: false, marketing: false },
  overrides: Partial<Consent> = {},
): string {
  const now = Date.now();
  return encodeConsent({
    revision: policy.revision,
    subject: newSubjectId(),
    decidedAt: now - 60_000,
    expiresAt: now + 86_400_000,
    method: 'custom',
    categories,
    services: Object.fromEntries(
      policy.services.filter((s) => s.category in categories).map((s) => [s.id, categories[s.category] === true]),
    ),
    ...overrides,
  });
}

export interface KitOptions {
  readonly initialConsent?: InitialConsent;
  readonly kit?: CookieKit<typeof policy>;
  readonly messages?: Messages;
  readonly regimeLayouts?: CookieKitOptions<typeof policy>['regimeLayouts'];
}

/** Renders `ui` inside a provider for the example policy, wrapped by `wrap` (StrictMode or not). */
export function renderWithKit(
  wrap: (ui: ReactElement) => ReactElement,
  ui: ReactNode,
  options: KitOptions = {},
): RenderResult {
  const provider = options.kit ? (
    <CookieKitProvider kit={options.kit}>{ui}</CookieKitProvider>
  ) : (
    <CookieKitProvider
      policy={policy}
      {...(options.initialConsent ? { initialConsent: options.initialConsent } : {})}
      {...(options.messages ? { messages: options.messages } : {})}
      {...(options.regimeLayouts ? { regimeLayouts: options.regimeLayouts } : {})}
    >
      {ui}
    </CookieKitProvider>
  );
  return render(wrap(provider));
}

/** The consent cookie's value in `document.cookie`, or `null`. */
export function consentCookie(): string | null {
  const match = /(?:^|;\s*)cookies_preferences=([^;]*)/.exec(document.cookie);
  return match ? match[1]! : null;
}

/** Deletes every cookie jsdom holds for the page. */
export function clearCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]!.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}
