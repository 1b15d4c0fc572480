import type { ConsentMethod } from './decide';
import type { Regime } from './regions/regime';
import type { ConsentSource } from './store';

/**
 * A decision as the browser sends it to the consent API (C9). No IP address, no user agent.
 */
export interface ConsentRecord {
  /** Made by the client, unique: a repeat of the same record is written once. */
  readonly recordId: string;
  /** The pseudonymous subject id from the consent cookie. */
  readonly subject: string;
  /** The policy revision the choice was made on. */
  readonly revision: string;
  readonly method: ConsentMethod;
  readonly categories: Readonly<Record<string, boolean>>;
  readonly services: Readonly<Record<string, boolean>>;
  /** The language the banner was shown in. */
  readonly language: string;
  /** The privacy signals present when the choice was made. */
  readonly signals: { readonly gpc: boolean };
  readonly source: ConsentSource;
  /** When the browser recorded it (ISO 8601, UTC). */
  readonly decidedAt: string;
}

/** A record as kept by a `ConsentSink`: what the server adds as proof. */
export interface StoredConsentRecord extends ConsentRecord {
  /** Server time of receipt (ISO 8601, UTC). */
  readonly receivedAt: string;
  /** Hash of the policy the server serves for this revision. */
  readonly policyHash: string;
  /** The regime the server applied to this visitor (present once regions are turned on). */
  readonly regime?: Regime;
  /**
   * The visitor's region as the server resolved it: an ISO 3166-1 alpha-2 country (`DE`) or an
   * ISO 3166-2 subdivision (`US-CA`), nothing finer.
   */
  readonly region?: string;
}

/** Where the consent API writes proof of consent. `@cookiekit/consent-log` implements it on real databases. */
export interface ConsentSink {
  /**
   * Appends a record; resolves only once it is durably stored. A record id already stored
   * writes nothing and resolves with `duplicate: true`.
   */
  append(record: StoredConsentRecord): Promise<{ readonly duplicate: boolean }>;
  /** A subject's records, oldest first. */
  history(subject: string): Promise<readonly StoredConsentRecord[]>;
  close?(): Promise<void>;
}

/**
 * The policy as canonical JSON (keys sorted), so a hash of it is the same wherever it is computed.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
