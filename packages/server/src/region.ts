import { normalizeRegion } from '@cookiekit/core/regions';
import type { HeaderSource } from './signals';

/**
 * Where the visitor's region comes from (C25). cookiekit looks up no IP address: the site's edge
 * (CDN) puts the country, and where it can the subdivision, in request headers, and the site
 * names that edge here. Without this option no region header is trusted, whatever the request
 * carries.
 * - `'cloudflare'`: `CF-IPCountry`, with `CF-Region-Code` from the "Add visitor location headers"
 *   managed transform;
 * - `'vercel'`: `X-Vercel-IP-Country` and `X-Vercel-IP-Country-Region`;
 * - `'cloudfront'`: `CloudFront-Viewer-Country` and `CloudFront-Viewer-Country-Region`;
 * - `{ country, subdivision? }`: header names of your own (Fastly, or an edge function);
 * - a function of the request headers returning `US-CA`, `DE` or `undefined`; name the headers
 *   it reads in `vary` so shared caches keep regions apart.
 */
export type RegionSource =
  | 'cloudflare'
  | 'vercel'
  | 'cloudfront'
  | { readonly country: string; readonly subdivision?: string }
  | { readonly read: (headers: HeaderSource) => string | undefined; readonly vary: readonly string[] };

const PRESETS = {
  cloudflare: { country: 'cf-ipcountry', subdivision: 'cf-region-code' },
  vercel: { country: 'x-vercel-ip-country', subdivision: 'x-vercel-ip-country-region' },
  cloudfront: { country: 'cloudfront-viewer-country', subdivision: 'cloudfront-viewer-country-region' },
} as const;

/** Codes edges send for "no country known": Cloudflare's `XX` (unknown) and `T1` (Tor). */
const UNKNOWN_COUNTRIES = new Set(['XX', 'T1', 'ZZ', 'A1', 'A2', 'O1', 'EU', 'AP']);

/** A region source made ready: how to read a request's region, and the headers it depends on. */
export interface RegionReader {
  /** The region (`US-CA`, `DE`), or `undefined` when unknown or malformed. Never throws. */
  read(headers: HeaderSource): string | undefined;
  /** Request headers the region is read from, lower case: for `Vary`. */
  readonly vary: readonly string[];
}

/**
 * Makes a region source ready. Header values are checked, never trusted as they come: a value
 * that is not an ISO 3166 code (or is an "unknown" code such as `XX` or `T1`) means an unknown
 * region, which gets the strictest regime the site declares.
 *
 * @example
 * ```ts
 * regionReader('cloudflare').read(new Headers({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' })); // 'US-CA'
 * ```
 */
export function regionReader(source: RegionSource): RegionReader {
  if (typeof source === 'object' && 'read' in source) {
    const { read } = source;
    return {
      read(headers) {
        try {
          return normalizeRegion(read(headers));
        } catch {
          return undefined;
        }
      },
      vary: source.vary.map((name) => name.toLowerCase()),
    };
  }
  const names = typeof source === 'string' ? PRESETS[source] : source;
  if (!names || typeof names.country !== 'string') throw new TypeError(`cookiekit: unknown region source ${JSON.stringify(source)}`);
  const country = names.country.toLowerCase();
  const subdivision = names.subdivision?.toLowerCase();
  return {
    read(headers) {
      const code = normalizeRegion(headers.get(country));
      if (!code || code.length !== 2 || UNKNOWN_COUNTRIES.has(code)) return undefined;
      // The subdivision header holds the part after the country (`CA`), or sometimes the whole
      // ISO 3166-2 code (`US-CA`); anything else leaves the country alone.
      const sub = subdivision ? headers.get(subdivision)?.trim().toUpperCase() : undefined;
      const part = sub?.startsWith(`${code}-`) ? sub.slice(3) : sub;
      return (part && normalizeRegion(`${code}-${part}`)) || code;
    },
    vary: subdivision ? [country, subdivision] : [country],
  };
}
