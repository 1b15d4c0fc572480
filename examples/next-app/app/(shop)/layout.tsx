import '@cookiekit/react/styles.css';
import { CookieBanner, CookiePreferences } from '@cookiekit/react';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { HydrationMark } from '../hydration-mark';
import { initialConsentOf } from '../../lib/cookiekit';
import { ConsentProvider } from '../consent-provider';

export const metadata = { title: 'Smartbump shop (Next.js)' };

// Reading the request's headers makes every route under this layout dynamic: the server draws
// the banner for a first visitor only, and a returning visitor never sees it flash.
export default async function ShopLayout({ children }: { children: ReactNode }) {
  const initialConsent = initialConsentOf(await headers());
  return (
    <html lang="en">
      <head>
        <link rel="icon" href="data:," />
      </head>
      <body>
        <HydrationMark />
        <ConsentProvider initialConsent={initialConsent}>
          {children}
          <CookieBanner />
          <CookiePreferences />
        </ConsentProvider>
      </body>
    </html>
  );
}
