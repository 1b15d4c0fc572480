import { defineComponent, h } from 'vue';
import { ConsentGate, CookieBanner, CookiePreferences, CookieSettingsButton, useAllowed } from '../index';

/** A page using every component, as the example shop does. */
export const ShopApp = defineComponent({
  name: 'ShopApp',
  setup() {
    const stats = useAllowed('statistics');
    return () =>
      h('div', { class: 'shop' }, [
        h('main', [
          h('h1', 'Smartbump shop'),
          h('p', { class: 'stats' }, stats.value ? 'stats on' : 'stats off'),
          h(ConsentGate, { id: 'video-embed' }, () => h('figure', { class: 'player' }, 'Product video')),
        ]),
        h('footer', [h(CookieSettingsButton)]),
        h(CookieBanner),
        h(CookiePreferences),
      ]);
  },
});
