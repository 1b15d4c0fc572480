/**
 * The language tags of an `Accept-Language` header, most preferred first (by `q`, then order);
 * `q=0`, `*` and malformed parts are left out, and at most 32 are read. The choice among the
 * available languages is core's `resolveLanguage`.
 *
 * @example
 * ```ts
 * acceptLanguages('fr-CA, fr;q=0.9, en;q=0.5, de;q=0'); // ['fr-CA', 'fr', 'en']
 * ```
 */
export function acceptLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const ranked: { tag: string; q: number; i: number }[] = [];
  header
    .split(',')
    .slice(0, 32)
    .forEach((part, i) => {
      const [rawTag, ...params] = part.split(';');
      const tag = rawTag!.trim();
      if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return;
      let q = 1;
      for (const param of params) {
        const m = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
        if (m) q = Math.min(1, Number(m[1]));
        else if (/^\s*q\s*=/i.test(param)) q = 0; // a malformed weight: ignore the tag
      }
      if (q > 0) ranked.push({ tag, q, i });
    });
  return ranked.sort((a, b) => b.q - a.q || a.i - b.i).map((r) => r.tag);
}
