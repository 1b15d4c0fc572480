import './register';
import {
  ConsentGate,
  CookieBanner,
  CookiePolicy,
  CookiePreferences,
  CookieSettingsButton,
  type InitialConsent,
} from '@cookiekit/vue';
import { createSSRApp, defineComponent, h, onMounted } from 'vue';
import { base, shopKit } from './kit';
import { route as shopRoute, type ShopPage } from 'shop-common/page';

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
        ]),
        h('main', { class: 'shop-main' }, [
          page === 'product' ? h(Product) : page === 'policy' ? h(CookiePolicy) : h('h1', 'Page not found'),
        ]),
        h('footer', { class: 'shop-footer' }, [h('span', '© Smartbump'), h(CookieSettingsButton)]),
        h(CookieBanner),
        h(CookiePreferences),
      ];
    };
  },
});

/**
 * The shop's app with its cookiekit, for the server and the browser alike: both give the same
 * `initialConsent` (the server's inputs to the consent decision), so hydration matches.
 */
export function createShopApp(url: string, initialConsent: InitialConsent) {
  return createSSRApp(App, { url }).use(shopKit(initialConsent));
}
