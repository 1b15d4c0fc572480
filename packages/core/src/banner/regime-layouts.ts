import type { Decision } from '../decide';
import type { Messages } from '../messages/types';
import { isOptionalCategory, isSaleOrSharing, type CookiePolicy } from '../policy';
import type { ConsentChoices } from '../store';
import type { BannerState, OptOutLinkView } from './model';

/** What {@link regimeLayouts} gives the banner model for one policy and catalog. */
export interface RegimeLayout {
  /** The first layer's text, opt-out links and opt-out status under an opt-out or notice decision. */
  state(decision: Decision): Pick<BannerState, 'text' | 'optOutLinks' | 'optOutStatus'>;
  /**
   * The current settings kept as the visitor's choice; with `optOut`, every sale, sharing and
   * targeted-advertising category refused with its services (C25).
   */
  choices(decision: Decision, optOut: boolean): ConsentChoices;
}

/**
 * The first layer's opt-out and notice layouts (C25), for `createCookieKit`'s (and
 * `createBannerModel`'s) `regimeLayouts` option: a separate import, so sites that only ever ask
 * for opt-in consent do not download them. A policy with `regions`, or a server that decides
 * another regime, needs it, with the catalog's regime texts (`{ ...en, regimes: enRegimes }`).
 *
 * @example
 * ```ts
 * import { createCookieKit, en, enRegimes, regimeLayouts } from '@cookiekit/core';
 * const kit = createCookieKit({ policy, messages: { ...en, regimes: enRegimes }, regimeLayouts });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function regimeLayouts(policy: CookiePolicy, messages: Messages): RegimeLayout {
  const r = messages.regimes!;
  // The categories an opt-out refuses: sale, sharing and targeted advertising (C25).
  const saleOrSharing = policy.categories.filter((c) => isOptionalCategory(c) && isSaleOrSharing(c)).map((c) => c.id as string);
  const choices = policy.regions?.optOutLink === 'privacy-choices';
  let links: readonly OptOutLinkView[] | undefined;
  return {
    state(decision) {
      const optingOut = decision.regime === 'opt-out';
      const allowedNow = decision.categories as Readonly<Record<string, boolean>>;
      return {
        text: optingOut ? r.optOutText : r.noticeText,
        // Built once, on the first opt-out snapshot: the links keep their identity across snapshots.
        optOutLinks: optingOut
          ? (links ??= [
              { kind: 'sale-sharing', label: choices ? r.privacyChoices : r.doNotSell, icon: choices },
              ...(policy.categories.some((c) => c.sensitive) ? [{ kind: 'sensitive' as const, label: r.limitSensitive, icon: false }] : []),
            ])
          : [],
        optOutStatus: optingOut && saleOrSharing.length > 0 && !saleOrSharing.some((id) => allowedNow[id]) ? r.honoured : '',
      };
    },
    choices({ categories, services }, optOut) {
      const wanted = { categories: { ...categories } as Record<string, boolean>, services: { ...services } as Record<string, boolean> };
      for (const id of optOut ? saleOrSharing : []) {
        wanted.categories[id] = false;
        for (const service of policy.services) if (service.category === id) wanted.services[service.id] = false;
      }
      return wanted;
    },
  };
}
