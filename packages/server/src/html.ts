import {
  createBannerModel,
  regimeLayouts,
  createConsentStore,
  layoutAttributes,
  memoryStorage,
  type BannerPlacement,
  type CookiePolicy,
  type InitialConsent,
  type Messages,
  type RegimeMessages,
} from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';
import { SHIPPED_TAGS, shippedCatalog } from './shipped-locales';

/** The `banner` option of `createCookieKit`: how the server draws the consent UI for a visitor. */
export interface BannerHtmlOptions {
  /**
   * The UI's catalog (core `en`, `fr` of `@cookiekit/core/locales/fr`, or your own); default
   * English. The browser side must draw with the same catalog, or its first update redraws the texts.
   * Without `regimes`, the server adds the shipped texts of the catalog's language (English for
   * another) for the opt-out and notice layouts (C25); the browser needs them too under a regime.
   */
  readonly messages?: Messages;
  /**
   * The banner's link to the policy page. Default: the `policyPage` route's path when it is on,
   * else `/cookie-policy`. The script-tag build takes the same value as `data-policy-href`.
   */
  readonly policyHref?: string;
  /** Leave out every `ck-` class (bring your own styles); the script tag then needs `data-unstyled`. */
  readonly unstyled?: boolean;
  /**
   * The first layer's layout (core's `BannerPlacement`, as the React and Vue `layout` prop); the
   * script tag then needs the same `data-layout` and `data-position`. Default: a bar at the bottom.
   */
  readonly layout?: BannerPlacement;
}

/** Options of `bootstrapHtml` and `consentHtml`. */
export interface BootstrapHtmlOptions {
  /**
   * The page's CSP nonce, written on each `<script>` data block. A JSON block runs no code, so a
   * CSP does not need it; it is there for setups that give every `<script>` a nonce. Base64 or
   * base64url characters only, else a `TypeError`.
   */
  readonly nonce?: string;
  /**
   * Also write the policy as `<script type="application/json" id="cookiekit-policy">`, the block
   * the script-tag build of `@cookiekit/dom` reads. Default `true`; `false` when the page's
   * bundle carries the policy (`startCookieKit({ policy })`).
   */
  readonly policy?: boolean;
}

/**
 * One request's consent UI as HTML, drawn only when the template prints it: `String(html)` (as
 * every template engine prints a value) gives the UI and then the bootstrap data; `banner` and
 * `bootstrap` give each part alone. Each part is drawn at most once per request.
 */
export interface ConsentHtml {
  /** The UI in its `<div data-cookiekit-ui>` container (see `RequestConsent.bannerHtml`). */
  readonly banner: string;
  /** The bootstrap data blocks (see `RequestConsent.bootstrapHtml`). */
  readonly bootstrap: string;
  /** `banner` followed by `bootstrap`. */
  toString(): string;
}

/** What a kit draws pages' consent UI with; built once per kit, nothing drawn until asked. */
export interface HtmlRenderer {
  /**
   * The consent UI for one visitor's inputs, in its container. `decision` is the kit's decision
   * for the same inputs: the UI depends on nothing else, so it is drawn once per decision the
   * kit caches (every first visit with the same signals, each returning visitor's cookie).
   */
  ui(initial: InitialConsent, decision?: object): string;
  /** The `cookiekit-initial` block, and the `cookiekit-policy` block unless told otherwise. */
  bootstrap(initial: InitialConsent, options?: BootstrapHtmlOptions): string;
}

// JSON in a <script> element: `<` escaped, so no policy text can close the element or open a
// comment (C24); U+2028 and U+2029 too, for readers that treat the block as script.
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

function nonceAttribute(nonce: string | undefined): string {
  if (nonce === undefined) return '';
  if (typeof nonce !== 'string' || !NONCE.test(nonce)) throw new TypeError('cookiekit: a CSP nonce is base64 or base64url text');
  return ` nonce="${nonce}"`;
}

/** The shipped regime texts of a catalog's language (English for another), loaded now; a failure names the remedy. */
function shippedRegimes(lang: string): RegimeMessages {
  try {
    return shippedCatalog(SHIPPED_TAGS.includes(lang) ? lang : 'en').regimes;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}; give banner.messages its regimes ({ ...${lang.replace('-', '')}, regimes: ${lang.replace('-', '')}Regimes })`);
  }
}

/** The renderer of one kit: the markup of `@cookiekit/core/html` from core's banner model. */
export function createHtmlRenderer(policy: CookiePolicy, options: BannerHtmlOptions, policyPagePath: string | undefined): HtmlRenderer {
  // Every regime may be decided here: the catalog needs its texts for the opt-out and notice layouts.
  const given = options.messages ?? shippedCatalog('en');
  const messages = given.regimes ? given : { ...given, regimes: shippedRegimes(given.lang) };
  // Every regime's layout: the server draws whatever regime it decided for the visitor (C25).
  const modelOptions = { messages, regimeLayouts, policyHref: options.policyHref ?? policyPagePath };
  // An unknown layout is refused when the kit is built, not on a visitor's request.
  layoutAttributes(options.layout);
  const renderOptions = { unstyled: options.unstyled === true, layout: options.layout };
  let policyBlock: string | undefined;
  const drawn = new WeakMap<object, string>();
  return {
    ui(initial, decision) {
      const hit = decision && drawn.get(decision);
      if (hit !== undefined) return hit;
      // The state the browser starts from with the same inputs (`getServerSnapshot`), so the
      // binding attaches without redrawing: no first layer for a current choice, the settings
      // button and the closed preferences always (C6).
      const store = createConsentStore({ policy, storage: memoryStorage(), initialConsent: initial, now: () => initial.now });
      const state = createBannerModel(store, modelOptions).getServerSnapshot();
      const html = `<div data-cookiekit-ui>${renderConsentHtml(state, renderOptions)}</div>`;
      // Only the kit's cached decisions (frozen, shared by requests) are worth remembering.
      if (decision && Object.isFrozen(decision)) drawn.set(decision, html);
      return html;
    },
    bootstrap(initial, { nonce, policy: withPolicy = true } = {}) {
      const attr = nonceAttribute(nonce);
      const data = { cookie: initial.cookie, signals: initial.signals, now: initial.now };
      const own = `<script type="application/json" id="cookiekit-initial"${attr}>${scriptJson(data)}</script>`;
      if (!withPolicy) return own;
      policyBlock ??= scriptJson(policy);
      return `<script type="application/json" id="cookiekit-policy"${attr}>${policyBlock}</script>${own}`;
    },
  };
}
