import { isExemptAudienceService } from '../decide';
import { enPolicyPage } from '../messages/en-page';
import { format, formatDuration, localize, purposeText } from '../messages/format';
import { resolveMessages } from '../messages/resolve';
import type { PolicyPageMessages } from '../messages/types';
import { categoryKind, storageItemLabel, type CategoryKind, type CookiePolicy, type StorageKind } from '../policy';

/** Options of {@link policyPage} and the renderers built on it. */
export interface PolicyPageOptions {
  /**
   * Language of the page. Default: the policy's `defaultLanguage`, else `en`. The catalog is
   * chosen among `messages` by `resolveMessages`; policy texts follow the catalog's language.
   */
  readonly lang?: string;
  /** One catalog, or the catalogs to choose from. Default: English. */
  readonly messages?: PolicyPageMessages | readonly PolicyPageMessages[];
  /** Name of the site in "What cookies are used on …". Default: the policy's site name, its URL, else "this site". */
  readonly site?: string;
}

/** The four kinds of cookie the page explains. */
export type CookieKindExplained = 'necessary' | 'statistics' | 'first-party' | 'third-party';

/** One cookie or storage key in the "Cookie name(s)" column. */
export interface PolicyPageCookie {
  /** The name, the wildcard name (`_ga*`) or the regular expression. */
  readonly name: string;
  readonly storage: StorageKind;
  /** Localized duration, such as `13 months`. */
  readonly duration: string;
  /** Localized notes shown beside the name: `local storage`, `regular expression`. */
  readonly notes: readonly string[];
}

/** "Set by" column. `privacyUrl` is present only when it is an http(s) URL. */
export type PolicyPageParty =
  | { readonly type: 'first'; readonly text: string }
  | {
      readonly type: 'third';
      readonly text: string;
      readonly name: string;
      readonly privacyUrl?: string;
      readonly privacyLabel: string;
    };

/** One row of a category's table: one service. */
export interface PolicyPageRow {
  readonly serviceId: string;
  readonly provider: string;
  readonly function: string;
  readonly cookies: readonly PolicyPageCookie[];
  readonly purposes: readonly string[];
  /** Lines of the "Duration" column: one when every item lasts as long, else one per item. */
  readonly durations: readonly string[];
  readonly party: PolicyPageParty;
  /** Disclosures, such as exempt audience measurement and how to switch it off (C8). */
  readonly notes: readonly string[];
}

/** A category: its heading, description and table. */
export interface PolicyPageCategory {
  readonly id: string;
  readonly kind: CategoryKind;
  readonly label: string;
  readonly description: string;
  readonly rows: readonly PolicyPageRow[];
}

/** The cookie policy page as data, every text localized and still unescaped. */
export interface PolicyPage {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly intro: string;
  readonly whatIs: { readonly title: string; readonly text: string };
  readonly kinds: {
    readonly title: string;
    readonly items: readonly { readonly kind: CookieKindExplained; readonly text: string }[];
  };
  /** "What cookies are used on {site}". */
  readonly usedOn: string;
  /** Table headings, in column order. */
  readonly columns: {
    readonly provider: string;
    readonly function: string;
    readonly cookieNames: string;
    readonly purposes: string;
    readonly duration: string;
    readonly party: string;
  };
  readonly categories: readonly PolicyPageCategory[];
  /** Shown for a category without services. */
  readonly none: string;
  /** Label of the link back to the cookie settings. */
  readonly changeSettings: string;
}

/**
 * Whether `href` is an http(s) URL: absolute, or when `relative` is true also relative to the
 * page. `javascript:`, `data:` and every other scheme are refused.
 * @internal
 */
