import '@cookiekit/react/styles.css';
import type { ReactNode } from 'react';
import { HydrationMark } from '../hydration-mark';
import { ClientConsent } from './client-consent';

export const metadata = { title: 'Static shell (Next.js)' };

// The static-shell alternative: nothing here reads the request, so the page is prerendered at
// build time and can be cached. The consent UI is drawn on the client only, from the visitor's
// cookie: a first visitor gets the banner once the script runs, a returning one never sees it.
export default function StaticLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <link rel="icon" href="data:," />
      </head>
      <body>
        <HydrationMark />
        <main>{children}</main>
        <ClientConsent />
      </body>
    </html>
  );
}
