import { format } from '@cookiekit/core';
import { computed, defineComponent, h, type PropType, type SlotsType, type VNode } from 'vue';
import { useBanner, useConsent } from '../composables';
import type { ConsentId } from '../context';
import { classes, type StyleProps } from './classes';

/** What the {@link ConsentGate} `placeholder` slot receives. */
export interface ConsentGateFallbackProps {
  /** The gated category or service id. */
  readonly id: ConsentId;
  /** The service's provider, or the category's label. */
  readonly name: string;
  /** Allows the service alone, or opens the preferences for a category. */
  readonly allow: () => void;
}

/** Props of {@link ConsentGate}; the content is the default slot, the placeholder the `placeholder` slot. */
export interface ConsentGateProps extends StyleProps {
  /** The category or service the content needs, typed by the registered policy. */
  readonly id: ConsentId;
}

/**
 * Renders its default slot only when the category or service is allowed (C1); until then the
 * `placeholder` slot, or a placeholder that says what is blocked and offers to allow that
 * service alone (for a category: to open the preferences).
 *
 * @example
 * ```ts
 * // <ConsentGate id="video-embed"><iframe src="https://player.example/v/1" title="Product video" /></ConsentGate>
 * h(ConsentGate, { id: 'video-embed' }, () => h('iframe', { src: '/player.html', title: 'Product video' }));
 * ```
 */
export const ConsentGate = /* @__PURE__ */ defineComponent({
  name: 'ConsentGate',
  // Written out (no spread), so bundlers can drop an unused component.
  props: {
    unstyled: Boolean,
    className: String,
    id: { type: String as PropType<ConsentId>, required: true },
  },
  slots: Object as SlotsType<{
    default?: () => VNode[];
    placeholder?: (gate: ConsentGateFallbackProps) => VNode[];
  }>,
  setup(props, { slots }) {
    const consent = useConsent();
    const ok = computed(() => consent.allowed(props.id));
    const { state, allowService, openPreferences } = useBanner();
    return () => {
      if (ok.value) return slots.default?.();
      const s = state.value;
      const id = props.id;
      const category = s.categories.find((cat) => cat.id === id);
      const service = s.categories.flatMap((cat) => cat.services).find((sv) => sv.id === id);
      const name = service?.provider ?? category?.label ?? id;
      const allow = service ? () => allowService(id) : () => openPreferences();
      if (slots.placeholder) return slots.placeholder({ id, name, allow });
      const c = classes(props.unstyled);
      const m = s.messages.placeholder;
      return h('div', { class: c('ck-placeholder', props.className), role: 'region', 'aria-label': format(m.label, { service: name }) }, [
        h('p', { class: c('ck-placeholder__text') }, format(m.text, { provider: name, service: id })),
        h(
          'button',
          {
            type: 'button',
            class: c('ck-button'),
            'data-action': 'allow-service',
            [service ? 'data-service' : 'data-category']: id,
            onClick: allow,
          },
          format(m.allow, { service: name }),
        ),
      ]);
    };
  },
});
