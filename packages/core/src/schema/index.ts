/**
 * `@cookiekit/core/schema`: checks a cookie policy before it is used. Kept out of the main entry
 * so zod never reaches the browser bundle.
 */
import * as z from 'zod';
import { ID_PATTERN, REVISION_PATTERN } from '../codec';
import { CONSENT_METHODS } from '../decide';
import { MAX_COOKIE_AGE_SECONDS, THIRTEEN_MONTHS_SECONDS, parseDuration } from '../duration';
import {
  CATEGORY_KINDS,
  NECESSARY_PURPOSES,
  PURPOSES,
  STORAGE_KINDS,
  UNDECLARED_COOKIE_HANDLINGS,
  categoryKind,
  patternPrefix,
  type CookiePolicy,
  type LocalizedText,
  type StorageItem,
} from '../policy';
import { compileCookiePlan, storageItemMatcher } from '../cookie-plan';
import { REGIMES, type Regime } from '../regions/regime';
import type { ConsentRecord, StoredConsentRecord } from '../record';
import { CONSENT_SOURCES } from '../store';

/** At most this many optional categories and services, so the consent cookie stays under 4096 bytes (C16). */
export const MAX_CHOICES = 100;

const text = z.union([z.string().min(1), z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), z.string())]);
const id = z.string().regex(ID_PATTERN, 'must be 1 to 32 letters, digits, "-" or "_", starting with a letter or digit');
const duration = z
  .string()
  .refine((d) => parseDuration(d) !== undefined, 'must be "session" or a length such as "13 months", "1 year", "30 days"');
const cookieName = z.string().regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/, 'must be a valid cookie name of at most 64 characters');

const storageItem = z
  .object({
    kind: z.enum(STORAGE_KINDS).optional(),
    name: z.string().min(1).max(128).optional(),
    pattern: z.string().min(1).max(256).optional(),
    displayName: z.string().min(1).max(128).optional(),
    domain: z
      .string()
      .regex(/^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, 'must be a host name such as "example.com"')
      .optional(),
    path: z.string().startsWith('/').optional(),
    duration,
    httpOnly: z.boolean().optional(),
    description: text.optional(),
  })
  .strict();

const purpose = z.object({ code: z.enum(PURPOSES), text: text.optional() }).strict();

const party = z.discriminatedUnion('type', [
  z.object({ type: z.literal('first') }).strict(),
  z.object({ type: z.literal('third'), name: z.string().min(1), privacyUrl: z.url({ protocol: /^https?$/ }) }).strict(),
]);

const exemption = z
  .object({
    type: z.literal('audience-measurement'),
    anonymousOutput: z.boolean(),
    crossSiteTracking: z.boolean(),
    combinedWithOtherData: z.boolean(),
    extendsOnRevisit: z.boolean(),
    dataRetention: duration,
  })
  .strict();

/** The structure of a cookie policy, as a zod schema. Rules across fields are checked by `validatePolicy`. */
export const cookiePolicySchema = z
  .object({
    $schema: z.string().optional(),
    revision: z.string().regex(REVISION_PATTERN, 'must be 1 to 32 letters, digits, ".", "-" or "_"'),
    defaultLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
    site: z.object({ name: z.string().min(1), url: z.url().optional() }).strict().optional(),
    categories: z.array(
      z
        .object({
          id,
          kind: z.enum(CATEGORY_KINDS).optional(),
          label: text,
          description: text,
          saleOrSharing: z.boolean().optional(),
          sensitive: z.boolean().optional(),
        })
        .strict(),
    ).min(1),
    services: z.array(
      z
        .object({
          id,
          provider: z.string().min(1),
          function: text,
          category: id,
          party,
          purposes: z.array(purpose).min(1, 'must list at least one purpose'),
          storage: z.array(storageItem),
          exemption: exemption.optional(),
        })
        .strict(),
    ),
    consentCookie: z
      .object({ name: cookieName.optional(), domain: z.string().optional(), duration: duration.optional() })
      .strict()
      .optional(),
    honorDoNotTrack: z.boolean().optional(),
    undeclaredCookies: z.enum(UNDECLARED_COOKIE_HANDLINGS).optional(),
    regions: z
      .object({
        regimes: z
          .record(
            z.string().regex(/^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|EU|EEA)$/, 'must be a country (GB), a subdivision (US-CA), EU or EEA'),
            z.enum(REGIMES),
          )
          .optional(),
        table: z.boolean().optional(),
        reask: z.partialRecord(z.enum(REGIMES), duration).optional(),
        optOutLink: z.enum(['do-not-sell', 'privacy-choices']).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

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

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Rules across fields, on a structurally valid policy. */
function ruleIssues(policy: CookiePolicy): PolicyIssue[] {
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

/**
 * Checks a cookie policy: its structure, then the rules across fields (C2, C7, C8, unique ids,
 * known categories, names claimed twice). Never throws; every problem comes back with a path.
 *
 * @example
 * ```ts
 * const result = validatePolicy(JSON.parse(text));
 * if (!result.ok) for (const i of result.issues) console.error(`${i.path}: ${i.message}`);
 * ```
 */
export function validatePolicy(input: unknown): PolicyValidation {
  const parsed = cookiePolicySchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: pathText(issue.path),
        message: issue.message,
        severity: 'error' as const,
      })),
    };
  }
  const policy = parsed.data as CookiePolicy;
  const issues = ruleIssues(policy);
  return issues.some((i) => i.severity === 'error') ? { ok: false, issues } : { ok: true, policy, issues };
}

