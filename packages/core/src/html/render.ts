import { OPT_OUT_ICON } from '../banner/icon';
import { layoutAttributes, type BannerPlacement } from '../banner/layout';
import type { BannerState, CategoryView, ServiceView } from '../banner/model';
import { format } from '../messages/format';
import { safeHref } from '../page/model';
import { escapeHtml as e } from './escape';

/** Options of the HTML renderers. */
export interface RenderConsentHtmlOptions {
  /** Leave out every `ck-` class, as the React and Vue components' `unstyled` prop does. */
  readonly unstyled?: boolean;
  /** The first layer's layout (`bar`, `box` or `cloud`, with a position); default a bar at the bottom. */
  readonly layout?: BannerPlacement;
}

// Each renderer writes the markup of MARKUP.md, element for element as the React and Vue
// components draw it (a test compares the three), with every text escaped (C24).
type Classes = (names: string) => string;
const classes =
  ({ unstyled }: RenderConsentHtmlOptions): Classes =>
  (names) =>
    unstyled ? '' : ` class="${names}"`;

const button = (c: Classes, names: string, action: string, label: string, extra = ''): string =>
  `<button type="button"${c(names)} data-action="${action}"${extra}>${e(label)}</button>`;

/**
 * The first layer, a non-modal dialog with Accept all and Reject all side by side (C4, C19), or
 * `''` when the state does not show it (a returning visitor whose choice is current).
 *
 * @example
 * ```ts
 * const html = renderBannerHtml(kit.banner.getServerSnapshot());
 * ```
 */
export function renderBannerHtml(state: BannerState, options: RenderConsentHtmlOptions = {}): string {
  const layout = layoutAttributes(options.layout);
  if (!state.showBanner) return '';
  const c = classes(options);
  const m = state.messages.banner;
  // Read only outside opt-in, where the banner model guarantees them.
  const r = state.messages.regimes!;
  const notice = (text: string) => (text ? `<p${c('ck-notice')}>${e(text)}</p>` : '');
  const customize = button(c, 'ck-button ck-button--link', 'customize', m.customize);
  // The layout follows the decision's regime (C25): opt-in asks, opt-out offers the opt-out, notice informs.
  const actions =
    state.layout === 'opt-in'
      ? button(c, 'ck-button', 'accept-all', m.acceptAll) + button(c, 'ck-button', 'reject-all', m.rejectAll) + customize
      : state.layout === 'opt-out'
        ? button(c, 'ck-button', 'opt-out', r.optOut) + button(c, 'ck-button', 'acknowledge', r.acknowledge) + customize
        : button(c, 'ck-button', 'acknowledge', r.acknowledge);
  return (
    `<section${c('ck-banner')} role="dialog" aria-modal="false" aria-labelledby="ck-banner-title" aria-describedby="ck-banner-text" lang="${e(state.lang)}" dir="${e(state.dir)}"` +
    (layout ? ` data-ck-layout="${layout[0]}" data-ck-position="${layout[1]}"` : '') +
    `><h2${c('ck-title')} id="ck-banner-title">${e(m.title)}</h2>` +
    `<p${c('ck-text')} id="ck-banner-text">${e(state.text)}</p>` +
    notice(state.reason) +
    notice(state.signalNotice) +
    `<div${c('ck-actions')}>` +
    actions +
    // Only an http(s) or relative link: a `javascript:` one would run on click.
    `</div><a${c('ck-link')} href="${e(safeHref(state.policyHref, true) ? state.policyHref : '#')}">${e(m.policyLink)}</a></section>`
  );
}

