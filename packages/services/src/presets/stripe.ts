import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link stripe}. */
export interface StripeOptions<Id extends string = 'stripe', C extends string = 'necessary'> extends PresetOptions<Id, C> {}

/**
 * Stripe.js (payments). Necessary for payment: Stripe.js must load from js.stripe.com, and its fraud-prevention cookies `__stripe_mid` (1 year) and `__stripe_sid` (30 minutes) are first-party.
 *
 * Sources:
 * - https://docs.stripe.com/js/including (Stripe.js from https://js.stripe.com/v3/)
 * - https://stripe.com/legal/cookies-policy (__stripe_mid 1 year, __stripe_sid 30 minutes)
 * - Open Cookie Database: __stripe_mid, __stripe_sid (Stripe)
 *
 * @example
 * ```ts
 * services: [stripe()]
 * ```
 */
export function stripe<const Id extends string = 'stripe', const C extends string = 'necessary'>(
  o: StripeOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'stripe',
      provider: 'Stripe',
      party: { type: 'third', name: 'Stripe Payments Europe, Limited', privacyUrl: 'https://stripe.com/privacy' },
      purposes: [{ code: 'security' }],
      storage: [{ name: '__stripe_mid', duration: '1 year', domain: o.cookieDomain }, { name: '__stripe_sid', duration: '30 minutes', domain: o.cookieDomain }],
    },
    {
      fn: 'payment',
      location: 'US',
      kind: 'necessary',
      script: 'https://js.stripe.com/v3/',
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const stripeFacts: PresetFacts = {};