const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const decidedAt = z.iso.datetime({ offset: false });

/**
 * A consent record as the browser sends it (C9): strict, so unknown fields and wrong types are
 * refused before anything is written.
 */
export const consentRecordSchema = z
  .object({
    recordId: z.string().regex(RECORD_ID_PATTERN, 'must be 16 to 64 URL-safe characters'),
    subject: z.string().regex(RECORD_ID_PATTERN, 'must be 16 to 64 URL-safe characters'),
    revision: z.string().regex(REVISION_PATTERN),
    method: z.enum(CONSENT_METHODS),
    categories: z.record(id, z.boolean()),
    services: z.record(id, z.boolean()),
    language: z.string().regex(LANGUAGE_PATTERN, 'must be a language tag such as "en" or "fr-CA"'),
    signals: z.object({ gpc: z.boolean() }).strict(),
    source: z.enum(CONSENT_SOURCES),
    decidedAt,
  })
  .strict();

const RECORD_FIELDS: ReadonlySet<string> = new Set(Object.keys(consentRecordSchema.shape));
const METHODS: ReadonlySet<string> = new Set(CONSENT_METHODS);
const SOURCES: ReadonlySet<string> = new Set(CONSENT_SOURCES);
const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
const isText = (value: unknown, pattern: RegExp): value is string => typeof value === 'string' && pattern.test(value);

/** A `categories` or `services` map whose every own key is an id and every value a boolean, copied; else undefined. */
function flagsOf(value: unknown): Record<string, boolean> | undefined {
  if (!isPlain(value)) return undefined;
  const flags: Record<string, boolean> = {};
  for (const key of Object.keys(value)) {
    const flag = value[key];
    if (typeof flag !== 'boolean' || !ID_PATTERN.test(key)) return undefined;
    flags[key] = flag;
  }
  return flags;
}

/**
 * The record `consentRecordSchema` would return for a well-formed plain object (JSON.parse's
 * kind), checked by the schema's own patterns without zod's machinery; undefined for anything
 * else, which the schema then reads and explains. The consent API checks every record it takes,
 * and zod's parse was the largest part of that check (`record-check.test.ts` holds the two to
 * each other on generated inputs).
 */
function wellFormedRecord(input: unknown): ConsentRecord | undefined {
  if (!isPlain(input)) return undefined;
  const keys = Object.keys(input);
  if (keys.length !== RECORD_FIELDS.size || !keys.every((key) => RECORD_FIELDS.has(key))) return undefined;
  const { recordId, subject, revision, method, language, signals, source } = input;
  if (!isText(recordId, RECORD_ID_PATTERN) || !isText(subject, RECORD_ID_PATTERN) || !isText(revision, REVISION_PATTERN)) return undefined;
  if (typeof method !== 'string' || !METHODS.has(method) || typeof source !== 'string' || !SOURCES.has(source)) return undefined;
  if (!isText(language, LANGUAGE_PATTERN) || !decidedAt.safeParse(input.decidedAt).success) return undefined;
  if (!isPlain(signals) || Object.keys(signals).length !== 1 || !Object.hasOwn(signals, 'gpc') || typeof signals.gpc !== 'boolean') return undefined;
  const categories = flagsOf(input.categories);
  const services = categories && flagsOf(input.services);
  if (!services) return undefined;
  return {
    recordId,
    subject,
    revision,
    method: method as ConsentRecord['method'],
    categories,
    services,
    language,
    signals: { gpc: signals.gpc },
    source: source as ConsentRecord['source'],
    decidedAt: input.decidedAt as string,
  };
}

/** What `checkConsentRecord` says of an input: the record, or why it is not one (an issue's `path` is `''` for the record as a whole). */
export type ConsentRecordCheck =
  | { readonly ok: true; readonly record: ConsentRecord }
  | { readonly ok: false; readonly issues: readonly { readonly path: string; readonly message: string }[] };

/** Records `checkConsentRecord` accepted (frozen), and stored records built on them by `receivedRecord`. */
const checkedRecords = new WeakSet<object>();

/**
 * Checks a consent record as the browser sends it (C9): `consentRecordSchema`, and every key of
 * its `categories` and `services` must come through. The schema's records skip a key such as
 * `__proto__` (an own property after `JSON.parse`) instead of refusing it; such an input is
 * refused here, whole. The record returned is frozen (with its `categories`, `services` and
 * `signals`), so it stays what was checked.
 *
 * @example
 * ```ts
 * const check = checkConsentRecord(JSON.parse(body));
 * if (!check.ok) return answer400(check.issues);
 * ```
 */
export function checkConsentRecord(input: unknown): ConsentRecordCheck {
  let record = wellFormedRecord(input);
  if (!record) {
    const parsed = consentRecordSchema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, issues: parsed.error.issues.map((i) => ({ path: pathText(i.path), message: i.message })) };
    }
    record = parsed.data;
    for (const field of ['categories', 'services'] as const) {
      const kept = record[field];
      for (const key of Object.keys((input as Record<string, object>)[field]!)) {
        if (!Object.prototype.hasOwnProperty.call(kept, key)) {
          return { ok: false, issues: [{ path: `${field}.${JSON.stringify(key).slice(1, -1).slice(0, 64)}`, message: 'must be a category or service id' }] };
        }
      }
    }
  }
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

/** The policy format as a JSON Schema, for editors to autocomplete policy files. */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(cookiePolicySchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
