import { serviceTexts, type BannerState, type ServiceTexts } from '@cookiekit/core';
import { renderBannerHtml, renderConsentHtml, type RenderConsentHtmlOptions } from '@cookiekit/core/html';
import { patch } from './mount';

/**
 * Brings the consent UI container in step with a banner state: what `mountConsentUi` calls
 * on each change. Its `render` option takes one; without it the binding only attaches to the
 * server's markup.
 */
export interface ConsentUiRenderer {
  (ui: HTMLElement, state: BannerState, options: RenderConsentHtmlOptions): void;
  /**
   * The texts of the service rows it draws (core's `serviceTexts`: purposes and cookie rows).
   * `startCookieKit` has the model compute them only for a renderer that carries them; without
   * one (attaching to a server's markup, which has them already) each row's `purposes` and
   * `cookies` stay empty, and the page does not download their formatting.
   */
  readonly serviceTexts?: ServiceTexts;
}

// Children are matched by tag name, in order: enough for the markup of MARKUP.md, where a part
// appears or disappears (banner, notice, conflict) but never changes its tag.
function morphChildren(into: Node, from: Node): void {
  let i = 0;
  for (const next of [...from.childNodes]) {
    const old = into.childNodes;
    let j = i;
    while (j < old.length && old[j]!.nodeName !== next.nodeName) j++;
    if (j < old.length) {
      while (j-- > i) into.removeChild(old[i]!);
      morph(old[i]!, next);
    } else into.insertBefore(next, old[i] ?? null);
    i++;
  }
  while (into.childNodes.length > i) into.removeChild(into.lastChild!);
}

/**
 * Brings `node` in step with `next`, keeping every element that stays (so focus, an open
 * `<dialog>` and its listeners survive a state change) and touching only what differs.
 */
function morph(node: Node, next: Node): void {
  if (node.nodeType !== 1) {
    if (node.nodeValue !== next.nodeValue) node.nodeValue = next.nodeValue;
    return;
  }
  const el = node as Element;
  const to = next as Element;
  for (const { name } of [...el.attributes]) {
    // `open` belongs to the dialog's showModal()/close(), not to the markup.
    if (name !== 'open' && !to.hasAttribute(name)) el.removeAttribute(name);
  }
  for (const { name, value } of [...to.attributes]) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  // A switch the person clicked no longer follows its `checked` attribute: set the property.
  if (el instanceof HTMLInputElement) el.checked = (to as HTMLInputElement).checked;
  morphChildren(el, to);
}

/**
 * Redraws the whole UI on each change, keeping every element that stays: the script-tag build's
 * updater.
 * @internal
 */
export const redrawConsentUi: ConsentUiRenderer = (ui, state, options) => {
  const template = document.createElement('template');
  template.innerHTML = renderConsentHtml(state, options);
  morphChildren(ui, template.content);
};

/**
 * The HTML renderer of `@cookiekit/core/html` as the binding's `render` option: draws the whole
 * consent UI when the page has no server-rendered markup (a static site), and the first layer
 * when it is asked for again; every other change updates only what changed, as on the server's
 * markup. Pages whose server renders the markup do not need it.
 *
 * @example
 * ```ts
 * import { renderConsentUi, startCookieKit } from '@cookiekit/dom';
 * startCookieKit({ policy, render: renderConsentUi });
 * ```
 */
export const renderConsentUi: ConsentUiRenderer = /* @__PURE__ */ Object.assign(
  (ui: HTMLElement, state: BannerState, options: RenderConsentHtmlOptions) => {
    if (!ui.querySelector('dialog')) ui.innerHTML = renderConsentHtml(state, options);
    else if (state.showBanner && !ui.querySelector('section')) ui.insertAdjacentHTML('afterbegin', renderBannerHtml(state, options));
    patch(ui, state, options);
  },
  // It draws the preferences' service rows: the model computes their texts.
  { serviceTexts },
);
