'use client';
import { ConsentGate, CookieBanner, CookieKitProvider, CookiePreferences, CookieSettingsButton, consentSender } from '@cookiekit/react';
import { policy } from 'example-policy';

const sender = consentSender({ endpoint: '/api/consent' });

export default function ConsentUi() {
  return (
    <CookieKitProvider policy={policy} sender={sender}>
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
