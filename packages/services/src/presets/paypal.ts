import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link paypal}. */
export interface PaypalOptions<Id extends string = 'paypal', C extends string = 'necessary'> extends PresetOptions<Id, C> {
  /** The client id. */
  readonly clientId: string;
  /** ISO 4217 currency, default PayPal's (USD). */
  readonly currency?: string;
}

/**
 * PayPal JavaScript SDK (checkout buttons). Necessary for payment; PayPal's session and security cookies on paypal.com.
 *
 * Sources:
 * - https://developer.paypal.com/sdk/js/configuration/ (sdk/js?client-id=…)
 * - https://www.paypal.com/myaccount/privacy/cookiePrivacy (PayPal cookie statement)
 * - Open Cookie Database: enforce_policy, x-pp-s, tsrce, l7_az, nsid (PayPal)
 *
 * @example
 * ```ts
 * services: [paypal({ clientId: 'AX…', currency: 'EUR' })]
 * ```
 */
export function paypal<const Id extends string = 'paypal', const C extends string = 'necessary'>(
  o: PaypalOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'paypal',
      provider: 'PayPal',
      party: { type: 'third', name: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.', privacyUrl: 'https://www.paypal.com/myaccount/privacy/privacyhub' },
      purposes: [{ code: 'session' }, { code: 'security' }],
      storage: [{ name: 'enforce_policy', duration: '1 year', domain: 'paypal.com' }, { name: 'x-pp-s', duration: 'session', domain: 'paypal.com' }, { name: 'tsrce', duration: 'session', domain: 'paypal.com' }, { name: 'l7_az', duration: '1 day', domain: 'paypal.com' }, { name: 'nsid', duration: 'session', domain: 'paypal.com' }],
    },
    {
      fn: 'payment',
      location: 'LU',
      kind: 'necessary',
      script: `https://www.paypal.com/sdk/js?client-id=${encodeURIComponent(o.clientId)}${o.currency ? `&currency=${encodeURIComponent(o.currency)}` : ''}`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const paypalFacts: PresetFacts = {};
