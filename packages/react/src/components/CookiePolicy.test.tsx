import { createCookieKit, memoryStorage, type CookieKit } from '@cookiekit/core';
import { fr, frPolicyPage } from '@cookiekit/core/locales/fr';
import { enPolicyPage, policyPage, renderPolicyHtml } from '@cookiekit/core/page';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { modes, policy, renderWithKit } from '../test/utils';
import { CookiePolicy } from './CookiePolicy';

afterEach(() => cleanup());

/** The markup with whitespace-only text between tags removed, as the DOM serializes it. */
function normalized(html: string): string {
  const box = document.createElement('div');
  box.innerHTML = html;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  const blanks: Text[] = [];
  while (walker.nextNode()) if (!walker.currentNode.textContent!.trim()) blanks.push(walker.currentNode as Text);
  blanks.forEach((node) => node.remove());
  box.normalize();
  return box.innerHTML;
}

describe.each(modes)('CookiePolicy (%s)', (_, wrap) => {
  it('draws the same page as core\'s HTML renderer, in the provider\'s language', () => {
    const { container } = renderWithKit(wrap, <CookiePolicy />);
    expect(normalized(container.innerHTML)).toBe(normalized(renderPolicyHtml(policy, { lang: 'en' })));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cookies policy');
    const necessary = document.getElementById('ck-policy-necessary')!;
    expect(necessary.querySelectorAll('tbody tr')).toHaveLength(4);
    const headings = [...necessary.querySelectorAll('th')].map((th) => th.textContent);
    // The page model's columns: core's page tests pin their English texts.
    expect(headings).toEqual(Object.values(policyPage(policy).columns));
  });

  it('takes a language and page catalogs to choose from', () => {
    const catalogs = [enPolicyPage, frPolicyPage];
    const { container } = renderWithKit(wrap, <CookiePolicy lang="fr" messages={catalogs} />);
    expect(container.querySelector('article')!.getAttribute('lang')).toBe('fr');
    expect(normalized(container.innerHTML)).toBe(normalized(renderPolicyHtml(policy, { lang: 'fr', messages: catalogs })));
  });

  it('follows the provider\'s catalog when it carries the page texts, else falls back to English', () => {
    const french = renderWithKit(wrap, <CookiePolicy />, {
      kit: createCookieKit({ policy, messages: frPolicyPage, storage: memoryStorage() }),
    });
    expect(french.container.querySelector('h3')!.textContent).toBe(
      'Cookies nécessaires au bon fonctionnement de la plateforme/cookies de fonctionnalité',
    );
    expect(french.container.querySelector('article')!.getAttribute('lang')).toBe('fr');
    cleanup();
    const uiOnly = renderWithKit(wrap, <CookiePolicy />, {
      kit: createCookieKit({ policy, messages: fr, storage: memoryStorage() }),
    });
    expect(uiOnly.container.querySelector('h1')!.textContent).toBe('Cookies policy');
  });

  it('C24: policy text is rendered as text, never as HTML', () => {
    const hostile = {
      ...policy,
      categories: policy.categories.map((c) =>
        c.id === 'statistics' ? { ...c, label: '<img src=x onerror=alert(1)>', description: '<b>bold</b>' } : c,
      ),
      services: policy.services.map((s) =>
        s.id === 'shop-analytics' ? { ...s, provider: '<script>alert(1)</script>' } : s,
      ),
    } as typeof policy;
    const kit = createCookieKit({ policy: hostile, storage: memoryStorage() }) as CookieKit<typeof policy>;
    const { container } = renderWithKit(wrap, <CookiePolicy />, { kit });
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(document.getElementById('ck-policy-statistics-title')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('unstyled drops every ck- class, className goes on the article', () => {
    const { container } = renderWithKit(wrap, <CookiePolicy unstyled className="prose" />);
    expect(container.querySelector('article')!.className).toBe('prose');
    expect(container.querySelectorAll('[class*="ck-"]')).toHaveLength(0);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});
