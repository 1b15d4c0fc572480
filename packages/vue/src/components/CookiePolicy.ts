import type { CookiePolicy as CookiePolicyData } from '@cookiekit/core';
import { policyPage, type PolicyPageMessages, type PolicyPageRow } from '@cookiekit/core/page';
import { computed, defineComponent, h, type PropType, type VNodeChild } from 'vue';
import { useBanner, useCookieKit } from '../composables';
import { classes, type StyleProps } from './classes';

/** Props of {@link CookiePolicy}. */
export interface CookiePolicyProps extends StyleProps {
  /** Language of the page; default the kit's. Policy texts follow the chosen catalog. */
  readonly lang?: string | undefined;
  /**
   * The page's texts (`enPolicyPage` from `@cookiekit/core/page`, `frPolicyPage` from
   * `@cookiekit/core/locales/fr`), or several to choose from by `lang`. Default: the kit's
   * catalog when it carries the page's texts, else English.
   */
  readonly messages?: PolicyPageMessages | readonly PolicyPageMessages[] | undefined;
}

/**
 * Core's policy type, still exported under its own name beside the component (a type and a value
 * may share a name): `import type { CookiePolicy } from '@cookiekit/vue'` is the policy.
 */
export type CookiePolicy<C extends string = string, S extends string = string> = CookiePolicyData<C, S>;

// The category id in `id` attributes, as core's HTML renderer writes it.
const anchor = (id: string): string =>
  'ck-policy-' + id.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.codePointAt(0)!.toString(16)}_`);

// A cell holds one item as text, several as a list.
const cell = (items: readonly VNodeChild[], c: (base: string) => string | undefined): VNodeChild =>
  items.length <= 1 ? items[0] ?? '' : h('ul', { class: c('ck-policy__list') }, items.map((item) => h('li', [item])));

/**
 * The cookie policy page, drawn from core's `policyPage` model with the markup of core's HTML
 * renderer: what a cookie is, the kinds of cookie, then per category a table of provider,
 * function and location, cookie names, purposes, duration and who sets them. Every text is
 * data, never HTML (C24).
 *
 * @example
 * ```ts
 * // the /cookie-policy route
 * h(CookiePolicy);
 * ```
 */
export const CookiePolicy = /* @__PURE__ */ defineComponent({
  name: 'CookiePolicy',
  // Written out (no spread), so bundlers can drop an unused component.
  props: {
    unstyled: Boolean,
    className: String,
    lang: String,
    messages: [Object, Array] as PropType<PolicyPageMessages | readonly PolicyPageMessages[]>,
  },
  setup(props) {
    const kit = useCookieKit();
    const { state } = useBanner();
    const page = computed(() => {
      const m = state.value.messages;
      const catalogs = props.messages ?? ('page' in m ? (m as PolicyPageMessages) : undefined);
      return policyPage(kit.store.policy, { lang: props.lang ?? state.value.lang, ...(catalogs ? { messages: catalogs } : {}) });
    });
    return () => {
      const p = page.value;
      const c = classes(props.unstyled);
      const columns = [p.columns.provider, p.columns.function, p.columns.cookieNames, p.columns.purposes, p.columns.duration, p.columns.party];
      const row = (r: PolicyPageRow) =>
        h('tr', { key: r.serviceId }, [
          h('td', r.provider),
          h('td', r.function),
          h('td', [
            cell(
              r.cookies.map((cookie) =>
                cookie.notes.length > 0 ? [h('code', cookie.name), ` (${cookie.notes.join(', ')})`] : h('code', cookie.name),
              ),
              c,
            ),
          ]),
          h('td', [cell(r.purposes, c), ...r.notes.map((note) => h('p', note))]),
          h('td', [cell(r.durations, c)]),
          h(
            'td',
            r.party.type === 'third' && r.party.privacyUrl !== undefined
              ? [r.party.text, h('br'), h('a', { href: r.party.privacyUrl, rel: 'noopener noreferrer' }, r.party.privacyLabel)]
              : r.party.text,
          ),
        ]);
      return h('article', { class: c('ck-policy', props.className), lang: p.lang, dir: p.dir }, [
        h('h1', p.title),
        h('p', p.intro),
        h('h2', p.whatIs.title),
        h('p', p.whatIs.text),
        h('h2', p.kinds.title),
        h('ul', { class: c('ck-policy__kinds') }, p.kinds.items.map((item) => h('li', { key: item.kind }, item.text))),
        h('h2', p.usedOn),
        ...p.categories.map((category) => {
          const id = anchor(category.id);
          return h('section', { key: category.id, class: c('ck-policy__category'), id }, [
            h('h3', { id: `${id}-title` }, category.label),
            category.description ? h('p', category.description) : null,
            category.rows.length === 0
              ? h('p', p.none)
              : h('div', { class: c('ck-policy__scroll'), role: 'region', tabindex: '0', 'aria-labelledby': `${id}-title` }, [
                  h('table', { class: c('ck-policy__table') }, [
                    h('thead', [h('tr', columns.map((heading) => h('th', { scope: 'col' }, heading)))]),
                    h('tbody', category.rows.map(row)),
                  ]),
                ]),
          ]);
        }),
      ]);
    };
  },
});
