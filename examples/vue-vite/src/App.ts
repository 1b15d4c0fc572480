import './register';
import {
  ConsentGate,
  CookieBanner,
  CookiePolicy,
  CookiePreferences,
  CookieSettingsButton,
  OptOutLinks,
  type InitialConsent,
  type Messages,
} from '@cookiekit/vue';
import { createSSRApp, defineComponent, h, onMounted } from 'vue';
import { base, shopKit } from './kit';
import { LANGUAGES } from 'shop-common/language';
import { bannerLayout, route as shopRoute, type ShopPage } from 'shop-common/page';

/** The language switcher: a plain form, so it works before the scripts run; the server sets the language cookie. */
const LanguageSwitcher = defineComponent({
  name: 'LanguageSwitcher',
  props: { current: { type: String, required: true } },
  setup: (props) => () =>
    h('form', { class: 'shop-language', method: 'get' }, [
      h('label', { for: 'shop-language' }, 'Language'),
      h(
        'select',
        { id: 'shop-language', name: 'lang' },
        LANGUAGES.map((l) => h('option', { key: l.tag, value: l.tag, lang: l.tag, selected: l.tag === props.current }, l.name)),
      ),
      h('button', { type: 'submit' }, 'OK'),
    ]),
});

const Product = defineComponent({
  name: 'Product',
  setup: () => () =>
    h('article', { class: 'shop-product' }, [
      h('h1', 'Smartbump'),
      h('p', 'The bump that tells you when the shelf is empty. 49 € incl. VAT.'),
      h('h2', 'See it in action'),
      h(ConsentGate, { id: 'video-embed' }, () =>
        h('iframe', { class: 'shop-video', src: `${base}embed/video.html`, title: 'Product video: Smartbump in one minute' }),
      ),
    ]),
});

/** The page for a path under the shop's base. */
export const route = (url: string): ShopPage => shopRoute(url, base);

/** The shop: a product page and the cookie policy page, with the consent UI on every page. */
export const App = defineComponent({
  name: 'ShopApp',
  props: {
    /** The requested URL (path and query). */
    url: { type: String, required: true },
    /** The page's language tag, for the switcher. */
    lang: { type: String, default: 'en' },
  },
  setup(props) {
    // Marks the page interactive once hydrated (the browser tests wait for it).
    onMounted(() => void (document.documentElement.dataset.shopReady = 'true'));
    return () => {
      const page = route(props.url);
      return [
        h('header', { class: 'shop-header' }, [
          h('a', { href: base }, 'Smartbump shop'),
          h('nav', { 'aria-label': 'Shop' }, [h('a', { href: `${base}cookie-policy` }, 'Cookie policy')]),
          h(LanguageSwitcher, { current: props.lang }),
        ]),
        h('main', { class: 'shop-main' }, [
          page === 'product' ? h(Product) : page === 'policy' ? h(CookiePolicy) : h('h1', 'Page not found'),
        ]),
        h('footer', { class: 'shop-footer' }, [h('span', '© Smartbump'), h(CookieSettingsButton), h(OptOutLinks)]),
        h(CookieBanner, { layout: bannerLayout(props.url) }),
        h(CookiePreferences),
      ];
    };
  },
});

/**
 * The shop's app with its cookiekit, for the server and the browser alike: both give the same
 * `initialConsent` (the server's inputs to the consent decision), so hydration matches.
 */
export function createShopApp(url: string, initialConsent: InitialConsent, messages?: Messages) {
  return createSSRApp(App, { url, lang: messages?.lang ?? 'en' }).use(shopKit(initialConsent, messages));
}
