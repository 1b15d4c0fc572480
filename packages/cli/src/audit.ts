import {
  createConsentStore,
  decide,
  isOptionalCategory,
  memoryStorage,
  parseDuration,
  type CookiePolicy,
} from '@cookiekit/core';
import { observeSite, type BannerCheck, type ButtonInfo, type ObserveOptions, type Phase, type SiteObservation } from './browse';
import type { Classification, CookieFacts } from './classify';
import { buildInventory, type InventoryItem } from './inventory';

/** What the audit checks, one JUnit test case each. */
export type CheckId = 'before-consent' | 'declared' | 'durations' | 'reject-all-button' | 'reject-all-cleanup' | 'withdrawal-cleanup';

/** The name of each kind of finding: stable, for CI filters and tests. */
export type FindingCode =
  | 'cookie-before-consent'
  | 'storage-before-consent'
  | 'undeclared-cookie'
  | 'undeclared-storage'
  | 'outlives-declared-duration'
  | 'no-reject-all'
  | 'unequal-choice-buttons'
  | 'survives-reject-all'
  | 'survives-withdrawal'
  | 'no-withdrawal-path';

/** One problem found on the site. Errors fail the audit; warnings do not. */
export interface Finding {
  readonly code: FindingCode;
  readonly check: CheckId;
  /** The compliance rule, such as `C1`. */
  readonly rule?: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** The cookie or storage key concerned. */
  readonly item?: {
    readonly kind: InventoryItem['kind'];
    readonly name: string;
    readonly domain: string;
    readonly path: string;
    readonly setBy: InventoryItem['setBy'];
    readonly page: string;
  };
  readonly classification?: Classification;
}

/** One check's outcome. */
export interface CheckResult {
  readonly id: CheckId;
  readonly rule?: string;
  readonly title: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  /** Why it was skipped. */
  readonly note?: string;
}

/** The audit's result: what was visited, each check, each finding. */
export interface AuditReport {
  readonly url: string;
  readonly policyRevision: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly pages: readonly string[];
  readonly banner: BannerCheck;
  readonly checks: readonly CheckResult[];
  readonly findings: readonly Finding[];
  readonly inventory: readonly InventoryItem[];
  /** Requests refused because they went to another origin. */
  readonly blockedRequests: readonly string[];
  /** Pages that failed to load. */
  readonly errors: readonly string[];
  /** Why the visit stopped before its end (`--max-time`); the checks then saw only part of the site. */
  readonly incomplete?: string;
  /** Certificate errors were ignored (`--ignore-https-errors`). */
  readonly ignoredHttpsErrors?: boolean;
  /** No error finding, and the visit ran to its end. */
  readonly passed: boolean;
}

/** The checks, in report order. */
export const CHECKS: ReadonlyArray<{ readonly id: CheckId; readonly rule?: string; readonly title: string }> = [
  { id: 'before-consent', rule: 'C1', title: 'nothing that is not exempt is stored before a choice' },
  { id: 'declared', title: 'every cookie and storage key is declared in the policy' },
  { id: 'durations', title: 'no cookie outlives its declared duration' },
  { id: 'reject-all-button', rule: 'C4', title: 'the first layer has Reject all beside Accept all' },
  { id: 'reject-all-cleanup', rule: 'C6', title: "no refused category's cookie survives Reject all" },
  { id: 'withdrawal-cleanup', rule: 'C6', title: "no refused category's cookie survives a withdrawal" },
];

const DAY = 86_400;

/**
 * How much longer than declared a cookie may live before it is a finding: a minute of clock
 * drift, or 1% of the declared length (calendar months and years differ from the mean ones the
 * policy uses), at most two days.
 */
export function durationSlackSeconds(declaredSeconds: number): number {
  return Math.min(2 * DAY, Math.max(60, Math.round(declaredSeconds / 100)));
}

