// The shop's page body, shared by the three layouts' pages. A server component: the cookiekit
// components below are client components, used directly.
import { ConsentGate, CookieSettingsButton } from '@cookiekit/react';
import type { CSSProperties } from 'react';

export function Shop({ title }: { title: string }) {
  return (
    <>
      <main>
        <h1>{title}</h1>
        <p>Smartbump shop, rendered by Next.js.</p>
        <ConsentGate id="shop-analytics">
          {/* A stand-in for an analytics embed: rendered only once statistics are allowed. */}
          <p id="analytics-embed">Analytics embed loaded.</p>
        </ConsentGate>
        <p>
          <a href="/cookie-policy">Cookie policy</a>
        </p>
      </main>
      {/* In the page flow, not fixed: it never sits under an open banner. */}
      <footer style={{ '--ck-settings-position': 'static' } as CSSProperties}>
        <CookieSettingsButton />
      </footer>
    </>
  );
}