function serviceHtml(state: BannerState, c: Classes, service: ServiceView): string {
  const m = state.messages.preferences;
  const meta =
    (service.thirdParty ? `${m.party.third} (${service.thirdParty.name})` : m.party.first) +
    (service.purposes ? ` · ${service.purposes}` : '');
  const rows = service.cookies.map((cookie) => `<tr><td><code>${e(cookie.name)}</code></td><td>${e(cookie.duration)}</td></tr>`);
  return (
    `<li${c('ck-service')} data-service="${e(service.id)}"><label${c('ck-toggle ck-toggle--small')}>` +
    `<input type="checkbox" role="switch"${c('ck-switch')}${service.checked ? ' checked' : ''}${service.locked ? ' disabled' : ''}>` +
    `<span${c('ck-toggle__label')}>${e(`${service.provider}: ${service.function}`)}</span></label>` +
    `<p${c('ck-service__meta')}>${e(meta)}</p>` +
    (rows.length
      ? `<table${c('ck-cookies')}><thead><tr><th scope="col">${e(m.cookies)}</th><th scope="col">${e(m.duration)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '') +
    '</li>'
  );
}

function categoryHtml(state: BannerState, c: Classes, category: CategoryView): string {
  const m = state.messages.preferences;
  const id = e(category.id);
  const services = category.services;
  return (
    `<li${c('ck-category')} data-category="${id}"><div${c('ck-category__header')}><label${c('ck-toggle')}>` +
    `<input type="checkbox" role="switch"${c('ck-switch')} aria-describedby="ck-category-${id}-description"${category.checked ? ' checked' : ''}${category.locked ? ' disabled' : ''}>` +
    `<span${c('ck-toggle__label')}>${e(category.label)}</span></label>` +
    (category.locked ? `<span${c('ck-badge')}>${e(m.alwaysOn)}</span>` : '') +
    `</div><p${c('ck-category__description')} id="ck-category-${id}-description">${e(category.description)}</p>` +
    (services.length
      ? `<button type="button"${c('ck-disclosure')} aria-expanded="${category.expanded}" aria-controls="ck-services-${id}">` +
        e(category.expanded ? m.hideServices : format(m.showServices, { count: services.length })) +
        `</button><ul${c('ck-services')} id="ck-services-${id}"${category.expanded ? '' : ' hidden'}>` +
        services.map((service) => serviceHtml(state, c, service)).join('') +
        '</ul>'
      : '') +
    '</li>'
  );
}

/**
 * The preferences: a native `<dialog>` (opened with `showModal()` by the browser side, C19–C21),
 * one switch per category and per service (C5), and the status line that announces a saved
 * choice. Always rendered, closed, so the settings button can open it on every page (C6).
 */
export function renderPreferencesHtml(state: BannerState, options: RenderConsentHtmlOptions = {}): string {
  const c = classes(options);
  const m = state.messages.preferences;
  const notice = (text: string) => (text ? `<p${c('ck-notice')}>${e(text)}</p>` : '');
  return (
    `<dialog${c('ck-preferences')} aria-labelledby="ck-preferences-title" aria-modal="true" lang="${e(state.lang)}" dir="${e(state.dir)}">` +
    `<div${c('ck-preferences__header')}><h2${c('ck-title')} id="ck-preferences-title">${e(m.title)}</h2>` +
    button(c, 'ck-close', 'close', '×', ` aria-label="${e(m.close)}"`) +
    `</div><div${c('ck-preferences__body')}><p${c('ck-text')}>${e(m.text)}</p>` +
    notice(state.signalNotice) +
    notice(state.exemptNotice) +
    `<ul${c('ck-categories')}>${state.categories.map((category) => categoryHtml(state, c, category)).join('')}</ul>` +
    (state.conflict
      ? `<div${c('ck-conflict')} role="alert">${e(state.messages.signal.conflict)} ` +
        button(c, 'ck-button', 'confirm-over-signal', state.messages.signal.confirm) +
        '</div>'
      : '') +
    `</div><div${c('ck-actions ck-preferences__footer')}>` +
    button(c, 'ck-button', 'reject-all', m.rejectAll) +
    button(c, 'ck-button', 'accept-all', m.acceptAll) +
    button(c, 'ck-button ck-button--primary', 'save', m.save) +
    `</div></dialog><p${c('ck-status')} role="status" aria-live="polite">${e(state.status)}</p>`
  );
}

/** The way back to the preferences on every page (C6). */
export function renderSettingsButtonHtml(state: BannerState, options: RenderConsentHtmlOptions = {}): string {
  return button(classes(options), 'ck-settings-button', 'open-preferences', state.messages.settingsButton, ' aria-haspopup="dialog"');
}

/**
 * The persistent opt-out links for every page under an opt-out regime (C25, 11 CCR 7015): "Do Not
 * Sell or Share My Personal Information" (or "Your Privacy Choices" with its icon), "Limit the Use
 * of My Sensitive Personal Information" where the policy declares sensitive data, and the status
 * once the opt-out is in force. Each opens the preferences; without script it leads to the policy
 * page. `''` outside opt-out.
 */
export function renderOptOutLinksHtml(state: BannerState, options: RenderConsentHtmlOptions = {}): string {
  if (state.optOutLinks.length === 0) return '';
  const c = classes(options);
  const href = e(safeHref(state.policyHref, true) ? state.policyHref : '#');
  const icon =
    `<svg${c('ck-optout-icon')} viewBox="${OPT_OUT_ICON.viewBox}" width="${OPT_OUT_ICON.width}" height="${OPT_OUT_ICON.height}" aria-hidden="true" focusable="false">` +
    OPT_OUT_ICON.paths.map(([fill, d]) => `<path fill="${fill}" d="${d}"></path>`).join('') +
    '</svg>';
  return (
    `<p${c('ck-optout')} lang="${e(state.lang)}" dir="${e(state.dir)}">` +
    state.optOutLinks
      .map(
        (link) =>
          `<a${c('ck-optout-link')} href="${href}" data-action="open-preferences" data-optout="${link.kind}" aria-haspopup="dialog">${link.icon ? icon : ''}${e(link.label)}</a>`,
      )
      .join('') +
    (state.optOutStatus ? `<span${c('ck-optout-status')}>${e(state.optOutStatus)}</span>` : '') +
    '</p>'
  );
}

/**
 * The placeholder drawn instead of blocked content (C1), with its "Allow" button: the same
 * region the runtime's gating and both `ConsentGate`s draw. `id` is a service or a category.
 */
export function renderPlaceholderHtml(state: BannerState, id: string, options: RenderConsentHtmlOptions = {}): string {
  const c = classes(options);
  const m = state.messages.placeholder;
  const services = state.categories.flatMap((category) => category.services);
  const service = services.find((s) => s.id === id);
  const name = service?.provider ?? state.categories.find((category) => category.id === id)?.label ?? id;
  return (
    `<div${c('ck-placeholder')} role="region" aria-label="${e(format(m.label, { service: name }))}">` +
    `<p${c('ck-placeholder__text')}>${e(format(m.text, { provider: name, service: id }))}</p>` +
    button(c, 'ck-button', 'allow-service', format(m.allow, { service: name }), ` data-${service ? 'service' : 'category'}="${e(id)}"`) +
    '</div>'
  );
}

/**
 * The whole consent UI for one state: the first layer (when shown), the settings button and the
 * preferences with their status line. This is what a server puts in a page for its visitor.
 *
 * @example
 * ```ts
 * import { renderConsentHtml } from '@cookiekit/core/html';
 * const ui = renderConsentHtml(kit.banner.getServerSnapshot());
 * ```
 */
export function renderConsentHtml(state: BannerState, options: RenderConsentHtmlOptions = {}): string {
  return (
    renderBannerHtml(state, options) +
    renderSettingsButtonHtml(state, options) +
    renderOptOutLinksHtml(state, options) +
    renderPreferencesHtml(state, options)
  );
}
