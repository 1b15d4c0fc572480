import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createBannerModel } from '../banner/model';
import { regimeLayouts } from '../banner/regime-layouts';
import { fr } from '../messages/fr';
import { en, enRegimes } from '../messages/en';
import type { CookiePolicy } from '../policy';
import { createConsentStore, type InitialConsent } from '../store';
import { memoryStorage } from '../storage';
import { testPolicy, withChanges } from '../test/fixtures';
import {
  renderBannerHtml,
  renderConsentHtml,
  renderOptOutLinksHtml,
  renderPlaceholderHtml,
  renderPreferencesHtml,
  renderSettingsButtonHtml,
} from './render';

const firstVisit: InitialConsent = { cookie: null, signals: {}, now: Date.now() };

function model(policy: CookiePolicy = testPolicy, options: Parameters<typeof createBannerModel>[1] = {}) {
  const store = createConsentStore({ policy, storage: memoryStorage(), initialConsent: firstVisit });
  return { store, banner: createBannerModel(store, options) };
}

const parse = (html: string) => JSDOM.fragment(html);

describe('the HTML renderers', () => {
  it('draw the first layer with Accept all and Reject all as the same element and classes (C4, C19)', () => {
    const ui = parse(renderBannerHtml(model().banner.getSnapshot()));
    const banner = ui.querySelector('section.ck-banner')!;
    expect(banner.getAttribute('role')).toBe('dialog');
    expect(banner.getAttribute('aria-modal')).toBe('false');
    const accept = banner.querySelector('[data-action="accept-all"]')!;
    const reject = banner.querySelector('[data-action="reject-all"]')!;
    expect(accept.outerHTML.replace('accept-all', 'X').replace(accept.textContent!, '')).toBe(
      reject.outerHTML.replace('reject-all', 'X').replace(reject.textContent!, ''),
    );
    expect(banner.querySelector('a.ck-link')!.getAttribute('href')).toBe('/cookie-policy');
  });

  it('draw the layout option as data attributes on the first layer only, and refuse an unknown one', () => {
    const state = model().banner.getSnapshot();
    const plain = parse(renderConsentHtml(state));
    expect(plain.querySelector('.ck-banner')!.hasAttribute('data-ck-layout')).toBe(false);
    const box = parse(renderConsentHtml(state, { layout: { type: 'box', position: 'bottom-start' } }));
    const section = box.querySelector('.ck-banner')!;
    expect([section.getAttribute('data-ck-layout'), section.getAttribute('data-ck-position')]).toEqual(['box', 'bottom-start']);
    expect(box.querySelectorAll('[data-ck-layout]')).toHaveLength(1);
    // Everything but the two attributes is the same markup (C4 and C19 hold in every layout).
    expect(renderConsentHtml(state, { layout: { type: 'cloud' } }).replace(' data-ck-layout="cloud" data-ck-position="bottom"', '')).toBe(
      renderConsentHtml(state),
    );
    expect(() => renderConsentHtml(state, { layout: { type: 'modal' } as never })).toThrow(/no banner layout/);
  });

  it('leave out the first layer once a current choice exists, but keep the way back (C6)', () => {
    const { banner } = model();
    banner.rejectAll();
    const ui = parse(renderConsentHtml(banner.getSnapshot()));
    expect(ui.querySelector('.ck-banner')).toBeNull();
    expect(ui.querySelector('[data-action="open-preferences"]')!.getAttribute('aria-haspopup')).toBe('dialog');
    expect(ui.querySelector('dialog.ck-preferences')).not.toBeNull();
    expect(ui.querySelector('.ck-status')!.textContent).toBe(banner.getSnapshot().messages.preferences.saved);
  });

  it('draw one switch per optional category and service, nothing pre-ticked, necessary locked (C3, C5)', () => {
    const ui = parse(renderPreferencesHtml(model().banner.getSnapshot()));
    const switches = [...ui.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches.length).toBe(testPolicy.categories.length + testPolicy.services.length);
    for (const category of testPolicy.categories) {
      const input = ui.querySelector<HTMLInputElement>(`[data-category="${category.id}"] > .ck-category__header input`)!;
      const necessary = (category.kind ?? category.id) === 'necessary';
      expect(input.checked).toBe(necessary);
      expect(input.disabled).toBe(necessary);
    }
  });

  it('follow the state: a toggled category, an expanded list, the conflict and the saved status', () => {
    const { store, banner } = model();
    store.setSignals({ gpc: true });
    banner.openPreferences();
    banner.toggleCategory('ads');
    banner.toggleExpanded('ads');
    const ui = parse(renderPreferencesHtml(banner.getSnapshot()));
    expect(ui.querySelector<HTMLInputElement>('[data-category="ads"] input')!.checked).toBe(true);
    expect(ui.querySelector('#ck-services-ads')!.hasAttribute('hidden')).toBe(false);
    expect(ui.querySelector('[aria-controls="ck-services-ads"]')!.getAttribute('aria-expanded')).toBe('true');
    expect(ui.querySelector('.ck-conflict [data-action="confirm-over-signal"]')).not.toBeNull();
    banner.save();
    expect(parse(renderPreferencesHtml(banner.getSnapshot())).querySelector('.ck-status')!.textContent).toBe(
      banner.getSnapshot().messages.preferences.saved,
    );
  });

  it('speak the catalog they are given, with its lang and dir', () => {
    const ui = parse(renderConsentHtml(model(testPolicy, { messages: fr }).banner.getSnapshot()));
    expect(ui.querySelector('.ck-banner')!.getAttribute('lang')).toBe('fr');
    expect(ui.querySelector('[data-action="reject-all"]')!.textContent).toBe('Tout refuser');
    expect(ui.querySelector('.ck-settings-button')!.textContent).toBe(fr.settingsButton);
  });

  it('drop every ck- class when unstyled, and keep the roles and actions', () => {
    const html = renderConsentHtml(model().banner.getSnapshot(), { unstyled: true });
    expect(html).not.toMatch(/class=/);
    expect(parse(html).querySelectorAll('[data-action]').length).toBeGreaterThan(5);
  });

  it('refuse a policy link that is not http(s) or relative', () => {
    const state = model(testPolicy, { policyHref: 'javascript:alert(1)' }).banner.getSnapshot();
    expect(parse(renderBannerHtml(state)).querySelector('a')!.getAttribute('href')).toBe('#');
  });

  it('name a blocked service by its provider and a category by its label, with the allow target', () => {
    const state = model().banner.getSnapshot();
    const service = testPolicy.services.find((s) => s.category === 'ads')!;
    const byService = parse(renderPlaceholderHtml(state, service.id));
    expect(byService.querySelector('.ck-placeholder')!.getAttribute('aria-label')).toContain(service.provider);
    expect(byService.querySelector('button')!.getAttribute('data-service')).toBe(service.id);
    const byCategory = parse(renderPlaceholderHtml(state, 'ads'));
    expect(byCategory.querySelector('button')!.getAttribute('data-category')).toBe('ads');
  });

  it('escape every policy text, so hostile text reads back as text and adds no element (C24)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `${s}<img src=x onerror=alert(1)>"'\``);
    fc.assert(
      fc.property(text, text, text, (label, provider, cookie) => {
        const service = testPolicy.services.find((s) => s.category === 'ads')!;
        const policy = {
          ...testPolicy,
          categories: testPolicy.categories.map((c) => (c.id === 'ads' ? { ...c, label, description: label } : c)),
          services: testPolicy.services.map((s) =>
            s.id === service.id ? { ...s, provider, function: provider, storage: [{ name: cookie, duration: '1 day' }] } : s,
          ),
        } as CookiePolicy;
        const { banner } = model(policy);
        banner.openPreferences();
        const html = renderConsentHtml(banner.getSnapshot()) + renderPlaceholderHtml(banner.getSnapshot(), service.id);
        const ui = parse(html);
        expect(ui.querySelectorAll('img, script').length).toBe(0);
        // An HTML parser turns CR LF into LF and drops NUL: what a browser would show.
        const shown = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\0/g, '');
        expect(ui.querySelector('[data-category="ads"] .ck-toggle__label')!.textContent).toBe(shown(label));
        expect(ui.querySelector(`[data-service="${service.id}"] code`)!.textContent).toBe(shown(cookie));
        expect(ui.querySelector('.ck-placeholder')!.getAttribute('aria-label')).toContain(shown(provider));
      }),
      { numRuns: 50 },
    );
  });

  it('draw the settings button alone for pages that place it themselves', () => {
    const ui = parse(renderSettingsButtonHtml(model().banner.getSnapshot()));
    expect(ui.children.length).toBe(1);
    expect(ui.firstElementChild!.getAttribute('data-action')).toBe('open-preferences');
  });
});

