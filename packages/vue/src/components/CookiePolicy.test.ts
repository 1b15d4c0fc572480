import { fr, frPolicyPage } from '@cookiekit/core/locales/fr';
import { enPolicyPage, policyPage, renderPolicyHtml } from '@cookiekit/core/page';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { createCookieKitPlugin, memoryStorage, type CookiePolicy as PolicyType } from '../index';
import { classNames, mountWith, policy, testKit } from '../test/helpers';
import { CookiePolicy } from './CookiePolicy';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Markup without the whitespace between elements that the HTML renderer adds for readability. */
function normalize(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3 && !child.textContent!.trim()) child.remove();
      else if (child.nodeType === 8) child.remove();
      else walk(child);
    }
  };
  walk(template.content);
  return template.innerHTML;
}

describe('CookiePolicy', () => {
  it("draws exactly the markup of core's HTML renderer", () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(CookiePolicy));
    expect(normalize(wrapper.html())).toBe(normalize(renderPolicyHtml(policy, { lang: 'en' })));
    expect(wrapper.get('#ck-policy-statistics-title').text()).toBe('Statistics');
    // The page model's columns: core's page tests pin their English texts.
    expect(wrapper.findAll('th').slice(0, 6).map((th) => th.text())).toEqual(Object.values(policyPage(policy).columns));
    wrapper.unmount();
  });

  it('takes a language and page catalogs to choose from', () => {
    const warn = vi.spyOn(console, 'warn');
    const catalogs = [enPolicyPage, frPolicyPage];
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(CookiePolicy, { lang: 'fr', messages: catalogs }));
    expect(normalize(wrapper.html())).toBe(normalize(renderPolicyHtml(policy, { lang: 'fr', messages: catalogs })));
    expect(wrapper.get('article').attributes('lang')).toBe('fr');
    expect(wrapper.get('#ck-policy-statistics-title').text()).toBe('Statistiques');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    wrapper.unmount();
  });

  it("follows the kit's catalog when it carries the page texts, else falls back to English", () => {
    const withPage = createCookieKitPlugin({ policy, messages: frPolicyPage, storage: memoryStorage() });
    const french = mountWith(withPage, () => h(CookiePolicy));
    expect(french.get('article').attributes('lang')).toBe('fr');
    expect(french.get('h1').text()).toBe(frPolicyPage.page.title);
    french.unmount();
    const uiOnly = createCookieKitPlugin({ policy, messages: fr, storage: memoryStorage() });
    const english = mountWith(uiOnly, () => h(CookiePolicy));
    expect(english.get('h1').text()).toBe('Cookies policy');
    english.unmount();
  });

  it('C24: policy text is data, never HTML', () => {
    const evil: PolicyType = {
      ...policy,
      services: policy.services.map((s) =>
        s.id === 'csrf' ? { ...s, provider: '<img src=x onerror="alert(1)">' } : s,
      ),
    };
    const kit = createCookieKitPlugin({ policy: evil, storage: memoryStorage() });
    const wrapper = mountWith(kit, () => h(CookiePolicy));
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.text()).toContain('<img src=x onerror="alert(1)">');
    wrapper.unmount();
  });

  it('unstyled drops every ck- class; className adds to the article', () => {
    const { kit } = testKit();
    const wrapper = mountWith(kit, () => h(CookiePolicy, { unstyled: true, className: 'prose' }));
    const article = wrapper.get('article').element;
    expect(classNames(article).filter((c) => c.startsWith('ck-'))).toEqual([]);
    expect(article.className).toBe('prose');
    expect(article.querySelector('[style]')).toBeNull();
    wrapper.unmount();
  });
});
