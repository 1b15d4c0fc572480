import { format, type BannerPlacement, type CookieKit, type CookiePolicy } from '@cookiekit/core';
import type { ConsentUiRenderer } from './render';

/** Options of `mountConsentUi`. */
export interface MountConsentUiOptions {
  /**
   * Where to look for the server-rendered `[data-cookiekit-ui]` container; default `document`.
   * Without one (and with `render`), the UI is rendered into a new container at the end of `document.body`.
   */
  readonly root?: ParentNode;
  /** Leave out every `ck-` class (bring your own styles), as the components' `unstyled` prop does. */
  readonly unstyled?: boolean;
  /**
   * The first layer's layout, as the React and Vue `layout` prop (core's `BannerPlacement`); the
   * server's rendering must use the same one. Default: a bar at the bottom.
   */
  readonly layout?: BannerPlacement;
  /**
   * Draws the markup in the browser when the page has none from the server: pass
   * `renderConsentUi` (a static site). Without it, the binding attaches to the server's
   * `[data-cookiekit-ui]` markup only, and a page without that markup gets no banner (one
   * console error; gated scripts and embeds stay blocked, C1).
   */
  readonly render?: ConsentUiRenderer;
}

const el = (tag: string, className: string, unstyled?: boolean, text = ''): HTMLElement => {
  const child = document.createElement(tag);
  if (!unstyled) child.className = className;
  child.textContent = text;
  return child;
};
// A switch's `disabled` (a necessary category's) never changes: the markup has it already.
const check = (input: HTMLInputElement | null | undefined, checked: boolean) => {
  if (!input) return;
  // The property for a switch the person clicked, the attribute for the markup (as the renderer writes it).
  input.checked = checked;
  input.toggleAttribute('checked', checked);
};

// The notices of a part are the paragraphs right before `next` that follow its text paragraph.
const notices = (next: Element | null | undefined, texts: string[], unstyled?: boolean) => {
  if (!next) return;
  const shown: Element[] = [];
  for (let p = next.previousElementSibling; p?.localName === 'p' && p.previousElementSibling?.localName === 'p'; p = p.previousElementSibling) {
    shown.unshift(p);
  }
  const want = texts.filter(Boolean);
  if (shown.map((p) => p.textContent).join('\0') === want.join('\0')) return;
  shown.forEach((p) => p.remove());
  for (const text of want) next.before(el('p', 'ck-notice', unstyled, text));
};

const served = new WeakMap<HTMLElement, Element>();

/**
 * Brings the consent UI's markup (`renderConsentHtml` of `@cookiekit/core/html`, from the server
 * or drawn once) in step with a state by changing only what can change there: the first layer
 * leaves (and comes back if asked again), notices, switches, disclosures, the signal conflict, the
 * opt-out status and the status line. A test holds it equal to the renderer's markup.
 * @internal
 */
export const patch: ConsentUiRenderer = (ui, state, { unstyled }) => {
  // The first layer, kept to be put back if the model asks again.
  let banner = ui.querySelector('section');
  if (banner) served.set(ui, banner);
  else banner = (served.get(ui) as HTMLElement | undefined) ?? null;
  if (banner) {
    if (!state.showBanner) banner.remove();
    else if (!banner.isConnected) ui.prepend(banner);
  }
  notices(ui.querySelector('section > div'), [state.reason, state.signalNotice], unstyled);
  const m = state.messages;
  // Categories and services stand in the markup in the model's order.
  const items = ui.querySelectorAll('[data-category]');
  state.categories.forEach((category, i) => {
    const item = items[i];
    if (!item) return;
    check(item.querySelector('input'), category.checked);
    const disclosure = item.querySelector('[aria-expanded]');
    if (disclosure) {
      disclosure.setAttribute('aria-expanded', String(category.expanded));
      disclosure.textContent = category.expanded ? m.preferences.hideServices : format(m.preferences.showServices, { count: category.services.length });
      disclosure.nextElementSibling!.toggleAttribute('hidden', !category.expanded);
    }
    const services = item.querySelectorAll('[data-service] input');
    category.services.forEach((service, j) => check(services[j] as HTMLInputElement, service.checked));
  });
  const list = ui.querySelector('dialog ul');
  const body = list?.parentElement;
  if (!body) return;
  notices(list, [state.signalNotice, state.exemptNotice], unstyled);
  let conflict = ui.querySelector('[role="alert"]');
  if (!state.conflict) conflict?.remove();
  else if (!conflict) {
    conflict = body.appendChild(el('div', 'ck-conflict', unstyled, `${m.signal.conflict} `));
    conflict.setAttribute('role', 'alert');
    const confirm = conflict.appendChild(el('button', 'ck-button', unstyled, m.signal.confirm));
    confirm.setAttribute('type', 'button');
    confirm.setAttribute('data-action', 'confirm-over-signal');
  }
  const links = ui.querySelector('[data-optout]')?.parentElement;
  if (links) {
    const status = links.querySelector('span');
    if (!state.optOutStatus) status?.remove();
    else (status ?? links.appendChild(el('span', 'ck-optout-status', unstyled))).textContent = state.optOutStatus;
  }
  ui.querySelector('[role="status"]')!.textContent = state.status;
};

/**
 * Draws cookiekit's consent UI with the browser's DOM and keeps it in step with the kit's banner
 * model; every choice goes to the model, which holds every rule (this only draws and forwards).
 *
 * It attaches to the `[data-cookiekit-ui]` container a server rendered with `renderConsentHtml`
 * (progressive enhancement: no flash, the markup is already there). With the `render` option
 * (`renderConsentUi`) it draws the markup itself where there is none: into an empty
 * container, or a new one at the end of `document.body`. With neither markup nor renderer it
 * logs one console error, shows nothing and returns a function that does nothing. The first layer is a non-modal dialog; the preferences are a native
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
  return attach(kit, options) ?? (() => {});
}

/**
 * `mountConsentUi`, or `undefined` (after one console error) when there is no markup to
 * attach to and no renderer to draw it.
 * @internal
 */
export function attach<P extends CookiePolicy>(kit: CookieKit<P>, options: MountConsentUiOptions): (() => void) | undefined {
  if (!options.render && !(options.root ?? document).querySelector('[data-cookiekit-ui]')?.firstElementChild) {
    console.error(
      'cookiekit: no consent banner: no [data-cookiekit-ui] markup and no render: renderConsentUi. Gated scripts and embeds stay blocked.',
    );
    return undefined;
  }
  return bind(kit, options, options.render ?? patch);
}

/**
 * Binds the UI with `update` drawing each state: the script-tag build passes the renderer, so it
 * carries no attach-only code.
 * @internal
 */
export function bind<P extends CookiePolicy>(kit: CookieKit<P>, options: MountConsentUiOptions, update: ConsentUiRenderer): () => void {
  const { banner } = kit;
  let ui = (options.root ?? document).querySelector<HTMLElement>('[data-cookiekit-ui]');
  if (!ui) {
    ui = document.createElement('div');
    ui.setAttribute('data-cookiekit-ui', '');
    document.body.append(ui);
  }
  const container = ui;
  let opener: Element | null = null;

  const sync = () => {
    const state = banner.getSnapshot();
    update(container, state, options);
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
    // Inside the container, every action; elsewhere, a settings button or link the page placed
    // (`renderSettingsButtonHtml`, C6).
    if (!button || (action !== 'open-preferences' && !container.contains(button))) return;
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
