import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { enPolicyPage as en } from '../messages/en-page';
import { frPolicyPage as fr } from '../messages/fr-page';
import type { CookiePolicy } from '../policy';
import { testPolicy } from '../test/fixtures';
import { arTestPolicyPage as arTest } from '../test/rtl-catalog';
import { seedPolicy } from '../test/seed-policy';
import { escapeMarkdown } from './markdown';
import { policyPage, renderPolicyHtml, renderPolicyMarkdown } from './index';

const fragment = (html: string): DocumentFragment => JSDOM.fragment(html);
const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent ?? '');
const tags = (root: ParentNode): string[] => [...root.querySelectorAll('*')].map((node) => node.localName);
// Raw HTML on: the worst case of a Markdown renderer.
const markdown = new MarkdownIt({ html: true });

describe('policyPage', () => {
  it('models the seed page in English: title, what a cookie is, the four kinds, then a table per category', () => {
    const page = policyPage(seedPolicy);
    expect(page).toMatchObject({ lang: 'en', dir: 'ltr', title: 'Cookies policy', whatIs: { title: 'What is a cookie?' } });
    expect(page.kinds.items.map((item) => item.kind)).toEqual(['necessary', 'statistics', 'first-party', 'third-party']);
    expect(page.usedOn).toBe('What cookies are used on Smartbump shop');
    expect(Object.values(page.columns)).toEqual([
      'Service provider’s name',
      'Function and location',
      'Cookie name(s)',
      'Purposes',
      'Duration',
      'Set by',
    ]);
    expect(page.categories.map((c) => [c.id, c.kind, c.rows.length])).toEqual([
      ['necessary', 'necessary', 4],
      ['statistics', 'statistics', 1],
      ['marketing', 'marketing', 2],
    ]);
    // The seed table, row by row: provider, function and location, cookie name, purpose.
    expect(page.categories[0]!.rows.map((r) => [r.provider, r.function, r.cookies.map((c) => c.name).join(), r.purposes.join()])).toEqual([
      ['Opendatasoft', 'Authentication (front and back office)', 'sessionid', 'To remember the user from one page to another'],
      ['Opendatasoft', 'Language selection (front and back office)', 'django_language', "To remember the visitor's language"],
      ['Opendatasoft', 'API (CSRF) (front et back office)', 'csrftoken', 'To retrieve data via API calls'],
      ['Opendatasoft', 'Choices related to your cookie preferences', 'cookies_preferences,cookiekit:pending', 'Remembers your cookie choices'],
    ]);
    expect(page.categories[0]!.rows.map((r) => r.durations)).toEqual([['2 weeks'], ['Session'], ['1 year'], ['cookies_preferences: 6 months', 'cookiekit:pending: 1 day']]);
    expect(page.categories[0]!.rows[0]!.party).toEqual({ type: 'first', text: 'This site (first party)' });
  });

  it('names a regular expression by its displayName, and marks only a pattern shown as its source', () => {
    const base = seedPolicy.services[0]!;
    const policy = {
      ...seedPolicy,
      services: [
        {
          ...base,
          storage: [
            { pattern: '_pk_id\\.\\d+\\..*', displayName: '_pk_id.<site>.<visitor>', duration: '13 months' },
            { pattern: '_pk_ses\\.\\d+', duration: '30 minutes' },
          ],
        },
        ...seedPolicy.services.slice(1),
      ],
    } as CookiePolicy;
    const row = policyPage(policy).categories.flatMap((c) => c.rows).find((r) => r.serviceId === base.id)!;
    expect(row.cookies.map((c) => [c.name, c.notes])).toEqual([
      ['_pk_id.<site>.<visitor>', []],
      ['_pk_ses\\.\\d+', ['regular expression']],
    ]);
    expect(renderPolicyHtml(policy)).toContain('<code>_pk_id.&lt;site&gt;.&lt;visitor&gt;</code>');
  });

  it('lists storage keys with their kind, patterns marked, and one duration per item when they differ', () => {
    const row = policyPage(seedPolicy).categories[1]!.rows[0]!;
    expect(row.cookies).toEqual([
      { name: '_shop_stats', storage: 'cookie', duration: '13 months', notes: [] },
      { name: '_shop_stats_ses*', storage: 'cookie', duration: '30 minutes', notes: [] },
      { name: '_shop_visit', storage: 'cookie', duration: '30 minutes', notes: [] },
      // A prefix pattern reads as a prefix name, not as a regular expression.
      { name: 'shop_stats:*', storage: 'localStorage', duration: '13 months', notes: ['local storage'] },
    ]);
    expect(row.durations).toEqual(['_shop_stats: 13 months', '_shop_stats_ses*: 30 minutes', '_shop_visit: 30 minutes', 'shop_stats:*: 13 months']);
    expect(row.purposes).toEqual(['Measures how the site is used']);
  });

  it('names the third party and links its privacy policy', () => {
    expect(policyPage(seedPolicy).categories[2]!.rows[0]!.party).toEqual({
      type: 'third',
      text: 'AdPartner Ltd (third party)',
      name: 'AdPartner Ltd',
      privacyUrl: 'https://adpartner.example/privacy',
      privacyLabel: 'Privacy policy',
    });
  });

  it('is French with the French catalog: headings, policy texts and durations', () => {
    const page = policyPage(seedPolicy, { lang: 'fr', messages: [en, fr] });
    expect(page.lang).toBe('fr');
    expect(page.title).toBe('Politique relative aux cookies');
    expect(page.columns.provider).toBe('Nom du fournisseur de service');
    expect(page.usedOn).toBe('Les cookies utilisés sur Smartbump shop');
    const row = page.categories[0]!.rows[0]!;
    expect([row.function, row.purposes[0], row.durations[0]]).toEqual([
      'Authentification (front et back office)',
      "Se souvenir de l'utilisateur d'une page à l'autre",
      '2\u00a0semaines',
    ]);
    expect(page.categories[0]!.rows[3]!.purposes).toEqual(['Mémorise vos choix en matière de cookies']);
    expect(page.categories[2]!.rows[0]!.party.text).toBe('AdPartner Ltd (cookie tiers)');
  });

  it('falls back: fr-CA to French, an unknown language to the policy default, English headings without a French catalog', () => {
    expect(policyPage(seedPolicy, { lang: 'fr-CA', messages: [en, fr] }).title).toBe('Politique relative aux cookies');
    expect(policyPage(seedPolicy, { lang: 'pt', messages: [en, fr] }).lang).toBe('en');
    const frenchPolicy = { ...seedPolicy, defaultLanguage: 'fr' } as CookiePolicy;
    expect(policyPage(frenchPolicy, { lang: 'pt', messages: [en, fr] }).lang).toBe('fr');
    // One language per page: without a French catalog, the policy texts stay English too.
    const page = policyPage(seedPolicy, { lang: 'fr' });
    expect([page.lang, page.title, page.categories[1]!.label]).toEqual(['en', 'Cookies policy', 'Statistics']);
  });

  it('takes the site name from options, then the policy, else "this site"', () => {
    expect(policyPage(seedPolicy, { site: 'shop.example' }).usedOn).toBe('What cookies are used on shop.example');
    expect(policyPage({ ...seedPolicy, site: { name: 'Shop', url: 'https://x.example' } }).usedOn).toBe('What cookies are used on Shop');
    expect(policyPage(testPolicy).usedOn).toBe('What cookies are used on this site');
  });

  it('C8: discloses exempt audience measurement, its data retention and the opt-out', () => {
    const statistics = policyPage(testPolicy).categories.find((c) => c.id === 'statistics')!;
    const audience = statistics.rows.find((r) => r.serviceId === 'audience')!;
    expect(audience.notes).toEqual([
      'Anonymous audience measurement, used without consent. The data is kept for 25 months at most. You can switch it off in the cookie settings.',
    ]);
    expect(statistics.rows.find((r) => r.serviceId === 'analytics')!.notes).toEqual([]);
    // A broken exemption is not disclosed as exempt: it needs consent like any statistics.
    const broken = {
      ...testPolicy,
      services: testPolicy.services.map((s) => (s.id === 'audience' ? { ...s, exemption: { ...s.exemption!, crossSiteTracking: true } } : s)),
    } as CookiePolicy;
    expect(policyPage(broken).categories[2]!.rows.find((r) => r.serviceId === 'audience')!.notes).toEqual([]);
  });

  it('C24: drops a privacy URL that is not http(s)', () => {
    for (const privacyUrl of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>x</script>', 'not a url', '//evil.example']) {
      const policy = withThirdParty({ privacyUrl });
      const party = policyPage(policy).categories[0]!.rows[0]!.party;
      expect(party.type === 'third' && party.privacyUrl, privacyUrl).toBe(undefined);
      expect(fragment(renderPolicyHtml(policy)).querySelectorAll('a')).toHaveLength(0);
      expect(renderPolicyMarkdown(policy)).not.toContain('](');
    }
  });
});

