import { allowed, format } from '@cookiekit/core';
import { computed, defineComponent, h, type PropType, type SlotsType, type VNode } from 'vue';
import { useBanner, useCookieKit } from '../composables';
import type { ConsentId } from '../context';
import { classes, type StyleProps } from './classes';

/** What the {@link ConsentGate} `placeholder` slot receives. */
export interface ConsentGateFallbackProps {
  /** The gated category or service id. */
  readonly id: ConsentId;
  /** The service's provider, or the category's label. */
  readonly name: string;
  /** Core's "Allow" (`banner.allowService`): allows that service alone, or a gated category with its services. */
  readonly allow: () => void;
}

/** Props of {@link ConsentGate}; the content is the default slot, the placeholder the `placeholder` slot. */
export interface ConsentGateProps extends StyleProps {
  /** The category or service the content needs, typed by the registered policy. */
  readonly id: ConsentId;
}

/**
 * Renders its default slot only when the category or service is allowed (C1); until then the
 * `placeholder` slot, or a placeholder that says what is blocked and offers "Allow", with core's
 * one meaning (C5): a service id allows that service alone, a category id that category with its
 * services. Nothing else changes.
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
    // The banner state carries the store's decision, so the gate reads everything from the model.
    const decision = useBanner((state) => state.decision);
    const ok = computed(() => allowed(decision.value, props.id));
    const { banner } = useCookieKit();
    // Only what the placeholder draws: opening or closing a layer does not re-render it.
    const categories = useBanner((state) => state.categories);
    const messages = useBanner((state) => state.messages.placeholder);
    return () => {
      if (ok.value) return slots.default?.();
      const id = props.id;
      const service = categories.value.flatMap((cat) => cat.services).find((sv) => sv.id === id);
      const name = service?.provider ?? categories.value.find((cat) => cat.id === id)?.label ?? id;
      const allow = () => banner.allowService(id);
      if (slots.placeholder) return slots.placeholder({ id, name, allow });
      const c = classes(props.unstyled);
      const m = messages.value;
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
