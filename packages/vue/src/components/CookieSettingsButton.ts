import { defineComponent, h, type SlotsType, type VNode } from 'vue';
import { useBanner } from '../composables';
import { classes, type StyleProps } from './classes';

/** Props of {@link CookieSettingsButton}; the label is the default slot, else the catalog's "Cookie settings". */
export type CookieSettingsButtonProps = StyleProps;

/**
 * The way back to the preferences, for every page (C6): put it in the footer.
 *
 * @example
 * ```ts
 * // <footer><CookieSettingsButton /></footer>
 * h('footer', [h(CookieSettingsButton)]);
 * ```
 */
export const CookieSettingsButton = /* @__PURE__ */ defineComponent({
  name: 'CookieSettingsButton',
  // Written out (no spread), so bundlers can drop an unused component.
  props: { unstyled: Boolean, className: String },
  slots: Object as SlotsType<{ default?: () => VNode[] }>,
  setup(props, { slots }) {
    const { state, openPreferences } = useBanner();
    return () =>
      h(
        'button',
        {
          type: 'button',
          class: classes(props.unstyled)('ck-settings-button', props.className),
          'data-action': 'open-preferences',
          'aria-haspopup': 'dialog',
          onClick: () => openPreferences(),
        },
        slots.default?.() ?? state.value.messages.settingsButton,
      );
  },
});
