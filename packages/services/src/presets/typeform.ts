import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link typeform}. */
export interface TypeformOptions<Id extends string = 'typeform', C extends string = 'preferences'> extends PresetOptions<Id, C> {}

/**
 * Typeform embed. `embedAttributes(typeform(), formId)`. Typeform's cookies on typeform.com.
 *
 * Sources:
 * - https://www.typeform.com/developers/embed/ (form addresses)
 * - https://admin.typeform.com/to/dwk6gt (Typeform cookie notice)
 * - Open Cookie Database: tf_respondent_cc, attribution_user_id (Typeform)
 *
 * @example
 * ```ts
 * services: [typeform()]
 * ```
 */
export function typeform<const Id extends string = 'typeform', const C extends string = 'preferences'>(
  o: TypeformOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'typeform',
      provider: 'Typeform',
      party: { type: 'third', name: 'TYPEFORM SL', privacyUrl: 'https://www.typeform.com/privacy-policy/' },
      purposes: [{ code: 'embedded-content' }],
      storage: [{ name: 'tf_respondent_cc', duration: '6 months', domain: 'typeform.com' }, { name: 'attribution_user_id', duration: '1 year', domain: 'typeform.com' }],
    },
    {
      fn: 'forms',
      location: 'ES',
      kind: 'preferences',
      embed: (id) => `https://form.typeform.com/to/${encodeURIComponent(id)}`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const typeformFacts: PresetFacts = {};
