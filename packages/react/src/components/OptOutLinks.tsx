'use client';
import { OPT_OUT_ICON } from '@cookiekit/core';
import type { MouseEvent, ReactNode } from 'react';
import { useBanner } from '../hooks';
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
 * ```tsx
 * <footer><CookieSettingsButton /><OptOutLinks /></footer>
 * ```
 */
export function OptOutLinks({ unstyled, className }: OptOutLinksProps): ReactNode {
  const { state, openPreferences } = useBanner();
  if (state.optOutLinks.length === 0) return null;
  const c = classes(unstyled);
  const open = (event: MouseEvent) => {
    event.preventDefault();
    openPreferences();
  };
  return (
    <p className={c('ck-optout', className)} lang={state.lang} dir={state.dir}>
      {state.optOutLinks.map((link) => (
        <a
          key={link.kind}
          className={c('ck-optout-link')}
          href={state.policyHref}
          data-action="open-preferences"
          data-optout={link.kind}
          aria-haspopup="dialog"
          onClick={open}
        >
          {link.icon && (
            <svg
              className={c('ck-optout-icon')}
              viewBox={OPT_OUT_ICON.viewBox}
              width={OPT_OUT_ICON.width}
              height={OPT_OUT_ICON.height}
              aria-hidden="true"
              focusable="false"
            >
              {OPT_OUT_ICON.paths.map(([fill, d]) => (
                <path key={d} fill={fill} d={d} />
              ))}
            </svg>
          )}
          {link.label}
        </a>
      ))}
      {state.optOutStatus && <span className={c('ck-optout-status')}>{state.optOutStatus}</span>}
    </p>
  );
}
