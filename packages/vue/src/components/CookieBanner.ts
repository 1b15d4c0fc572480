import { layoutAttributes, type BannerPlacement } from '@cookiekit/core';
import { defineComponent, h, type PropType } from 'vue';
import { useBanner } from '../composables';
import { classes, type StyleProps } from './classes';

/** Props of {@link CookieBanner}. */
export interface CookieBannerProps extends StyleProps {
  /** The layout (`bar`, `box` or `cloud`, with a position), the option core's `BannerPlacement` describes; default a bar at the bottom. */
  readonly layout?: BannerPlacement | undefined;
}

/**
 * The first layer: a non-modal dialog with the text, Accept all and Reject all as the same
 * element with the same classes (C4), and Customize. Drawn only while core's banner model asks
 * for it; the page stays usable (C19).
 *
 * @example
 * ```ts
 * // <CookieBanner :layout="{ type: 'box', position: 'bottom-start' }" /> <CookiePreferences />
 * h(CookieBanner);
 * ```
 */
export const CookieBanner = /* @__PURE__ */ defineComponent({
  name: 'CookieBanner',
  // Written out (no spread), so bundlers can drop an unused component.
  props: { unstyled: Boolean, className: String, layout: Object as PropType<BannerPlacement> },
  setup(props) {
    const banner = useBanner();
    return () => {
      const { state } = banner;
      const s = state.value;
      const layout = layoutAttributes(props.layout);
      if (!s.showBanner) return null;
      const c = classes(props.unstyled);
      const m = s.messages.banner;
      // Read only outside opt-in, where the banner model guarantees them.
      const r = s.messages.regimes!;
      const button = (action: string, label: string, onClick: () => void, names = 'ck-button') =>
        h('button', { type: 'button', class: c(names), 'data-action': action, onClick }, label);
      const customize = button('customize', m.customize, () => banner.openPreferences(), 'ck-button ck-button--link');
      const acknowledge = () => button('acknowledge', r.acknowledge, () => banner.acknowledge());
      return h(
        'section',
        {
          class: c('ck-banner', props.className),
          role: 'dialog',
          'aria-modal': 'false',
          'aria-labelledby': 'ck-banner-title',
          'aria-describedby': 'ck-banner-text',
          lang: s.lang,
          dir: s.dir,
          'data-ck-layout': layout?.[0],
          'data-ck-position': layout?.[1],
        },
        [
          h('h2', { class: c('ck-title'), id: 'ck-banner-title' }, m.title),
          h('p', { class: c('ck-text'), id: 'ck-banner-text' }, s.text),
          s.reason ? h('p', { class: c('ck-notice') }, s.reason) : null,
          s.signalNotice ? h('p', { class: c('ck-notice') }, s.signalNotice) : null,
          h(
            'div',
            { class: c('ck-actions') },
            s.layout === 'opt-in'
              ? [
                  button('accept-all', m.acceptAll, () => banner.acceptAll()),
                  button('reject-all', m.rejectAll, () => banner.rejectAll()),
                  customize,
                ]
              : s.layout === 'opt-out'
                ? [button('opt-out', r.optOut, () => banner.optOut()), acknowledge(), customize]
                : [acknowledge()],
          ),
          h('a', { class: c('ck-link'), href: s.policyHref }, m.policyLink),
        ],
      );
    };
  },
});
