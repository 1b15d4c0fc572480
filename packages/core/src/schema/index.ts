/**
 * `@cookiekit/core/schema`: checks a cookie policy before it is used. Kept out of the main entry
 * so zod never reaches the browser bundle.
 */
import * as z from 'zod';
import { ID_PATTERN, REVISION_PATTERN } from '../codec';
import { CONSENT_METHODS } from '../decide';
import { parseDuration } from '../duration';
import { CATEGORY_KINDS, PURPOSES, STORAGE_KINDS, UNDECLARED_COOKIE_HANDLINGS } from '../policy';
import { REGIMES } from '../regions/regime';
import type { ConsentRecord } from '../record';
import { CONSENT_SOURCES } from '../store';
import {
  COOKIE_NAME_PATTERN,
  HOST_PATTERN,
  LANGUAGE_KEY_PATTERN,
  LANGUAGE_PATTERN,
  OPT_OUT_LINKS,
  RECORD_ID_PATTERN,
  REGION_KEY_PATTERN,
} from '../check/structure';
import { checkConsentRecordWith, validatePolicyWith, type ConsentRecordCheck, type PolicyValidation, type StructureCheck } from '../check/validate';

export {
  MAX_CHOICES,
  isCheckedRecord,
  receivedRecord,
  type ConsentRecordCheck,
  type PolicyIssue,
  type PolicyValidation,
} from '../check/validate';

const text = z.union([z.string().min(1), z.record(z.string().regex(LANGUAGE_KEY_PATTERN), z.string())]);
const id = z.string().regex(ID_PATTERN, 'must be 1 to 32 letters, digits, "-" or "_", starting with a letter or digit');
const duration = z
  .string()
  .refine((d) => parseDuration(d) !== undefined, 'must be "session" or a length such as "13 months", "1 year", "30 days"');
const cookieName = z.string().regex(COOKIE_NAME_PATTERN, 'must be a valid cookie name of at most 64 characters');

const storageItem = z
  .object({
    kind: z.enum(STORAGE_KINDS).optional(),
    name: z.string().min(1).max(128).optional(),
    pattern: z.string().min(1).max(256).optional(),
    displayName: z.string().min(1).max(128).optional(),
    domain: z
      .string()
      .regex(HOST_PATTERN, 'must be a host name such as "example.com"')
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
    defaultLanguage: z.string().regex(LANGUAGE_KEY_PATTERN).optional(),
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
            z.string().regex(REGION_KEY_PATTERN, 'must be a country (GB), a subdivision (US-CA), EU or EEA'),
            z.enum(REGIMES),
          )
          .optional(),
        table: z.boolean().optional(),
        reask: z.partialRecord(z.enum(REGIMES), duration).optional(),
        optOutLink: z.enum(OPT_OUT_LINKS).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

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
  return validatePolicyWith(input, () => policyStructure);
}
const policyStructure: StructureCheck<unknown> = (input) => cookiePolicySchema.safeParse(input);

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

const recordStructure: StructureCheck<ConsentRecord> = (input) => consentRecordSchema.safeParse(input);

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
  return checkConsentRecordWith(input, () => recordStructure);
}

/** The policy format as a JSON Schema, for editors to autocomplete policy files. */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(cookiePolicySchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
