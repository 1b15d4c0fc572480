import { newSubjectId } from '../codec';
import type { ConsentRecord } from '../record';
import type { ConsentStore, DecisionEvent } from '../store';

/** Options of `startConsentSender`. */
export interface ConsentSenderOptions {
  /** The consent API, such as `/api/consent`. Nothing is sent without it. */
  readonly endpoint?: string;
  /**
   * The language the banner is shown in (its catalog's `lang`), recorded with each decision.
   * Default `en`, the default catalog's; `createCookieKit` passes its banner's.
   */
  readonly language?: () => string;
  /**
   * The one storage key that keeps unsent records across reloads; declare it as necessary
   * (purpose `consent-storage`). Default `cookiekit:pending`.
   */
  readonly storageKey?: string;
  /** First retry delay in ms (doubles up to `maxDelay`). Default 1000. */
  readonly retryDelay?: number;
  /** Default 60000. */
  readonly maxDelay?: number;
  /** Default the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/** Turns a store decision into the record the consent API expects (C9). */
export function consentRecord(event: DecisionEvent, language: string): ConsentRecord {
  const { consent } = event;
  return {
    recordId: newSubjectId(),
    subject: consent.subject,
    revision: consent.revision,
    method: consent.method,
    categories: consent.categories,
    services: consent.services,
    language,
    signals: { gpc: !!event.signals.gpc },
    source: event.source,
    decidedAt: new Date(consent.decidedAt).toISOString(),
  };
}

/**
 * The consent sender as `createCookieKit` starts it (`ConsentSenderEffect`): the kit passes the
 * language its banner is shown in.
 */
export type ConsentSenderEffect = (store: ConsentStore, language: () => string) => () => void;

/**
 * The consent sender for `createCookieKit`'s `sender` option: a separate import, so pages that
 * send no proof of consent do not download it. Each decision goes to `endpoint` as
 * `startConsentSender` sends it, with the language of the kit's banner unless `language` is given.
 *
 * @example
 * ```ts
 * import { createCookieKit, consentSender } from '@cookiekit/core';
 * const kit = createCookieKit({ policy, sender: consentSender({ endpoint: '/api/consent' }) });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function consentSender(options: ConsentSenderOptions & { readonly endpoint: string }): ConsentSenderEffect {
  return (store, language) => startConsentSender(store, { language, ...options });
}

/**
 * Sends each decision to the consent API as a record with a client-made id, so a repeat is
 * idempotent. Retries with exponential backoff (honouring `Retry-After`) until acknowledged; a
 * pending record survives a reload in one storage key. Returns a stop function.
 *
 * @example
 * ```ts
 * startConsentSender(store, { endpoint: '/api/consent', language: () => banner.getSnapshot().messages.lang });
 * ```
 */
export function startConsentSender(store: ConsentStore, options: ConsentSenderOptions = {}): () => void {
  const { endpoint } = options;
  if (!endpoint || typeof window === 'undefined') return () => {};
  const key = options.storageKey ?? 'cookiekit:pending';
  const send = options.fetch ?? fetch.bind(globalThis);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let sending = false;
  let stopped = false;

  let pending: ConsentRecord[] = [];
  try {
    // No key reads as JSON `null`: not an array, so nothing pending.
    const parsed: unknown = JSON.parse(localStorage.getItem(key)!);
    if (Array.isArray(parsed)) pending = parsed;
  } catch {
    // Unreadable or blocked storage: nothing pending.
  }
  const keep = () => {
    try {
      if (pending.length) localStorage.setItem(key, JSON.stringify(pending.slice(-20)));
      else localStorage.removeItem(key);
    } catch {
      // Storage full or blocked: the record stays in memory for this page only.
    }
  };

  async function flush(): Promise<void> {
    if (sending || stopped || pending.length === 0) return;
    sending = true;
    const record = pending[0]!;
    let retryAfter = 0;
    let done = false;
    try {
      const response = await send(endpoint!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // No keepalive: a record cut off by leaving the page stays pending and the next page sends it.
        body: JSON.stringify(record),
      });
      // 2xx: stored. Other 4xx but 408/429 will never succeed: drop rather than retry forever.
      done = response.ok || /^4(?!08|29)/.test(String(response.status));
      retryAfter = Number(response.headers.get('retry-after')) * 1000 || 0;
      // Read the answer to its end, so the request is finished and its connection free.
      await response.text();
    } catch {
      // Offline or server down: retry.
    }
    sending = false;
    if (done) {
      attempt = 0;
      // Only this function removes records, one at a time, so the one sent is still the first.
      pending = pending.slice(1);
      keep();
      if (pending.length) void flush();
    } else {
      const backoff = Math.min(options.maxDelay ?? 60_000, (options.retryDelay ?? 1000) * 2 ** attempt++);
      clearTimeout(timer);
      timer = setTimeout(flush, Math.max(retryAfter, backoff * (0.5 + Math.random() / 2)));
    }
  }

  const off = store.on('decision', (event) => {
    pending = [...pending, consentRecord(event, options.language?.() || 'en')];
    keep();
    attempt = 0;
    void flush();
  });
  void flush();
  return () => {
    stopped = true;
    clearTimeout(timer);
    off();
  };
}
