import { preset } from '../preset';
import type { PresetOptions, PresetFacts, PresetService } from '../types';

/** Options of {@link openStreetMap}. */
export interface OpenStreetMapOptions<Id extends string = 'openstreetmap', C extends string = 'preferences'> extends PresetOptions<Id, C> {}

/**
 * OpenStreetMap embed. `embedAttributes(openStreetMap(), 'bbox=2.28,48.85,2.30,48.86&layer=mapnik')`: the query of export/embed.html. It sets no cookie, but the frame and its tiles load from the OpenStreetMap Foundation's servers, so it is gated.
 *
 * Sources:
 * - https://wiki.openstreetmap.org/wiki/Export#Embeddable_HTML (export/embed.html)
 * - https://osmfoundation.org/wiki/Privacy_Policy
 *
 * @example
 * ```ts
 * services: [openStreetMap()]
 * ```
 */
export function openStreetMap<const Id extends string = 'openstreetmap', const C extends string = 'preferences'>(
  o: OpenStreetMapOptions<Id, C> = {},
): PresetService<Id, C> {
  return preset<Id, C>(
    o,
    {
      id: 'openstreetmap',
      provider: 'OpenStreetMap',
      party: { type: 'third', name: 'OpenStreetMap Foundation', privacyUrl: 'https://osmfoundation.org/wiki/Privacy_Policy' },
      purposes: [{ code: 'embedded-content' }],
      storage: [],
    },
    {
      fn: 'maps',
      location: 'GB',
      kind: 'preferences',
      embed: (query) => `https://www.openstreetmap.org/export/embed.html?${query}`,
    },
  );
}

/** How this preset's items differ from the Open Cookie Database, and why (checked by the tests). */
export const openStreetMapFacts: PresetFacts = {};
