import type { AskReason, Decision } from '../decide';
import { isExemptAudienceService } from '../decide';
import { en } from '../messages/en';
import { formatDuration, localize, purposeText } from '../messages/format';
import type { Messages } from '../messages/types';
import {
  categoryKind,
  isOptionalCategory,
  storageItemLabel,
  type CategoryIdOf,
  type CategoryKind,
  type ConsentIdOf,
  type CookiePolicy,
  type Service,
  type ServiceIdOf,
  type StorageKind,
} from '../policy';
import type { Regime } from '../regions/regime';
import type { ConsentChoices, ConsentStore } from '../store';
import type { RegimeLayout } from './regime-layouts';

/** Which layer of the consent UI is open. */
export type BannerView = 'none' | 'banner' | 'preferences';

/** One cookie or storage key as the preferences list it. */
export interface CookieRow {
  /** What visitors read: the exact name, the `prefix*` wildcard, or the pattern's `displayName` (`storageItemLabel`). */
  readonly name: string;
  readonly duration: string;
  readonly kind: StorageKind;
  /** The item is a regular expression in the policy, not a name. */
  readonly pattern: boolean;
}

/** A service as the preferences draw it: localized, with its switch state. */
export interface ServiceView<S extends string = string> {
  readonly id: S;
  readonly provider: string;
  readonly function: string;
  /** Its purposes, joined with `; ` (empty in a kit that only attaches to a server's markup: `createCookieKitWith`). */
  readonly purposes: string;
  readonly party: 'first' | 'third';
  readonly thirdParty?: { readonly name: string; readonly privacyUrl: string };
  /** Its cookies and storage keys (none listed in a kit that only attaches to a server's markup). */
  readonly cookies: readonly CookieRow[];
  /** The switch is on in the draft. */
  readonly checked: boolean;
  /** The switch cannot change (necessary, or held off by a privacy signal). */
  readonly locked: boolean;
  /** Exempt audience measurement: on without consent, with an opt-out (C8). */
  readonly exempt: boolean;
}

/** A category as the preferences draw it. */
export interface CategoryView<C extends string = string, S extends string = string> {
  readonly id: C;
  readonly kind: CategoryKind;
  readonly label: string;
  readonly description: string;
  readonly checked: boolean;
  /** Necessary: always on, switch disabled. */
  readonly locked: boolean;
  /** Held off by a privacy signal (C11). */
  readonly heldBySignal: boolean;
  /** Its services are listed (the disclosure is open). */
  readonly expanded: boolean;
  readonly services: readonly ServiceView<S>[];
}

/**
 * How the first layer reads: the decision's regime (C25). `opt-in` asks (Accept all, Reject all);
 * `opt-out` gives a short notice with an opt-out action; `notice` informs only; under `none` the
 * first layer is never shown.
 */
export type BannerLayout = Regime;

/** A persistent opt-out link, drawn on every page under an opt-out regime (C25, 11 CCR 7015). */
export interface OptOutLinkView {
  /** `sale-sharing`: the opt-out of sale, sharing and targeted advertising; `sensitive`: the limit on sensitive data. */
  readonly kind: 'sale-sharing' | 'sensitive';
  readonly label: string;
  /** Draw the opt-out icon before the label ("Your Privacy Choices"). */
  readonly icon: boolean;
}

/** Everything a consent UI draws, as one immutable snapshot. */
export interface BannerState<P extends CookiePolicy = CookiePolicy> {
  readonly view: BannerView;
  /** Draw the first layer: open, or under the preferences opened from it (so focus can return to it). */
  readonly showBanner: boolean;
  /** Draw the preferences dialog (modal). */
  readonly showPreferences: boolean;
  readonly decision: Decision<P>;
  /** The first layer's layout, by the decision's regime (C25). */
  readonly layout: BannerLayout;
  /** The first layer's text for its layout. */
  readonly text: string;
  /** The persistent opt-out links for every page; empty outside an opt-out regime (C25). */
  readonly optOutLinks: readonly OptOutLinkView[];
  /** Said beside the links while sale, sharing and targeted advertising are off (C11, C25); else empty. */
  readonly optOutStatus: string;
  /** Why the banner asks again, as a sentence (empty on a first visit). */
  readonly reason: string;
  readonly reasonCode: AskReason | null;
  readonly categories: readonly CategoryView<CategoryIdOf<P>, ServiceIdOf<P>>[];
  /** A privacy signal is on: say that it is honoured (C11). */
  readonly signalNotice: string;
  /** The draft grants something a privacy signal holds off: ask for confirmation (C11). */
  readonly conflict: boolean;
  /** Some exempt audience measurement runs: disclose it with its opt-out (C8). */
  readonly exemptNotice: string;
  /** A choice was just saved: announce it as a status message (C21). */
  readonly status: string;
  readonly messages: Messages;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** Where the policy page lives, for the banner's link. */
  readonly policyHref: string;
}

