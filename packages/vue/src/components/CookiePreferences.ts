import { format } from '@cookiekit/core';
import { defineComponent, h, onMounted, ref, watch } from 'vue';
import { useBanner } from '../composables';
import { classes, type StyleProps } from './classes';

/** Props of {@link CookiePreferences}. */
export type CookiePreferencesProps = StyleProps;

const checked = (event: Event): boolean => (event.target as HTMLInputElement).checked;

/**
 * The preferences: a modal native `<dialog>` opened with `showModal()` (focus moves in, the page
 * is inert, Tab stays inside: C19, C20), one switch per category and, behind a disclosure, per
 * service with its cookies (C5). Nothing is pre-ticked (C3); Escape and Close grant nothing and
 * focus returns to the element that opened it. The "Saved" status is a sibling of the dialog,
 * always present, so it is announced after the dialog closes (C21).
 *
 * @example
 * ```ts
 * // <CookieBanner /> <CookiePreferences />
 * h(CookiePreferences);
 * ```
 */
export const CookiePreferences = /* @__PURE__ */ defineComponent({
  name: 'CookiePreferences',
  // Two root elements (the dialog and its status): attributes such as `class` go on the dialog.
  inheritAttrs: false,
  // Written out (no spread), so bundlers can drop an unused component.
  props: { unstyled: Boolean, className: String },
  setup(props, { attrs }) {
    const banner = useBanner();
    const { state } = banner;
    const dialog = ref<HTMLDialogElement | null>(null);
    let trigger: Element | null = null;

    const sync = (open: boolean) => {
      const el = dialog.value;
      if (!el || open === el.open) return;
      if (open) {
        trigger = document.activeElement;
        el.showModal();
      } else {
        el.close();
        const back = trigger as HTMLElement | null;
        trigger = null;
        if (back?.isConnected) back.focus();
      }
    };
    onMounted(() => {
      sync(state.value.showPreferences);
      watch(() => state.value.showPreferences, sync, { flush: 'post' });
    });

    return () => {
      const s = state.value;
      const c = classes(props.unstyled);
      const m = s.messages.preferences;
      const button = (action: string, label: string, onClick: () => void, variant = '') =>
        h('button', { type: 'button', class: c(`ck-button${variant}`), 'data-action': action, onClick }, label);

      const categories = s.categories.map((category) =>
        h('li', { key: category.id, class: c('ck-category'), 'data-category': category.id }, [
          h('div', { class: c('ck-category__header') }, [
            h('label', { class: c('ck-toggle') }, [
              h('input', {
                type: 'checkbox',
                role: 'switch',
                class: c('ck-switch'),
                'aria-describedby': `ck-category-${category.id}-description`,
                checked: category.checked,
                disabled: category.locked,
                onChange: (event: Event) => banner.toggleCategory(category.id, checked(event)),
              }),
              h('span', { class: c('ck-toggle__label') }, category.label),
            ]),
            category.locked ? h('span', { class: c('ck-badge') }, m.alwaysOn) : null,
          ]),
          h('p', { class: c('ck-category__description'), id: `ck-category-${category.id}-description` }, category.description),
          ...(category.services.length > 0
            ? [
                h(
                  'button',
                  {
                    type: 'button',
                    class: c('ck-disclosure'),
                    'aria-expanded': category.expanded ? 'true' : 'false',
                    'aria-controls': `ck-services-${category.id}`,
                    onClick: () => banner.toggleExpanded(category.id),
                  },
                  category.expanded ? m.hideServices : format(m.showServices, { count: category.services.length }),
                ),
                h(
                  'ul',
                  { class: c('ck-services'), id: `ck-services-${category.id}`, hidden: !category.expanded },
                  category.services.map((service) =>
                    h('li', { key: service.id, class: c('ck-service'), 'data-service': service.id }, [
                      h('label', { class: c('ck-toggle ck-toggle--small') }, [
                        h('input', {
                          type: 'checkbox',
                          role: 'switch',
                          class: c('ck-switch'),
                          checked: service.checked,
                          disabled: service.locked,
                          onChange: (event: Event) => banner.toggleService(service.id, checked(event)),
                        }),
                        h('span', { class: c('ck-toggle__label') }, `${service.provider}: ${service.function}`),
                      ]),
                      h(
                        'p',
                        { class: c('ck-service__meta') },
                        (service.thirdParty ? `${m.party.third} (${service.thirdParty.name})` : m.party.first) +
                          (service.purposes ? ` · ${service.purposes}` : ''),
                      ),
                      service.cookies.length > 0
                        ? h('table', { class: c('ck-cookies') }, [
                            h('thead', [h('tr', [h('th', { scope: 'col' }, m.cookies), h('th', { scope: 'col' }, m.duration)])]),
                            h(
                              'tbody',
                              service.cookies.map((cookie) =>
                                h('tr', { key: cookie.name }, [h('td', [h('code', cookie.name)]), h('td', cookie.duration)]),
                              ),
                            ),
                          ])
                        : null,
                    ]),
                  ),
                ),
              ]
            : []),
        ]),
      );

      return [
        h(
          'dialog',
          {
            ...attrs,
            ref: dialog,
            class: [c('ck-preferences', props.className), attrs.class],
            'aria-labelledby': 'ck-preferences-title',
            'aria-modal': 'true',
            lang: s.lang,
            dir: s.dir,
            onCancel: (event: Event) => {
              // Escape closes without granting anything (C3, C20).
              event.preventDefault();
              banner.close();
            },
          },
          [
            h('div', { class: c('ck-preferences__header') }, [
              h('h2', { class: c('ck-title'), id: 'ck-preferences-title' }, m.title),
              h(
                'button',
                { type: 'button', class: c('ck-close'), 'data-action': 'close', 'aria-label': m.close, onClick: () => banner.close() },
                '×',
              ),
            ]),
            h('div', { class: c('ck-preferences__body') }, [
              h('p', { class: c('ck-text') }, m.text),
              s.signalNotice ? h('p', { class: c('ck-notice') }, s.signalNotice) : null,
              s.exemptNotice ? h('p', { class: c('ck-notice') }, s.exemptNotice) : null,
              h('ul', { class: c('ck-categories') }, categories),
              s.conflict
                ? h('div', { class: c('ck-conflict'), role: 'alert' }, [
                    `${s.messages.signal.conflict} `,
                    button('confirm-over-signal', s.messages.signal.confirm, () => banner.confirmOverSignal()),
                  ])
                : null,
            ]),
            h('div', { class: c('ck-actions ck-preferences__footer') }, [
              button('reject-all', m.rejectAll, () => banner.rejectAll()),
              button('accept-all', m.acceptAll, () => banner.acceptAll()),
              button('save', m.save, () => banner.save(), ' ck-button--primary'),
            ]),
          ],
        ),
        h('p', { class: c('ck-status'), role: 'status', 'aria-live': 'polite' }, s.status),
      ];
    };
  },
});
