import type { Service } from '@cookiekit/core';
import { describe } from './describe';
import { PRESET, type ConsentModeVariant, type LoaderWindow, type PresetInfo, type PresetOptions, type PresetService } from './types';

/** A preset's policy fields, as it writes them (the function text and category come from the options). */
export type ServiceSpec = Omit<Service, 'function' | 'category'>;
/** A preset's loading facts: everything of {@link PresetInfo} the site's options do not set. */
export type InfoSpec = Omit<PresetInfo, 'gated' | 'consentMode'>;

type AnyOptions = PresetOptions & { readonly gated?: boolean; readonly consentMode?: ConsentModeVariant };

/**
 * Builds a preset's service from its facts and the site's options. Kept to a few spreads: every
 * preset ships it, and a preset stays under 400 B brotli.
 */
export function preset<Id extends string, C extends string>(o: AnyOptions, s: ServiceSpec, i: InfoSpec): PresetService<Id, C> {
  // The site's options override the preset's facts (location) and add its choices (gated, consentMode).
  const info: PresetInfo = { ...i, ...o };
  return { ...s, id: (o.id ?? s.id) as Id, function: describe(info), category: (o.category ?? i.kind) as C, [PRESET]: info };
}

/** Google's queue stub, as its snippet makes it: `gtag(...)` pushes its `arguments` object to the data layer. */
export const gtag = (w: LoaderWindow): ((...args: unknown[]) => void) =>
  // eslint-disable-next-line prefer-rest-params
  (w.gtag ??= function () { (w.dataLayer ??= []).push(arguments); });
