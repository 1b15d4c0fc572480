import type { IncomingHttpHeaders } from 'node:http';
import type { Signals } from '@cookiekit/core';

/** Anything with a `get(name)` for request headers: a Web `Headers`, or a wrapper over Node's. */
export interface HeaderSource {
  /** The header's value, several values joined with `, ` (`; ` for `cookie`), or `null`/`undefined`. */
  get(name: string): string | null | undefined;
}

/**
 * Node's request headers as a `HeaderSource` (names are lower case there; repeated headers are
 * joined with `, `, as Node does for unknown ones). Type-only use of Node, so the Web adapters
 * can use it where Node's objects are at hand.
 */
export function nodeHeaders(headers: IncomingHttpHeaders): HeaderSource {
  return { get: (name) => nodeHeader(headers, name) };
}

/** One header of a Node request, as `HeaderSource.get` answers: repeated ones joined by `, `. */
export function nodeHeader(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
}

/** Strips optional whitespace as HTTP defines it: spaces and tabs only. */
function trimOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

/**
 * Whether a `Sec-GPC` header turns Global Privacy Control on (C10): a value of exactly `1`,
 * whitespace around it not being part of it. Several headers arrive joined with `,`: on if any is `1`.
 * `0`, `true`, `yes`, empty or a missing header are off.
 *
 * @example
 * ```ts
 * gpcFromHeader(' 1 '); // true
 * gpcFromHeader('1, 0'); // true
 * gpcFromHeader('true'); // false
 * ```
 */
export function gpcFromHeader(value: string | null | undefined): boolean {
  if (!value) return false;
  for (const part of value.split(',')) if (trimOws(part) === '1') return true;
  return false;
}

/**
 * The privacy signals of a request: `Sec-GPC` (C10) and `DNT` (counted by `decide` only when
 * the policy sets `honorDoNotTrack`).
 *
 * @example
 * ```ts
 * const signals = signalsFromHeaders(request.headers); // { gpc: true, dnt: false }
 * ```
 */
export function signalsFromHeaders(headers: HeaderSource): Signals {
  return { ...sharedSignalsFromHeaders(headers) };
}

// The four answers `signalsFromHeaders` can give, frozen and shared: one object fewer a request.
const SIGNALS: readonly Signals[] = [
  Object.freeze({ gpc: false, dnt: false }),
  Object.freeze({ gpc: false, dnt: true }),
  Object.freeze({ gpc: true, dnt: false }),
  Object.freeze({ gpc: true, dnt: true }),
];

/** `signalsFromHeaders` as one of four shared frozen objects (for a request's consent). */
export function sharedSignalsFromHeaders(headers: HeaderSource): Signals {
  return SIGNALS[(gpcFromHeader(headers.get('sec-gpc')) ? 2 : 0) + (gpcFromHeader(headers.get('dnt')) ? 1 : 0)]!;
}
