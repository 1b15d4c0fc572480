// On the server: every policy page catalog (UI texts included), so a page renders in any
// language without waiting. The browser loads only its own (language.mjs `pageMessages`).
import { policyPages } from '@cookiekit/core/locales/all';

/**
 * The catalog of a shipped language tag; `undefined` for English and any other tag, so an
 * English page is drawn with the kit's default catalog exactly as before, with no catalog in it.
 */
export function catalogFor(tag) {
  return tag === 'en' ? undefined : policyPages.find((c) => c.lang === tag);
}