export function safeHref(href: string, relative: boolean): boolean {
  try {
    const url = relative ? new URL(href, 'https://relative.invalid/') : new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const primary = (tag: string): string => tag.split(/[-_]/)[0]!.toLowerCase();

/**
 * The cookie policy page as data, in the shape of a classic policy page: title, introduction,
 * what a cookie is, the four kinds of cookie, then per category a table of provider, function
 * and location, cookie names, purposes, duration and who sets them. Renderers
 * (`renderPolicyHtml`, `renderPolicyMarkdown`) and framework components draw it; its texts are
 * plain and must be escaped by whoever draws them (C24).
 *
 * @example
 * ```ts
 * import { policyPage } from '@cookiekit/core/page';
 * import { fr } from '@cookiekit/core/locales/fr';
 *
 * const page = policyPage(policy, { lang: 'fr', messages: frPolicyPage });
 * page.categories[0].rows[0].provider; // 'Opendatasoft'
 * ```
 */
export function policyPage(policy: CookiePolicy, options: PolicyPageOptions = {}): PolicyPage {
  const defaultLanguage = policy.defaultLanguage ?? 'en';
  const requested = options.lang ?? defaultLanguage;
  const messages =
    options.messages === undefined
      ? enPolicyPage
      : 'lang' in options.messages
        ? options.messages
        : resolveMessages(
            { lang: requested, defaultLanguage },
            options.messages as readonly PolicyPageMessages[],
            enPolicyPage,
          );
  // One language per page: policy texts follow the catalog, keeping a finer tag (fr-CA) asked for.
  const lang = primary(requested) === primary(messages.lang) ? requested : messages.lang;
  const text = (value: Parameters<typeof localize>[0]): string => localize(value, lang, defaultLanguage);
  const page = messages.page;
  const site = options.site ?? policy.site?.name ?? policy.site?.url ?? page.thisSite;

  const categories = policy.categories.map((category): PolicyPageCategory => {
    const rows = policy.services
      .filter((service) => service.category === category.id)
      .map((service): PolicyPageRow => {
        const cookies = service.storage.map((item): PolicyPageCookie => {
          const storage = item.kind ?? 'cookie';
          const notes: string[] = [];
          if (storage !== 'cookie') notes.push(page[storage]);
          const name = storageItemLabel(item);
          // Only a pattern shown as its source is marked as one; a display name or `prefix*` reads as a name.
          if (item.pattern !== undefined && name === item.pattern) notes.push(page.pattern);
          return {
            name,
            storage,
            duration: formatDuration(item.duration, messages),
            notes,
          };
        });
        const distinct = new Set(cookies.map((cookie) => cookie.duration));
        const party = service.party;
        return {
          serviceId: service.id,
          provider: service.provider,
          function: text(service.function),
          cookies,
          purposes: service.purposes.map((purpose) => purposeText(purpose, messages, lang, defaultLanguage)),
          durations:
            distinct.size <= 1
              ? [...distinct]
              : cookies.map((cookie) => format(page.durationOf, { name: cookie.name, duration: cookie.duration })),
          party:
            party.type === 'third'
              ? {
                  type: 'third',
                  text: format(page.thirdParty, { name: party.name }),
                  name: party.name,
                  ...(safeHref(party.privacyUrl, false) ? { privacyUrl: new URL(party.privacyUrl).href } : {}),
                  privacyLabel: page.thirdPartyPrivacy,
                }
              : { type: 'first', text: page.firstParty },
          notes:
            service.exemption && isExemptAudienceService(policy, service)
              ? [format(page.exempt, { retention: formatDuration(service.exemption.dataRetention, messages) })]
              : [],
        };
      });
    return {
      id: category.id,
      kind: categoryKind(category),
      label: text(category.label),
      description: text(category.description),
      rows,
    };
  });

  return {
    lang: messages.lang,
    dir: messages.dir,
    title: page.title,
    intro: page.intro,
    whatIs: { title: page.whatIsTitle, text: page.whatIs },
    kinds: {
      title: page.kindsTitle,
      items: [
        { kind: 'necessary', text: page.kinds.necessary },
        { kind: 'statistics', text: page.kinds.statistics },
        { kind: 'first-party', text: page.kinds.firstParty },
        { kind: 'third-party', text: page.kinds.thirdParty },
      ],
    },
    usedOn: format(page.usedOn, { site }),
    columns: {
      provider: page.provider,
      function: page.function,
      cookieNames: page.cookieNames,
      purposes: page.purposes,
      duration: page.duration,
      party: page.party,
    },
    categories,
    none: page.none,
    changeSettings: page.changeSettings,
  };
}
