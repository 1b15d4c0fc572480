import {
  CATEGORY_KINDS,
  DEFAULT_CONSENT_COOKIE,
  parseDuration,
  type CategoryKind,
  type CookiePolicy,
  type Purpose,
  type Service,
  type StorageItem,
} from '@cookiekit/core';
import { catalog } from '@cookiekit/services/all';
import { observeSite, type BannerCheck, type ObserveOptions, type SiteObservation } from './browse';
import { presetInfo } from '@cookiekit/services';
import { isFirstParty, type CookieFacts } from './classify';
import { buildInventory, type InventoryItem } from './inventory';

/** What a scan found: every cookie and storage key before any choice and after Accept all. */
export interface ScanReport {
  readonly url: string;
  readonly host: string;
  readonly startedAt: string;
  readonly pages: readonly string[];
  readonly banner: BannerCheck;
  /** Whether Accept all was found and clicked. */
  readonly accepted: boolean;
  readonly items: readonly InventoryItem[];
  readonly blockedRequests: readonly string[];
  readonly errors: readonly string[];
  /** Why the visit stopped before its end (`--max-time`). */
  readonly incomplete?: string;
  /** Certificate errors were ignored (`--ignore-https-errors`). */
  readonly ignoredHttpsErrors?: boolean;
}

/** Options of `scanSite`. */
export interface ScanOptions extends Omit<ObserveOptions, 'phases'> {
  /** Mark what this policy declares; the draft then holds only what it does not. */
  readonly policy?: CookiePolicy;
  readonly facts?: CookieFacts;
}

/** Turns a visit into a scan report (pure). */
export function scanReport(observation: SiteObservation, policy?: CookiePolicy, facts?: CookieFacts): ScanReport {
  return {
    url: observation.url,
    host: observation.host,
    startedAt: observation.startedAt,
    pages: observation.pages,
    banner: observation.banner,
    accepted: observation.phases.find((p) => p.phase === 'after-accept')?.action?.done === true,
    items: buildInventory(observation, policy, facts),
    blockedRequests: [...new Set(observation.requests.filter((r) => r.blocked).map((r) => r.url))],
    errors: observation.errors,
    ...(observation.incomplete ? { incomplete: observation.incomplete } : {}),
    ...(observation.ignoredHttpsErrors ? { ignoredHttpsErrors: true } : {}),
  };
}

/**
 * Visits a site before any choice and after Accept all, and lists every cookie and storage key
 * with its attributes, who set it, and its classification.
 *
 * @example
 * ```ts
 * const report = await scanSite({ url: 'http://127.0.0.1:3000/' });
 * const draft = draftPolicy(report);
 * ```
 */
export async function scanSite(options: ScanOptions): Promise<ScanReport> {
  const { policy, facts, ...observe } = options;
  const observation = await observeSite({ ...observe, phases: ['before-consent', 'after-accept'] });
  return scanReport(observation, policy, facts);
}

const MONTH = 2_629_746;

/** A lifetime as a policy duration, rounded up: `session`, `30 minutes`, `14 days`, `13 months`. */
export function lifetimeToDuration(seconds: number | null): string {
  if (seconds === null) return 'session';
  const s = Math.max(1, Math.ceil(seconds));
  if (s <= 3600) return `${Math.ceil(s / 60)} minutes`;
  if (s <= 2 * 86_400) return `${Math.ceil(s / 3600)} hours`;
  if (s <= 62 * 86_400) return `${Math.ceil(s / 86_400)} days`;
  return `${Math.ceil(s / MONTH)} months`;
}

const LABELS: Record<CategoryKind, string> = {
  necessary: 'Necessary',
  preferences: 'Preferences',
  statistics: 'Statistics',
  marketing: 'Marketing',
};
const DESCRIPTIONS: Record<CategoryKind, string> = {
  necessary: 'Needed for the site to work. They do not require your consent.',
  preferences: 'Remember your settings. Used only with your consent.',
  statistics: 'Measure how the site is used. Used only with your consent.',
  marketing: 'Used for advertising and by partners. Used only with your consent.',
};

