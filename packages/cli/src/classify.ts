import {
  DEFAULT_CONSENT_COOKIE,
  categoryKind,
  compileCookiePlan,
  type CategoryKind,
  type CookiePolicy,
  type StorageKind,
  storageItemMatcher,
} from '@cookiekit/core';
import { catalog, type CatalogEntry } from '@cookiekit/services/all';
import type { CookieData, CookieDataRow } from './cookie-data';
import rawData from './data/open-cookie-database.json';

/** The category a cookie was put in: one of the four kinds, or `unknown`. */
export type Classified = CategoryKind | 'unknown';

/**
 * Which rule classified a cookie or storage key, in the order they are tried:
 * - `policy`: the policy declares it (or it is the policy's consent cookie);
 * - `framework-default`: a first-party session or CSRF cookie of a common framework (necessary);
 * - `preset`: a service preset of `@cookiekit/services` declares it, on that party (the preset's kind);
 * - `database-domain`: the Open Cookie Database lists the name for the domain that set it;
 * - `database-name`: the database lists the name for any domain;
 * - `unknown`: nothing applies (a database entry for another domain is named in `reason`, not applied).
 */
export type ClassificationRule = 'policy' | 'framework-default' | 'preset' | 'database-domain' | 'database-name' | 'unknown';

/** A database entry, as the classifier read it. */
export interface CookieFact {
  readonly name: string;
  readonly platform: string;
  /** Host names the entry is tied to; empty when it applies to any site. */
  readonly domains: readonly string[];
  /** The database's own category, such as `Functional`. */
  readonly category: string;
  readonly retention: string;
  readonly wildcard: boolean;
}

/** Where a cookie was classified, and why: shown to the site owner so they can check it. */
export interface Classification {
  readonly category: Classified;
  readonly rule: ClassificationRule;
  /** One sentence saying what matched. */
  readonly reason: string;
  /** The policy service that declares it (rule `policy`). */
  readonly service?: string;
  /** The database entry that classified it, or that was seen but not applied (rule `unknown`). */
  readonly fact?: CookieFact;
  /** The service preset that declares it (rule `preset`): its name, which is its import path under `@cookiekit/services/`. */
  readonly preset?: string;
}

/** A cookie or storage key seen on a site. */
export interface ObservedName {
  readonly name: string;
  /** Default `cookie`. */
  readonly kind?: StorageKind;
  /** The cookie's domain as the browser keeps it (`.example.com` or `www.example.com`). */
  readonly domain?: string;
}

/** What the classifier knows about the site. */
export interface ClassifyContext {
  /** The host of the site under test, such as `www.example.com`. */
  readonly siteHost: string;
  readonly policy?: CookiePolicy;
}

/**
 * First-party session and CSRF cookies of common frameworks: strictly necessary whatever a bare
 * name match in the database says (the rule table under "scan" in the package README).
 */
export const FRAMEWORK_COOKIES: Readonly<Record<string, string>> = {
  sessionid: 'Django session',
  csrftoken: 'Django CSRF token',
  PHPSESSID: 'PHP session',
  JSESSIONID: 'Java servlet session',
  'connect.sid': 'Express session',
  laravel_session: 'Laravel session',
  'XSRF-TOKEN': 'Laravel CSRF token',
  _session_id: 'Rails session',
  'ASP.NET_SessionId': 'ASP.NET session',
  // cookiekit's own default consent cookie: storing the choice is strictly necessary (C2).
  [DEFAULT_CONSENT_COOKIE]: 'cookiekit consent choice',
};

/**
 * The Open Cookie Database's categories, mapped to kinds: Security and its few `Necessary` rows to
 * necessary, Personalization to preferences, Analytics to statistics, Marketing to marketing.
 * "Functional" goes to preferences, which needs consent: the database files cookies such as
 * Hotjar's `_hjSessionUser_*` under it, and only what is strictly necessary is exempt (C2).
 * Strictly necessary cookies come from the framework-default rule and the policy instead.
 */
