// The React and Vue consent UI and core's HTML renderers draw one view model (core's), so for the
// same state their server HTML must be the same, byte for byte once each framework's own notation is set aside: attribute
// order, Vue's fragment and v-if comment anchors, React's text separators, `disabled=""` against
// `disabled`, `<input/>` against `<input>`, and how each escapes a quote. Anything else (a class,
// an attribute, a text, an element) is a real difference and fails.
import {
  createCookieKit,
  en,
  enRegimes,
  encodeConsent,
  newSubjectId,
  regimeLayouts,
  type CookieKit,
  type InitialConsent,
  type Messages,
} from '@cookiekit/core';
import {
  renderBannerHtml,
  renderOptOutLinksHtml,
  renderPlaceholderHtml,
  renderPreferencesHtml,
  renderSettingsButtonHtml,
} from '@cookiekit/core/html';
import { frPolicyPage } from '@cookiekit/core/locales/fr';
import { renderPolicyHtml } from '@cookiekit/core/page';
import * as react from '@cookiekit/react';
import * as vue from '@cookiekit/vue';
import { policy } from 'example-policy';
import { createElement, type ReactElement } from 'react';
import { renderToString as renderReact } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSSRApp, h, type VNode } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';

type Policy = typeof policy;

/** The example policy without its own purpose texts: the catalog's texts are shown instead. */
const policyWithoutPurposeTexts = {
  ...policy,
  services: policy.services.map((s) => ({ ...s, purposes: s.purposes.map(({ code }) => ({ code })) })),
} as unknown as Policy;
type Kit = CookieKit<Policy>;

const firstVisit = (): InitialConsent => ({ cookie: null, signals: {}, now: Date.now() });

/** A returning visitor who allowed statistics and refused marketing. */
function returning(): InitialConsent {
  const now = Date.now();
  const cookie = encodeConsent({
    revision: policy.revision,
    subject: newSubjectId(),
    decidedAt: now - 60_000,
    expiresAt: now + 86_400_000,
    method: 'custom',
    categories: { statistics: true, marketing: false },
    services: { 'shop-analytics': true, 'ad-pixel': false, 'video-embed': false },
  });
  return { cookie, signals: {}, now };
}

/**
 * The kit with its live state as the state drawn on the server, so a state reached by actions
 * (the preferences open, a switch on) can be rendered on the server by both frameworks.
 */
function asServerState(kit: Kit): Kit {
  return {
    ...kit,
    store: { ...kit.store, getServerSnapshot: kit.store.getSnapshot },
    banner: { ...kit.banner, getServerSnapshot: kit.banner.getSnapshot },
  };
}

type Part = 'banner' | 'banner-box' | 'banner-cloud-top' | 'preferences' | 'settings' | 'optout' | 'gate-service' | 'gate-category' | 'policy';

/** The one layout option every renderer takes (core's `BannerPlacement`). */
const BOX = { type: 'box', position: 'bottom-start' } as const;
const CLOUD_TOP = { type: 'cloud', position: 'top' } as const;

const reactParts: Record<Part, () => ReactElement> = {
  banner: () => createElement(react.CookieBanner),
  'banner-box': () => createElement(react.CookieBanner, { layout: BOX }),
  'banner-cloud-top': () => createElement(react.CookieBanner, { layout: CLOUD_TOP }),
  preferences: () => createElement(react.CookiePreferences),
  settings: () => createElement(react.CookieSettingsButton),
  optout: () => createElement(react.OptOutLinks),
  'gate-service': () => createElement(react.ConsentGate, { id: 'video-embed' }, createElement('p', null, 'video')),
  'gate-category': () => createElement(react.ConsentGate, { id: 'marketing' }, createElement('p', null, 'ads')),
  policy: () => createElement(react.CookiePolicy),
};

const vueParts: Record<Part, () => VNode> = {
  banner: () => h(vue.CookieBanner),
  'banner-box': () => h(vue.CookieBanner, { layout: BOX }),
  'banner-cloud-top': () => h(vue.CookieBanner, { layout: CLOUD_TOP }),
  preferences: () => h(vue.CookiePreferences),
  settings: () => h(vue.CookieSettingsButton),
  optout: () => h(vue.OptOutLinks),
  'gate-service': () => h(vue.ConsentGate, { id: 'video-embed' }, () => h('p', 'video')),
  'gate-category': () => h(vue.ConsentGate, { id: 'marketing' }, () => h('p', 'ads')),
  policy: () => h(vue.CookiePolicy),
};

