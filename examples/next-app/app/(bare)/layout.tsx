import '@cookiekit/react/styles.css';
import { CookieBanner, CookiePreferences } from '@cookiekit/react';
import type { ReactNode } from 'react';
import { HydrationMark } from '../hydration-mark';
import { ConsentProvider } from '../consent-provider';

export const metadata = { title: 'Without initialConsent (Next.js)' };

// The mistake the provider guards against: a server-rendered provider given no initialConsent.
// The server draws the first visit's banner for everyone; after hydration the client moves to the
// visitor's cookie (the banner closes for a returning visitor) and, in development, warns.
export default function BareLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <link rel="icon" href="data:," />
      </head>
      <body>
        <HydrationMark />
        <ConsentProvider>
          {children}
          <CookieBanner />
          <CookiePreferences />
        </ConsentProvider>
      </body>
    </html>
  );
}
