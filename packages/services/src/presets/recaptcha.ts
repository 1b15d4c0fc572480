import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link recaptcha}. */
export interface RecaptchaOptions<Id extends string = 'recaptcha', C extends string = 'necessary'> extends PresetOptions<Id, C> {
  /** The site key. */
  readonly siteKey: string;
}

/**
 * Google reCAPTCHA. Filed as necessary for security (form protection); some authorities expect consent for it, so pass `category` to file it under a consent category instead.
 *
 * Sources:
 * - https://developers.google.com/recaptcha/docs/v3 (loading api.js with render=<site key>)
 * - https://policies.google.com/technologies/cookies (_GRECAPTCHA, 6 months, for risk analysis)
 * - Open Cookie Database: _GRECAPTCHA (Google reCAPTCHA)
 *
 * @example
 * ```ts
 * services: [recaptcha({ siteKey: '6Lc…' })]
 * ```
 */
export function recaptcha<const Id extends string = 'recaptcha', const C extends string = 'necessary'>(
  o: RecaptchaOptions<Id, C>,
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'recaptcha',
      provider: 'Google reCAPTCHA',
      party: { type: 'third', name: 'Google Ireland Limited', privacyUrl: 'https://policies.google.com/privacy' },
      purposes: [{ code: 'security' }],
      storage: [{ name: '_GRECAPTCHA', duration: '6 months', domain: 'google.com' }, { name: '_grecaptcha', duration: '13 months', kind: 'localStorage' }],
    },
    {
      fn: 'bot-protection',
      location: 'US',
      kind: 'necessary',
      script: `https://www.google.com/recaptcha/api.js?render=${encodeURIComponent(o.siteKey)}`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const recaptchaFacts: PresetFacts = {
  "overrides": {
    "_grecaptcha": "reCAPTCHA v3's local storage key on the site, not in the database; no expiry of its own, declared at 13 months"
  }
};
