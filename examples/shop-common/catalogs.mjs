// On the server: every policy page catalog (UI texts included), so a page renders in any
// language without waiting. The browser loads only its own (language.mjs `pageMessages`).
import { policyPages } from '@cookiekit/core/locales/all';

/**
 * The catalog of a shipped language tag, with its texts for the opt-out and notice layouts: the
 * demo decides a regime per region (C25), and the kit's default English catalog has none.
 * `undefined` for any other tag.
 */
export function catalogFor(tag) {
  return policyPages.find((c) => c.lang === tag);
}
