import type { CategoryKind, ConsentModeType, Purpose, Service } from '@cookiekit/core';

/**
 * The key under which a preset's service carries what the policy format has no field for: its
 * loader, its Consent Mode types, its codes. A symbol, so `validatePolicy`, JSON and the policy
 * page never see it; `Symbol.for`, so two copies of this package agree on it.
 */
export const PRESET: unique symbol = Symbol.for('cookiekit.preset') as never;

/** What a service does, as a code; its words live in the language entries (`@cookiekit/services/locales/<tag>`). */
export type FunctionCode =
  | 'analytics'
  | 'tag-management'
  | 'advertising'
  | 'session-recording'
  | 'maps'
  | 'video'
  | 'audio'
  | 'bot-protection'
  | 'chat'
  | 'payment'
  | 'monitoring'
  | 'ab-testing'
  | 'comments'
  | 'social-embed'
  | 'scheduling'
  | 'forms'
  | 'customer-data'
  | 'marketing-automation';

/** Every function code, in the order the language entries list them. */
export const FUNCTION_CODES: readonly FunctionCode[] = [
  'analytics',
  'tag-management',
  'advertising',
  'session-recording',
  'maps',
  'video',
  'audio',
  'bot-protection',
  'chat',
  'payment',
  'monitoring',
  'ab-testing',
  'comments',
  'social-embed',
  'scheduling',
  'forms',
  'customer-data',
  'marketing-automation',
];

/** Google Consent Mode: `basic` loads no tag before consent; `advanced` loads it with every type denied, and it sends cookieless pings. */
export type ConsentModeVariant = 'basic' | 'advanced';

/** A window as loaders see it: vendor globals are whatever the vendor's snippet puts there. */
export type LoaderWindow = Window & Record<string, any>;

/** What a preset's service carries besides its policy fields (under {@link PRESET}), with the options the site gave it. */
export interface PresetInfo {
  /** What the service does. */
  readonly fn: FunctionCode;
  /** Where its data goes: an ISO 3166 region code such as `US`, `IE` or `EU`; none for self-hosting. */
  readonly location?: string;
  /** The category kind the preset suggests. */
  readonly kind: CategoryKind;
  /** For Google tags: the Consent Mode types the tag reads. */
  readonly consentModeTypes?: readonly ConsentModeType[];
  /** For Google tags: the Consent Mode variant the site chose; none means `basic`. */
  readonly consentMode?: ConsentModeVariant;
  /** Stores nothing and identifies nobody by the vendor's account; it still reads the device (EDPB Guidelines 2/2023). */
  readonly cookieless?: boolean;
  /** `false`: the loader does not wait for consent (a site relying on an exemption). Otherwise it waits. */
  readonly gated?: boolean;
  /** The vendor script to load once allowed. */
  readonly script?: string;
  /** Attributes the vendor's script reads from its own element, such as Plausible's `data-domain`. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Runs just before the script is added: the vendor's queue stub and its configuration, with no inline script (C23). */
  readonly init?: (w: LoaderWindow) => void;
  /** Runs once the script has loaded, for vendors whose snippet starts the library in its `onload`. */
  readonly ready?: (w: LoaderWindow) => void;
  /** The languages the site gave the preset (`texts`), which `describePreset` writes in. */
  readonly texts?: readonly ServiceTexts[];
  /** For embeds: the iframe address of one item (a video id, a map query), shown behind a placeholder until allowed. */
  readonly embed?: (ref: string) => string;
}

/** A service made by a preset: a plain policy service, plus its {@link PresetInfo}. */
export type PresetService<Id extends string = string, C extends string = string> = Service<Id, C> & {
  readonly [PRESET]: PresetInfo;
};

/** Options every preset takes. */
export interface PresetOptions<Id extends string = string, C extends string = string> {
  /** The service id in the policy; default the preset's name. */
  readonly id?: Id;
  /** The policy's category id to file it under; default the suggested kind. */
  readonly category?: C;
  /** The language entries the function text is written in; default English only. */
  readonly texts?: readonly ServiceTexts[];
  /** Domain the site's own cookies of this service are set on, such as `example.com` to share them with subdomains. */
  readonly cookieDomain?: string;
  /** Where the data goes, when the preset's default (the vendor's region) does not apply. */
  readonly location?: string;
}

/** Options of a service that stores nothing: it may be ungated, explicitly. */
export interface CookielessOptions<Id extends string = string, C extends string = string> extends PresetOptions<Id, C> {
  /**
   * `false` runs the loader without consent. Only for a site that relies on an exemption from
   * art. 5(3) ePrivacy for it (EDPB Guidelines 2/2023 bring reading the device under it too);
   * the policy page then says so. Default `true`.
   */
  readonly gated?: boolean;
}

/** Options of a Google tag. */
export interface GoogleTagOptions<Id extends string = string, C extends string = string> extends PresetOptions<Id, C> {
  /** Consent Mode variant; default `basic`. `advanced` needs Consent Mode started (`consentMode` of `createCookieKit`). */
  readonly consentMode?: ConsentModeVariant;
}

/** One language's words for the function codes and the notes a preset may add. Awaiting native review unless said otherwise. */
export interface ServiceTexts {
  /** BCP 47 tag, as core's catalogs: `en`, `pt-BR`, `zh-Hant`. */
  readonly lang: string;
  /** `awaiting native review` until a native speaker has checked the entry. */
  readonly review: 'awaiting native review' | 'reviewed';
  readonly functions: Readonly<Record<FunctionCode, string>>;
  readonly notes: {
    /** Consent Mode basic: the tag loads only after consent. */
    readonly basic: string;
    /** Consent Mode advanced: loads before consent with storage denied, and sends cookieless pings. */
    readonly advanced: string;
    /** Stores nothing on the device. */
    readonly cookieless: string;
    /** Runs without consent, under an exemption the site relies on. */
    readonly ungated: string;
  };
}

/** The purposes a preset declares, as core's codes. */
export type PurposeCodes = readonly Purpose[];

/**
 * How a preset's storage items differ from the Open Cookie Database, checked by the package's
 * tests: every difference needs a reason here, and a reason without a difference fails too.
 */
export interface PresetFacts {
  /** Declared items that differ from the database (or are not in it), by declared name, with why. */
  readonly overrides?: Readonly<Record<string, string>>;
  /** Database entries of the vendor the preset does not declare, by name, with why. */
  readonly omitted?: Readonly<Record<string, string>>;
}