/** Whether a cookie living `lifetimeSeconds` (`null`: session) outlives a declared duration. */
export function outlives(lifetimeSeconds: number | null, declared: string): boolean {
  if (lifetimeSeconds === null) return false;
  const seconds = parseDuration(declared);
  if (seconds === undefined) return false;
  return lifetimeSeconds > seconds + durationSlackSeconds(seconds);
}

/** A lifetime in words: `session`, `2 weeks`, `1 year 2 days`, rounded to the two largest units. */
export function describeLifetime(seconds: number | null): string {
  if (seconds === null) return 'session';
  const units: Array<[string, number]> = [['year', 31_556_952], ['month', 2_629_746], ['day', DAY], ['hour', 3600], ['minute', 60], ['second', 1]];
  const parts: string[] = [];
  // Read a few seconds after it was set, a 14-day cookie still reads "14 days".
  let rest = seconds >= 3600 ? Math.ceil(seconds / 60) * 60 : Math.max(0, Math.round(seconds));
  for (const [name, size] of units) {
    if (parts.length === 2) break;
    const n = Math.floor(rest / size);
    if (n > 0 || (parts.length === 0 && size === 1)) {
      parts.push(`${n} ${name}${n === 1 ? '' : 's'}`);
      rest -= n * size;
    } else if (parts.length > 0) break;
  }
  return parts.join(' ');
}

/** How a storage kind is named in a sentence. */
export const KIND_NAMES: Record<InventoryItem['kind'], string> = {
  cookie: 'cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  indexedDB: 'IndexedDB database',
  cacheStorage: 'Cache Storage cache',
  serviceWorker: 'service worker',
};

const where = (item: InventoryItem) =>
  item.kind === 'cookie' ? `cookie "${item.name}" (${item.domain}${item.path})` : `${KIND_NAMES[item.kind]} "${item.name}" (${item.domain})`;

const setByText = (item: InventoryItem) =>
  item.setBy.type === 'response'
    ? `set by the response to ${item.setBy.url}`
    : item.setBy.type === 'script'
      ? `set by the script at ${item.setBy.url}`
      : 'set by an unknown source';

function itemOf(item: InventoryItem): Finding['item'] {
  return { kind: item.kind, name: item.name, domain: item.domain, path: item.path, setBy: item.setBy, page: item.page };
}

function buttonsDiffer(a: ButtonInfo, b: ButtonInfo): string | null {
  if (a.tag !== b.tag) return `"${b.name}" is a <${b.tag}> but "${a.name}" is a <${a.tag}>`;
  const ratio = (x: number, y: number) => (Math.max(x, y) === 0 ? 1 : Math.min(x, y) / Math.max(x, y));
  if (ratio(a.height, b.height) < 0.8 || ratio(a.width * a.height, b.width * b.height) < 0.6) {
    return `"${b.name}" is ${Math.round(b.width)}x${Math.round(b.height)} px but "${a.name}" is ${Math.round(a.width)}x${Math.round(a.height)} px`;
  }
  if (a.fontSize !== b.fontSize || a.fontWeight !== b.fontWeight) {
    return `"${b.name}" uses font ${b.fontSize}/${b.fontWeight} but "${a.name}" ${a.fontSize}/${a.fontWeight}`;
  }
  return null;
}

/** Options of `evaluateAudit`. */
export interface EvaluateOptions {
  /** Clock for decisions, in ms; default now. */
  readonly now?: number;
  readonly facts?: CookieFacts;
  readonly durationMs?: number;
}

/**
 * Turns what a visit saw into findings against the policy, with core's own decisions: `decide`
 * with no choice says what is exempt before consent (C1), and a consent store's `rejectAll` and
 * `withdraw` say what must be gone afterwards (C6). Pure: no browser needed.
 *
 * @example
 * ```ts
 * const report = evaluateAudit(await observeSite({ url }), policy);
 * process.exitCode = report.passed ? 0 : 1;
 * ```
 */
