import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link cloudflareTurnstile}. */
export interface CloudflareTurnstileOptions<Id extends string = 'cloudflare-turnstile', C extends string = 'necessary'> extends PresetOptions<Id, C> {}

/**
 * Cloudflare Turnstile. Necessary for security (form protection). Turnstile sets no cookie on the site; its challenge runs in Cloudflare's frame.
 *
 * Sources:
 * - https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/ (api.js)
 * - https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/ (Turnstile's data and cookies)
 *
 * @example
 * ```ts
 * services: [cloudflareTurnstile()]
 * ```
 */
export function cloudflareTurnstile<const Id extends string = 'cloudflare-turnstile', const C extends string = 'necessary'>(
  o: CloudflareTurnstileOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'cloudflare-turnstile',
      provider: 'Cloudflare Turnstile',
      party: { type: 'third', name: 'Cloudflare, Inc.', privacyUrl: 'https://www.cloudflare.com/privacypolicy/' },
      purposes: [{ code: 'security' }],
      storage: [],
    },
    {
      fn: 'bot-protection',
      location: 'US',
      kind: 'necessary',
      script: 'https://challenges.cloudflare.com/turnstile/v0/api.js',
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const cloudflareTurnstileFacts: PresetFacts = {};
