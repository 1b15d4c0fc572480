import type { ConsentSink, StoredConsentRecord } from '@cookiekit/core';

/** A `ConsentSink` kept in memory, with its records readable for tests and previews. */
export interface MemorySink extends ConsentSink {
  /** Every record, oldest first. */
  readonly records: readonly StoredConsentRecord[];
}

/**
 * A consent sink in memory, for development and tests: lost on restart, so no proof of consent.
 * Use `@cookiekit/consent-log` in production. A repeated record id writes nothing; beyond
 * `limit` records (default 100,000) `append` fails, which the consent API answers with 503.
 *
 * @example
 * ```ts
 * const sink = memorySink();
 * app.use(cookiekit({ policy, consentApi: { sink } }));
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function memorySink(options: { limit?: number } = {}): MemorySink {
  const limit = options.limit ?? 100_000;
  const records: StoredConsentRecord[] = [];
  const ids = new Set<string>();
  return {
    records,
    async append(record) {
      if (ids.has(record.recordId)) return { duplicate: true };
      if (records.length >= limit) throw new Error(`cookiekit: memory sink is full (${limit} records)`);
      ids.add(record.recordId);
      records.push(structuredClone(record));
      return { duplicate: false };
    },
    async history(subject) {
      return records.filter((r) => r.subject === subject).map((r) => structuredClone(r));
    },
  };
}