export const DATABASE_CATEGORIES: Readonly<Record<string, CategoryKind>> = {
  functional: 'preferences',
  security: 'necessary',
  necessary: 'necessary',
  personalization: 'preferences',
  analytics: 'statistics',
  marketing: 'marketing',
};

/** Maps a database category to a kind; `unknown` for anything else. */
export function mapDatabaseCategory(category: string): Classified {
  return DATABASE_CATEGORIES[category.trim().toLowerCase()] ?? 'unknown';
}

const stripDot = (host: string) => host.trim().toLowerCase().replace(/^\.+/, '');

/** Whether `host` is `domain` or one of its subdomains. */
export function isHostWithin(host: string, domain: string): boolean {
  const h = stripDot(host);
  const d = stripDot(domain);
  return d !== '' && (h === d || h.endsWith(`.${d}`));
}

/** Whether a cookie domain belongs to the site: the site's host, a parent of it, or a subdomain of it. */
export function isFirstParty(cookieDomain: string | undefined, siteHost: string): boolean {
  if (!cookieDomain) return true;
  return isHostWithin(siteHost, cookieDomain) || isHostWithin(cookieDomain, siteHost);
}

/** A lookup over the compact database: exact names first, then the longest wildcard prefix. */
export interface CookieFacts {
  /** Every entry whose name matches: exact ones first, then wildcards by decreasing prefix length. */
  lookup(name: string): CookieFact[];
  readonly size: number;
}

/** Builds the lookup over a compact data file (the shipped one by default). */
export function createCookieFacts(data: CookieData = rawData as unknown as CookieData): CookieFacts {
  const exact = new Map<string, CookieFact[]>();
  const wildcards: CookieFact[] = [];
  const rows: readonly CookieDataRow[] = Array.isArray(data?.rows) ? data.rows : [];
  for (const row of rows) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || row[0] === '') continue;
    const fact: CookieFact = {
      name: row[0],
      platform: String(row[1] ?? ''),
      domains: String(row[2] ?? '').split(' ').filter(Boolean),
      category: String(row[3] ?? ''),
      retention: String(row[4] ?? ''),
      wildcard: row[5] === 1,
    };
    if (fact.wildcard) wildcards.push(fact);
    const list = exact.get(fact.name);
    if (list) list.push(fact);
    else exact.set(fact.name, [fact]);
  }
  wildcards.sort((a, b) => b.name.length - a.name.length);
  return {
    size: rows.length,
    lookup(name) {
      const found = [...(exact.get(name) ?? [])];
      for (const w of wildcards) if (name !== w.name && name.startsWith(w.name)) found.push(w);
      return found;
    },
  };
}

let shared: CookieFacts | undefined;
/** The lookup over the data shipped with the package, built once. */
export function cookieFacts(): CookieFacts {
  return (shared ??= createCookieFacts());
}

const describeFact = (f: CookieFact) =>
  `${f.platform || 'an unnamed platform'} (${f.category || 'no category'}${f.domains.length ? `, ${f.domains.join(' or ')}` : ''})`;

/**
 * Classifies a cookie or storage key the policy may not declare, and says which rule did it.
 * The domain that set a cookie and the framework defaults win over a bare name match: a
 * first-party `sessionid` is a Django session (necessary), not Instagram's marketing cookie; a
 * `sessionid` on `.instagram.com` keeps the database's category. Never throws.
 *
 * @example
 * ```ts
 * classify({ name: 'sessionid', domain: 'shop.example' }, { siteHost: 'shop.example' });
 * // { category: 'necessary', rule: 'framework-default', reason: 'Django session …' }
 * ```
 */
