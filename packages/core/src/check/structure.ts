/**
 * The structure of a cookie policy and of a consent record, checked without zod. Each check
 * takes a subset of what the zod schema of `@cookiekit/core/schema` takes (everything a policy
 * file or a browser sends, as plain objects) and returns the same value; anything else is left to
 * the schema, which takes it or explains why not. `structure.test.ts` holds the two to each other.
 *
 * Why not zod here: a server checks every policy when it starts and every record it takes, and
 * zod's schemas hold about 3 MB of a Node process's heap for as long as it runs.
 */
import { ID_PATTERN, REVISION_PATTERN } from '../codec';
import { CONSENT_METHODS } from '../decide';
import { parseDuration } from '../duration';
import { CATEGORY_KINDS, PURPOSES, STORAGE_KINDS, UNDECLARED_COOKIE_HANDLINGS, type CookiePolicy } from '../policy';
import type { ConsentRecord } from '../record';
import { REGIMES } from '../regions/regime';
import { CONSENT_SOURCES } from '../store';

// The schema's patterns, shared with it (one definition of each rule).
export const LANGUAGE_KEY_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const COOKIE_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/;
export const HOST_PATTERN = /^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
export const REGION_KEY_PATTERN = /^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|EU|EEA)$/;
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
export const OPT_OUT_LINKS = ['do-not-sell', 'privacy-choices'] as const;

type Plain = Record<string, unknown>;

/** A plain object (`JSON.parse`'s kind, or a literal) without a `__proto__` own key, which a copy would turn into a prototype. */
const isPlain = (value: unknown): value is Plain => {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !Object.hasOwn(value, '__proto__') && Object.getOwnPropertySymbols(value).length === 0;
};
const oneOf = (values: readonly string[]) => {
  const set = new Set(values);
  return (value: unknown): boolean => typeof value === 'string' && set.has(value);
};
const matches = (value: unknown, pattern: RegExp): value is string => typeof value === 'string' && pattern.test(value);
const nonEmpty = (value: unknown, max = Infinity): value is string => typeof value === 'string' && value.length >= 1 && value.length <= max;
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isDuration = (value: unknown): boolean => typeof value === 'string' && parseDuration(value) !== undefined;

/** Only the keys `allowed` names, each checked when present (an absent or undefined key is optional). */
function fields(value: unknown, shape: Record<string, (field: unknown) => boolean>, required: readonly string[] = []): boolean {
  if (!isPlain(value)) return false;
  for (const key of Object.keys(value)) if (!Object.hasOwn(shape, key)) return false;
  for (const key of required) if (value[key] === undefined) return false;
  for (const key in shape) {
    const field = value[key];
    if (field !== undefined && !shape[key]!(field)) return false;
  }
  return true;
}
/** Every key and value checked (a zod record). */
function everyEntry(value: unknown, key: (k: string) => boolean, entry: (v: unknown) => boolean): boolean {
  return isPlain(value) && Object.keys(value).every((k) => key(k) && entry(value[k]));
}
const arrayOf = (value: unknown, item: (v: unknown) => boolean, min = 0): boolean => Array.isArray(value) && value.length >= min && value.every(item);

/**
 * A URL as zod's `z.url()` takes it and gives it back unchanged: parsed by the URL parser, with no
 * surrounding space and no tab or line break (which zod strips). `http` also asks for an
 * `http://` or `https://` URL.
 */
function isUrl(value: unknown, http = false): boolean {
  if (typeof value !== 'string' || value !== value.trim() || /[\t\n\r]/.test(value)) return false;
  if (!http) return URL.canParse(value);
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) return false;
  return /^https?:$/.test(new URL(value).protocol);
}

const isText = (value: unknown): boolean => nonEmpty(value) || everyEntry(value, (k) => LANGUAGE_KEY_PATTERN.test(k), (v) => typeof v === 'string');
const isId = (value: unknown): boolean => matches(value, ID_PATTERN);

const isStorageItem = (value: unknown): boolean =>
  fields(
    value,
    {
      kind: oneOf(STORAGE_KINDS),
      name: (v) => nonEmpty(v, 128),
      pattern: (v) => nonEmpty(v, 256),
      displayName: (v) => nonEmpty(v, 128),
      domain: (v) => matches(v, HOST_PATTERN),
      path: (v) => typeof v === 'string' && v.startsWith('/'),
      duration: isDuration,
      httpOnly: isBoolean,
      description: isText,
    },
    ['duration'],
  );

