// The script-tag build: `<script src="/cookiekit.iife.js" defer></script>` after a
// `<script type="application/json" id="cookiekit-policy">` block, or with
// `data-policy="/cookie-policy.json"` on the tag itself. No inline script is needed, so it runs
// under a CSP of `script-src 'self'` with no nonce. Sets `window.cookiekit` (see README).
import { consentSender, createCookieKit, embedPlaceholders, en, enRegimes, googleConsentMode, layoutAttributes, regimeLayouts, type BannerPlacement, type CookieKit, type CookiePolicy, type Decision } from '@cookiekit/core';
import { policyProblem } from './check';
import { readInitialConsent } from './initial';
import { bind } from './mount';
import { redrawConsentUi } from './render';

type Listener = (decision: Decision) => void;
const script = document.currentScript as HTMLScriptElement | null;
const data = script?.dataset ?? {};
const listeners = new Set<Listener>();
let kit: CookieKit | undefined;

// Until the policy is loaded, nothing is allowed: every gated script and embed stays blocked (C1).
(window as unknown as { cookiekit: unknown }).cookiekit = {
  /** Whether a category or service is allowed now. */
  allowed: (id: string): boolean => !!kit?.store.allowed(id),
  /** Calls `fn` with the new decision on each change; returns a function that stops it. */
  onChange(fn: Listener): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
  /** Opens the preferences (a "Cookie settings" link of the page's own). */
  showPreferences: (): void => kit?.banner.openPreferences(),
  /** The started kit (store, banner model), once the policy is loaded. */
  get kit() {
    return kit;
  },
};

const whenReady = (run: () => void) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', run, { once: true }) : run();

function start(policy: unknown): void {
  const problem = policyProblem(policy);
  if (problem) throw new Error(problem);
  // `data-layout="box" data-position="bottom-start"`: the same option as the components' `layout`,
  // checked before anything starts (an unknown one refuses, as a bad policy does).
  const layout = data.layout ? ({ type: data.layout, position: data.position } as BannerPlacement) : undefined;
  layoutAttributes(layout);
  const started = createCookieKit({
    policy: policy as CookiePolicy,
    initialConsent: readInitialConsent(),
    sender: data.endpoint ? consentSender({ endpoint: data.endpoint }) : undefined,
    policyHref: data.policyHref,
    consentMode: data.consentMode !== undefined ? googleConsentMode() : undefined,
    // The one build for every site: the server may decide an opt-out or notice regime (C25).
    messages: { ...en, regimes: enRegimes },
    regimeLayouts,
    // The one build for every site: gated embeds get their placeholder (C1).
    gating: { placeholders: embedPlaceholders },
  });
  // The banner model follows the store from its first subscriber on: subscribe before start()
  // reads the browser's signals (GPC), so the first layer shows what they decided.
  started.banner.subscribe(() => {});
  started.start();
  kit = started;
  let last = started.store.getSnapshot();
  started.store.subscribe(() => {
    const next = started.store.getSnapshot();
    if (next === last) return;
    last = next;
    listeners.forEach((fn) => fn(next));
  });
  whenReady(() => bind(started, { unstyled: data.unstyled !== undefined, layout }, redrawConsentUi));
}

const refuse = (why: unknown) => {
  console.error(
    `cookiekit: no consent banner, the cookie policy could not be used (${why instanceof Error ? why.message : String(why)}). Gated scripts and embeds stay blocked.`,
  );
  // A server-rendered UI cannot work without the policy: take it away rather than leave dead buttons.
  whenReady(() => document.querySelector('[data-cookiekit-ui]')?.replaceChildren());
};

function load(): void {
  const block = document.getElementById('cookiekit-policy');
  try {
    if (block) return start(JSON.parse(block.textContent ?? ''));
    if (!data.policy) throw new Error('no <script type="application/json" id="cookiekit-policy"> block and no data-policy URL');
  } catch (error) {
    return refuse(error);
  }
  fetch(data.policy, { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`${data.policy} answered ${response.status}`);
      return response.json();
    })
    .then(start)
    .catch(refuse);
}

// The policy block may follow this tag: read it now if it is there, else once the page is parsed.
if (document.getElementById('cookiekit-policy') || data.policy) load();
else whenReady(load);
