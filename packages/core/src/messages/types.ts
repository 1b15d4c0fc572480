import type { Purpose } from '../policy';

/** Units a policy duration may be written in (see `parseDuration`). */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * Every UI string of cookiekit (the policy page's texts are in `PolicyPageMessages`). A catalog for a language must supply
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
  /**
   * The texts of the opt-out and notice layouts and of the persistent opt-out links (C25). Each
   * language ships them apart (`enRegimes`, `deRegimes`, … beside its catalog) so that opt-in-only
   * sites do not download them; a policy with `regions`, or a server decision under another regime
   * than opt-in, needs them (the banner model says so when they are missing).
   */
  readonly regimes?: RegimeMessages;
  readonly placeholder: {
    /** Accessible name of the placeholder region: `{service}`. */
    readonly label: string;
    /** `{service}` would load content from `{provider}`. */
    readonly text: string;
    readonly allow: string;
  };
  /**
   * Lengths of time, `{count}` filled in. Each unit gives one form per plural category that the
   * language has (`Intl.PluralRules`: `one` for 1 in English, 0 and 1 in French; `few` and
   * `many` in Polish), and `other`, used for any category left out.
   */
  readonly units: Readonly<Record<DurationUnit, PluralForms>> | null;
  /**
   * Text of each purpose code, shown where the policy gives no text of its own (the preferences
   * and the policy page). Optional in a UI catalog: the English runtime catalog leaves it out to
   * stay small (the code is shown as words; pass `enPolicyPage` to show the texts); `fr` has it.
   */
  readonly purposes?: Readonly<Record<Purpose, string>>;
}

/**
 * One text per plural category of a language (`Intl.PluralRules` categories); `other` is
 * required and used for any category the object leaves out.
 */
export type PluralForms = { readonly other: string } & {
  readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/** The UI catalog plus the policy page's texts: what `policyPage` and its renderers need. */
export interface PolicyPageMessages extends Messages {
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
    /** Stands for `{site}` in `usedOn` when the policy names no site. */
    readonly thisSite: string;
    /** "Set by" cell of a first-party service. */
    readonly firstParty: string;
    /** "Set by" cell of a third-party service: `{name}`. */
    readonly thirdParty: string;
    /** Notes beside a storage name that is not a plain cookie. */
    readonly localStorage: string;
    readonly sessionStorage: string;
    readonly indexedDB: string;
    readonly cacheStorage: string;
    readonly serviceWorker: string;
    /** Beside a name given as a regular expression. */
    readonly pattern: string;
    /** Disclosure of exempt audience measurement (C8): `{retention}`. */
    readonly exempt: string;
    /** A line of the "Duration" cell when a service's items last differently: `{name}`, `{duration}`. */
    readonly durationOf: string;
    /** A category that lists no service. */
    readonly none: string;
  };
  /** Default text of each purpose code, used when the policy gives none. */
  readonly purposes: Readonly<Record<Purpose, string>>;
}

/** The first layer and the persistent link outside opt-in (C25): `Messages['regimes']`. */
export interface RegimeMessages {
  /** First layer under opt-out: the short notice. */
  readonly optOutText: string;
  /** First layer under notice: information only. */
  readonly noticeText: string;
  /** The opt-out action: refuses sale, sharing and targeted advertising. */
  readonly optOut: string;
  /** Keeps the settings as they are and closes the notice. */
  readonly acknowledge: string;
  /** The default persistent link (11 CCR 7015). */
  readonly doNotSell: string;
  /** The alternative persistent link, drawn with the opt-out icon (11 CCR 7015). */
  readonly privacyChoices: string;
  /** The link where the policy declares sensitive categories. */
  readonly limitSensitive: string;
  /** Beside the link once an opt-out (or GPC) is in force (C11). */
  readonly honoured: string;
}