const isParty = (value: unknown): boolean =>
  isPlain(value) &&
  (value.type === 'first'
    ? fields(value, { type: () => true })
    : value.type === 'third' && fields(value, { type: () => true, name: (v) => nonEmpty(v), privacyUrl: (v) => isUrl(v, true) }, ['name', 'privacyUrl']));

const isExemption = (value: unknown): boolean =>
  fields(
    value,
    {
      type: (v) => v === 'audience-measurement',
      anonymousOutput: isBoolean,
      crossSiteTracking: isBoolean,
      combinedWithOtherData: isBoolean,
      extendsOnRevisit: isBoolean,
      dataRetention: isDuration,
    },
    ['type', 'anonymousOutput', 'crossSiteTracking', 'combinedWithOtherData', 'extendsOnRevisit', 'dataRetention'],
  );

const isCategory = (value: unknown): boolean =>
  fields(
    value,
    { id: isId, kind: oneOf(CATEGORY_KINDS), label: isText, description: isText, saleOrSharing: isBoolean, sensitive: isBoolean },
    ['id', 'label', 'description'],
  );

const isPurpose = (value: unknown): boolean => fields(value, { code: oneOf(PURPOSES), text: isText }, ['code']);

const isService = (value: unknown): boolean =>
  fields(
    value,
    {
      id: isId,
      provider: (v) => nonEmpty(v),
      function: isText,
      category: isId,
      party: isParty,
      purposes: (v) => arrayOf(v, isPurpose, 1),
      storage: (v) => arrayOf(v, isStorageItem),
      exemption: isExemption,
    },
    ['id', 'provider', 'function', 'category', 'party', 'purposes', 'storage'],
  );

const isRegime = oneOf(REGIMES);
const isRegions = (value: unknown): boolean =>
  fields(value, {
    regimes: (v) => everyEntry(v, (k) => REGION_KEY_PATTERN.test(k), isRegime),
    table: isBoolean,
    reask: (v) => everyEntry(v, isRegime, isDuration),
    optOutLink: oneOf(OPT_OUT_LINKS),
  });

/**
 * Whether `input` has a cookie policy's structure as `cookiePolicySchema` reads it, checked
 * without zod. False does not mean the schema refuses it (an object made by a class, say): ask
 * the schema then.
 */
export function hasPolicyStructure(input: unknown): input is CookiePolicy {
  return fields(
    input,
    {
      $schema: (v) => typeof v === 'string',
      revision: (v) => matches(v, REVISION_PATTERN),
      defaultLanguage: (v) => matches(v, LANGUAGE_KEY_PATTERN),
      site: (v) => fields(v, { name: (n) => nonEmpty(n), url: (u) => isUrl(u) }, ['name']),
      categories: (v) => arrayOf(v, isCategory, 1),
      services: (v) => arrayOf(v, isService),
      consentCookie: (v) => fields(v, { name: (n) => matches(n, COOKIE_NAME_PATTERN), domain: (d) => typeof d === 'string', duration: isDuration }),
      honorDoNotTrack: isBoolean,
      undeclaredCookies: oneOf(UNDECLARED_COOKIE_HANDLINGS),
      regions: isRegions,
    },
    ['revision', 'categories', 'services'],
  );
}

/** Whether a date and time is one zod's `z.iso.datetime()` takes: a real UTC date and time ending in `Z`. */
const DECIDED_AT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;
function isUtcDateTime(value: unknown): value is string {
  const parts = typeof value === 'string' ? DECIDED_AT_PATTERN.exec(value) : null;
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const RECORD_FIELDS: ReadonlySet<string> = new Set([
  'recordId',
  'subject',
  'revision',
  'method',
  'categories',
  'services',
  'language',
  'signals',
  'source',
  'decidedAt',
]);
const isMethod = oneOf(CONSENT_METHODS);
const isSource = oneOf(CONSENT_SOURCES);

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
 * kind), checked without zod; undefined for anything else, which the schema then reads and
 * explains. The consent API checks every record it takes.
 */
export function wellFormedRecord(input: unknown): ConsentRecord | undefined {
  if (!isPlain(input)) return undefined;
  const keys = Object.keys(input);
  if (keys.length !== RECORD_FIELDS.size || !keys.every((key) => RECORD_FIELDS.has(key))) return undefined;
  const { recordId, subject, revision, method, language, signals, source, decidedAt } = input;
  if (!matches(recordId, RECORD_ID_PATTERN) || !matches(subject, RECORD_ID_PATTERN) || !matches(revision, REVISION_PATTERN)) return undefined;
  if (!isMethod(method) || !isSource(source) || !matches(language, LANGUAGE_PATTERN) || !isUtcDateTime(decidedAt)) return undefined;
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
    decidedAt,
  };
}
