import { REGIMES, type InitialConsent, type Regime } from '@cookiekit/core';

/**
 * Reads the server's bootstrap data: the `InitialConsent` JSON (`{ cookie, signals, now }`) in
 * `<script type="application/json" id="cookiekit-initial">`, the inputs the server decided with,
 * so the browser decides the same and the server-rendered banner does not flash (a JSON block is
 * data, not script: it needs no nonce, C23). Returns `undefined` when the block is absent or its
 * data is malformed; never throws.
 *
 * @example
 * ```ts
 * const kit = createCookieKit({ policy, initialConsent: readInitialConsent() });
 * ```
 */
export function readInitialConsent(doc: Document = document): InitialConsent | undefined {
  try {
    const { cookie, signals, now } = JSON.parse(doc.getElementById('cookiekit-initial')?.textContent ?? '');
    // Throws (so: undefined) when `signals` is missing or null.
    const { gpc, dnt, regime } = signals as { gpc?: unknown; dnt?: unknown; regime?: Regime };
    const flag = (value: unknown): value is boolean | undefined => value === undefined || typeof value === 'boolean';
    // A plain object (not an array, a string or a number), with boolean flags if any.
    if ((cookie === null || typeof cookie === 'string') && Number.isFinite(now) && signals.constructor === Object && flag(gpc) && flag(dnt)) {
      // Only the known signals, so nothing else in the block reaches the store; the regime the
      // server decided for the visitor's region (C25) too, so the browser decides the same. Those
      // absent are left out (JSON drops `undefined`).
      const known = { gpc, dnt, regime: REGIMES.includes(regime!) ? regime : undefined };
      return { cookie, now, signals: JSON.parse(JSON.stringify(known)) as typeof known };
    }
  } catch {
    // Absent or not JSON: the browser decides alone.
  }
  return undefined;
}
