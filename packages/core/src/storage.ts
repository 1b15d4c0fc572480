import { consentCookieString, DEFAULT_CONSENT_COOKIE } from './cookie-plan';

/** Where the consent cookie's value is kept. */
export interface ConsentStorage {
  /** The stored value, or `null`. */
  read(): string | null;
  /** Stores a value for `maxAgeSeconds`. */
  write(value: string, maxAgeSeconds: number): void;
}

/** Where and how the consent cookie is written. */
export interface CookieStorageOptions {
  /** Default `cookies_preferences`. */
  name?: string;
  /** Share the choice across subdomains, such as `example.com`. */
  domain?: string;
  /** Default: on when the page is served over https. */
  secure?: boolean;
}

export { DEFAULT_CONSENT_COOKIE } from './cookie-plan';

/**
 * Reads one cookie from a `document.cookie` or `Cookie` header string. When several cookies share
 * the name (set on different paths or domains), the first, the most specific one, wins.
 */
export function readCookie(header: string, name: string): string | null {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * Keeps the consent in a first-party cookie: `Max-Age` at most 400 days, `Path=/; SameSite=Lax`,
 * `Secure` on https (C17), written by the same code as the server's.
 */
/* @__NO_SIDE_EFFECTS__ */
export function cookieStorage(options: CookieStorageOptions = {}): ConsentStorage {
  const name = options.name ?? DEFAULT_CONSENT_COOKIE;
  return {
    read: () => (typeof document === 'undefined' ? null : readCookie(document.cookie, name)),
    write(value, maxAgeSeconds) {
      if (typeof document === 'undefined') return;
      document.cookie = consentCookieString(name, value, maxAgeSeconds, options.domain, options.secure ?? location.protocol === 'https:');
    },
  };
}

/** Keeps the consent in memory: for tests, servers and previews. */
/* @__NO_SIDE_EFFECTS__ */
export function memoryStorage(initial: string | null = null): ConsentStorage & { value: string | null } {
  const storage = {
    value: initial,
    read: () => storage.value,
    write(value: string) {
      storage.value = value;
    },
  };
  return storage;
}