describe('the HTML renderers under a regime (C25)', () => {
  const under = (regime: 'opt-out' | 'notice' | 'none', policy: CookiePolicy = testPolicy) => {
    const store = createConsentStore({ policy, storage: memoryStorage(), initialConsent: { ...firstVisit, signals: { regime } } });
    return createBannerModel(store, { messages: { ...en, regimes: enRegimes }, regimeLayouts }).getSnapshot();
  };

  it('C25: opt-out draws the short notice, the opt-out action as the same element as "OK", and the persistent link', () => {
    const state = under('opt-out');
    const ui = parse(renderConsentHtml(state));
    expect(ui.querySelector('#ck-banner-text')!.textContent).toBe(enRegimes.optOutText);
    expect(ui.querySelector('.ck-banner [data-action="accept-all"]')).toBeNull();
    const optOut = ui.querySelector('.ck-banner [data-action="opt-out"]')!;
    const ok = ui.querySelector('.ck-banner [data-action="acknowledge"]')!;
    expect(optOut.className).toBe(ok.className);
    const links = [...ui.querySelectorAll<HTMLAnchorElement>('p.ck-optout a.ck-optout-link')];
    expect(links.map((a) => [a.textContent, a.getAttribute('data-action'), a.getAttribute('href')])).toEqual([
      ['Do Not Sell or Share My Personal Information', 'open-preferences', '/cookie-policy'],
    ]);
    expect(links[0]!.querySelector('svg')).toBeNull();
  });

  it('C25: "Your Privacy Choices" carries the inline opt-out icon, hidden from assistive technology, no file', () => {
    const html = renderOptOutLinksHtml(under('opt-out', withChanges({ regions: { optOutLink: 'privacy-choices' } })));
    const svg = parse(html).querySelector('a.ck-optout-link > svg.ck-optout-icon')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('path')).toHaveLength(4);
    expect(html).not.toMatch(/<img|url\(|href="http/);
    expect(parse(html).querySelector('a')!.textContent).toBe('Your Privacy Choices');
  });

  it('C25: notice draws only "OK" and no link; none draws no first layer; opt-in draws no link', () => {
    const notice = parse(renderConsentHtml(under('notice')));
    expect([...notice.querySelectorAll('.ck-banner button')].map((b) => b.getAttribute('data-action'))).toEqual(['acknowledge']);
    expect(notice.querySelector('.ck-optout')).toBeNull();
    const none = parse(renderConsentHtml(under('none')));
    expect(none.querySelector('.ck-banner')).toBeNull();
    expect(none.querySelector('.ck-optout')).toBeNull();
    expect(renderOptOutLinksHtml(model().banner.getSnapshot())).toBe('');
  });
});
