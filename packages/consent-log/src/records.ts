import { CONSENT_METHODS, CONSENT_SOURCES, REGIMES, canonicalJson, type ConsentMethod, type ConsentSource, type Regime, type StoredConsentRecord } from '@cookiekit/core';
import { checkConsentRecord, isCheckedRecord } from '@cookiekit/core/check';
import { ConsentLogInputError } from './errors';
import type { Selectable } from 'kysely';
import type { RecordsTable } from './schema';

export type RecordRow = Selectable<RecordsTable>;

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const POLICY_HASH = /^[A-Za-z0-9+/=_:.-]{8,200}$/;
/** ISO 3166-1 alpha-2 (`DE`) or ISO 3166-2 (`US-CA`): a country or a subdivision, nothing finer. */
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** Whether `value` is a region the log stores: an ISO 3166-1 alpha-2 country or an ISO 3166-2 subdivision code. */
export const isRegionCode = (value: unknown): value is string => typeof value === 'string' && REGION.test(value);
/** Whether `value` is one of core's regimes. */
export const isRegime = (value: unknown): value is Regime => typeof value === 'string' && (REGIMES as readonly string[]).includes(value);

/**
 * Checks a record before it is queued: the browser part with the core's `checkConsentRecord`
 * (the check the consent API runs; skipped for a record it checked), the server part here. Returns the received time in ms.
 */
export function checkRecord(record: StoredConsentRecord): number {
  if (!record || typeof record !== 'object') throw new ConsentLogInputError('A consent record must be an object.');
  const { receivedAt, policyHash, regime, region } = record;
  // The browser part once: a record the consent API checked in this process (core's
  // `checkConsentRecord`, frozen since) is not checked again; any other is, here.
  if (!isCheckedRecord(record)) {
    const { receivedAt: _r, policyHash: _p, regime: _g, region: _n, ...browserPart } = record;
    const result = checkConsentRecord(browserPart);
    if (!result.ok) {
      const issue = result.issues[0]!;
      throw new ConsentLogInputError(`Invalid consent record: ${issue.path || 'record'}: ${issue.message}`);
    }
  }
  if (typeof receivedAt !== 'string' || !ISO_UTC.test(receivedAt) || Number.isNaN(Date.parse(receivedAt))) {
    throw new ConsentLogInputError('Invalid consent record: receivedAt must be an ISO 8601 UTC time such as 2025-01-31T12:00:00.000Z.');
  }
  if (typeof policyHash !== 'string' || !POLICY_HASH.test(policyHash)) {
    throw new ConsentLogInputError('Invalid consent record: policyHash must be 8 to 200 hash characters.');
  }
  if (regime !== undefined && !isRegime(regime)) {
    throw new ConsentLogInputError(`Invalid consent record: regime must be one of ${REGIMES.join(', ')}.`);
  }
  if (region !== undefined && !isRegionCode(region)) {
    throw new ConsentLogInputError('Invalid consent record: region must be an ISO 3166-1 alpha-2 country (DE) or an ISO 3166-2 subdivision (US-CA).');
  }
  return Date.parse(receivedAt);
}

/** The fields a tombstone keeps; everything else about the subject is gone. */
export const TOMBSTONE = {
  subject: '',
  method: '',
  categories: '{}',
  services: '{}',
  language: '',
  gpc: 0,
  source: '',
  decided_at: '',
  regime: null,
  region: null,
} as const;

/** The record id a tombstone gets (record ids are unique; the original one is erased too). */
export const tombstoneId = (seq: number, chain = 0) => (chain === 0 ? `erased:${seq}` : `erased:${chain}:${seq}`);

/**
 * Appends a record's stored columns to `into`, in the order of the insert's columns from
 * `record_id` to `received_at` (chain.ts's `RECORD_COLUMNS`): record id, subject, revision, policy hash, method,
 * categories, services, language, gpc, source, decided at, received at.
 */
export function pushRecordValues(into: unknown[], record: StoredConsentRecord): void {
  into.push(
    record.recordId,
    record.subject,
    record.revision,
    record.policyHash,
    record.method,
    canonicalJson(record.categories),
    canonicalJson(record.services),
    record.language,
    record.signals.gpc ? 1 : 0,
    record.source,
    record.decidedAt,
    record.receivedAt,
  );
}

const isMethod = (value: string): value is ConsentMethod => (CONSENT_METHODS as readonly string[]).includes(value);
const isSource = (value: string): value is ConsentSource => (CONSENT_SOURCES as readonly string[]).includes(value);

/**
 * A stored row back as a record. Throws a `SyntaxError` when a row's JSON was damaged, and a
 * `TypeError` when its method or source is not one core lists.
 */
export function rowToRecord(row: RecordRow): StoredConsentRecord {
  if (!isMethod(row.method)) throw new TypeError(`its method "${row.method}" is not a consent method`);
  if (!isSource(row.source)) throw new TypeError(`its source "${row.source}" is not a consent source`);
  return {
    recordId: row.record_id,
    subject: row.subject,
    revision: row.revision,
    method: row.method,
    categories: JSON.parse(row.categories) as Record<string, boolean>,
    services: JSON.parse(row.services) as Record<string, boolean>,
    language: row.language,
    signals: { gpc: Number(row.gpc) === 1 },
    source: row.source,
    decidedAt: row.decided_at,
    receivedAt: row.received_at,
    policyHash: row.policy_hash,
    ...(row.regime != null ? { regime: row.regime as Regime } : {}),
    ...(row.region != null ? { region: row.region } : {}),
  };
}

/** One line of an export: a record with its place in the log, or what is left of an erased one. */
export type ExportedRecord =
  | (StoredConsentRecord & { readonly chain: number; readonly seq: number; readonly batch: number })
  | {
      readonly chain: number;
      readonly seq: number;
      readonly batch: number;
      readonly erased: true;
      readonly revision: string;
      readonly policyHash: string;
      readonly receivedAt: string;
    };

export function rowToExport(row: RecordRow): ExportedRecord {
  const chain = Number(row.chain);
  const seq = Number(row.seq);
  const batch = Number(row.batch);
  if (Number(row.erased) === 1) {
    return { chain, seq, batch, erased: true, revision: row.revision, policyHash: row.policy_hash, receivedAt: row.received_at };
  }
  return { chain, seq, batch, ...rowToRecord(row) };
}
