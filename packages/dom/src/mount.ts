import type { BannerPlacement, CookieKit, CookiePolicy } from '@cookiekit/core';
import { renderConsentHtml } from '@cookiekit/core/html';

/** Options of {@link mountConsentUi}. */
export interface MountConsentUiOptions {
  /**
   * Where to look for the server-rendered `[data-cookiekit-ui]` container; default `document`.
   * Without one, the UI is rendered into a new container at the end of `document.body`.
   */
  readonly root?: ParentNode;
  /** Leave out every `ck-` class (bring your own styles), as the components' `unstyled` prop does. */
  readonly unstyled?: boolean;
  /**
   * The first layer's layout, as the React and Vue `layout` prop (core's `BannerPlacement`); the
   * server's rendering must use the same one. Default: a bar at the bottom.
   */
  readonly layout?: BannerPlacement;
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
 * Draws cookiekit's consent UI with the browser's DOM and keeps it in step with the kit's banner
 * model; every choice goes to the model, which holds every rule (this only draws and forwards).
 *
 * It attaches to the `[data-cookiekit-ui]` container a server rendered with `renderConsentHtml`
 * (progressive enhancement: no flash, the markup is already there), or renders one at the end of
 * `document.body`. The first layer is a non-modal dialog; the preferences are a native
 * `<dialog>` opened with `showModal()`, so focus moves in and Tab stays inside (C19, C20);
 * Escape and Close grant nothing (C3) and focus returns to the element that opened them; the
 * status line announces a saved choice (C21). A state change updates only what changed. A
 * `data-action="open-preferences"` button or link anywhere in the page opens the preferences too.
 *
 * Mount before `kit.start()` (as {@link startCookieKit} does): the banner model follows the store
 * from its first subscriber on, and `start()` is when the browser's GPC signal is read.
 *
 * @returns A function that stops following the model and removes the listeners (the markup stays).
 * @example
 * ```ts
 * import { createCookieKit } from '@cookiekit/core';
 * import { mountConsentUi } from '@cookiekit/dom';
 * const kit = createCookieKit({ policy });
 * const stop = mountConsentUi(kit);
 * kit.start();
 * ```
 */
export function mountConsentUi<P extends CookiePolicy>(kit: CookieKit<P>, options: MountConsentUiOptions = {}): () => void {
  const { banner } = kit;
  const html = () => renderConsentHtml(banner.getSnapshot(), options);
  let ui = (options.root ?? document).querySelector<HTMLElement>('[data-cookiekit-ui]');
  if (!ui) {
    ui = document.createElement('div');
    ui.setAttribute('data-cookiekit-ui', '');
    document.body.append(ui);
  }
  const container = ui;
  const template = document.createElement('template');
  let opener: Element | null = null;

  const sync = () => {
    template.innerHTML = html();
    morphChildren(container, template.content);
    const state = banner.getSnapshot();
    const dialog = container.querySelector('dialog');
    if (!dialog || state.showPreferences === dialog.open) return;
    if (state.showPreferences) {
      opener = document.activeElement;
      dialog.showModal();
    } else {
      dialog.close();
      const back = opener as HTMLElement | null;
      opener = null;
      if (back?.isConnected) back.focus();
    }
  };

  const onClick = (event: Event) => {
    const target = event.target as Element;
    const button = target.closest?.('button,a');
    const action = button?.getAttribute('data-action');
    // A settings button or link the page placed elsewhere (`renderSettingsButtonHtml`, C6).
    if (action === 'open-preferences' && !container.contains(button!)) {
      event.preventDefault();
      banner.openPreferences();
    }
    if (!button || !container.contains(button)) return;
    // The opt-out links lead to the policy page without script; with it they open the preferences.
    if (action === 'open-preferences') event.preventDefault();
    const category = button.closest('[data-category]')?.getAttribute('data-category');
    if (action === 'accept-all') banner.acceptAll();
    else if (action === 'reject-all') banner.rejectAll();
    else if (action === 'opt-out') banner.optOut();
    else if (action === 'acknowledge') banner.acknowledge();
    else if (action === 'customize' || action === 'open-preferences') banner.openPreferences();
    else if (action === 'close') banner.close();
    else if (action === 'save') banner.save();
    else if (action === 'confirm-over-signal') banner.confirmOverSignal();
    else if (button.hasAttribute('aria-expanded') && category) banner.toggleExpanded(category as never);
  };
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.getAttribute?.('role') !== 'switch') return;
    const service = input.closest('[data-service]')?.getAttribute('data-service');
    const category = input.closest('[data-category]')?.getAttribute('data-category');
    if (service) banner.toggleService(service as never, input.checked);
    else if (category) banner.toggleCategory(category as never, input.checked);
  };
  // Escape: the dialog's `cancel` does not bubble, so it is caught on the way down.
  const onCancel = (event: Event) => {
    if ((event.target as Element).localName !== 'dialog') return;
    event.preventDefault();
    banner.close();
  };

  document.addEventListener('click', onClick);
  container.addEventListener('change', onChange);
  container.addEventListener('cancel', onCancel, true);
  const unsubscribe = banner.subscribe(sync);
  sync();
  return () => {
    unsubscribe();
    document.removeEventListener('click', onClick);
    container.removeEventListener('change', onChange);
    container.removeEventListener('cancel', onCancel, true);
  };
}
