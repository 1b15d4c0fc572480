import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link googleMaps}. */
export interface GoogleMapsOptions<Id extends string = 'google-maps', C extends string = 'marketing'> extends PresetOptions<Id, C> {
  /** A Maps Embed API key; without one, the keyless `output=embed` address is used. */
  readonly apiKey?: string;
}

/**
 * Google Maps embed. An iframe per map, behind a placeholder until allowed: `embedAttributes(googleMaps(), 'Eiffel Tower, Paris')`. Google sets its own cookies on google.com once the map loads.
 *
 * Sources:
 * - https://developers.google.com/maps/documentation/embed/get-started (Maps Embed API)
 * - https://policies.google.com/technologies/cookies (NID 6 months, AEC 6 months, SOCS 13 months)
 * - Open Cookie Database: NID, AEC, SOCS (Google)
 *
 * @example
 * ```ts
 * services: [googleMaps({ apiKey: 'AIza…' })]
 * ```
 */
export function googleMaps<const Id extends string = 'google-maps', const C extends string = 'marketing'>(
  o: GoogleMapsOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'google-maps',
      provider: 'Google Maps',
      party: { type: 'third', name: 'Google Ireland Limited', privacyUrl: 'https://policies.google.com/privacy' },
      purposes: [{ code: 'embedded-content' }, { code: 'advertising' }],
      storage: [{ name: 'NID', duration: '6 months', domain: 'google.com' }, { name: 'AEC', duration: '6 months', domain: 'google.com' }, { name: 'SOCS', duration: '13 months', domain: 'google.com' }],
    },
    {
      fn: 'maps',
      location: 'US',
      kind: 'marketing',
      embed: (q) =>
        o.apiKey
          ? `https://www.google.com/maps/embed/v1/place?key=${encodeURIComponent(o.apiKey)}&q=${encodeURIComponent(q)}`
          : `https://maps.google.com/maps?q=${encodeURIComponent(q)}&output=embed`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const googleMapsFacts: PresetFacts = {
  "overrides": {
    "NID": "Google documents 6 months for NID; the database gives 1 year"
  }
};