/** Options of `createBannerModel`. */
export interface BannerModelOptions {
  /** The resolved catalog; default English. */
  readonly messages?: Messages;
  /** Language for policy texts; default the catalog's. */
  readonly lang?: string;
  /** Default `/cookie-policy`. */
  readonly policyHref?: string;
  /**
   * The opt-out and notice layouts (C25), as `regimeLayouts` (a separate import, so opt-in-only
   * sites do not download them). Needed, with the catalog's regime texts, by a policy with
   * `regions` or a decision under another regime than opt-in.
   */
  readonly regimeLayouts?: (policy: CookiePolicy, messages: Messages) => RegimeLayout;
}

/** The banner's behaviour, framework-free: React and Vue only draw its state and call its actions. */
export interface BannerModel<P extends CookiePolicy = CookiePolicy> {
  getSnapshot(): BannerState<P>;
  /** The state drawn on the server and on hydration. */
  getServerSnapshot(): BannerState<P>;
  subscribe(listener: () => void): () => void;
  acceptAll(): void;
  rejectAll(): void;
  /** Opens the preferences with the current choices as the draft. */
  openPreferences(): void;
  /** Flips one category in the draft, with its services (C5). */
  toggleCategory(id: CategoryIdOf<P>, on?: boolean): void;
  /** Flips one service in the draft, and nothing else (C5). */
  toggleService(id: ServiceIdOf<P>, on?: boolean): void;
  /** Shows or hides a category's services. */
  toggleExpanded(id: CategoryIdOf<P>): void;
  /** Saves the draft as a custom choice. */
  save(): void;
  /** Saves the draft although a privacy signal is on, after the person was told (C11). */
  confirmOverSignal(): void;
  /** Closes the open layer; records and grants nothing (C3). */
  close(): void;
  /**
   * Opt-out layout (C25): refuses every sale, sharing and targeted-advertising category with its
   * services and keeps the rest as it is; recorded as a custom choice.
   */
  optOut(): void;
  /** Opt-out and notice layouts: keeps the current settings as the visitor's choice and closes the notice. */
  acknowledge(): void;
  /**
   * "Allow" on a gating placeholder, with one meaning everywhere (the plain-JS placeholder and the
   * React and Vue `ConsentGate`s call it): a service id allows that one service and nothing else
   * (C5); a category id, from content gated by category only (no finer choice to offer), allows
   * that category with its services. Every other choice is kept; the choice is recorded with the
   * source `placeholder`. An id the policy does not declare changes and records nothing.
   */
  allowService(id: ConsentIdOf<P>): void;
}

/**
 * What a service's row says beyond its name and switch: its purposes and its cookie rows, in the
 * model's language. Only a UI that draws the rows needs them; a binding that attaches to markup a
 * server drew reads none.
 * @internal
 */
export type ServiceTexts = (
  service: Service,
  messages: Messages,
  lang: string,
  defaultLanguage: string,
) => Pick<ServiceView, 'purposes' | 'cookies'>;

/**
 * The service rows' texts of `createBannerModel`: purposes joined with `; `, and each cookie or
 * storage key with its label and duration.
 * @internal
 */
export const serviceTexts: ServiceTexts = (service, messages, lang, defaultLanguage) => ({
  purposes: service.purposes.map((p) => purposeText(p, messages, lang, defaultLanguage)).join('; '),
  cookies: service.storage.map((item) => ({
    name: storageItemLabel(item),
    duration: formatDuration(item.duration, messages),
    kind: item.kind ?? 'cookie',
    pattern: item.name === undefined,
  })),
});

