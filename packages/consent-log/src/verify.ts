import type { KeyObject } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { GENESIS, batchMac, eventMac, recordDigest, recordTag, sameHex, type Keyring } from './crypto';
import { TOMBSTONE, rowToRecord, tombstoneId, type RecordRow } from './records';
import type { BatchesTable, LogDatabase } from './schema';

/** What went wrong first. `seq` names the first bad record when the problem is in the records. */
export interface VerifyProblem {
  /**
   * - `changed`: the record's content (or its tombstone) does not match its tag;
   * - `missing`: a record (or a whole batch) that the chain expects is not there;
   * - `reordered`: the record is intact but stands at the wrong place (its original place is `movedFrom`);
   * - `unchained`: a record that no batch covers (added behind the log's back, or left by a purge);
   * - `batch`: a batch link was changed, removed or replayed;
   * - `event`: a purge or erasure event was changed or removed;
   * - `key`: a batch or event was written with a key id this configuration does not hold, or the
   *   secret configured for that id does not match (nothing signed with it verifies);
   * - `head`: the stored head does not match the end of the chain;
   * - `truncated`: the chain ends before the head given in `expectHead`.
   */
  readonly kind: 'changed' | 'missing' | 'reordered' | 'unchained' | 'batch' | 'event' | 'key' | 'head' | 'truncated';
  /** The chain the problem is in (absent for a problem of the event chain). */
  readonly chain?: number;
  /** Position of the first bad record (in its chain). */
  readonly seq?: number;
  /** Record id stored at that position, when a row is there. */
  readonly recordId?: string;
  readonly batch?: number;
  readonly event?: number;
  /** For `reordered`: the position the record was written at. */
  readonly movedFrom?: number;
  /** One sentence for a person. */
  readonly message: string;
}

/** The outcome of `verify` for one chain. */
export interface ChainReport {
  readonly chain: number;
  readonly ok: boolean;
  /** Records checked in this chain, tombstones included. */
  readonly records: number;
  /** Tombstones among them. */
  readonly erased: number;
  readonly batches: number;
  /** The signed purge anchor this chain was verified from, if it was purged. */
  readonly anchor: { readonly batch: number; readonly seq: number } | null;
  /** The chain's last link verified: keep it outside the database and pass it in `expectHead` later. */
  readonly head: { readonly batch: number; readonly seq: number; readonly mac: string } | null;
  /** The first bad record (or link) of this chain. */
  readonly firstBad?: VerifyProblem;
}

/** The outcome of `verify`. */
export interface VerifyReport {
  /** Whether the event chain and every record chain verified. */
  readonly ok: boolean;
  /** Records checked in all chains, tombstones included. */
  readonly records: number;
  /** Tombstones among them. */
  readonly erased: number;
  /** Batches checked in all chains. */
  readonly batches: number;
  readonly events: number;
  /** The signed purge anchor chain 0 was verified from, if it was purged. */
  readonly anchor: { readonly batch: number; readonly seq: number } | null;
  /** Chain 0's last link verified: keep it outside the database and pass it as `expectHead` later to detect a cut tail. */
  readonly head: { readonly batch: number; readonly seq: number; readonly mac: string } | null;
  /**
   * Every chain, in chain order, each with its own first bad record. Empty when the event chain
   * itself is bad (then no record chain can be trusted, and `firstBad` names the event).
   */
  readonly chains: readonly ChainReport[];
  /** The first problem: of the event chain, else of the lowest chain that has one. */
  readonly firstBad?: VerifyProblem;
}

/** A head kept from an earlier report; `chain` defaults to 0. */
export interface ExpectedHead {
  readonly chain?: number;
  readonly seq: number;
  readonly mac: string;
}

/** Options of `verify`. */
export interface VerifyOptions {
  /**
   * Heads from an earlier report (one, or one per chain), kept outside the database. Each chain
   * must still contain its head; otherwise records after it were removed together with their
   * batches (`truncated`).
   */
  readonly expectHead?: ExpectedHead | readonly ExpectedHead[];
  /** Check only this chain (the event chain is always checked). */
  readonly chain?: number;
  /** Stop after this batch of the chain checked (used by `purge` to check what it is about to delete). */
  readonly untilBatch?: number;
}