export function classify(item: ObservedName, context: ClassifyContext, facts: CookieFacts = cookieFacts()): Classification {
  const name = String(item?.name ?? '');
  const kind: StorageKind = item?.kind ?? 'cookie';
  const siteHost = String(context?.siteHost ?? '');
  const domain = kind === 'cookie' ? item?.domain || siteHost : siteHost;
  const policy = context?.policy;

  if (policy) {
    // The same plan the browser cleanup and the server use: a name is the policy's exactly when they would treat it so.
    const plan = safe(() => compileCookiePlan(policy));
    const declared = safe(() => plan?.owner(name, kind));
    if (declared) {
      const category = policy.categories.find((c) => c.id === declared.service.category);
      return {
        category: category ? categoryKind(category) : 'unknown',
        rule: 'policy',
        service: declared.service.id,
        reason: `declared by the policy's service "${declared.service.id}" (category "${declared.service.category}")`,
      };
    }
    if (kind === 'cookie' && plan && name === plan.consentCookie) {
      return { category: 'necessary', rule: 'policy', reason: "the policy's consent cookie (it stores the choice itself)" };
    }
  }

  const firstParty = isFirstParty(domain, siteHost);
  const framework = kind === 'cookie' && Object.hasOwn(FRAMEWORK_COOKIES, name) ? FRAMEWORK_COOKIES[name] : undefined;
  if (framework && firstParty) {
    return {
      category: 'necessary',
      rule: 'framework-default',
      reason: `${framework} cookie set by the site itself: strictly necessary`,
    };
  }

  const preset = findPreset(name, kind, kind === 'cookie' ? domain : undefined, siteHost);
  if (preset) {
    return {
      category: preset.kind,
      rule: 'preset',
      preset: preset.name,
      reason: `declared by the service preset "${preset.name}" (${preset.title}) of @cookiekit/services`,
    };
  }

  const found = safe(() => facts.lookup(name)) ?? [];
  const onDomain = found.find((f) => f.domains.some((d) => isHostWithin(domain, d)));
  if (onDomain) {
    return {
      category: mapDatabaseCategory(onDomain.category),
      rule: 'database-domain',
      fact: onDomain,
      reason: `Open Cookie Database: ${describeFact(onDomain)}, and it was set on ${stripDot(domain)}`,
    };
  }
  const anywhere = found.find((f) => f.domains.length === 0);
  if (anywhere) {
    return {
      category: mapDatabaseCategory(anywhere.category),
      rule: 'database-name',
      fact: anywhere,
      reason: `Open Cookie Database: ${describeFact(anywhere)}, by name${anywhere.wildcard ? ` (prefix "${anywhere.name}")` : ''}`,
    };
  }
  const elsewhere = found[0];
  if (elsewhere) {
    return {
      category: 'unknown',
      rule: 'unknown',
      fact: elsewhere,
      reason: `not applied: the Open Cookie Database lists this name for ${describeFact(elsewhere)}, but it was set on ${stripDot(domain) || 'this site'}`,
    };
  }
  return { category: 'unknown', rule: 'unknown', reason: 'no rule matched: not declared, not a framework default, not in the Open Cookie Database' };
}

interface PresetMatcher {
  readonly entry: CatalogEntry;
  readonly kind: StorageKind;
  /** The vendor's domain, or none for an item the site's own domain carries. */
  readonly domain?: string;
  readonly test: (name: string) => boolean;
}
let presetMatchers: PresetMatcher[] | undefined;

/**
 * The preset declaring a name: a first-party item only when the site itself set it, a vendor's
 * item only on the vendor's domain. The first preset in catalog order wins.
 */
export function findPreset(name: string, kind: StorageKind, cookieDomain: string | undefined, siteHost: string): CatalogEntry | undefined {
  presetMatchers ??= catalog.flatMap((entry) =>
    entry.sample().storage.map((item) => ({ entry, kind: item.kind ?? 'cookie', domain: item.domain, test: storageItemMatcher(item) })),
  );
  const match = presetMatchers.find(
    (m) =>
      m.kind === kind &&
      m.test(name) &&
      (kind !== 'cookie' || (m.domain ? isHostWithin(cookieDomain ?? siteHost, m.domain) : isFirstParty(cookieDomain, siteHost))),
  );
  return match?.entry;
}

function safe<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
