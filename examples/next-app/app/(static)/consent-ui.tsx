'use client';
import { ConsentGate, CookieBanner, CookieKitProvider, CookiePreferences, CookieSettingsButton } from '@cookiekit/react';
import { policy } from 'example-policy';

export default function ConsentUi() {
  return (
    <CookieKitProvider policy={policy} endpoint="/api/consent">
      <ConsentGate id="shop-analytics">
        <p id="analytics-embed">Analytics embed loaded.</p>
      </ConsentGate>
      <footer>
        <CookieSettingsButton />
      </footer>
      <CookieBanner />
      <CookiePreferences />
    </CookieKitProvider>
  );
}
