// The shops' language, in the browser and on the server: `?lang=` (the switcher) wins, then the
// `django_language` cookie it sets, then Accept-Language, then the policy's default language,
// chosen by core's one rule (`resolveLanguage`) among the languages core ships.
import { acceptLanguages, readCookie, resolveLanguage } from '@cookiekit/core';
import { LANGUAGES } from '@cookiekit/core/locales';
import { policy } from 'example-policy';

export { LANGUAGES };

/** The necessary cookie that remembers the language picked in the switcher (as on the seed site). */
export const LANGUAGE_COOKIE = 'django_language';

/** The language of a page request; see language.d.mts. */
export function requestLanguage({ url, cookie, acceptLanguage }) {
  const asked = new URL(url, 'http://shop.invalid').searchParams.get('lang') || readCookie(cookie ?? '', LANGUAGE_COOKIE) || undefined;
  const tag = resolveLanguage(
    { lang: asked, browser: acceptLanguages(acceptLanguage), defaultLanguage: policy.defaultLanguage },
    LANGUAGES.map((l) => l.tag),
  );
  return LANGUAGES.find((l) => l.tag === tag) ?? LANGUAGES.find((l) => l.tag === 'en');
}

/**
 * In the browser: the catalog (UI and policy page) the server rendered with, from the page
 * itself. (Fetching it with `loadPolicyPageLocale` would need `'strict-dynamic'` in the shops'
 * nonce-only script policy: a dynamic import carries no nonce.)
 */
export function pageMessages() {
  const element = document.getElementById('ck-messages');
  return element ? JSON.parse(element.textContent) : undefined;
}
