/**
 * `@cookiekit/core/check`: `validatePolicy` and `checkConsentRecord` of `@cookiekit/core/schema`
 * for Node servers, without loading zod until an input fails the zod-free check. A server that is
 * only given valid policies and well-formed records never loads it, which keeps about 3 MB off
 * its heap for as long as it runs. The answers are the schema entry's, word for word.
 */
import { createRequire } from 'node:module';
import type { ConsentRecord } from '../record';
import { checkConsentRecordWith, validatePolicyWith, type ConsentRecordCheck, type PolicyValidation, type StructureCheck } from './validate';

export { MAX_CHOICES, checkWellFormedRecord, isCheckedRecord, receivedRecord, type ConsentRecordCheck, type PolicyIssue, type PolicyValidation } from './validate';

/** What the checks use of `@cookiekit/core/schema`: its two schemas' `safeParse`. */
interface SchemaEntry {
  readonly cookiePolicySchema: { safeParse: StructureCheck<unknown> };
  readonly consentRecordSchema: { safeParse: StructureCheck<ConsentRecord> };
}

// Not a literal, so that no bundler (this package's build included) inlines the schema entry,
// and zod with it, into this one.
const SCHEMA_ENTRY: string = ['@cookiekit', 'core', 'schema'].join('/');
let schemaEntry: SchemaEntry | undefined;

/**
 * The schema entry, loaded on first need. Synchronous (`createCookieKit` throws at once on an
 * invalid policy), so through `createRequire`: the CommonJS build of the schema, which keeps no state
 * the checks share, serves both builds of this entry. Undefined when it cannot be loaded (a
 * server bundled without its `node_modules`).
 */
function schema(): SchemaEntry | undefined {
  if (schemaEntry === undefined) {
    try {
      // The CommonJS build is given `import.meta.url` by its bundler, from `__filename`.
      schemaEntry = createRequire(import.meta.url)(SCHEMA_ENTRY) as SchemaEntry;
    } catch {
      return undefined;
    }
  }
  return schemaEntry;
}

/** The answer when zod cannot explain: the input is refused all the same, as a whole. */
const unexplained = (what: string) => ({
  success: false as const,
  error: { issues: [{ path: [], message: `is not ${what} (${SCHEMA_ENTRY} could not be loaded to say where)` }] },
});
const policyStructure = (): StructureCheck<unknown> => (input) =>
  schema()?.cookiePolicySchema.safeParse(input) ?? unexplained('a cookie policy');
const recordStructure = (): StructureCheck<ConsentRecord> => (input) =>
  schema()?.consentRecordSchema.safeParse(input) ?? unexplained('a consent record');

/**
 * Checks a cookie policy: its structure, then the rules across fields (C2, C7, C8, unique ids,
 * known categories, names claimed twice). Never throws; every problem comes back with a path.
 * The same answers as `validatePolicy` of `@cookiekit/core/schema`; zod is loaded only for a
 * policy whose structure the zod-free check does not take.
 *
 * @example
 * ```ts
 * const result = validatePolicy(JSON.parse(text));
 * if (!result.ok) for (const i of result.issues) console.error(`${i.path}: ${i.message}`);
 * ```
 */
export function validatePolicy(input: unknown): PolicyValidation {
  return validatePolicyWith(input, policyStructure);
}

/**
 * Checks a consent record as the browser sends it (C9), as `checkConsentRecord` of
 * `@cookiekit/core/schema` does; zod is loaded only to read an input that is not a well-formed
 * record. The record returned is frozen and known to `isCheckedRecord`.
 *
 * @example
 * ```ts
 * const check = checkConsentRecord(JSON.parse(body));
 * if (!check.ok) return answer400(check.issues);
 * ```
 */
export function checkConsentRecord(input: unknown): ConsentRecordCheck {
  return checkConsentRecordWith(input, recordStructure);
}
