import type { CookiePolicy, LocalizedText } from '@cookiekit/core';

/** The languages a policy has texts in: its default language first, then every translation it carries. */
export function policyLanguages(policy: CookiePolicy): string[] {
  const found = new Set<string>([policy.defaultLanguage ?? 'en']);
  const add = (text: LocalizedText | undefined) => {
    if (text && typeof text !== 'string') for (const lang of Object.keys(text)) found.add(lang);
  };
  for (const c of policy.categories) {
    add(c.label);
    add(c.description);
  }
  for (const s of policy.services) {
    add(s.function);
    for (const p of s.purposes) add(p.text);
    for (const item of s.storage) add(item.description);
  }
  return [...found];
}

/**
 * Picks the language to answer in from an `Accept-Language` header: the available language the
 * client ranks highest (exact tag first, then its primary subtag), else `fallback`. Malformed
 * parts are ignored; the header is read up to 64 entries.
 *
 * @example
 * ```ts
 * negotiateLanguage('fr-CA, fr;q=0.9, en;q=0.5', ['en', 'fr'], 'en'); // 'fr'
 * ```
 */
export function negotiateLanguage(header: string | null | undefined, available: readonly string[], fallback: string): string {
  if (!header) return fallback;
  const byLower = new Map(available.map((lang) => [lang.toLowerCase(), lang]));
  const ranked: { tag: string; q: number; i: number }[] = [];
  header
    .split(',')
    .slice(0, 64)
    .forEach((part, i) => {
      const [rawTag, ...params] = part.split(';');
      const tag = rawTag!.trim().toLowerCase();
      if (!/^([a-z]{1,8}(-[a-z0-9]{1,8})*|\*)$/.test(tag)) return;
      let q = 1;
      for (const param of params) {
        const m = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
        if (m) q = Math.min(1, Number(m[1]));
      }
      if (q > 0) ranked.push({ tag, q, i });
    });
  ranked.sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === '*') return fallback;
    const exact = byLower.get(tag);
    if (exact) return exact;
    const primary = byLower.get(tag.split('-')[0]!);
    if (primary) return primary;
  }
  return fallback;
}
