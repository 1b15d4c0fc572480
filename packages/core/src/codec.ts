import { CONSENT_METHODS as METHODS, type Consent } from './decide';
import { REGIMES } from './regions/regime';

/**
 * The consent cookie's value, version 1:
 * `1~revision~subject~decidedAt~expiresAt~method~categories~services[~regime]`
 * with times in base 36 milliseconds, the method as one letter, and choices as `.`-separated ids,
 * a refused one prefixed with `!`. The regime a choice was made under (C25) is one letter after
 * them, left out for opt-in, so every value written before regimes existed reads the same. Only cookie-octets are used (C16), so no encoding is needed.
 */
const VERSION = '1';

/** The longest cookie (name and value) browsers must keep (C16). */
export const MAX_COOKIE_BYTES = 4096;

// Each method is stored as one letter: the letter at its index in CONSENT_METHODS. A new method
// is appended to both, so stored cookies keep their meaning.
const METHOD_LETTERS = 'arcwgo';
// The regime as the letter at its index in REGIMES; opt-in (`i`) is never written.
const REGIME_LETTERS = 'ionx';

/** Ids of categories and services: what the policy schema allows. */
export const ID_PATTERN = /^[A-Za-z0-9][\w-]{0,31}$/;
/** Policy revisions: what the policy schema allows. */
export const REVISION_PATTERN = /^[A-Za-z0-9][\w.-]{0,31}$/;
// A whole version-1 value; the choice lists are checked id by id after. `\w` is [A-Za-z0-9_].
const VALUE_PATTERN = /^1~([A-Za-z0-9][\w.-]{0,31})~([\w-]{16,64})~([0-9a-z]{1,10})~([0-9a-z]{1,10})~([arcwgo])~([^~]*)~([^~]*)(?:~([onx]))?$/;

function encodeChoices(choices: Readonly<Record<string, boolean>>): string {
  return Object.entries(choices)
    .map(([id, granted]) => (granted ? id : `!${id}`))
    .join('.');
}

function decodeChoices(text: string): Record<string, boolean> | null {
  const choices: Record<string, boolean> = Object.create(null);
  if (text === '') return choices;
  for (const part of text.split('.')) {
    const id = part.replace(/^!/, '');
    if (!ID_PATTERN.test(id) || id in choices) return null;
    // Granted unless it had the `!`.
    choices[id] = id === part;
  }
  return choices;
}

/**
 * Writes a consent as a cookie value made only of cookie-octets.
 * Throws a `RangeError` for what would not read back the same: ids, revisions or a subject the
 * policy schema would refuse, or a value longer than a browser keeps.
 *
 * @example
 * ```ts
 * document.cookie = `cookies_preferences=${encodeConsent(consent)}; Path=/; SameSite=Lax`;
 * ```
 */
export function encodeConsent(consent: Consent): string {
  const value = [
    VERSION,
    consent.revision,
    consent.subject,
    Math.trunc(consent.decidedAt).toString(36),
    Math.trunc(consent.expiresAt).toString(36),
    METHOD_LETTERS[METHODS.indexOf(consent.method)],
    encodeChoices(consent.categories),
    encodeChoices(consent.services),
  ];
  if (consent.regime && consent.regime !== 'opt-in') value.push(REGIME_LETTERS[REGIMES.indexOf(consent.regime)]!);
  const text = value.join('~');
  // One rule for what can be stored: the value must read back as the same consent. A revision,
  // subject or id outside the schema's characters (a `.`, `~` or `;` in an id) would not.
  const back = decodeConsent(text);
  if (
    !back ||
    JSON.stringify([back.categories, back.services, back.regime ?? 'opt-in']) !==
      JSON.stringify([consent.categories, consent.services, consent.regime ?? 'opt-in'])
  ) {
    throw new RangeError(`cookiekit: cannot store consent "${text}"`);
  }
  return text;
}

/**
 * Reads a consent cookie value. Anything that is not a well-formed version-1 value (truncated,
 * forged, another version, oversized) yields `null`, "no valid choice": it never throws.
 */
export function decodeConsent(value: string | null | undefined): Consent | null {
  if (typeof value !== 'string' || value.length > MAX_COOKIE_BYTES) return null;
  const fields = VALUE_PATTERN.exec(value);
  if (!fields) return null;
  const [, revision, subject, decided, expires, methodCode, categoryText, serviceText, regimeCode] = fields as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const categories = decodeChoices(categoryText);
  const services = decodeChoices(serviceText);
  const decidedAt = parseInt(decided, 36);
  const expiresAt = parseInt(expires, 36);
  // Ten base-36 digits stay under 2^53, so both times are safe integers.
  if (!categories || !services) return null;
  const method = METHODS[METHOD_LETTERS.indexOf(methodCode)]!;
  const consent: Consent = { revision, subject, decidedAt, expiresAt, method, categories, services };
  return regimeCode ? { ...consent, regime: REGIMES[REGIME_LETTERS.indexOf(regimeCode)]! } : consent;
}

/** A new random pseudonymous subject id (128 bits, base64url). */
export function newSubjectId(): string {
  const binary = String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)));
  // 16 bytes are 22 base64 characters and `==` of padding.
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').slice(0, 22);
}
