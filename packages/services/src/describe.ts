import type { LocalizedText } from '@cookiekit/core';
import { en } from './locales/en';
import type { PresetInfo, ServiceTexts } from './types';

/**
 * The "function and location" text of a preset in each given language: the function's words,
 * the region's name from `Intl.DisplayNames` (so any region reads right in any language), then
 * what the policy page must say about loading: the Consent Mode variant, cookieless, ungated.
 * Default: the languages the preset was given (`texts`), else English only.
 */
export function describe(info: PresetInfo, texts: readonly ServiceTexts[] = info.texts ?? [en]): LocalizedText {
  const out: Record<string, string> = {};
  for (const t of texts) {
    const notes = [
      info.consentModeTypes && t.notes[info.consentMode ?? 'basic'],
      info.cookieless && t.notes.cookieless,
      info.gated === false && t.notes.ungated,
    ].filter(Boolean);
    const region = info.location && new Intl.DisplayNames(t.lang, { type: 'region' }).of(info.location);
    out[t.lang] = t.functions[info.fn] + (region ? ` (${region})` : '') + (notes.length ? `; ${notes.join('; ')}` : '');
  }
  return out;
}
