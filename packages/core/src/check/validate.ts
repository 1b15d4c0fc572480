/**
 * The policy and record checks that need no zod: the rules across a policy's fields, and the
 * flow of `validatePolicy` and `checkConsentRecord`, given the structure check to fall back on
 * (zod's schema, loaded or imported by the caller). Shared by `@cookiekit/core/schema` and
 * `@cookiekit/core/check`, so both apply one set of rules.
 */
import { MAX_COOKIE_AGE_SECONDS, THIRTEEN_MONTHS_SECONDS, parseDuration } from '../duration';
import { CATEGORY_KINDS, NECESSARY_PURPOSES, categoryKind, patternPrefix, type CookiePolicy, type LocalizedText, type StorageItem } from '../policy';
import { compileCookiePlan, storageItemMatcher } from '../cookie-plan';
import type { Regime } from '../regions/regime';
import type { ConsentRecord, StoredConsentRecord } from '../record';
import { hasPolicyStructure, wellFormedRecord } from './structure';

/** At most this many optional categories and services, so the consent cookie stays under 4096 bytes (C16). */
export const MAX_CHOICES = 100;

/** One problem found in a policy: where, and a sentence a site owner understands. */
export interface PolicyIssue {
  /** Where, such as `services[2].storage[0].duration`. */
  readonly path: string;
  readonly message: string;
  /** Errors make the policy unusable; warnings do not. */
  readonly severity: 'error' | 'warning';
  /** The compliance rule behind it, such as `C2`, when there is one. */
  readonly rule?: string;
}

/** The result of `validatePolicy`. */
export type PolicyValidation =
  | { readonly ok: true; readonly policy: CookiePolicy; readonly issues: readonly PolicyIssue[] }
  | { readonly ok: false; readonly issues: readonly PolicyIssue[] };