function purposeOf(item: InventoryItem, kind: CategoryKind | 'unknown'): Purpose {
  if (kind === 'necessary') {
    if (/csrf|xsrf/i.test(item.name)) return 'csrf';
    if (item.name === DEFAULT_CONSENT_COOKIE || /consent/i.test(item.name)) return 'consent-storage';
    if (item.classification.fact?.category.toLowerCase() === 'security') return 'security';
    return 'session';
  }
  if (kind === 'preferences') return 'preferences';
  if (kind === 'statistics') return 'analytics';
  return 'advertising';
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24) || 'site';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A draft policy from a scan: a service preset of `@cookiekit/services` for the items a preset
 * declares (its every item, as the preset declares them), then one service per platform (or per
 * category for the site's own cookies), each item with the lifetime seen. Unclassified items go to an `unclassified`
 * category of kind marketing, so they stay off until someone reviews them. With a policy given
 * to the scan, only what it does not declare is drafted. Review it before use: purposes and
 * texts are guesses from the category.
 *
 * @example
 * ```ts
 * writeFileSync('policy.draft.json', JSON.stringify(draftPolicy(report), null, 2));
 * ```
 */
export function draftPolicy(report: ScanReport, today = new Date()): CookiePolicy {
  const items = report.items.filter((i) => !i.declared);
  const services = new Map<string, { service: Omit<Service, 'storage' | 'purposes'>; purposes: Set<Purpose>; storage: StorageItem[] }>();
  const used = new Set<string>();
  const presets = new Map<string, Service>();
  for (const item of items) {
    const preset = item.classification.rule === 'preset' ? catalog.find((e) => e.name === item.classification.preset) : undefined;
    if (preset) {
      if (!presets.has(preset.name)) presets.set(preset.name, preset.sample());
      used.add(preset.name);
      continue;
    }
    const kind = item.classification.category;
    const categoryId = kind === 'unknown' ? 'unclassified' : kind;
    const platform = item.classification.rule.startsWith('database') ? item.classification.fact?.platform ?? '' : '';
    const cookieHost = item.kind === 'cookie' ? item.domain.replace(/^\./, '') : report.host;
    const firstParty = isFirstParty(cookieHost, report.host);
    const provider = platform || (firstParty ? report.host : cookieHost);
    const key = `${categoryId}\t${provider}`;
    let entry = services.get(key);
    if (!entry) {
      let id = slug(platform ? `${platform}-${categoryId}` : `site-${categoryId}`);
      for (let n = 2; used.has(id); n++) id = `${slug(platform ? `${platform}-${categoryId}` : `site-${categoryId}`)}-${n}`;
      used.add(id);
      entry = {
        service: {
          id,
          provider,
          function: `${platform || 'This site'} (review: found by cookiekit scan)`,
          category: categoryId,
          party: firstParty ? { type: 'first' } : { type: 'third', name: provider, privacyUrl: `https://${cookieHost}/` },
        },
        purposes: new Set(),
        storage: [],
      };
      services.set(key, entry);
    }
    entry.purposes.add(purposeOf(item, kind));
    const duration =
      item.kind === 'sessionStorage'
        ? 'session'
        : item.kind !== 'cookie'
          ? parseDuration(item.classification.fact?.retention ?? '') ? item.classification.fact!.retention : '13 months'
          : lifetimeToDuration(item.lifetimeSeconds);
    const named = item.name.length <= 128 ? { name: item.name } : { pattern: `^${escapeRegExp(item.name.slice(0, 240))}` };
    entry.storage.push({
      ...(item.kind === 'cookie' ? {} : { kind: item.kind }),
      ...named,
      ...(item.kind === 'cookie' && item.domain.startsWith('.') ? { domain: item.domain } : {}),
      ...(item.kind === 'cookie' && item.path !== '/' ? { path: item.path } : {}),
      duration,
      ...(item.httpOnly ? { httpOnly: true } : {}),
    });
  }
  const kinds = new Set([...presets.values(), ...[...services.values()].map((s) => s.service)].map((s) => s.category));
  const categories = [
    ...CATEGORY_KINDS.filter((k) => k === 'necessary' || kinds.has(k)).map((k) => ({ id: k, label: LABELS[k], description: DESCRIPTIONS[k] })),
    ...(kinds.has('unclassified')
      ? [{ id: 'unclassified', kind: 'marketing' as const, label: 'Unclassified (review)', description: 'Found on the site but not classified. Used only with your consent until reviewed.' }]
      : []),
  ];
  return {
    revision: today.toISOString().slice(0, 10),
    defaultLanguage: 'en',
    site: { name: report.host, url: new URL(report.url).origin },
    categories,
    services: [
      ...presets.values(),
      ...[...services.values()].map(({ service, purposes, storage }) => ({ ...service, purposes: [...purposes].map((code) => ({ code })), storage })),
    ],
  };
}

/**
 * A draft policy as a file: JSON (a preset's service expanded to its items), or a TypeScript
 * module for `.ts`/`.mts` paths, where a preset's service is its call, such as
 * `googleAnalytics4({ measurementId: 'G-XXXXXXX' })`, with its import.
 */
export function formatDraft(policy: CookiePolicy, file: string, report: ScanReport): string {
  if (/\.(m|c)?ts$/i.test(file)) {
    // Preset services become placeholders in the JSON, then their calls.
    const calls: string[] = [];
    const imports: string[] = [];
    const services = policy.services.map((service) => {
      const preset = presetInfo(service) && catalog.find((e) => e.name === service.id);
      if (!preset) return service;
      imports.push(`import { ${preset.exportName} } from '@cookiekit/services/${preset.name}';\n`);
      calls.push(`${preset.call}, // review its options`);
      return `\u0000preset:${calls.length - 1}`;
    });
    const json = JSON.stringify({ ...policy, services }, null, 2).replace(/"\\u0000preset:(\d+)",?/g, (_, i: string) => calls[Number(i)]!);
    return `import { defineCookiePolicy } from '@cookiekit/core';
${imports.join('')}
// Draft written by \`cookiekit scan\` from ${report.url} on ${report.startedAt.slice(0, 10)}.
// Review every service: providers, purposes, texts and durations are guesses from what was seen;
// a service preset's options (its ids) are placeholders to replace with the site's own.
export const policy = defineCookiePolicy(${json});

export default policy;
`;
  }
  return `${JSON.stringify(policy, null, 2)}\n`;
}