/** A policy of one category and one third-party service, texts overridable. */
function withThirdParty(texts: Partial<Record<'text' | 'privacyUrl', string>> & { id?: string }): CookiePolicy {
  const t = texts.text ?? 'x';
  return {
    revision: 'r1',
    site: { name: t },
    categories: [{ id: texts.id ?? 'marketing', label: t, description: t }],
    services: [
      {
        id: 'svc',
        provider: t,
        function: t,
        category: texts.id ?? 'marketing',
        party: { type: 'third', name: t, privacyUrl: texts.privacyUrl ?? 'https://third.example/privacy' },
        purposes: [{ code: 'advertising', text: t }],
        storage: [{ name: t, duration: '13 months' }],
      },
    ],
  };
}

describe('renderPolicyHtml', () => {
  it('renders the markup contract: article lang dir, headings, kinds, a section and table per category', () => {
    const root = fragment(renderPolicyHtml(seedPolicy, { lang: 'fr', messages: [en, fr] }));
    const article = root.querySelector('article.ck-policy')!;
    expect([article.getAttribute('lang'), article.getAttribute('dir')]).toEqual(['fr', 'ltr']);
    expect(texts(root, 'h1')).toEqual(['Politique relative aux cookies']);
    expect(texts(root, 'h2')).toEqual([
      'Qu’est-ce qu’un cookie\u202f?',
      'Il existe plusieurs types de cookies\u00a0:',
      'Les cookies utilisés sur Smartbump shop',
    ]);
    expect(root.querySelectorAll('ul.ck-policy__kinds > li')).toHaveLength(4);
    const sections = [...root.querySelectorAll('section.ck-policy__category')];
    expect(sections.map((s) => s.id)).toEqual(['ck-policy-necessary', 'ck-policy-statistics', 'ck-policy-marketing']);
    const first = sections[0]!;
    expect(texts(first, 'thead th')).toEqual(Object.values(policyPage(seedPolicy, { lang: 'fr', messages: fr }).columns));
    expect([...first.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(texts(first, 'tbody tr:first-child td')).toEqual([
      'Opendatasoft',
      'Authentification (front et back office)',
      'sessionid',
      "Se souvenir de l'utilisateur d'une page à l'autre",
      '2\u00a0semaines',
      'Ce site (cookie interne)',
    ]);
    // The scrolling table is a named, focusable region (C21 at 320 px, axe scrollable-region-focusable).
    const region = first.querySelector('.ck-policy__scroll')!;
    expect([region.getAttribute('role'), region.getAttribute('tabindex')]).toEqual(['region', '0']);
    expect(first.querySelector(`#${region.getAttribute('aria-labelledby')}`)!.localName).toBe('h3');
    const party = sections[2]!.querySelector('tbody td:last-child a')!;
    expect([party.getAttribute('href'), party.textContent]).toEqual(['https://adpartner.example/privacy', 'Politique de confidentialité']);
    expect(texts(sections[1]!, 'tbody td:nth-child(3) li')).toEqual([
      '_shop_stats',
      '_shop_stats_ses*',
      '_shop_visit',
      'shop_stats:* (stockage local)',
    ]);
  });

  it('names IndexedDB databases, Cache Storage caches and service workers beside the name, as it does local storage, in English and French', () => {
    const policy: CookiePolicy = {
      ...testPolicy,
      services: testPolicy.services.map((s, i) =>
        i === testPolicy.services.length - 1
          ? {
              ...s,
              storage: [
                { kind: 'indexedDB', name: 'ads-db', duration: '13 months' },
                { kind: 'cacheStorage', name: 'ads-cache', duration: '13 months' },
                { kind: 'serviceWorker', name: '/ads-sw.js', duration: '13 months' },
              ],
            }
          : s,
      ),
    };
    const names = (lang: 'en' | 'fr') =>
      texts(fragment(renderPolicyHtml(policy, { lang, messages: [en, fr] })), 'tbody td:nth-child(3) li').filter((t) => /^(ads-|\/ads-)/.test(t));
    expect(names('en')).toEqual(['ads-db (IndexedDB database)', 'ads-cache (Cache Storage)', '/ads-sw.js (service worker)']);
    expect(names('fr')).toEqual(['ads-db (base de données IndexedDB)', 'ads-cache (stockage en cache (Cache Storage))', '/ads-sw.js (script service worker)']);
    expect(renderPolicyMarkdown(policy, { lang: 'en' })).toContain('ads-db (IndexedDB database)');
  });

  it('a complete document has <html lang dir>, a title and a main landmark; RTL catalogs give dir="rtl"', () => {
    const html = renderPolicyHtml(seedPolicy, { lang: 'ar', messages: [en, arTest], document: true, stylesheetHref: '/cookiekit.css' });
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    const { document } = new JSDOM(html).window;
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
    expect(document.title).toBe('سياسة ملفات تعريف الارتباط');
    expect(document.querySelector('main > article.ck-policy')!.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('link[rel=stylesheet]')!.getAttribute('href')).toBe('/cookiekit.css');
    expect(document.querySelector('meta[name=viewport]')).not.toBeNull();
    expect(renderPolicyHtml(seedPolicy).startsWith('<article')).toBe(true);
  });

  it('C6: links back to the cookie settings when asked, and refuses script URLs', () => {
    const link = fragment(renderPolicyHtml(seedPolicy, { settingsHref: '#cookie-settings' })).querySelector('.ck-policy__settings a')!;
    expect([link.getAttribute('href'), link.textContent]).toEqual(['#cookie-settings', 'Change your cookie settings']);
    expect(fragment(renderPolicyHtml(seedPolicy)).querySelector('.ck-policy__settings')).toBeNull();
    for (const href of ['javascript:openSettings()', ' javascript:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x']) {
      expect(() => renderPolicyHtml(seedPolicy, { settingsHref: href }), href).toThrow(TypeError);
      expect(() => renderPolicyMarkdown(seedPolicy, { settingsHref: href }), href).toThrow(TypeError);
      expect(() => renderPolicyHtml(seedPolicy, { document: true, stylesheetHref: href }), href).toThrow(TypeError);
    }
  });

  it('a category without services says so instead of an empty table', () => {
    const policy = { ...testPolicy, services: [] } as CookiePolicy;
    const root = fragment(renderPolicyHtml(policy));
    expect(root.querySelectorAll('table')).toHaveLength(0);
    expect(texts(root, 'section.ck-policy__category > p:last-child')).toEqual(Array(4).fill('No cookies are used in this category.'));
  });
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '&amp; &lt;b&gt; &#x3C;',
  '`${alert(1)}`',
  '| cell | break |',
  '*bold* _em_ **strong**',
  '[link](javascript:alert(1)) ![img](x)',
  'line one\nline two\r\n\n# heading\n- item\n1. item\n> quote\n    code',
  '<!-- comment --> <![CDATA[x]]> </td></tr></table>',
  '\\ trailing backslash \\',
  '{site} {name} $& $1',
];

describe('C24: policy texts are data, never markup', () => {
  it.each(HOSTILE)('HTML renders %j as inert text', (text) => {
    const html = renderPolicyHtml(withThirdParty({ text }));
    const root = fragment(html);
    expect(root.querySelectorAll('script, img, b, strong, em')).toHaveLength(0);
    expect(tags(root)).toEqual(tags(fragment(renderPolicyHtml(withThirdParty({ text: 'x' })))));
    const expected = text.replace(/\r\n?/g, '\n');
    expect(texts(root, 'h3')).toEqual([expected]);
    expect(texts(root, 'tbody td').slice(0, 4)).toEqual([expected, expected, expected, expected]);
    expect(root.querySelector('tbody td:last-child')!.firstChild!.textContent).toBe(`${expected} (third party)`);
    expect(root.querySelector('h2:last-of-type')!.textContent).toBe(`What cookies are used on ${expected}`);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/);
    }
  });

  it.each(HOSTILE)('Markdown renders %j as inert text, even with raw HTML enabled', (text) => {
    const md = renderPolicyMarkdown(withThirdParty({ text }));
    const root = fragment(markdown.render(md));
    expect(root.querySelectorAll('script, img, strong, em, pre, code, blockquote, ol, hr, h4')).toHaveLength(0);
    expect(tags(root)).toEqual(tags(fragment(markdown.render(renderPolicyMarkdown(withThirdParty({ text: 'x' }))))));
    const expected = text.replace(/[\t\n\r ]+/g, ' ').trim();
    expect(texts(root, 'h3')).toEqual([expected]);
    expect(texts(root, 'tbody td').slice(0, 4)).toEqual([expected, expected, expected, expected]);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://third.example/privacy']);
  });

  it('Markdown escaping leaves ordinary text readable', () => {
    expect(escapeMarkdown("To remember the visitor's language (front office)")).toBe("To remember the visitor's language (front office)");
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('- dash')).toBe('\\- dash');
    expect(escapeMarkdown('a|b *c* <d>')).toBe('a\\|b \\*c\\* \\<d\\>');
  });

  // Any text: fast-check's full-Unicode strings, lone surrogates included, mixed with markup.
  const anyText = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', minLength: 1 }),
        fc.constantFrom(...HOSTILE, '<', '>', '&', '"', "'", '`', '|', '*', '[', ']', '(', ')', '\n', '\r', '\0', '\\', '#', '-', '1.'),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join(''));

  it('property: HTML output holds exactly the expected elements and every text reads back', () => {
    const shape = tags(fragment(renderPolicyHtml(withThirdParty({ text: 'x' }))));
    fc.assert(
      fc.property(anyText, (text) => {
        const root = fragment(renderPolicyHtml(withThirdParty({ text, id: text })));
        expect(tags(root)).toEqual(shape);
        const expected = text.replace(/\r\n?/g, '\n').replace(/\0/g, '');
        expect(texts(root, 'h3')).toEqual([expected]);
        expect(texts(root, 'section > p')).toEqual([expected]);
        expect(texts(root, 'tbody td').slice(0, 4)).toEqual([expected, expected, expected, expected]);
        const region = root.querySelector('.ck-policy__scroll')!;
        expect(region.getAttribute('aria-labelledby')).toBe(root.querySelector('h3')!.id);
        expect(root.querySelector('h3')!.id).toMatch(/^[\w-]+$/);
      }),
      { numRuns: 200 },
    );
  }, 30_000); // two hundred renders and DOM parses: seconds on a loaded machine

  it('property: Markdown output renders exactly the expected elements and every text reads back', () => {
    const shape = tags(fragment(markdown.render(renderPolicyMarkdown(withThirdParty({ text: 'x' })))));
    const normalize = (text: string): string => text.replace(/\0/g, '').replace(/[\t\n\r ]+/g, ' ').trim();
    fc.assert(
      fc.property(
        anyText.filter((text) => normalize(text) !== ''),
        (text) => {
          const root = fragment(markdown.render(renderPolicyMarkdown(withThirdParty({ text }))));
          expect(tags(root)).toEqual(shape);
          expect(texts(root, 'h3')).toEqual([normalize(text)]);
          expect(texts(root, 'tbody td').slice(0, 4)).toEqual(Array(4).fill(normalize(text)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('renderPolicyMarkdown', () => {
  it('renders the seed page as headings, the kinds list and GitHub tables', () => {
    const md = renderPolicyMarkdown(seedPolicy, { settingsHref: '/cookies#settings' });
    expect(md).toContain('# Cookies policy\n\n');
    expect(md).toContain('[Change your cookie settings](</cookies#settings>)');
    expect(md).toContain('| Service provider’s name | Function and location | Cookie name(s) | Purposes | Duration | Set by |');
    expect(md).toContain('| Opendatasoft | Authentication (front and back office) | sessionid | To remember the user from one page to another | 2 weeks | This site (first party) |');
    expect(md).toContain('AdPartner Ltd (third party), [Privacy policy](<https://adpartner.example/privacy>)');
    const root = fragment(markdown.render(md));
    expect(texts(root, 'h1')).toEqual(['Cookies policy']);
    expect(texts(root, 'h3')).toEqual(['Cookies necessary for the platform to function properly/functionality cookies', 'Statistics', 'Marketing']);
    expect(root.querySelectorAll('table')).toHaveLength(3);
    expect([...root.querySelectorAll('tr')].every((tr) => tr.children.length === 6)).toBe(true);
    expect(texts(root, 'table')[1]).toContain('_shop_stats, _shop_stats_ses*, _shop_visit, shop_stats:* (local storage)');
  });

  it('renders French with the French catalog', () => {
    const md = renderPolicyMarkdown(seedPolicy, { lang: 'fr', messages: [en, fr] });
    expect(md).toContain('# Politique relative aux cookies');
    expect(md).toContain('| Nom du fournisseur de service | Fonction et emplacement | Nom(s) du cookie | Finalités | Durée de conservation | Déposé par |');
  });
});
