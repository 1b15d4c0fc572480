// On the server: every policy page catalog (UI texts included), so a page renders in any
// language without waiting. The browser loads only its own (language.mjs `pageMessages`).
import { policyPages } from '@cookiekit/core/locales/all';

/** The catalog of a shipped language tag, English for any other. */
export function catalogFor(tag) {
  return policyPages.find((c) => c.lang === tag) ?? policyPages.find((c) => c.lang === 'en');
}
