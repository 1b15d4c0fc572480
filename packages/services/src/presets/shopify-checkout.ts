import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link shopifyCheckout}. */
export interface ShopifyCheckoutOptions<Id extends string = 'shopify-checkout', C extends string = 'necessary'> extends PresetOptions<Id, C> {}

/**
 * Shopify cart and checkout. The strictly necessary cookies of a Shopify storefront's cart and checkout, on the shop's own domain. No script: Shopify serves them itself. Shopify's analytics and marketing cookies are not part of it.
 *
 * Sources:
 * - https://www.shopify.com/legal/cookies (cart, cart_sig, cart_currency 14 days; checkout_session_token_* 3 weeks; localization 2 weeks; _shopify_essential 1 year)
 * - Open Cookie Database: Cart, cart_sig, cart_currency, checkout_session_token_, localization, _shopify_essential (Shopify)
 *
 * @example
 * ```ts
 * services: [shopifyCheckout()]
 * ```
 */
export function shopifyCheckout<const Id extends string = 'shopify-checkout', const C extends string = 'necessary'>(
  o: ShopifyCheckoutOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'shopify-checkout',
      provider: 'Shopify',
      party: { type: 'third', name: 'Shopify International Limited', privacyUrl: 'https://www.shopify.com/legal/privacy' },
      purposes: [{ code: 'shopping-cart' }, { code: 'session' }, { code: 'security' }, { code: 'ui-language' }],
      storage: [
        { name: 'cart', duration: '14 days', domain: o.cookieDomain },
        { name: 'cart_sig', duration: '14 days', domain: o.cookieDomain },
        { name: 'cart_currency', duration: '14 days', domain: o.cookieDomain },
        { name: 'checkout_session_token_*', duration: '3 weeks', domain: o.cookieDomain },
        { name: 'localization', duration: '2 weeks', domain: o.cookieDomain },
        { name: '_shopify_essential', duration: '1 year', domain: o.cookieDomain },
      ],
    },
    {
      fn: 'payment',
      location: 'CA',
      kind: 'necessary',
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const shopifyCheckoutFacts: PresetFacts = {
  "overrides": {
    "cart": "Shopify names it \"cart\"; the database spells it \"Cart\" (shopify.com)"
  }
};
