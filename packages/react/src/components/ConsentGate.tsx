'use client';
import { allowed, format } from '@cookiekit/core';
import type { ReactNode } from 'react';
import type { ConsentId } from '../context';
import { useBanner, useCookieKit } from '../hooks';
import { classes, type StyleProps } from './classes';

/** What a {@link ConsentGate} `fallback` receives. */
export interface ConsentGateFallbackProps {
  /** The gated category or service id. */
  readonly id: ConsentId;
  /** The service's provider, or the category's label. */
  readonly name: string;
  /** Core's "Allow" (`banner.allowService`): allows that service alone, or a gated category with its services. */
  readonly allow: () => void;
}

/** Props of {@link ConsentGate}. */
export interface ConsentGateProps extends StyleProps {
  /** The category or service the content needs, typed by the registered policy. */
  readonly id: ConsentId;
  /** The content, rendered only once `id` is allowed. */
  readonly children?: ReactNode;
  /** Drawn instead while `id` is not allowed; default an accessible placeholder with an "Allow" button. */
  readonly fallback?: (gate: ConsentGateFallbackProps) => ReactNode;
}

/**
 * Renders its children only when the category or service is allowed (C1); until then a
 * placeholder says what is blocked and offers "Allow", with core's one meaning (C5): a service id
 * allows that service alone, a category id that category with its services. Nothing else changes.
 *
 * @example
 * ```tsx
 * <ConsentGate id="video-embed">
 *   <iframe src="https://player.example/v/1" title="Product video" />
 * </ConsentGate>
 * ```
 */
export function ConsentGate({ id, children, fallback, unstyled, className }: ConsentGateProps): ReactNode {
  // The banner state carries the store's decision, so the gate reads everything from the model.
  const ok = useBanner((state) => allowed(state.decision, id));
  const { banner } = useCookieKit();
  // Only what the placeholder draws: a toggle elsewhere in the preferences does not re-render it.
  const service = useBanner((state) => state.categories.some((cat) => cat.services.some((s) => s.id === id)));
  const name = useBanner(
    (state) =>
      state.categories.flatMap((cat) => cat.services).find((s) => s.id === id)?.provider ??
      state.categories.find((cat) => cat.id === id)?.label ??
      id,
  );
  const m = useBanner((state) => state.messages.placeholder);
  if (ok) return children;
  const allow = () => banner.allowService(id);
  if (fallback) return fallback({ id, name, allow });
  const c = classes(unstyled);
  return (
    <div className={c('ck-placeholder', className)} role="region" aria-label={format(m.label, { service: name })}>
      <p className={c('ck-placeholder__text')}>{format(m.text, { provider: name, service: id })}</p>
      <button
        type="button"
        className={c('ck-button')}
        data-action="allow-service"
        {...{ [service ? 'data-service' : 'data-category']: id }}
        onClick={allow}
      >
        {format(m.allow, { service: name })}
      </button>
    </div>
  );
}
