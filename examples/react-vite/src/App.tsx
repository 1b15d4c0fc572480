import './register';
import {
  ConsentGate,
  CookieBanner,
  CookieKitProvider,
  CookiePolicy,
  CookiePreferences,
  CookieSettingsButton,
  OptOutLinks,
  consentSender,
  embedPlaceholders,
  en,
  enRegimes,
  regimeLayouts,
  googleConsentMode,
  type InitialConsent,
  type Messages,
} from '@cookiekit/react';
import { policy } from 'example-policy';
import { useEffect } from 'react';
import { base } from './kit';
import { LANGUAGES } from 'shop-common/language';
import { bannerLayout, route as shopRoute, type ShopPage } from 'shop-common/page';

/** The language switcher: a plain form, so it works before the scripts run; the server sets the language cookie. */
function LanguageSwitcher({ current }: { current: string }) {
  return (
    <form className="shop-language" method="get">
      <label htmlFor="shop-language">Language</label>
      <select id="shop-language" name="lang" defaultValue={current}>
        {LANGUAGES.map((l) => (
          <option key={l.tag} value={l.tag} lang={l.tag}>
            {l.name}
          </option>
        ))}
      </select>
      <button type="submit">OK</button>
    </form>
  );
}

function Product() {
  return (
    <article className="shop-product">
      <h1>Smartbump</h1>
      <p>The bump that tells you when the shelf is empty. 49 € incl. VAT.</p>
      <h2>See it in action</h2>
      <ConsentGate id="video-embed">
        <iframe className="shop-video" src={`${base}embed/video.html`} title="Product video: Smartbump in one minute" />
      </ConsentGate>
    </article>
  );
}

/** The page for a path under the shop's base. */
export const route = (url: string): ShopPage => shopRoute(url, base);

export interface AppProps {
  /** The requested URL (path and query). */
  readonly url: string;
  /** The server's inputs to the consent decision, the same on the server and on hydration. */
  readonly initialConsent: InitialConsent;
  /** The catalog of the page's language (UI and policy page); default English. */
  readonly messages?: Messages;
}

/** The shop: a product page and the cookie policy page, with the consent UI on every page. */
// English pages carry no catalog (the kit's default); the demo decides regimes per region (C25),
// so English takes its opt-out and notice texts here. Other languages' catalogs carry theirs.
const englishWithRegimes: Messages = { ...en, regimes: enRegimes };
// Proof of each decision for the shop's consent API (C9).
const sender = consentSender({ endpoint: `${base}api/consent` });
// The page's own gated embeds (data-src in index.html) get core's placeholder with "Allow" (C1).
const gating = { placeholders: embedPlaceholders };

export function App({ url, initialConsent, messages }: AppProps) {
  const page = route(url);
  // Marks the page interactive once hydrated (the browser tests wait for it).
  useEffect(() => void (document.documentElement.dataset.shopReady = 'true'), []);
  return (
    <CookieKitProvider
      policy={policy}
      initialConsent={initialConsent}
      messages={messages ?? englishWithRegimes}
      policyHref={`${base}cookie-policy`}
      sender={sender}
      regimeLayouts={regimeLayouts}
      gating={gating}
      consentMode={googleConsentMode({ waitForUpdate: 500 })}
    >
      <header className="shop-header">
        <a href={base}>Smartbump shop</a>
        <nav aria-label="Shop">
          <a href={`${base}cookie-policy`}>Cookie policy</a>
        </nav>
        <LanguageSwitcher current={messages?.lang ?? 'en'} />
      </header>
      <main className="shop-main">
        {page === 'product' && <Product />}
        {page === 'policy' && <CookiePolicy />}
        {page === 'not-found' && <h1>Page not found</h1>}
      </main>
      <footer className="shop-footer">
        <span>© Smartbump</span>
        <CookieSettingsButton />
        <OptOutLinks />
      </footer>
      <CookieBanner layout={bannerLayout(url)} />
      <CookiePreferences />
    </CookieKitProvider>
  );
}
