import { createBannerModelWith, serviceTexts, type BannerModel, type BannerModelOptions, type ServiceTexts } from './banner/model';
import type { Messages } from './messages/types';
import type { CookiePolicy } from './policy';
import { watchCleanup } from './runtime/cleanup';
import type { ConsentModeEffect } from './runtime/consent-mode';
import { startGating, type GatingOptions } from './runtime/gating';
import type { ConsentSenderEffect } from './runtime/sender';
import type { ConsentStorage } from './storage';
import { createConsentStore, type ConsentStore, type InitialConsent } from './store';

/** Options of `createCookieKit`: the policy, the server's inputs, and which browser effects to run. */
export interface CookieKitOptions<P extends CookiePolicy> {
  readonly policy: P;
  /** The server's inputs to `decide`, so hydration matches the server render (no banner flash). */
  readonly initialConsent?: InitialConsent;
  /** Default: the consent cookie the policy names. */
  readonly storage?: ConsentStorage;
  /** The UI catalog; default English. */
  readonly messages?: Messages;
  /** Language of policy texts; default the catalog's. */
  readonly lang?: string;
  /** Where the policy page lives; default `/cookie-policy`. */
  readonly policyHref?: string;
  /**
   * The opt-out and notice layouts (C25): `regimeLayouts`, a separate import. Needed, with the
   * catalog's regime texts, by a policy with `regions` or a server that decides another regime.
   */
  readonly regimeLayouts?: BannerModelOptions['regimeLayouts'];
  /**
   * The consent sender: proof of each decision sent to the consent API (C9), as
   * `consentSender({ endpoint })` (a separate import, so pages that send nothing do not download
   * it). Nothing is sent without it.
   */
  readonly sender?: ConsentSenderEffect;
  /**
   * @deprecated Pass `sender: consentSender({ endpoint })` instead; `endpoint` alone is refused
   * with an error naming that import (the sender is no longer part of every kit).
   */
  readonly endpoint?: string;
  /**
   * Google Consent Mode v2: off unless given, as `googleConsentMode(options?)` (a separate import,
   * so pages without Google tags do not download it). Started first (C13).
   */
  readonly consentMode?: ConsentModeEffect;
  /** Delete refused cookies and storage keys on refusal and withdrawal (C6, C18). Default on. */
  readonly cleanup?: boolean;
  /** Run gated scripts and embeds when allowed (C1). Default on; placeholders offer "Allow". */
  readonly gating?: boolean | Omit<GatingOptions, 'onAllow' | 'messages'>;
  /** Extra browser effects started after the built-in ones. */
  readonly effects?: ReadonlyArray<(store: ConsentStore<P>) => () => void>;
}

/** A store, its banner model, and the browser effects that follow each decision. */
export interface CookieKit<P extends CookiePolicy = CookiePolicy> {
  readonly store: ConsentStore<P>;
  readonly banner: BannerModel<P>;
  /**
   * Starts the browser effects: Consent Mode first (C13: its default precedes any tag), the
   * consent sender, cleanup, gating, then the extra effects; the store starts reading the
   * browser's GPC signal (C10). Call it once on the
   * client (after hydration); calling it again returns the same stop function.
   */
  start(): () => void;
}

/**
 * Creates everything a page needs from one policy. React and Vue providers wrap this; a page
 * without a framework can use it directly.
 *
 * @example
 * ```ts
 * const kit = createCookieKit({
 *   policy,
 *   sender: consentSender({ endpoint: '/api/consent' }),
 *   consentMode: googleConsentMode(),
 * });
 * kit.start();
 * kit.banner.subscribe(() => draw(kit.banner.getSnapshot()));
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCookieKit<P extends CookiePolicy>(options: CookieKitOptions<P>): CookieKit<P> {
  return createCookieKitWith(options, serviceTexts);
}

/**
 * `createCookieKit` whose banner model takes the service rows' texts from `texts`, or leaves them
 * empty without it (`createBannerModelWith`): what `@cookiekit/dom` starts when it attaches to a
 * server's markup, so that page does not download their formatting.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function createCookieKitWith<P extends CookiePolicy>(options: CookieKitOptions<P>, texts?: ServiceTexts): CookieKit<P> {
  if (options.endpoint && !options.sender)
    throw new Error(
      "cookiekit: endpoint needs sender: consentSender({ endpoint }) from @cookiekit/core",
    );
  const store = createConsentStore(options);
  const banner = createBannerModelWith(store, options, texts);
  let stop: (() => void) | undefined;

  return {
    store,
    banner,
    start() {
      if (stop) return stop;
      if (typeof window === 'undefined') return (stop = () => {});
      // In this order (see `start`); an effect that is off leaves `false` in its place.
      const stops = [
        options.consentMode && options.consentMode(store as ConsentStore),
        // Record the language the banner is shown in: its catalog's.
        options.sender && options.sender(store as ConsentStore, () => banner.getSnapshot().messages.lang),
        options.cleanup !== false && watchCleanup(store),
        options.gating !== false &&
          startGating(store, {
            ...(options.gating as object),
            messages: options.messages,
            // Every placeholder's "Allow" has the banner model's one meaning.
            onAllow: banner.allowService as (id: string) => void,
          }),
        ...(options.effects ?? []).map((effect) => effect(store)),
        store.subscribe(() => {}),
      ];
      return (stop = () => {
        stops.forEach((s) => s && s());
        stop = undefined;
      });
    },
  };
}
