'use client';
import type { ReactNode } from 'react';
import { useBanner } from '../hooks';
import { classes, type StyleProps } from './classes';

/** Props of {@link CookieSettingsButton}. */
export interface CookieSettingsButtonProps extends StyleProps {
  /** The label; default the catalog's "Cookie settings". */
  readonly children?: ReactNode;
}

/**
 * The way back to the preferences, for every page (C6): put it in the footer.
 *
 * @example
 * ```tsx
 * <footer><CookieSettingsButton /></footer>
 * ```
 */
export function CookieSettingsButton({ unstyled, className, children }: CookieSettingsButtonProps): ReactNode {
  const { state, openPreferences } = useBanner();
  return (
    <button
      type="button"
      className={classes(unstyled)('ck-settings-button', className)}
      data-action="open-preferences"
      aria-haspopup="dialog"
      onClick={() => openPreferences()}
    >
      {children ?? state.messages.settingsButton}
    </button>
  );
}