/** The HTML renderers, for a server that renders templates (and the DOM binding). */
const htmlParts: Record<Part, (kit: Kit) => string> = {
  banner: (kit) => renderBannerHtml(kit.banner.getServerSnapshot()),
  'banner-box': (kit) => renderBannerHtml(kit.banner.getServerSnapshot(), { layout: BOX }),
  'banner-cloud-top': (kit) => renderBannerHtml(kit.banner.getServerSnapshot(), { layout: CLOUD_TOP }),
  preferences: (kit) => renderPreferencesHtml(kit.banner.getServerSnapshot()),
  settings: (kit) => renderSettingsButtonHtml(kit.banner.getServerSnapshot()),
  optout: (kit) => renderOptOutLinksHtml(kit.banner.getServerSnapshot()),
  'gate-service': (kit) =>
    kit.store.getServerSnapshot().services['video-embed'] ? '<p>video</p>' : renderPlaceholderHtml(kit.banner.getServerSnapshot(), 'video-embed'),
  'gate-category': (kit) =>
    kit.store.getServerSnapshot().categories.marketing ? '<p>ads</p>' : renderPlaceholderHtml(kit.banner.getServerSnapshot(), 'marketing'),
  // renderPolicyHtml puts each block on a line of its own, for people who read the HTML.
  policy: (kit) => renderPolicyHtml(kit.store.policy, { lang: kit.banner.getServerSnapshot().lang }).replace(/>\n</g, '><'),
};

async function render(framework: 'react' | 'vue' | 'html', makeKit: () => Kit, parts: readonly Part[]): Promise<string> {
  const kit = makeKit();
  if (framework === 'html') return parts.map((part) => htmlParts[part](kit)).join('');
  if (framework === 'react') {
    const props = { kit } as unknown as react.CookieKitProviderProps;
    return renderReact(createElement(react.CookieKitProvider, props, ...parts.map((part) => reactParts[part]())));
  }
  const app = createSSRApp({ render: () => parts.map((part) => vueParts[part]()) });
  app.use(vue.createCookieKitPlugin(kit as never));
  return renderVue(app);
}

/** The example policy under opt-out: the "Your Privacy Choices" link with its icon, and statistics as sensitive data. */
const policyWithOptOutLinks = {
  ...policy,
  regions: { optOutLink: 'privacy-choices' },
  categories: policy.categories.map((c) => (c.id === 'statistics' ? { ...c, sensitive: true } : c)),
} as unknown as Policy;
// The opt-out and notice layouts need their texts, which ship apart from the catalog.
const withRegimes = { ...en, regimes: enRegimes };
const underRegime = (regime: 'opt-out' | 'notice', gpc = false): InitialConsent => ({ cookie: null, signals: { regime, gpc }, now: Date.now() });

// Elements that never have a closing tag; any other element written `<x/>` (React's SVG paths) is `<x></x>`.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e]!);
const encode = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Sets aside each framework's notation: drops comments (Vue's `<!--[-->`/`<!---->` anchors, React's
 * `<!-- -->` text separators), Vue's `data-v-` scope attributes, sorts attributes, writes a boolean
 * attribute without value, a void element without `/`, and escapes text and values one way.
 */
export function normalize(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/(<[^>]+>)/)
    .map((token) => {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)([\s\S]*?)\/?>$/.exec(token);
      if (!tag) return encode(decode(token));
      const [, close, name, rest] = tag;
      const attributes = [...rest!.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)]
        .filter(([, attr]) => !attr!.startsWith('data-v-'))
        .map(([, attr, value]) => (value ? `${attr}="${encode(decode(value))}"` : attr!))
        .sort();
      const selfClosed = !close && token.endsWith('/>') && !VOID.has(name!.toLowerCase());
      return `<${close}${name}${attributes.map((a) => ` ${a}`).join('')}>${selfClosed ? `</${name}>` : ''}`;
    })
    .join('');
}

