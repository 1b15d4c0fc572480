// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { encodeConsent } from './codec';
import { createCookieKit, createCookieKitWith } from './kit';
import { serviceTexts } from './banner/model';
import { googleConsentMode } from './runtime/consent-mode';
import { embedPlaceholders } from './runtime/placeholder';
import { consentSender } from './runtime/sender';
import { memoryStorage } from './storage';
import { testPolicy } from './test/fixtures';
import { fr } from './messages/fr';

const w = window as unknown as { dataLayer?: unknown[]; gtag?: unknown };
afterEach(() => {
  delete w.dataLayer;
  delete w.gtag;
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

describe('createCookieKit', () => {
  it('draws the server decision first, then starts effects only when asked', () => {
    const cookie = encodeConsent({
      revision: 'r1', subject: 'abcdefghijklmnopqrstuv', decidedAt: Date.now(), expiresAt: Date.now() + 1e9,
      method: 'accept-all', categories: { preferences: true, statistics: true, ads: true },
      services: { theme: true, analytics: true, audience: true, pixel: true },
    });
    const kit = createCookieKit({
      policy: testPolicy, storage: memoryStorage(), consentMode: googleConsentMode({ waitForUpdate: 300 }),
      initialConsent: { cookie, signals: {}, now: Date.now() },
    });
    expect(kit.banner.getServerSnapshot().view).toBe('none');
    expect(w.dataLayer).toBeUndefined();
    const stop = kit.start();
    expect(kit.start()).toBe(stop);
    const pushed = (w.dataLayer ?? []).map((e) => Array.from(e as ArrayLike<unknown>));
    expect(pushed.map((e) => e[1])).toEqual(['default', 'update']);
    // The options given to googleConsentMode reach the default (C13).
    expect(pushed[0]![2]).toMatchObject({ ad_storage: 'denied', wait_for_update: 300 });
    stop();
  });

  it('C13: Consent Mode is off unless googleConsentMode() is given; the old `true` fails loudly on start, never silently off', () => {
    createCookieKit({ policy: testPolicy, storage: memoryStorage() }).start()();
    expect(w.dataLayer).toBeUndefined();
    for (const old of [true, { waitForUpdate: 500 }]) {
      // A type error in TypeScript; in plain JS, start() throws instead of running without Consent Mode.
      expect(() => createCookieKit({ policy: testPolicy, storage: memoryStorage(), consentMode: old as never }).start()).toThrow(TypeError);
    }
  });

  it("C10: the browser's GPC counts after start even when the server did not see it", () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const kit = createCookieKit({ policy: testPolicy, storage: memoryStorage(), initialConsent: { cookie: null, signals: {}, now: Date.now() } });
    expect(kit.store.getSnapshot().signal.active).toBe(false);
    kit.start();
    expect(kit.store.getSnapshot().signal).toMatchObject({ active: true, held: ['ads'] });
    kit.store.acceptAll();
    expect(kit.store.allowed('ads')).toBe(false);
  });

  it('runs extra effects with the store and stops them', () => {
    const calls: string[] = [];
    const kit = createCookieKit({
      policy: testPolicy,
      storage: memoryStorage(),
      effects: [(store) => (calls.push(`start:${store.policy.revision}`), () => calls.push('stop'))],
    });
    const stop = kit.start();
    stop();
    expect(calls).toEqual(['start:r1', 'stop']);
  });

  it('C6: by default a withdrawal through the kit deletes refused cookies and keeps necessary ones', () => {
    document.cookie = '_stats_1=x; path=/';
    document.cookie = 'sessionid=keep; path=/';
    const kit = createCookieKit({ policy: testPolicy, storage: memoryStorage() });
    const stop = kit.start();
    kit.store.acceptAll();
    document.cookie = '_stats_1=x; path=/';
    kit.store.withdraw();
    expect(document.cookie).not.toContain('_stats_1');
    expect(document.cookie).toContain('sessionid=keep');
    stop();
  });

  it('C1: by default gated elements wait for consent, and a placeholder can allow its service', () => {
    document.body.innerHTML = '<iframe data-service="pixel" data-src="about:blank#ad" title="ad"></iframe>';
    const kit = createCookieKit({ policy: testPolicy, storage: memoryStorage(), gating: { placeholders: embedPlaceholders } });
    const stop = kit.start();
    const frame = document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBeNull();
    const allow = document.querySelector<HTMLButtonElement>('.ck-placeholder button')!;
    allow.click();
    expect(kit.store.allowed('pixel')).toBe(true);
    expect(frame.getAttribute('src')).toBe('about:blank#ad');
    expect(kit.store.getSnapshot().consent?.method).toBe('custom');
    stop();
  });

  it('C5: a category-gated placeholder allows that category; a service placeholder only its service', () => {
    document.body.innerHTML =
      '<iframe data-category="statistics" data-src="about:blank#stats" title="stats"></iframe>' +
      '<iframe data-service="pixel" data-src="about:blank#ad" title="ad"></iframe>';
    const kit = createCookieKit({ policy: testPolicy, storage: memoryStorage(), gating: { placeholders: embedPlaceholders } });
    const stop = kit.start();
    document.querySelector<HTMLButtonElement>('.ck-placeholder button[data-category="statistics"]')!.click();
    expect(kit.store.allowed('statistics')).toBe(true);
    expect(kit.store.allowed('analytics')).toBe(true);
    expect(kit.store.allowed('pixel')).toBe(false);
    expect(kit.store.getSnapshot().consent?.method).toBe('custom');
    stop();
  });

  it('C9: records the language the banner is shown in, not the page\'s', async () => {
    document.documentElement.lang = 'de';
    const bodies: Array<{ language: string }> = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(null, { status: 201 });
    }) as typeof globalThis.fetch;
    const sender = consentSender({ endpoint: '/api/consent', fetch });
    const sent = async (count: number) => {
      for (let i = 0; i < 100 && (bodies.length < count || localStorage.getItem('cookiekit:pending')); i++) {
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    try {
      const french = createCookieKit({ policy: testPolicy, storage: memoryStorage(), messages: fr, sender, effects: [] });
      const stop = french.start();
      french.banner.acceptAll();
      await sent(1);
      stop();
      const english = createCookieKit({ policy: testPolicy, storage: memoryStorage(), sender });
      const stopEnglish = english.start();
      english.banner.rejectAll();
      await sent(2);
      stopEnglish();
      // A language given to the sender is recorded instead of the banner's.
      const fixed = createCookieKit({
        policy: testPolicy,
        storage: memoryStorage(),
        sender: consentSender({ endpoint: '/api/consent', fetch, language: () => 'nl' }),
      });
      const stopFixed = fixed.start();
      fixed.banner.acceptAll();
      await sent(3);
      stopFixed();
      expect(bodies.map((b) => b.language)).toEqual(['fr', 'en', 'nl']);
    } finally {
      document.documentElement.lang = '';
      localStorage.clear();
    }
  });

  it('C9: sends nothing without a sender, and refuses the old endpoint option alone with the import to use', async () => {
    const calls: string[] = [];
    const real = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      calls.push(url);
      return new Response(null, { status: 201 });
    }) as typeof globalThis.fetch;
    try {
      const kit = createCookieKit({ policy: testPolicy, storage: memoryStorage() });
      const stop = kit.start();
      kit.banner.acceptAll();
      await new Promise((r) => setTimeout(r, 30));
      stop();
      expect(calls).toEqual([]);
      expect(localStorage.getItem('cookiekit:pending')).toBeNull();
    } finally {
      globalThis.fetch = real;
    }
    expect(() => createCookieKit({ policy: testPolicy, storage: memoryStorage(), endpoint: '/api/consent' })).toThrow(
      /endpoint needs sender: consentSender\(\{ endpoint \}\) from @cookiekit\/core/,
    );
    // With a sender, the deprecated option is ignored rather than refused.
    expect(() =>
      createCookieKit({
        policy: testPolicy,
        storage: memoryStorage(),
        endpoint: '/old',
        sender: consentSender({ endpoint: '/api/consent' }),
      }),
    ).not.toThrow();
  });

  it('createCookieKitWith: the same kit and model, with the service rows\' texts only from the texts it is given', () => {
    const options = { policy: testPolicy, storage: memoryStorage(), messages: fr };
    const full = createCookieKit(options).banner.getSnapshot();
    const bare = createCookieKitWith(options).banner.getSnapshot();
    const rows = (state: typeof full) => state.categories.flatMap((c) => c.services);
    // Every service says what it is for and lists its cookies, in the catalog's language...
    expect(rows(full).every((s) => s.purposes !== '' && s.cookies.length > 0)).toBe(true);
    const session = rows(full).find((s) => s.id === 'session')!.cookies[0]!;
    expect([session.name, session.duration]).toEqual(['sessionid', expect.stringMatching(/^2\s+semaines$/)]);
    // ...and without texts only those two are empty: the switches, labels and rules are the same.
    expect(rows(bare).every((s) => s.purposes === '' && s.cookies.length === 0)).toBe(true);
    const strip = (state: typeof full) =>
      JSON.stringify(state.categories.map((c) => ({ ...c, services: c.services.map(({ purposes, cookies, ...rest }) => rest) })));
    expect(strip(bare)).toBe(strip(full));
    expect(createCookieKitWith(options, serviceTexts).banner.getSnapshot().categories).toEqual(full.categories);
  });
});
