import type { Purpose } from '../policy';

/**
 * Every UI string and policy-page heading of cookiekit. A catalog for a language must supply
 * every key: a missing one fails type-checking. `{name}`-style placeholders are filled at run time.
 */
export interface Messages {
  /** BCP 47 tag of this catalog, such as `en` or `fr`. */
  readonly lang: string;
  /** Writing direction of the language. */
  readonly dir: 'ltr' | 'rtl';
  readonly banner: {
    /** Accessible name and visible heading of the first layer. */
    readonly title: string;
    readonly text: string;
    readonly acceptAll: string;
    readonly rejectAll: string;
    readonly customize: string;
    /** Link to the policy page. */
    readonly policyLink: string;
    /** Why the banner is back: keyed by the decision's ask reason. */
    readonly reasons: {
      readonly 'no-choice': string;
      readonly 'revision-changed': string;
      readonly 'policy-extended': string;
      readonly expired: string;
    };
  };
  readonly preferences: {
    readonly title: string;
    readonly text: string;
    readonly save: string;
    readonly acceptAll: string;
    readonly rejectAll: string;
    readonly close: string;
    readonly alwaysOn: string;
    /** Toggle for the services of a category: `{count}` services. */
    readonly showServices: string;
    readonly hideServices: string;
    readonly cookies: string;
    readonly duration: string;
    readonly session: string;
    readonly provider: string;
    readonly party: { readonly first: string; readonly third: string };
    /** Status message announced after saving (C21). */
    readonly saved: string;
    /** Exempt audience measurement is on without consent; it can be switched off (C8). */
    readonly exemptNotice: string;
    readonly optOut: string;
  };
  readonly signal: {
    /** Shown while GPC holds marketing categories off (C11). */
    readonly honoured: string;
    /** Shown when a chosen marketing category conflicts with GPC. */
    readonly conflict: string;
    readonly confirm: string;
  };
  readonly settingsButton: string;
  readonly placeholder: {
    /** `{service}` would load content from `{provider}`. */
    readonly text: string;
    readonly allow: string;
  };
  readonly page: {
    readonly title: string;
    readonly intro: string;
    readonly whatIsTitle: string;
    readonly whatIs: string;
    readonly kindsTitle: string;
    readonly kinds: {
      readonly necessary: string;
      readonly statistics: string;
      readonly firstParty: string;
      readonly thirdParty: string;
    };
    /** `{site}` */
    readonly usedOn: string;
    readonly provider: string;
    readonly function: string;
    readonly cookieNames: string;
    readonly purposes: string;
    readonly duration: string;
    readonly party: string;
    readonly thirdPartyPrivacy: string;
    readonly changeSettings: string;
    readonly session: string;
  };
  /** Default text of each purpose code, used when the policy gives none. */
  readonly purposes: Readonly<Record<Purpose, string>>;
}
