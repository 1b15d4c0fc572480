'use client';
// The provider is a client component; the policy is imported here, on the client side, and only
// the server's plain-JSON inputs cross from the layout.
import { CookieKitProvider, consentSender, type InitialConsent } from '@cookiekit/react';
import { policy } from 'example-policy';
import type { ReactNode } from 'react';

// Proof of each decision for the shop's consent API (C9).
const sender = consentSender({ endpoint: '/api/consent' });

export function ConsentProvider({ initialConsent, children }: { initialConsent?: InitialConsent; children: ReactNode }) {
  return (
    <CookieKitProvider policy={policy} initialConsent={initialConsent} sender={sender}>
      {children}
    </CookieKitProvider>
  );
}