export function evaluateAudit(observation: SiteObservation, policy: CookiePolicy, options: EvaluateOptions = {}): AuditReport {
  const now = options.now ?? Date.now();
  const inventory = buildInventory(observation, policy, options.facts);
  const findings: Finding[] = [];
  const skipped = new Map<CheckId, string>();
  const phase = (p: Phase) => observation.phases.find((r) => r.phase === p);
  const exemptBefore = decide(policy, null, {}, now).services as Record<string, boolean>;
  const afterChoice = (withdraw: boolean) => {
    const store = createConsentStore({ policy, storage: memoryStorage(), signals: {}, now: () => now });
    if (withdraw) {
      store.acceptAll();
      store.withdraw();
    } else {
      store.rejectAll();
    }
    return store.getSnapshot().services as Record<string, boolean>;
  };

  // C1: before any choice, only exempt items.
  for (const item of inventory) {
    if (!item.phases.includes('before-consent')) continue;
    const storage = item.kind !== 'cookie';
    if (item.declared) {
      if (exemptBefore[item.declared.service]) continue;
      findings.push({
        code: storage ? 'storage-before-consent' : 'cookie-before-consent',
        check: 'before-consent',
        rule: 'C1',
        severity: 'error',
        message: `${where(item)} exists before any choice, but its service "${item.declared.service}" needs consent (${setByText(item)}, first on ${item.page})`,
        item: itemOf(item),
        classification: item.classification,
      });
    } else if (item.classification.category !== 'necessary') {
      findings.push({
        code: storage ? 'storage-before-consent' : 'cookie-before-consent',
        check: 'before-consent',
        rule: 'C1',
        severity: 'error',
        message: `${where(item)} exists before any choice and is not declared; classified "${item.classification.category}" (rule ${item.classification.rule}: ${item.classification.reason}) (${setByText(item)}, first on ${item.page})`,
        item: itemOf(item),
        classification: item.classification,
      });
    }
  }

  // Every item declared.
  for (const item of inventory) {
    if (item.declared) continue;
    findings.push({
      code: item.kind === 'cookie' ? 'undeclared-cookie' : 'undeclared-storage',
      check: 'declared',
      severity: 'error',
      message: `${where(item)} is not declared in the policy; classified "${item.classification.category}" (rule ${item.classification.rule}: ${item.classification.reason}); ${setByText(item)}, first on ${item.page}`,
      item: itemOf(item),
      classification: item.classification,
    });
  }

  // Declared durations.
  for (const item of inventory) {
    if (item.kind !== 'cookie' || !item.declared) continue;
    if (!outlives(item.lifetimeSeconds, item.declared.item.duration)) continue;
    findings.push({
      code: 'outlives-declared-duration',
      check: 'durations',
      severity: 'error',
      message: `${where(item)} lives ${describeLifetime(item.lifetimeSeconds)}, but the policy declares ${item.declared.item.duration} (service "${item.declared.service}"; ${setByText(item)})`,
      item: itemOf(item),
      classification: item.classification,
    });
  }

  // C4: the first layer.
  const hasOptional = policy.categories.some(isOptionalCategory);
  const { accept, reject } = observation.banner;
  if (!hasOptional) {
    skipped.set('reject-all-button', 'the policy has no optional category, so no banner is needed');
  } else if (!reject) {
    findings.push({
      code: 'no-reject-all',
      check: 'reject-all-button',
      rule: 'C4',
      severity: 'error',
      message: accept
        ? `the first layer has "${accept.name}" but no Reject all button beside it`
        : 'no consent banner was found on the first page: no Accept all and no Reject all button (use --accept/--reject selectors if the names differ)',
    });
  } else if (accept) {
    const difference = buttonsDiffer(accept, reject);
    if (difference) {
      findings.push({
        code: 'unequal-choice-buttons',
        check: 'reject-all-button',
        rule: 'C4',
        severity: 'warning',
        message: `Reject all and Accept all differ: ${difference}`,
      });
    }
  }

  // C6: after Reject all, and after withdrawing.
  const cleanup = (p: Phase, check: CheckId, code: FindingCode, what: string, allowedAfter: Record<string, boolean>) => {
    const result = phase(p);
    if (!hasOptional) return void skipped.set(check, 'the policy has no optional category');
    if (!result) return void skipped.set(check, 'this phase was not run');
    if (!result.action?.done) {
      if (p === 'after-withdrawal' && phase('after-accept')?.action?.done) {
        findings.push({
          code: 'no-withdrawal-path',
          check,
          rule: 'C6',
          severity: 'error',
          message: `consent could not be withdrawn after Accept all: ${result.action?.note ?? 'no way back to the preferences'}`,
        });
        return;
      }
      return void skipped.set(check, result.action?.note ?? 'the choice could not be made');
    }
    const left = [...result.final.cookies.map((c) => ({ kind: 'cookie' as const, name: c.name, domain: c.domain, path: c.path })),
      ...result.final.storage.map((s) => ({ kind: s.kind, name: s.name, domain: s.origin, path: '/' }))];
    for (const rest of left) {
      const item = inventory.find((i) => i.kind === rest.kind && i.name === rest.name && i.domain === rest.domain && i.path === rest.path);
      if (!item?.declared || allowedAfter[item.declared.service]) continue;
      findings.push({
        code,
        check,
        rule: 'C6',
        severity: 'error',
        message: `${where(item)} of refused service "${item.declared.service}" is still there ${what} (clicked: ${result.action.steps.map((s) => `"${s}"`).join(' then ')})`,
        item: itemOf(item),
        classification: item.classification,
      });
    }
  };
  cleanup('after-reject', 'reject-all-cleanup', 'survives-reject-all', 'after Reject all and a visit of every page', afterChoice(false));
  cleanup('after-withdrawal', 'withdrawal-cleanup', 'survives-withdrawal', 'after withdrawing consent and a visit of every page', afterChoice(true));

  const checks: CheckResult[] = CHECKS.map((c) => {
    const note = skipped.get(c.id);
    const failed = findings.some((f) => f.check === c.id && f.severity === 'error');
    return { ...c, status: failed ? 'failed' : note ? 'skipped' : 'passed', ...(note && !failed ? { note } : {}) };
  });
  return {
    url: observation.url,
    policyRevision: policy.revision,
    startedAt: observation.startedAt,
    durationMs: options.durationMs ?? 0,
    pages: observation.pages,
    banner: observation.banner,
    checks,
    findings,
    inventory,
    blockedRequests: [...new Set(observation.requests.filter((r) => r.blocked).map((r) => r.url))],
    errors: observation.errors,
    ...(observation.incomplete ? { incomplete: observation.incomplete } : {}),
    ...(observation.ignoredHttpsErrors ? { ignoredHttpsErrors: true } : {}),
    passed: !observation.incomplete && !findings.some((f) => f.severity === 'error'),
  };
}

/** Options of `auditSite`: a visit's options plus the policy to check against. */
export interface AuditOptions extends Omit<ObserveOptions, 'phases'> {
  readonly policy: CookiePolicy;
}

/**
 * Visits a site in headless Chromium and checks it against its policy: C1 before any choice,
 * undeclared items, declared durations, C4 on the first layer, and C6 after Reject all and after
 * a withdrawal.
 *
 * @example
 * ```ts
 * const report = await auditSite({ url: 'http://127.0.0.1:3000/', policy });
 * for (const f of report.findings) console.log(f.code, f.message);
 * ```
 */
export async function auditSite(options: AuditOptions): Promise<AuditReport> {
  const started = Date.now();
  const { policy, ...observe } = options;
  const observation = await observeSite(observe);
  return evaluateAudit(observation, policy, { durationMs: Date.now() - started });
}
