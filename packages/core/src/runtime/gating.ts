import type { Messages } from '../messages/types';
import type { ConsentIdOf, CookiePolicy } from '../policy';
import type { ConsentStore } from '../store';
import type { EmbedPlaceholder } from './placeholder';

/** Options of `startGating`. */
export interface GatingOptions {
  /** Where gated elements live; default `document`. */
  readonly root?: Document | Element;
  /** Nonce for activated scripts whose element carries none (C23). */
  readonly nonce?: string;
  /**
   * Draws a blocked iframe's or image's placeholder: `embedPlaceholders`, a separate import (pages
   * without gated embeds do not download it). Without it a blocked embed stays empty, with no
   * placeholder and no "Allow" (C1 holds either way).
   */
  readonly placeholders?: EmbedPlaceholder;
  /** Texts of the placeholders; default English. */
  readonly messages?: Messages;
  /**
   * Called when a placeholder's "Allow" button is pressed, with the element's service id (or its
   * category id, for an element gated by category only), e.g. `(id) => banner.allowService(id)`.
   * Without it, placeholders explain but offer no button.
   */
  readonly onAllow?: (id: string, kind: 'service' | 'category') => void;
}

const GATED = '[data-category],[data-service]';


/**
 * Script and embed gating (C1). Activates `<script type="text/plain" data-category="…">` (or
 * `data-service`; inline, or with `data-src`/`src`) once its category or service is allowed,
 * exactly once and in document order, as a fresh script element keeping `nonce`, `async`, `defer`
 * and `data-type="module"` (no `eval`, C23). Iframes and images with `data-src` and a
 * `data-category`/`data-service` stay empty until allowed (with `placeholders: embedPlaceholders`,
 * hidden behind an accessible `.ck-placeholder` at their height, so nothing below moves), and are
 * emptied again on revocation. Elements added
 * later are handled too. Returns a stop function.
 *
 * @example
 * ```ts
 * // <script type="text/plain" data-category="statistics" data-src="/stats.js" nonce="…"></script>
 * // <iframe data-service="video-embed" data-src="https://player.example/v/1" title="Video"></iframe>
 * const stop = startGating(store, { placeholders: embedPlaceholders, onAllow: (id) => banner.allowService(id) });
 * ```
 */
export function startGating<P extends CookiePolicy>(store: ConsentStore<P>, options: GatingOptions = {}): () => void {
  const root = options.root ?? document;
  const doc = root.ownerDocument ?? (root as Document);
  const queued = new WeakSet<Element>();
  const placeholders = new Map<Element, Element>();
  let chain = Promise.resolve();

  // A fresh script runs; the inert one is replaced. Ordered external scripts are awaited, so the
  // next one, inline or not, runs after it, as in the document.
  const activate = (inert: HTMLScriptElement) =>
    new Promise<void>((done) => {
      if (!inert.isConnected) return done();
      const script = doc.createElement('script');
      for (const { name, value } of inert.attributes) {
        if (!/^(type|nonce|data-type|data-src)$/.test(name)) script.setAttribute(name, value);
      }
      if (inert.dataset.type) script.type = inert.dataset.type;
      script.nonce = inert.nonce || inert.getAttribute('nonce') || options.nonce || '';
      const src = inert.dataset.src ?? inert.getAttribute('src');
      const ordered = !inert.hasAttribute('async');
      if (ordered) script.async = false;
      if (src) {
        script.src = src;
        if (ordered) script.onload = script.onerror = done as () => void; // the event is ignored
      } else script.text = inert.text;
      inert.replaceWith(script);
      if (!src || !ordered) done();
    });

  const sync = (el: HTMLElement) => {
    const id = el.dataset.service ?? el.dataset.category;
    if (!id) return;
    const ok = store.allowed(id as ConsentIdOf<P>);
    if (el.localName === 'script') {
      // While the document loads, an inline script's text may still be arriving: wait for it.
      if (ok && el.getAttribute('type') === 'text/plain' && !queued.has(el) && doc.readyState !== 'loading') {
        queued.add(el);
        chain = chain.then(() => activate(el as HTMLScriptElement));
      }
      return;
    }
    const src = el.dataset.src;
    if (src === undefined) return;
    if (ok) {
      if (placeholders.has(el)) el.hidden = false;
      placeholders.get(el)?.remove();
      placeholders.delete(el);
      if (el.getAttribute('src') !== src) el.setAttribute('src', src);
    } else {
      el.removeAttribute('src');
      if (options.placeholders && !placeholders.has(el))
        placeholders.set(el, options.placeholders(el, id, store.policy, options.messages, options.onAllow));
    }
  };

  const scan = (node: ParentNode = root) => {
    if ((node as Element).matches?.(GATED)) sync(node as HTMLElement);
    node.querySelectorAll<HTMLElement>(GATED).forEach(sync);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node.nodeType === 1 && scan(node as Element));
  });
  observer.observe(root, { childList: true, subtree: true });
  const ready = () => scan();
  doc.addEventListener('DOMContentLoaded', ready);
  const unsubscribe = store.subscribe(ready);
  scan();
  return () => {
    observer.disconnect();
    doc.removeEventListener('DOMContentLoaded', ready);
    unsubscribe();
  };
}

/**
 * Runs `run` as soon as a category or service is allowed (now, if it already is), and the
 * function `run` returned when it stops being allowed. A later grant runs it again. The returned
 * function stops listening, and undoes a run still in force.
 *
 * @example
 * ```ts
 * const off = onConsent(store, 'statistics', () => {
 *   const timer = setInterval(sendBeacon, 30_000);
 *   return () => clearInterval(timer);
 * });
 * ```
 */
export function onConsent<P extends CookiePolicy>(
  store: ConsentStore<P>,
  id: ConsentIdOf<P>,
  run: () => void | (() => void),
): () => void {
  let undo: void | (() => void);
  let active = false;
  const sync = (ok: boolean) => {
    if (ok === active) return;
    active = ok;
    if (ok) undo = run();
    else {
      const cleanup = undo;
      undo = undefined;
      cleanup?.();
    }
  };
  const unsubscribe = store.subscribe(() => sync(store.allowed(id)));
  sync(store.allowed(id));
  return () => {
    unsubscribe();
    sync(false);
  };
}
