import { onConsent, type ConsentStore, type Service } from '@cookiekit/core';
import { describe } from './describe';
import { PRESET, type PresetInfo, type PresetService, type ServiceTexts } from './types';

/** The {@link PresetInfo} a service carries, when a preset made it. */
export function presetInfo(service: Service): PresetInfo | undefined {
  return (service as Partial<PresetService>)[PRESET];
}

/** Options of {@link presetLoader}. */
export interface PresetLoaderOptions {
  /** Nonce for the vendor scripts, when the site's Content Security Policy uses one (C23). */
  readonly nonce?: string;
  /** Maps a vendor's address to the one to load, for a self-hosted or proxied tag. */
  readonly rewrite?: (url: string) => string;
  /** Where scripts are added; default `document`. */
  readonly document?: Document;
}

/**
 * Loads every preset service of the store's policy once it may run: when its service or category
 * is allowed (C1), at once for Google tags in Consent Mode advanced (their consent defaults must be
 * pushed first: `consentMode` of `createCookieKit`), and at once for a cookieless service the site
 * explicitly ungated. A script is added as an element with `src`, never inline (C23), and at most
 * once per page: a withdrawal stops nothing that already ran (cleanup deletes its cookies). Give it
 * to `createCookieKit` as an effect; returns the stop function.
 *
 * @example
 * ```ts
 * createCookieKit({ policy, consentMode: googleConsentMode(), effects: [presetLoader()] });
 * ```
 */
export function presetLoader(options: PresetLoaderOptions = {}): (store: ConsentStore) => () => void {
  return (store) => {
    const doc = options.document ?? document;
    const w = doc.defaultView as Window & Record<string, any>;
    const loaded: Set<string> = (w.__cookiekitPresets ??= new Set());
    const stops = store.policy.services.map((service) => {
      const info = presetInfo(service);
      if (!info || !(info.script || info.init)) return undefined;
      const load = () => {
        if (loaded.has(service.id)) return;
        loaded.add(service.id);
        info.init?.(w);
        if (!info.script) return;
        const script = doc.createElement('script');
        script.src = options.rewrite ? options.rewrite(info.script) : info.script;
        script.async = true;
        if (options.nonce) script.nonce = options.nonce;
        for (const [name, value] of Object.entries(info.attributes ?? {})) script.setAttribute(name, value);
        if (info.ready) script.onload = () => info.ready!(w);
        doc.head.append(script);
      };
      if (info.gated === false || (info.consentModeTypes && info.consentMode === 'advanced')) return load();
      return onConsent(store, service.id, load);
    });
    return () => stops.forEach((stop) => stop?.());
  };
}

/**
 * The attributes of an iframe showing one item of an embed preset (a video, a map, a post), for
 * core's gating: it stays empty behind a placeholder until its service or category is allowed.
 * Throws when the service is not an embed preset.
 *
 * @example
 * ```ts
 * // <iframe {...embedAttributes(youtube(), 'M7lc1UVf-VE')} title="Our video"></iframe>
 * ```
 */
export function embedAttributes(
  service: Service,
  ref: string,
  options: Pick<PresetLoaderOptions, 'rewrite'> = {},
): { 'data-service': string; 'data-src': string } {
  const embed = presetInfo(service)?.embed;
  if (!embed) throw new TypeError(`Service "${service.id}" is not an embed preset.`);
  const src = embed(ref);
  return { 'data-service': service.id, 'data-src': options.rewrite ? options.rewrite(src) : src };
}

/**
 * The same services with their function texts in the given languages (preset services only;
 * others are returned as they are). Use it once for the whole list rather than `texts` on each preset.
 *
 * @example
 * ```ts
 * import { fr } from '@cookiekit/services/locales/fr';
 * services: withServiceTexts([googleAnalytics4({ measurementId }), youtube()], [en, fr]),
 * ```
 */
export function withServiceTexts<const S extends readonly Service[]>(services: S, texts: readonly ServiceTexts[]): S {
  return services.map((service) => {
    const info = presetInfo(service);
    return info ? { ...service, function: describe(info, texts) } : service;
  }) as unknown as S;
}