export interface PurgeAnchor {
  readonly batch: number;
  readonly seq: number;
  readonly mac: string;
}

const PAGE = 2000;
const REORDER_SEARCH = 100_000;

class Stop extends Error {
  constructor(readonly problem: VerifyProblem) {
    super(problem.message);
  }
}

function parseDetail(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

type Query = Pick<Kysely<LogDatabase>, 'selectFrom'>;
type Erasures = ReadonlyMap<string, { digest: string; event: number }>;
const at = (chain: number, seq: number) => `${chain}:${seq}`;

/** What the event chain says about the record chains. */
interface EventState {
  events: number;
  lastEvent: number;
  eventPrev: string;
  /** Tombstones the signed erasures made, by `chain:seq`. */
  erasedAt: Map<string, { digest: string; event: number }>;
  /** The latest signed purge anchor of each chain. */
  anchors: Map<number, PurgeAnchor>;
  /** The chains opened by a signed event (and chain 0). */
  opened: Set<number>;
}

async function verifyEvents(q: Query, keyring: Keyring, state: EventState): Promise<void> {
  const eventRows = await q.selectFrom('consent_events').selectAll().orderBy('id').execute();
  for (const row of eventRows) {
    const id = Number(row.id);
    if (id !== state.lastEvent + 1) {
      throw new Stop({ kind: 'event', event: state.lastEvent + 1, message: `Event ${state.lastEvent + 1} is missing.` });
    }
    const secret = keyring.secret(row.key_id);
    if (!secret) throw new Stop({ kind: 'key', event: id, message: `Event ${id} was signed with key "${row.key_id}", which is not configured.` });
    const expected = eventMac(secret, { id, kind: row.kind, at: row.at, detail: row.detail, prev: state.eventPrev, keyId: row.key_id });
    if (row.prev !== state.eventPrev || !sameHex(expected, row.mac)) {
      throw new Stop({ kind: 'event', event: id, message: `Event ${id} (${row.kind}) was changed, reordered or replaced.` });
    }
    const detail = parseDetail(row.detail);
    const invalid = (what: string) => new Stop({ kind: 'event', event: id, message: `Event ${id} (${row.kind}) ${what}.` });
    if (row.kind === 'purge') {
      // `anchor` (chain 0) as written before several chains; `anchors` names each chain purged.
      const list: unknown[] = detail?.anchors !== undefined ? (Array.isArray(detail.anchors) ? detail.anchors : [null]) : [];
      if (detail?.anchor !== undefined) list.push({ chain: 0, ...(detail.anchor as object) });
      if (list.length === 0) throw invalid('has no valid anchor');
      for (const item of list) {
        const a = item as Record<string, unknown> | null;
        if (!a || !isInt(a.chain) || !isInt(a.batch) || !isInt(a.seq) || typeof a.mac !== 'string') throw invalid('has no valid anchor');
        state.anchors.set(a.chain, { batch: a.batch, seq: a.seq, mac: a.mac });
      }
    } else if (row.kind === 'erase') {
      const list = detail?.records;
      if (!Array.isArray(list)) throw invalid('lists no records');
      for (const item of list as unknown[]) {
        const entry = item as { chain?: unknown; seq?: unknown; digest?: unknown };
        const chain = entry.chain ?? 0;
        if (!isInt(chain) || !isInt(entry.seq) || typeof entry.digest !== 'string') throw invalid('lists an invalid record');
        state.erasedAt.set(at(chain, entry.seq), { digest: entry.digest, event: id });
      }
    } else if (row.kind === 'chain') {
      if (!isInt(detail?.chain) || detail.chain === 0) throw invalid('names no valid chain');
      state.opened.add(detail.chain);
    } else {
      throw new Stop({ kind: 'event', event: id, message: `Event ${id} has an unknown kind "${row.kind}".` });
    }
    state.eventPrev = row.mac;
    state.lastEvent = id;
    state.events++;
  }
}

/** Every chain the database shows a trace of: opened by an event, or with a head, batch or record. */
async function chainsIn(q: Query, opened: ReadonlySet<number>): Promise<number[]> {
  const found = new Set(opened);
  for (const row of await q.selectFrom('consent_head').select('id').execute()) found.add(Number(row.id) - 1);
  for (const row of await q.selectFrom('consent_batches').select('chain').distinct().execute()) found.add(Number(row.chain));
  for (const row of await q.selectFrom('consent_records').select('chain').distinct().execute()) found.add(Number(row.chain));
  return [...found].sort((a, b) => a - b);
}

/**
 * Verifies the log on one snapshot (`q` is already scoped to the log's schema): the event chain,
 * then each record chain on its own, naming the first bad record of each.
 */
export async function verifyChain(q: Query, keyring: Keyring, options: VerifyOptions = {}): Promise<VerifyReport> {
  const state: EventState = { events: 0, lastEvent: 0, eventPrev: GENESIS, erasedAt: new Map(), anchors: new Map(), opened: new Set([0]) };
  const empty = (firstBad: VerifyProblem): VerifyReport => ({
    ok: false,
    records: 0,
    erased: 0,
    batches: 0,
    events: state.events,
    anchor: null,
    head: null,
    chains: [],
    firstBad,
  });
  // 1. The event chain: purges (with their anchors), erasures (with the tombstones they made) and
  // the opening of each chain after the first.
  try {
    await verifyEvents(q, keyring, state);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return empty((await wrongKey(q, keyring, error.problem)) ?? error.problem);
  }

  // 2. Each record chain, from its latest signed anchor (or its start).
  const expected = new Map<number, { seq: number; mac: string }>();
  const given = options.expectHead === undefined ? [] : 'seq' in options.expectHead ? [options.expectHead as ExpectedHead] : (options.expectHead as readonly ExpectedHead[]);
  for (const h of given) expected.set(h.chain ?? 0, { seq: h.seq, mac: h.mac });
  const chains = options.chain !== undefined ? [options.chain] : await chainsIn(q, state.opened);
  for (const chain of expected.keys()) if (!chains.includes(chain) && options.chain === undefined) chains.push(chain);
  const reports: ChainReport[] = [];
  for (const chain of chains) {
    reports.push(await verifyOneChain(q, keyring, chain, state, expected.get(chain), options.untilBatch));
  }
  const zero = reports.find((r) => r.chain === 0);
  const firstBad = reports.find((r) => !r.ok)?.firstBad;
  return {
    ok: !firstBad,
    records: reports.reduce((n, r) => n + r.records, 0),
    erased: reports.reduce((n, r) => n + r.erased, 0),
    batches: reports.reduce((n, r) => n + r.batches, 0),
    events: state.events,
    anchor: zero?.anchor ?? null,
    head: zero?.head ?? null,
    chains: reports,
    ...(firstBad ? { firstBad } : {}),
  };
}

async function verifyOneChain(
  q: Query,
  keyring: Keyring,
  chain: number,
  state: EventState,
  expectHead: { seq: number; mac: string } | undefined,
  untilBatch: number | undefined,
): Promise<ChainReport> {
  let records = 0;
  let erased = 0;
  let batches = 0;
  const anchor: PurgeAnchor | null = state.anchors.get(chain) ?? null;
  let head: ChainReport['head'] = null;
  const report = (firstBad?: VerifyProblem): ChainReport => ({
    chain,
    ok: !firstBad,
    records,
    erased,
    batches,
    anchor: anchor && { batch: anchor.batch, seq: anchor.seq },
    head,
    ...(firstBad ? { firstBad } : {}),
  });
  const records_ = () => q.selectFrom('consent_records').where('chain', '=', chain);
  const batches_ = () => q.selectFrom('consent_batches').where('chain', '=', chain);

  try {
    if (!state.opened.has(chain)) {
      const first = await records_().select(['seq', 'record_id']).orderBy('seq').limit(1).executeTakeFirst();
      throw new Stop({
        kind: 'unchained',
        ...(first ? { seq: Number(first.seq), recordId: first.record_id } : {}),
        message: `Chain ${chain} was never opened by a signed event: its rows were added behind the log's back.`,
      });
    }
    let expectedSeq = anchor ? anchor.seq + 1 : 1;
    let expectedBatch = anchor ? anchor.batch + 1 : 1;
    let prev = anchor ? anchor.mac : GENESIS;
    const firstLeftover = await records_().select(['seq', 'record_id']).where('seq', '<', expectedSeq).orderBy('seq').limit(1).executeTakeFirst();
    if (firstLeftover) {
      const seq = Number(firstLeftover.seq);
      throw new Stop({
        kind: 'unchained',
        seq,
        recordId: firstLeftover.record_id,
        message: `Record ${seq} lies before the purge anchor (seq ${expectedSeq - 1}): no batch covers it.`,
      });
    }

    // Where a moved record may have come from (only searched once something is found wrong).
    const lowestSeq = expectedSeq;
    const top = await records_().select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
    const highestSeq = top?.seq == null ? lowestSeq : Number(top.seq);

    // Records and batches are read page by page, in order, and walked side by side.
    let recordPage: RecordRow[] = [];
    let recordIndex = 0;
    let recordsDone = false;
    let lastRead = expectedSeq - 1;
    const nextRecord = async (): Promise<RecordRow | undefined> => {
      if (recordIndex >= recordPage.length && !recordsDone) {
        recordPage = await records_().selectAll().where('seq', '>', lastRead).orderBy('seq').limit(PAGE).execute();
        recordIndex = 0;
        if (recordPage.length < PAGE) recordsDone = true;
        if (recordPage.length > 0) lastRead = Number(recordPage[recordPage.length - 1]!.seq);
      }
      return recordPage[recordIndex];
    };
    const take = () => {
      recordIndex++;
    };

    let batchPage: Selectable<BatchesTable>[] = [];
    let lastBatchRead = expectedBatch - 1;
    let batchesDone = false;
    let seenExpected = !expectHead;
    if (expectHead && anchor && anchor.seq === expectHead.seq && anchor.mac === expectHead.mac) seenExpected = true;

    for (;;) {
      if (untilBatch !== undefined && expectedBatch > untilBatch) break;
      if (batchPage.length === 0) {
        if (batchesDone) break;
        batchPage = await batches_().selectAll().where('batch', '>', lastBatchRead).orderBy('batch').limit(PAGE).execute();
        if (batchPage.length < PAGE) batchesDone = true;
        if (batchPage.length === 0) break;
        lastBatchRead = Number(batchPage[batchPage.length - 1]!.batch);
      }
      const b = batchPage.shift()!;
      const batchNo = Number(b.batch);
      const first = Number(b.first_seq);
      const last = Number(b.last_seq);
      if (batchNo !== expectedBatch) {
        const row = await nextRecord();
        throw new Stop({
          kind: 'missing',
          seq: expectedSeq,
          batch: expectedBatch,
          ...(row && Number(row.seq) === expectedSeq ? { recordId: row.record_id } : {}),
          message: `Batch ${expectedBatch} is missing: the chain breaks before record ${expectedSeq}.`,
        });
      }
      const secret = keyring.secret(b.key_id);
      if (!secret) {
        throw new Stop({ kind: 'key', seq: expectedSeq, batch: batchNo, message: `Batch ${batchNo} was signed with key "${b.key_id}", which is not configured.` });
      }
      if (first !== expectedSeq || last < first || last - first > 10_000_000) {
        throw new Stop({ kind: 'batch', seq: expectedSeq, batch: batchNo, message: `Batch ${batchNo} does not start at record ${expectedSeq}: its link was changed.` });
      }
      const digests: string[] = [];
      for (let seq = first; seq <= last; seq++) {
        const row = await nextRecord();
        if (!row || Number(row.seq) > seq) {
          throw new Stop({ kind: 'missing', seq, batch: batchNo, message: `Record ${seq} (batch ${batchNo}) is missing.` });
        }
        digests.push(checkRow(row, chain, seq, batchNo, secret, state.erasedAt, lowestSeq, highestSeq));
        if (Number(row.erased) === 1) erased++;
        records++;
        take();
      }
      const mac = batchMac(secret, { chain, batch: batchNo, prev, firstSeq: first, lastSeq: last, committedAt: b.committed_at, keyId: b.key_id }, digests);
      if (b.prev !== prev || !sameHex(mac, b.mac) || Number(b.count) !== digests.length) {
        throw new Stop({
          kind: 'batch',
          seq: first,
          batch: batchNo,
          message: `Batch ${batchNo} (records ${first} to ${last}) does not match its link: the batch row was changed or replaced.`,
        });
      }
      prev = b.mac;
      head = { batch: batchNo, seq: last, mac: b.mac };
      if (expectHead && last === expectHead.seq && b.mac === expectHead.mac) seenExpected = true;
      expectedSeq = last + 1;
      expectedBatch = batchNo + 1;
      batches++;
    }

    if (untilBatch !== undefined) return report();

    const extra = await nextRecord();
    if (extra) {
      const seq = Number(extra.seq);
      throw new Stop({
        kind: seq === expectedSeq ? 'unchained' : 'missing',
        seq: seq === expectedSeq ? seq : expectedSeq,
        ...(seq === expectedSeq ? { recordId: extra.record_id } : {}),
        message:
          seq === expectedSeq
            ? `Record ${seq} is not covered by any batch: it was added behind the log's back, or its batch was removed.`
            : `Record ${expectedSeq} is missing (the next record stored is ${seq}).`,
      });
    }

    // 3. The head the chain's writers chain from must be the end of what was verified (row 1
    // also holds the end of the event chain).
    const stored = await q.selectFrom('consent_head').selectAll().where('id', '=', chain + 1).executeTakeFirst();
    const endSeq = expectedSeq - 1;
    const eventsEnd = chain === 0 ? { id: state.lastEvent, mac: state.eventPrev } : { id: 0, mac: GENESIS };
    if (
      !stored ||
      Number(stored.seq) !== endSeq ||
      Number(stored.batch) !== expectedBatch - 1 ||
      stored.mac !== prev ||
      Number(stored.event_id) !== eventsEnd.id ||
      stored.event_mac !== eventsEnd.mac
    ) {
      throw new Stop({
        kind: 'head',
        seq: endSeq + 1,
        message: `The stored head does not match the end of the chain (record ${endSeq}, batch ${expectedBatch - 1}${chain === 0 ? `, event ${state.lastEvent}` : ''}): batches or events after it were removed, or the head was changed.`,
      });
    }
    if (!seenExpected) {
      throw new Stop({
        kind: 'truncated',
        seq: expectHead!.seq,
        message: `The chain no longer contains the expected head (record ${expectHead!.seq}): records were cut from its end.`,
      });
    }
    if (!head && anchor) head = { batch: anchor.batch, seq: anchor.seq, mac: anchor.mac };
    return report();
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const problem = (await wrongKey(q, keyring, error.problem, chain)) ?? error.problem;
    return report({ ...problem, chain, message: chain === 0 ? problem.message : `Chain ${chain}: ${problem.message}` });
  }
}

/** How many batches (and events) of one key id are tried before a key is called wrong. */
const KEY_SAMPLE = 3;

/**
 * A change found under a key that verifies nothing at all is a wrong key, not a change: returns
 * that diagnosis when no record tag, batch link or event of the problem's key id verifies with
 * the configured secret (a forger would have to rewrite every sampled row and link to look so).
 */
async function wrongKey(q: Query, keyring: Keyring, problem: VerifyProblem, chain = 0): Promise<VerifyProblem | undefined> {
  let keyId: string | undefined;
  if ((problem.kind === 'changed' || problem.kind === 'batch' || problem.kind === 'reordered') && problem.batch !== undefined) {
    keyId = (await q.selectFrom('consent_batches').select('key_id').where('chain', '=', chain).where('batch', '=', problem.batch).executeTakeFirst())?.key_id;
  } else if (problem.kind === 'event' && problem.event !== undefined) {
    keyId = (await q.selectFrom('consent_events').select('key_id').where('id', '=', problem.event).executeTakeFirst())?.key_id;
  }
  const secret = keyId === undefined ? undefined : keyring.secret(keyId);
  if (keyId === undefined || !secret) return undefined;
  const batches = await q.selectFrom('consent_batches').selectAll().where('key_id', '=', keyId).orderBy('chain').orderBy('batch').limit(KEY_SAMPLE).execute();
  let checked = 0;
  for (const b of batches) {
    const rows = await q
      .selectFrom('consent_records')
      .select(['digest', 'tag'])
      .where('chain', '=', b.chain)
      .where('seq', '>=', Number(b.first_seq))
      .where('seq', '<=', Number(b.last_seq))
      .orderBy('seq')
      .execute();
    if (rows.some((r) => sameHex(recordTag(secret, r.digest), r.tag))) return undefined;
    checked += rows.length + 1;
    const fields = { chain: Number(b.chain), batch: Number(b.batch), prev: b.prev, firstSeq: Number(b.first_seq), lastSeq: Number(b.last_seq), committedAt: b.committed_at, keyId };
    if (sameHex(batchMac(secret, fields, rows.map((r) => r.digest)), b.mac)) return undefined;
  }
  const events = await q.selectFrom('consent_events').selectAll().where('key_id', '=', keyId).orderBy('id').limit(KEY_SAMPLE).execute();
  for (const e of events) {
    if (sameHex(eventMac(secret, { id: Number(e.id), kind: e.kind, at: e.at, detail: e.detail, prev: e.prev, keyId }), e.mac)) return undefined;
    checked++;
  }
  // One lone signature that fails is a change, whatever the key: a wrong key needs two witnesses.
  if (checked < 2) return undefined;
  const where = problem.batch !== undefined ? `batch ${problem.batch}` : `event ${problem.event}`;
  return {
    kind: 'key',
    ...(problem.seq !== undefined ? { seq: problem.seq } : {}),
    ...(problem.batch !== undefined ? { batch: problem.batch } : {}),
    ...(problem.event !== undefined ? { event: problem.event } : {}),
    message: `The key "${keyId}" does not match the one this log was signed with: no record, batch or event signed as "${keyId}" verifies with it (first seen at ${where}). Check the configured key.`,
  };
}

/** Checks one row at position `seq`; returns the digest the batch link covers. */
function checkRow(
  row: RecordRow,
  chain: number,
  seq: number,
  batch: number,
  secret: KeyObject,
  erasedAt: Erasures,
  lowest: number,
  highest: number,
): string {
  const recordId = row.record_id;
  const changed = (why: string): Stop =>
    new Stop({ kind: 'changed', seq, recordId, batch, message: `Record ${seq} (${recordId}) was changed: ${why}.` });
  const erasure = erasedAt.get(at(chain, seq));
  if (Number(row.erased) === 1) {
    if (Number(row.batch) !== batch) throw changed(`it claims batch ${String(row.batch)}`);
    if (!erasure) throw changed('it is a tombstone that no signed erasure made');
    const blank =
      row.record_id === tombstoneId(seq, chain) &&
      (Object.keys(TOMBSTONE) as (keyof typeof TOMBSTONE)[]).every((k) => String(row[k]) === String(TOMBSTONE[k]));
    if (!blank || row.digest !== erasure.digest || !sameHex(recordTag(secret, erasure.digest), row.tag)) {
      throw changed(`its tombstone differs from what erasure event ${erasure.event} left`);
    }
    return erasure.digest;
  }
  if (Number(row.erased) !== 0) throw changed('its erased flag is invalid');
  if (erasure) throw changed(`erasure event ${erasure.event} removed it, yet it holds personal data again`);
  if (Number(row.gpc) !== 0 && Number(row.gpc) !== 1) throw changed('its GPC flag is invalid');
  let record;
  try {
    record = rowToRecord(row);
  } catch (error) {
    throw changed(error instanceof TypeError ? error.message : 'its stored choices are not valid JSON');
  }
  const digest = recordDigest(seq, record, chain);
  const tagOk = sameHex(recordTag(secret, row.digest), row.tag);
  if (digest === row.digest && tagOk) {
    if (Number(row.batch) !== batch) throw changed(`it claims batch ${String(row.batch)}`);
    return digest;
  }
  // Checked before the batch column: a row moved to another batch keeps the batch it was written in.
  if (tagOk) {
    // Intact content with a valid tag for another position: the row was moved. Nearest first.
    for (let d = 1; d <= REORDER_SEARCH; d++) {
      const other = [seq - d, seq + d].find((s) => s >= lowest && s <= highest && recordDigest(s, record, chain) === row.digest);
      if (seq - d < lowest && seq + d > highest) break;
      if (other !== undefined) {
        throw new Stop({
          kind: 'reordered',
          seq,
          recordId,
          batch,
          movedFrom: other,
          message: `Record ${seq} (${recordId}) is out of place: it was written at position ${other}.`,
        });
      }
    }
  }
  throw changed('its content does not match its tag');
}
