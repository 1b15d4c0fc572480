import { OPT_OUT_ICON } from '@cookiekit/core';
import { defineComponent, h } from 'vue';
import { useBanner } from '../composables';
import { classes, type StyleProps } from './classes';

/** Props of {@link OptOutLinks}. */
export type OptOutLinksProps = StyleProps;

/**
 * The persistent opt-out links for every page under an opt-out regime (C25, 11 CCR 7015): "Do Not
 * Sell or Share My Personal Information", or "Your Privacy Choices" with its icon, "Limit the Use of
 * My Sensitive Personal Information" where the policy declares sensitive data, and the status once
 * the opt-out is in force. Each opens the preferences. Draws nothing outside opt-out: put it in the
 * footer of every page, beside {@link CookieSettingsButton}.
 *
 * @example
 * ```ts
 * // <footer><CookieSettingsButton /><OptOutLinks /></footer>
 * h('footer', [h(CookieSettingsButton), h(OptOutLinks)]);
 * ```
 */
export const OptOutLinks = /* @__PURE__ */ defineComponent({
  name: 'OptOutLinks',
  // Written out (no spread), so bundlers can drop an unused component.
  props: { unstyled: Boolean, className: String },
  setup(props) {
    const { state, openPreferences } = useBanner();
    const open = (event: Event) => {
      event.preventDefault();
      openPreferences();
    };
    return () => {
      const s = state.value;
      if (s.optOutLinks.length === 0) return null;
      const c = classes(props.unstyled);
      const icon = () =>
        h(
          'svg',
          {
            class: c('ck-optout-icon'),
            viewBox: OPT_OUT_ICON.viewBox,
            width: OPT_OUT_ICON.width,
            height: OPT_OUT_ICON.height,
            'aria-hidden': 'true',
            focusable: 'false',
          },
          OPT_OUT_ICON.paths.map(([fill, d]) => h('path', { fill, d })),
        );
      return h('p', { class: c('ck-optout', props.className), lang: s.lang, dir: s.dir }, [
        ...s.optOutLinks.map((link) =>
          h(
            'a',
            {
              key: link.kind,
              class: c('ck-optout-link'),
              href: s.policyHref,
              'data-action': 'open-preferences',
              'data-optout': link.kind,
              'aria-haspopup': 'dialog',
              onClick: open,
            },
            [link.icon ? icon() : null, link.label],
          ),
        ),
        s.optOutStatus ? h('span', { class: c('ck-optout-status') }, s.optOutStatus) : null,
      ]);
    };
  },
});