const cases: ReadonlyArray<readonly [string, () => Kit, readonly Part[]]> = [
  ['first visit: the banner, the closed preferences, the placeholders', () => createCookieKit({ policy, initialConsent: firstVisit() }), ['banner', 'preferences', 'gate-service', 'gate-category']],
  [
    'the preferences open, a category on and its services listed',
    () => {
      const kit = createCookieKit({ policy, initialConsent: firstVisit() });
      kit.banner.openPreferences();
      kit.banner.toggleCategory('statistics');
      kit.banner.toggleService('video-embed');
      kit.banner.toggleExpanded('marketing');
      return asServerState(kit);
    },
    ['banner', 'preferences'],
  ],
  ['a returning visitor: the settings button, no banner, an allowed gate and a placeholder', () => createCookieKit({ policy, initialConsent: returning() }), ['banner', 'settings', 'preferences', 'gate-service', 'gate-category']],
  ['the box and cloud layouts: the same layout attributes from every renderer', () => createCookieKit({ policy, initialConsent: firstVisit() }), ['banner-box', 'banner-cloud-top']],
  ['the policy page', () => createCookieKit({ policy, initialConsent: returning() }), ['policy']],
  [
    'C25: opt-out, the notice with its opt-out action, "Your Privacy Choices" with its icon and the limit link',
    () => createCookieKit({ policy: policyWithOptOutLinks, initialConsent: underRegime('opt-out'), messages: withRegimes, regimeLayouts }),
    ['banner', 'optout', 'settings', 'preferences'],
  ],
  [
    'C11 C25: opt-out with GPC, the default link and the honoured status',
    () => createCookieKit({ policy, initialConsent: underRegime('opt-out', true), messages: withRegimes, regimeLayouts }),
    ['banner', 'optout'],
  ],
  ['C25: notice, information only', () => createCookieKit({ policy, initialConsent: underRegime('notice'), messages: withRegimes, regimeLayouts }), ['banner', 'optout', 'settings']],
  [
    'in French, the preferences open, purpose texts from the French catalog',
    () => {
      const kit = createCookieKit({ policy: policyWithoutPurposeTexts, initialConsent: firstVisit(), messages: frPolicyPage as Messages });
      kit.banner.openPreferences();
      kit.banner.toggleExpanded('statistics');
      return asServerState(kit);
    },
    ['banner', 'preferences', 'gate-service'],
  ],
];

describe('React, Vue and the HTML renderers give the same server HTML for the same state', () => {
  it.each(cases)('%s', async (_, makeKit, parts) => {
    const [fromReact, fromVue, fromHtml] = await Promise.all([
      render('react', makeKit, parts),
      render('vue', makeKit, parts),
      render('html', makeKit, parts),
    ]);
    // Each rendering draws something (an empty render on both sides would compare equal).
    expect(fromReact.length).toBeGreaterThan(100);
    expect(normalize(fromVue)).toBe(normalize(fromReact));
    expect(normalize(fromHtml)).toBe(normalize(fromReact));
  });

  it('the states differ from one another, so equal renderings are not equal by accident', async () => {
    const htmls = await Promise.all(cases.map(([, makeKit, parts]) => render('react', makeKit, parts)));
    expect(new Set(htmls.map(normalize)).size).toBe(cases.length);
    expect(normalize(htmls[cases.findIndex(([name]) => name.startsWith('the box and cloud'))]!)).toContain('data-ck-layout="box" data-ck-position="bottom-start"');
    // The French dialog, given the French page catalog, shows its purpose text, not the code.
    // The opt-out case draws both links, the icon among them.
    const optOut = htmls[cases.findIndex(([name]) => name.includes('Your Privacy Choices'))]!;
    expect(optOut).toContain('data-optout="sensitive"');
    expect(optOut).toContain('ck-optout-icon');
    expect(normalize(htmls[cases.findIndex(([name]) => name.startsWith('in French'))]!)).toContain(`Interne · ${encode('Mesure l’utilisation du site')}`);
  });

  it('the comparison sees a real difference: one changed class, one changed attribute', () => {
    const html = '<div class="ck-banner" role="region"><button type="button" disabled="">Tout accepter</button></div>';
    expect(normalize(html)).toBe(normalize('<div role="region" class="ck-banner"><!--[--><button disabled type="button">Tout accepter</button><!--]--></div>'));
    expect(normalize(html)).not.toBe(normalize(html.replace('ck-banner', 'ck-banner2')));
    expect(normalize(html)).not.toBe(normalize(html.replace('type="button"', 'type="submit"')));
    expect(normalize(html)).not.toBe(normalize(html.replace('Tout accepter', 'Tout  accepter')));
    // A self-closed SVG path is the same element as an empty one; a void input has no closing tag.
    expect(normalize('<svg><path d="M0"/></svg><input/>')).toBe(normalize('<svg><path d="M0"></path></svg><input>'));
    expect(normalize('<svg><path d="M0"/></svg>')).not.toBe(normalize('<svg><path d="M1"></path></svg>'));
  });
});