/**
 * Creates the banner's view model over a consent store. It encodes C3 (nothing pre-ticked, closing
 * grants nothing), C4 (Accept all and Reject all on the first layer), C5 (one switch per category and
 * service), C6 (reopen from the settings button), C8 (exempt audience measurement disclosed with its
 * opt-out) and C11 (the GPC notice and confirmation).
 *
 * @example
 * ```ts
 * const banner = createBannerModel(store, { messages: en });
 * banner.subscribe(() => draw(banner.getSnapshot()));
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function createBannerModel<P extends CookiePolicy>(store: ConsentStore<P>, options: BannerModelOptions = {}): BannerModel<P> {
  return createBannerModelWith(store, options, serviceTexts);
}

/**
 * `createBannerModel` with the service rows' texts from `texts`; without it, every row's
 * `purposes` is empty and its `cookies` list too (for a binding that only attaches to the markup
 * a server drew: it never reads them, and its bundle carries no formatting of them).
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function createBannerModelWith<P extends CookiePolicy>(
  store: ConsentStore<P>,
  options: BannerModelOptions,
  texts?: ServiceTexts,
): BannerModel<P> {
  const policy = store.policy;
  const messages = options.messages ?? en;
  const lang = options.lang ?? messages.lang;
  const fallback = policy.defaultLanguage ?? 'en';
  const listeners = new Set<() => void>();
  let view: BannerView = store.getSnapshot().ask ? 'banner' : 'none';
  // The switches of the preferences: the current decision until a toggle replaces it (never mutated).
  let draft: { readonly categories: Readonly<Record<string, boolean>>; readonly services: Readonly<Record<string, boolean>> } =
    store.getSnapshot();
  const expanded = new Set<string>(); // read only when a snapshot is built
  let saved = false;
  let anyExempt = false;
  type Row = readonly [unchecked: ServiceView<ServiceIdOf<P>>, checked: ServiceView<ServiceIdOf<P>>];
  // What does not follow the draft, built once: each category's texts, and each service's row
  // unchecked and checked. A toggle reuses them, so a row keeps its identity while its switch does.
  const fixed = policy.categories.map((category) => {
    const locked = !isOptionalCategory(category);
    return {
      id: category.id,
      kind: categoryKind(category),
      label: localize(category.label, lang, fallback),
      description: localize(category.description, lang, fallback),
      locked,
      rows: policy.services
        .filter((service) => service.category === category.id)
        .map((service): Row => {
          const exempt = isExemptAudienceService(policy, service);
          anyExempt ||= exempt;
          const row = {
            id: service.id,
            provider: service.provider,
            function: localize(service.function, lang, fallback),
            purposes: '',
            party: service.party.type,
            thirdParty: service.party.type === 'third' ? service.party : undefined,
            cookies: [] as readonly CookieRow[],
            // Filled in where a renderer draws the rows (the keys keep their places).
            ...texts?.(service, messages, lang, fallback),
            locked,
            exempt,
          };
          return [{ ...row, checked: false }, { ...row, checked: true }] as unknown as Row;
        }),
    };
  });
  const findService = (id: string) => fixed.flatMap((c) => c.rows).find(([row]) => row.id === id)?.[0];
  // The opt-out and notice layouts and their texts ship apart from the model and the catalog
  // (opt-in-only sites do not download them): a policy with regions, or a decision under another
  // regime, cannot do without.
  const layouts = messages.regimes && options.regimeLayouts?.(policy, messages);
  const regime = (regime: Regime | undefined) => {
    if (layouts || !regime || regime === 'opt-in') return layouts!;
    throw new Error(
      `cookiekit: "${regime}" needs regimeLayouts and messages.regimes (C25)`,
    );
  };
  regime(policy.regions && 'opt-out');
  let state = build(store.getSnapshot());
  const server = store.getServerSnapshot();
  // The server's switches are its own decision's, even where the browser's differs (no initialConsent).
  const serverState = build(server, server.ask ? 'banner' : 'none', server);
  let unsubscribeStore: (() => void) | undefined;

  function build(decision: Decision<P>, currentView = view, switches = draft): BannerState<P> {
    const held = decision.signal.held as readonly string[];
    let conflict = false;
    const categories = fixed.map(({ rows, ...category }) => {
      const heldBySignal = held.includes(category.id);
      const checked = category.locked || switches.categories[category.id] === true;
      if (heldBySignal && checked) conflict = true;
      const services = rows.map((row) => {
        const serviceChecked = category.locked || switches.services[row[0].id] === true;
        if (heldBySignal && serviceChecked) conflict = true;
        return row[+serviceChecked]!;
      });
      return {
        ...category,
        checked,
        heldBySignal,
        expanded: expanded.has(category.id),
        services,
      } as unknown as CategoryView<CategoryIdOf<P>, ServiceIdOf<P>>;
    });
    const layout = decision.regime;
    return {
      view: currentView,
      showBanner: currentView === 'banner' || (currentView === 'preferences' && decision.ask),
      showPreferences: currentView === 'preferences',
      decision,
      layout,
      ...(layout === 'opt-in'
        ? { text: messages.banner.text, optOutLinks: [], optOutStatus: '' }
        : regime(layout).state(decision as Decision)),
      // A catalog may have no text for a newer reason (such as `regime-changed`): none is shown.
      reason: (messages.banner.reasons as Record<string, string>)[decision.reason!] ?? '',
      reasonCode: decision.reason,
      categories,
      signalNotice: decision.signal.active && held.length > 0 ? messages.signal.honoured : '',
      conflict: currentView === 'preferences' && conflict,
      exemptNotice: anyExempt ? messages.preferences.exemptNotice : '',
      status: saved ? messages.preferences.saved : '',
      messages,
      lang,
      dir: messages.dir,
      policyHref: options.policyHref ?? '/cookie-policy',
    };
  }

  function update(): void {
    state = build(store.getSnapshot());
    listeners.forEach((listener) => listener());
  }

  // Follows a change of the store's decision.
  function follow(): void {
    // A decision made elsewhere (another component, a placeholder) closes the first layer.
    if (view === 'banner' && !store.getSnapshot().ask) view = 'none';
    if (view !== 'preferences') draft = store.getSnapshot();
    update();
  }

  // Opens a layer (or none) with the current choices as the draft.
  function show(next: BannerView): void {
    view = next;
    draft = store.getSnapshot();
    update();
  }

  function decided(): void {
    saved = true;
    show('none');
  }

  const source = () => (view === 'preferences' ? 'preferences' : 'banner');

  // Saves the current settings, with sale and sharing refused on an opt-out (C25).
  function keep(optOut: boolean): void {
    // Only the opt-out and notice layouts offer these actions: without them, the same error as there.
    store.save((layouts ?? regime('opt-out')).choices(store.getSnapshot() as Decision, optOut) as ConsentChoices<P>, source());
    decided();
  }

  return {
    getSnapshot: () => state,
    getServerSnapshot: () => serverState,
    subscribe(listener) {
      listeners.add(listener);
      if (!unsubscribeStore) {
        unsubscribeStore = store.subscribe(follow);
        // The store may have changed before this model listened (its start, merging the browser's
        // GPC, when something else subscribed to it first): catch up, or the state stays stale.
        if (state.decision !== store.getSnapshot()) follow();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unsubscribeStore?.();
          unsubscribeStore = undefined;
        }
      };
    },
    acceptAll() {
      store.acceptAll(source());
      decided();
    },
    rejectAll() {
      store.rejectAll(source());
      decided();
    },
    openPreferences() {
      saved = false;
      show('preferences');
    },
    toggleCategory(id, on) {
      const category = fixed.find((c) => c.id === id);
      if (!category || category.locked) return;
      const next = on ?? !draft.categories[id];
      const services: Record<string, boolean> = { ...draft.services };
      // Exempt audience measurement keeps its own opt-out switch (C8).
      for (const [row] of category.rows) if (!row.exempt) services[row.id] = next;
      draft = { categories: { ...draft.categories, [id]: next }, services };
      update();
    },
    toggleService(id, on) {
      const service = findService(id);
      if (!service || service.locked) return;
      draft = { ...draft, services: { ...draft.services, [id]: on ?? !draft.services[id] } };
      update();
    },
    toggleExpanded(id) {
      if (!expanded.delete(id)) expanded.add(id);
      update();
    },
    save() {
      store.save(draft as ConsentChoices<P>, 'preferences');
      decided();
    },
    confirmOverSignal() {
      store.confirmOverSignal(draft as ConsentChoices<P>, 'preferences');
      decided();
    },
    close() {
      // Closing is never consent (C3): nothing is recorded; an unanswered banner comes back next page.
      show(view === 'preferences' && store.getSnapshot().ask ? 'banner' : 'none');
    },
    optOut: () => keep(true),
    acknowledge: () => keep(false),
    allowService(id) {
      // The one meaning of "Allow" on a placeholder (plain JS and both ConsentGates).
      const current = store.getSnapshot();
      const categories = { ...(current.categories as Record<string, boolean>) };
      const services = { ...(current.services as Record<string, boolean>) };
      const category = fixed.find((c) => c.id === id);
      if (category) {
        categories[id] = true;
        for (const [row] of category.rows) services[row.id] = true;
      } else if (findService(id)) {
        services[id] = true;
      } else return; // Not in the policy: nothing to allow, nothing recorded.
      store.save({ categories, services } as ConsentChoices<P>, 'placeholder');
      decided();
    },
  };
}