/** Rules across fields, on a structurally valid policy. */
export function ruleIssues(policy: CookiePolicy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const error = (path: string, message: string, rule?: string) =>
    issues.push({ path, message, severity: 'error', ...(rule ? { rule } : {}) });
  const warning = (path: string, message: string, rule?: string) =>
    issues.push({ path, message, severity: 'warning', ...(rule ? { rule } : {}) });
  const defaultLanguage = policy.defaultLanguage ?? 'en';

  // Texts given per language, to tell which lack a language the policy writes elsewhere.
  const perLanguage: [path: string, languages: string[]][] = [];
  const checkText = (value: LocalizedText | undefined, path: string) => {
    if (value !== undefined && typeof value !== 'string') {
      if (!(defaultLanguage in value)) error(path, `has no text in the default language "${defaultLanguage}"`);
      perLanguage.push([path, Object.keys(value)]);
    }
  };

  const categoryIds = new Map<string, number>();
  policy.categories.forEach((category, i) => {
    const path = `categories[${i}]`;
    if (categoryIds.has(category.id)) error(`${path}.id`, `category id "${category.id}" is used twice`);
    categoryIds.set(category.id, i);
    if (!category.kind && !(CATEGORY_KINDS as readonly string[]).includes(category.id)) {
      error(`${path}.kind`, `category "${category.id}" needs a kind: necessary, preferences, statistics or marketing`);
    }
    checkText(category.label, `${path}.label`);
    checkText(category.description, `${path}.description`);
  });
  if (!policy.categories.some((c) => categoryKind(c) === 'necessary')) {
    warning('categories', 'has no necessary category, so the consent cookie itself is not declared', 'C2');
  }

  const serviceIds = new Set<string>();
  const exactNames = new Map<string, { category: string; path: string }>();
  let choices = policy.categories.filter((c) => categoryKind(c) !== 'necessary').length;
  let consentCookieDeclared = false;
  const consentCookieName = compileCookiePlan(policy).consentCookie;
  // Exact names of necessary services, per kind: an optional service's pattern should not reach them.
  const necessaryNames = policy.services.flatMap((service) => {
    const category = policy.categories.find((c) => c.id === service.category);
    return category && categoryKind(category) === 'necessary'
      ? service.storage.flatMap((item) => (item.name && !item.name.endsWith('*') ? [{ kind: item.kind ?? 'cookie', name: item.name }] : []))
      : [];
  });

  /** Why a pattern (or a bare `*`) is likely to claim names it does not mean (C6, C18: they would be deleted). */
  const overMatch = (item: StorageItem, necessary: boolean): [message: string, rule?: string][] => {
    const shown = item.pattern ?? item.name;
    const test = storageItemMatcher(item);
    const kind = item.kind ?? 'cookie';
    const core = item.pattern?.replace(/^\^/, '').replace(/(^|[^\\])\$$/, '$1');
    const out: [string, string?][] = [];
    // An empty name, or a control character no cookie name has: only a pattern for everything matches them.
    if (test('') || test('\u0001')) return [[`"${shown}" matches every name; name what it stores, such as "_ga_.*"`]];
    if (core && /^\.[*+]/.test(core) && /[^\\]\.[*+]$/.test(core)) {
      out.push([`"${shown}" matches any name that merely contains "${core.slice(2, -2)}"; patterns match the whole name, so start it with the fixed part`]);
    }
    if (!necessary && kind === 'cookie' && test(consentCookieName)) {
      out.push([`"${shown}" matches the consent cookie "${consentCookieName}", which is strictly necessary`, 'C2']);
    }
    const claimed = necessary
      ? []
      : necessaryNames.filter((n) => n.kind === kind && test(n.name) && !(kind === 'cookie' && n.name === consentCookieName)).map((n) => `"${n.name}"`);
    if (claimed.length) out.push([`"${shown}" also matches ${claimed.join(', ')}, declared by a necessary service`]);
    return out;
  };

  policy.services.forEach((service, i) => {
    const path = `services[${i}]`;
    if (serviceIds.has(service.id)) error(`${path}.id`, `service id "${service.id}" is used twice`);
    if (categoryIds.has(service.id)) {
      error(`${path}.id`, `service id "${service.id}" is also a category id; ids must be unique across both`);
    }
    serviceIds.add(service.id);
    checkText(service.function, `${path}.function`);
    service.purposes.forEach((p, j) => checkText(p.text, `${path}.purposes[${j}].text`));

    const categoryIndex = categoryIds.get(service.category);
    const category = categoryIndex === undefined ? undefined : policy.categories[categoryIndex];
    if (!category) {
      error(`${path}.category`, `service "${service.id}" names category "${service.category}", which the policy does not define`);
      return;
    }
    const kind = categoryKind(category);
    const necessary = kind === 'necessary';
    if (!necessary) choices++;

    if (necessary) {
      service.purposes.forEach((p, j) => {
        if (!(NECESSARY_PURPOSES as readonly string[]).includes(p.code)) {
          error(
            `${path}.purposes[${j}].code`,
            `"${service.id}" is filed as strictly necessary but serves "${p.code}"; a cookie is exempt only if every purpose is strictly necessary (${NECESSARY_PURPOSES.join(', ')})`,
            'C2',
          );
        }
      });
    }

    const exempt = service.exemption !== undefined;
    if (service.exemption) {
      const e = service.exemption;
      const at = `${path}.exemption`;
      const rule = 'C8';
      if (kind !== 'statistics') error(at, `the audience-measurement exemption only applies to a statistics category, not "${kind}"`, rule);
      if (service.party.type !== 'first') error(`${path}.party`, 'the audience-measurement exemption needs a first-party service', rule);
      if (!service.purposes.every((p) => p.code === 'audience-measurement')) {
        error(`${path}.purposes`, 'an exempt service may only serve "audience-measurement"', rule);
      }
      if (!e.anonymousOutput) error(`${at}.anonymousOutput`, 'the exemption needs anonymous output only', rule);
      if (e.crossSiteTracking) error(`${at}.crossSiteTracking`, 'the exemption forbids tracking across sites or apps', rule);
      if (e.combinedWithOtherData) error(`${at}.combinedWithOtherData`, 'the exemption forbids combining the data with other processing', rule);
      if (e.extendsOnRevisit) error(`${at}.extendsOnRevisit`, "the exemption forbids extending the cookie's life on later visits", rule);
      const retention = parseDuration(e.dataRetention) ?? 0;
      if (retention === 0 || retention > 25 * 2_629_746) {
        error(`${at}.dataRetention`, 'the exemption allows keeping the data at most 25 months', rule);
      }
    }

    service.storage.forEach((item, j) => {
      const at = `${path}.storage[${j}]`;
      if ((item.name === undefined) === (item.pattern === undefined)) {
        error(at, 'give either "name" (exact, or ending in * for a prefix) or "pattern" (a regular expression)');
      }
      if (item.pattern !== undefined) {
        try {
          new RegExp(item.pattern);
        } catch {
          error(`${at}.pattern`, `"${item.pattern}" is not a valid regular expression`);
        }
      }
      if (item.pattern !== undefined && !item.displayName && patternPrefix(item.pattern) === undefined) {
        warning(
          `${at}.displayName`,
          `"${item.pattern}" is a regular expression, which visitors cannot read: give the item a "displayName" such as "shop_cart_<id>"`,
        );
      }
      if (item.pattern !== undefined || item.name === '*') {
        for (const [message, rule] of overMatch(item, necessary)) warning(`${at}.${item.pattern === undefined ? 'name' : 'pattern'}`, message, rule);
      }
      if (item.httpOnly && (item.kind ?? 'cookie') !== 'cookie') error(`${at}.httpOnly`, 'only cookies can be HttpOnly');
      const seconds = parseDuration(item.duration) ?? 0;
      if (!necessary && seconds > THIRTEEN_MONTHS_SECONDS) {
        error(`${at}.duration`, `"${item.name ?? item.pattern}" needs consent and lives ${item.duration}; no tracker may live longer than 13 months`, exempt ? 'C8' : 'C7');
      } else if (seconds > MAX_COOKIE_AGE_SECONDS && (item.kind ?? 'cookie') === 'cookie') {
        warning(`${at}.duration`, `browsers keep a cookie at most 400 days, so "${item.name}" will not live ${item.duration}`, 'C17');
      }
      if (item.name && !item.name.endsWith('*')) {
        const key = `${item.kind ?? 'cookie'}:${item.name}`;
        const claimed = exactNames.get(key);
        if (claimed && claimed.category !== category.id) {
          error(`${at}.name`, `"${item.name}" is claimed by both category "${claimed.category}" (${claimed.path}) and "${category.id}"`);
        } else if (!claimed) {
          exactNames.set(key, { category: category.id, path: at });
        }
        if (item.name === consentCookieName && (item.kind ?? 'cookie') === 'cookie') {
          consentCookieDeclared = true;
          if (!necessary) error(`${at}.name`, `the consent cookie "${item.name}" must be in a necessary category`, 'C2');
        }
      }
    });
  });

  if (!consentCookieDeclared) {
    warning('services', `the consent cookie "${consentCookieName}" is not declared; list it under a necessary service with purpose "consent-storage"`, 'C2');
  }
  if (choices > MAX_CHOICES) {
    error('services', `has ${choices} optional categories and services; at most ${MAX_CHOICES} fit in the consent cookie`, 'C16');
  }
  const configured = policy.consentCookie?.duration;
  if (configured && (parseDuration(configured) ?? 0) > THIRTEEN_MONTHS_SECONDS) {
    error('consentCookie.duration', 'a choice may be remembered at most 13 months', 'C7');
  } else if (configured && parseDuration(configured) === 0) {
    error('consentCookie.duration', 'a choice must be remembered for a length of time, not only the session', 'C7');
  }
  // A language the policy writes somewhere but not everywhere: those texts fall back to the
  // default language, visibly, so say which.
  const declared = [...new Set(perLanguage.flatMap(([, languages]) => languages))].sort();
  for (const language of declared) {
    const missing = perLanguage.filter(([, languages]) => !languages.includes(language)).map(([path]) => path);
    if (missing.length) {
      warning(
        'languages',
        `${missing.length} text(s) have no "${language}" version and show in "${defaultLanguage}": ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
      );
    }
  }
  return issues;
}


/** What a zod schema's `safeParse` gives, as far as the checks read it. */
export type SchemaParse<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] } };

/** A structure check to fall back on: zod's schema, for what the zod-free check does not take. */
export type StructureCheck<T> = (input: unknown) => SchemaParse<T>;

/** `services[2].storage[0]` from zod's path. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * `validatePolicy`, with `schema` asked only for a policy the zod-free check does not take (to
 * take it after all, or to say why not).
 */
export function validatePolicyWith(input: unknown, schema: () => StructureCheck<unknown>): PolicyValidation {
  let policy: CookiePolicy;
  if (hasPolicyStructure(input)) policy = input;
  else {
    const parsed = schema()(input);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((issue) => ({ path: pathText(issue.path), message: issue.message, severity: 'error' as const })),
      };
    }
    policy = parsed.data as CookiePolicy;
  }
  const issues = ruleIssues(policy);
  return issues.some((i) => i.severity === 'error') ? { ok: false, issues } : { ok: true, policy, issues };
}

/** What `checkConsentRecord` says of an input: the record, or why it is not one (an issue's `path` is `''` for the record as a whole). */
export type ConsentRecordCheck =
  | { readonly ok: true; readonly record: ConsentRecord }
  | { readonly ok: false; readonly issues: readonly { readonly path: string; readonly message: string }[] };

/**
 * Records `checkConsentRecord` accepted (frozen), and stored records built on them by
 * `receivedRecord`. One set per copy of core: a record checked by another copy (ES module and
 * CommonJS in one process) is only checked again.
 */
const checkedRecords = new WeakSet<object>();

/**
 * `checkConsentRecord`, with `schema` asked only for an input the zod-free check does not take.
 * The schema's records skip a key such as `__proto__` (an own property after `JSON.parse`)
 * instead of refusing it; such an input is refused here, whole.
 */
export function checkConsentRecordWith(input: unknown, schema: () => StructureCheck<ConsentRecord>): ConsentRecordCheck {
  return checkWellFormedRecord(input) ?? checkBySchema(input, schema());
}

/**
 * The record of a well-formed input (`checkConsentRecord`'s answer for it: frozen, and known to
 * `isCheckedRecord`), or undefined for any other input, which only the schema can judge and
 * explain.
 */
export function checkWellFormedRecord(input: unknown): { readonly ok: true; readonly record: ConsentRecord } | undefined {
  const record = wellFormedRecord(input);
  return record && accepted(record);
}

function checkBySchema(input: unknown, schema: StructureCheck<ConsentRecord>): ConsentRecordCheck {
  const parsed = schema(input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: pathText(i.path), message: i.message })) };
  }
  const record = parsed.data;
  for (const field of ['categories', 'services'] as const) {
    const kept = record[field];
    for (const key of Object.keys((input as Record<string, object>)[field]!)) {
      if (!Object.prototype.hasOwnProperty.call(kept, key)) {
        return { ok: false, issues: [{ path: `${field}.${JSON.stringify(key).slice(1, -1).slice(0, 64)}`, message: 'must be a category or service id' }] };
      }
    }
  }
  return accepted(record);
}

function accepted(record: ConsentRecord): { readonly ok: true; readonly record: ConsentRecord } {
  Object.freeze(record.categories);
  Object.freeze(record.services);
  Object.freeze(record.signals);
  checkedRecords.add(Object.freeze(record));
  return { ok: true, record };
}

/**
 * A stored record: a record `checkConsentRecord` accepted and the server's part. Frozen; a sink
 * can tell by `isCheckedRecord` that its browser part was checked and cannot have changed since.
 * The server's part is not checked here.
 */
export function receivedRecord(
  record: ConsentRecord,
  server: { readonly receivedAt: string; readonly policyHash: string; readonly regime?: Regime | undefined; readonly region?: string | undefined },
): StoredConsentRecord {
  const stored: StoredConsentRecord = {
    ...record,
    receivedAt: server.receivedAt,
    policyHash: server.policyHash,
    ...(server.regime !== undefined && { regime: server.regime }),
    ...(server.region !== undefined && { region: server.region }),
  };
  Object.freeze(stored);
  if (checkedRecords.has(record)) checkedRecords.add(stored);
  return stored;
}

/**
 * Whether `record`'s browser part (every field but `receivedAt`, `policyHash`, `regime` and
 * `region`) was checked by `checkConsentRecord` in this process and cannot have changed since.
 */
export function isCheckedRecord(record: object): boolean {
  return checkedRecords.has(record);
}
