'use client';
import { layoutAttributes, type BannerPlacement } from '@cookiekit/core';
import type { ReactNode } from 'react';
import { useBanner } from '../hooks';
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
 * ```tsx
 * <CookieBanner layout={{ type: 'box', position: 'bottom-start' }} />
 * ```
 */
export function CookieBanner({ unstyled, className, layout }: CookieBannerProps): ReactNode {
  const { state, acceptAll, rejectAll, openPreferences, optOut, acknowledge } = useBanner();
  const attributes = layoutAttributes(layout);
  if (!state.showBanner) return null;
  const c = classes(unstyled);
  const m = state.messages.banner;
  // Read only outside opt-in, where the banner model guarantees them.
  const r = state.messages.regimes!;
  const customize = (
    <button type="button" className={c('ck-button ck-button--link')} data-action="customize" onClick={() => openPreferences()}>
      {m.customize}
    </button>
  );
  const acknowledgeButton = () => (
    <button type="button" className={c('ck-button')} data-action="acknowledge" onClick={() => acknowledge()}>
      {r.acknowledge}
    </button>
  );
  return (
    <section
      className={c('ck-banner', className)}
      role="dialog"
      aria-modal="false"
      aria-labelledby="ck-banner-title"
      aria-describedby="ck-banner-text"
      lang={state.lang}
      dir={state.dir}
      data-ck-layout={attributes?.[0]}
      data-ck-position={attributes?.[1]}
    >
      <h2 className={c('ck-title')} id="ck-banner-title">
        {m.title}
      </h2>
      <p className={c('ck-text')} id="ck-banner-text">
        {state.text}
      </p>
      {state.reason && <p className={c('ck-notice')}>{state.reason}</p>}
      {state.signalNotice && <p className={c('ck-notice')}>{state.signalNotice}</p>}
      <div className={c('ck-actions')}>
        {state.layout === 'opt-in' ? (
          <>
            <button type="button" className={c('ck-button')} data-action="accept-all" onClick={() => acceptAll()}>
              {m.acceptAll}
            </button>
            <button type="button" className={c('ck-button')} data-action="reject-all" onClick={() => rejectAll()}>
              {m.rejectAll}
            </button>
            {customize}
          </>
        ) : state.layout === 'opt-out' ? (
          <>
            <button type="button" className={c('ck-button')} data-action="opt-out" onClick={() => optOut()}>
              {r.optOut}
            </button>
            {acknowledgeButton()}
            {customize}
          </>
        ) : (
          acknowledgeButton()
        )}
      </div>
      <a className={c('ck-link')} href={state.policyHref}>
        {m.policyLink}
      </a>
    </section>
  );
}
