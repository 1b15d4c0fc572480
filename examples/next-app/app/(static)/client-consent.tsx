'use client';
import dynamic from 'next/dynamic';

// Not rendered on the server: no markup to hydrate, so the first frame already follows the cookie.
export const ClientConsent = dynamic(() => import('./consent-ui'), { ssr: false });
