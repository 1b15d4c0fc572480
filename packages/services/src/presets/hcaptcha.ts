import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link hcaptcha}. */
export interface HcaptchaOptions<Id extends string = 'hcaptcha', C extends string = 'necessary'> extends PresetOptions<Id, C> {}

/**
 * hCaptcha. Necessary for security (form protection); it sets no cookie on the site.
 *
 * Sources:
 * - https://docs.hcaptcha.com/ (api.js)
 * - https://www.hcaptcha.com/privacy
 *
 * @example
 * ```ts
 * services: [hcaptcha()]
 * ```
 */
export function hcaptcha<const Id extends string = 'hcaptcha', const C extends string = 'necessary'>(
  o: HcaptchaOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'hcaptcha',
      provider: 'hCaptcha',
      party: { type: 'third', name: 'Intuition Machines, Inc.', privacyUrl: 'https://www.hcaptcha.com/privacy' },
      purposes: [{ code: 'security' }],
      storage: [],
    },
    {
      fn: 'bot-protection',
      location: 'US',
      kind: 'necessary',
      script: 'https://js.hcaptcha.com/1/api.js',
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const hcaptchaFacts: PresetFacts = {};
