import * as nodeCrypto from 'node:crypto';
import { createHash, createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { canonicalJson, type StoredConsentRecord } from '@cookiekit/core';
import { ConsentLogConfigError } from './errors';

/** A secret for the HMAC chain: at least 32 bytes (a string counts its UTF-8 bytes). */
export type ConsentLogKey = string | Uint8Array;

/** The `prev` of the first batch and of the first event. */
export const GENESIS = 'genesis';

/** The smallest key accepted, in bytes. */
export const MIN_KEY_BYTES = 32;

export interface Keyring {
  /** The id written beside every new batch and event. */
  readonly currentId: string | undefined;
  /** The secret of a key id, or undefined when this keyring does not hold it. */
  secret(id: string): KeyObject | undefined;
  /** How many keys it holds. */
  readonly size: number;
}

function keyBytes(key: ConsentLogKey, id: string): Buffer {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key);
  if (bytes.length < MIN_KEY_BYTES) {
    throw new ConsentLogConfigError(
      `The consent log key "${id}" is ${bytes.length} bytes; it must be at least ${MIN_KEY_BYTES} random bytes (e.g. \`openssl rand -base64 48\`).`,
    );
  }
  return bytes;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;

export function createKeyring(
  key: ConsentLogKey | undefined,
  keyId = 'k1',
  previous: Readonly<Record<string, ConsentLogKey>> = {},
): Keyring {
  const secrets = new Map<string, KeyObject>();
  for (const [id, value] of Object.entries(previous)) {
    if (!KEY_ID.test(id)) throw new ConsentLogConfigError(`Invalid key id "${id}": use 1 to 32 letters, digits, ".", "_" or "-".`);
    secrets.set(id, createSecretKey(keyBytes(value, id)));
  }
  if (key !== undefined) {
    if (!KEY_ID.test(keyId)) throw new ConsentLogConfigError(`Invalid key id "${keyId}": use 1 to 32 letters, digits, ".", "_" or "-".`);
    secrets.set(keyId, createSecretKey(keyBytes(key, keyId)));
  }
  return { currentId: key === undefined ? undefined : keyId, secret: (id) => secrets.get(id), size: secrets.size };
}

// `crypto.hash` (Node 20.12 and later) hashes in one call, without building a `Hash` object:
// about a fifth of the time for a digest this short. Older Node takes `createHash`; same output.
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256: (text: string) => string =
  typeof oneShot === 'function' ? (text) => oneShot('sha256', text, 'hex') : (text) => createHash('sha256').update(text).digest('hex');
const hmac = (secret: KeyObject, text: string) => createHmac('sha256', secret).update(text).digest('hex');

/** Constant-time comparison of two hex strings. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

const entries = (map: Readonly<Record<string, boolean>>) =>
  Object.keys(map)
    .sort()
    .map((k) => [k, map[k]]);

/**
 * The content of a record as the chain sees it: every field, in a fixed order, and its position.
 * (A JSON array rather than canonical JSON of an object: the same guarantees, a third of the cost.)
 * The position is `seq` in chain 0 (the form logs had before several chains) and `[chain, seq]`
 * in the others, so a record cannot be moved to another chain unnoticed.
 */
export function recordDigest(seq: number, record: StoredConsentRecord, chain = 0): string {
  return sha256(
    JSON.stringify([
      'cookiekit-consent-log/1',
      chain === 0 ? seq : [chain, seq],
      record.recordId,
      record.subject,
      record.revision,
      record.policyHash,
      record.method,
      entries(record.categories),
      entries(record.services),
      record.language,
      record.signals.gpc,
      record.source,
      record.decidedAt,
      record.receivedAt,
      // Regime and region (0003): covered when present; a record without them (every record
      // written before they existed) keeps the digest it always had.
      ...(record.regime !== undefined || record.region !== undefined ? [['jurisdiction', record.regime ?? null, record.region ?? null]] : []),
    ]),
  );
}

/** The per-record tag: an HMAC of the digest, so a changed row is named, not only its batch. */
export function recordTag(secret: KeyObject, digest: string): string {
  return hmac(secret, `record:${digest}`);
}

export interface BatchFields {
  /** The chain; 0 is left out of the link, as before several chains. */
  readonly chain?: number;
  readonly batch: number;
  readonly prev: string;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly committedAt: string;
  readonly keyId: string;
}

/** The batch link: HMAC over the previous link, the batch's place and the digests of its records. */
export function batchMac(secret: KeyObject, fields: BatchFields, digests: readonly string[]): string {
  return hmac(
    secret,
    canonicalJson({
      v: 1,
      ...(fields.chain ? { chain: fields.chain } : {}),
      batch: fields.batch,
      prev: fields.prev,
      firstSeq: fields.firstSeq,
      lastSeq: fields.lastSeq,
      count: digests.length,
      committedAt: fields.committedAt,
      keyId: fields.keyId,
      root: sha256(digests.join(',')),
    }),
  );
}

export interface EventFields {
  readonly id: number;
  readonly kind: string;
  readonly at: string;
  readonly detail: string;
  readonly prev: string;
  readonly keyId: string;
}

/** The event link (purge, erasure): HMAC over the previous event and this one. */
export function eventMac(secret: KeyObject, fields: EventFields): string {
  return hmac(secret, canonicalJson({ v: 1, ...fields }));
}
