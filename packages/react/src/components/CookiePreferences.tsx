'use client';
import { format } from '@cookiekit/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useBanner } from '../hooks';
import { classes, type StyleProps } from './classes';

/** Props of {@link CookiePreferences}. */
export type CookiePreferencesProps = StyleProps;

/**
 * The preferences: a modal native `<dialog>` opened with `showModal()` (focus moves in, the page
 * is inert, Tab stays inside: C19, C20), one switch per category and, behind a disclosure, per
 * service with its cookies (C5). Nothing is pre-ticked (C3); Escape and Close grant nothing and
 * focus returns to the element that opened it. The "Saved" status is a sibling of the dialog,
 * always present, so it is announced after the dialog closes (C21).
 *
 * @example
 * ```tsx
 * <CookieBanner />
 * <CookiePreferences />
 * ```
 */
export function CookiePreferences({ unstyled, className }: CookiePreferencesProps): ReactNode {
  const banner = useBanner();
  const { state } = banner;
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<Element | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el || state.showPreferences === el.open) return;
    if (state.showPreferences) {
      trigger.current = document.activeElement;
      el.showModal();
    } else {
      el.close();
      const back = trigger.current as HTMLElement | null;
      trigger.current = null;
      if (back?.isConnected) back.focus();
    }
  }, [state.showPreferences]);

  const c = classes(unstyled);
  const m = state.messages.preferences;
  return (
    <>
      <dialog
        ref={dialog}
        className={c('ck-preferences', className)}
        aria-labelledby="ck-preferences-title"
        aria-modal="true"
        lang={state.lang}
        dir={state.dir}
        onCancel={(event) => {
          // Escape closes without granting anything (C3, C20).
          event.preventDefault();
          banner.close();
        }}
      >
        <div className={c('ck-preferences__header')}>
          <h2 className={c('ck-title')} id="ck-preferences-title">
            {m.title}
          </h2>
          <button
            type="button"
            className={c('ck-close')}
            data-action="close"
            aria-label={m.close}
            onClick={() => banner.close()}
          >
            ×
          </button>
        </div>
        <div className={c('ck-preferences__body')}>
          <p className={c('ck-text')}>{m.text}</p>
          {state.signalNotice && <p className={c('ck-notice')}>{state.signalNotice}</p>}
          {state.exemptNotice && <p className={c('ck-notice')}>{state.exemptNotice}</p>}
          <ul className={c('ck-categories')}>
            {state.categories.map((category) => (
              <li key={category.id} className={c('ck-category')} data-category={category.id}>
                <div className={c('ck-category__header')}>
                  <label className={c('ck-toggle')}>
                    <input
                      type="checkbox"
                      role="switch"
                      className={c('ck-switch')}
                      aria-describedby={`ck-category-${category.id}-description`}
                      checked={category.checked}
                      disabled={category.locked}
                      onChange={(event) => banner.toggleCategory(category.id, event.currentTarget.checked)}
                    />
                    <span className={c('ck-toggle__label')}>{category.label}</span>
                  </label>
                  {category.locked && <span className={c('ck-badge')}>{m.alwaysOn}</span>}
                </div>
                <p className={c('ck-category__description')} id={`ck-category-${category.id}-description`}>
                  {category.description}
                </p>
                {category.services.length > 0 && (
                  <>
                    <button
                      type="button"
                      className={c('ck-disclosure')}
                      aria-expanded={category.expanded}
                      aria-controls={`ck-services-${category.id}`}
                      onClick={() => banner.toggleExpanded(category.id)}
                    >
                      {category.expanded
                        ? m.hideServices
                        : format(m.showServices, { count: category.services.length })}
                    </button>
                    <ul className={c('ck-services')} id={`ck-services-${category.id}`} hidden={!category.expanded}>
                      {category.services.map((service) => (
                        <li key={service.id} className={c('ck-service')} data-service={service.id}>
                          <label className={c('ck-toggle ck-toggle--small')}>
                            <input
                              type="checkbox"
                              role="switch"
                              className={c('ck-switch')}
                              checked={service.checked}
                              disabled={service.locked}
                              onChange={(event) => banner.toggleService(service.id, event.currentTarget.checked)}
                            />
                            <span className={c('ck-toggle__label')}>{`${service.provider}: ${service.function}`}</span>
                          </label>
                          <p className={c('ck-service__meta')}>
                            {(service.thirdParty ? `${m.party.third} (${service.thirdParty.name})` : m.party.first) +
                              (service.purposes ? ` · ${service.purposes}` : '')}
                          </p>
                          {service.cookies.length > 0 && (
                            <table className={c('ck-cookies')}>
                              <thead>
                                <tr>
                                  <th scope="col">{m.cookies}</th>
                                  <th scope="col">{m.duration}</th>
                                </tr>
                              </thead>
                              <tbody>
                                {service.cookies.map((cookie) => (
                                  <tr key={cookie.name}>
                                    <td>
                                      <code>{cookie.name}</code>
                                    </td>
                                    <td>{cookie.duration}</td>
                                  </tr>
                                ))}
                              </tbody>
                            </table>
                          )}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
          {state.conflict && (
            <div className={c('ck-conflict')} role="alert">
              {state.messages.signal.conflict}{' '}
              <button
                type="button"
                className={c('ck-button')}
                data-action="confirm-over-signal"
                onClick={() => banner.confirmOverSignal()}
              >
                {state.messages.signal.confirm}
              </button>
            </div>
          )}
        </div>
        <div className={c('ck-actions ck-preferences__footer')}>
          <button type="button" className={c('ck-button')} data-action="reject-all" onClick={() => banner.rejectAll()}>
            {m.rejectAll}
          </button>
          <button type="button" className={c('ck-button')} data-action="accept-all" onClick={() => banner.acceptAll()}>
            {m.acceptAll}
          </button>
          <button
            type="button"
            className={c('ck-button ck-button--primary')}
            data-action="save"
            onClick={() => banner.save()}
          >
            {m.save}
          </button>
        </div>
      </dialog>
      <p className={c('ck-status')} role="status" aria-live="polite">
        {state.status}
      </p>
    </>
  );
}
