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
    const data: unknown = JSON.parse(doc.getElementById('cookiekit-initial')?.textContent ?? '');
    const { cookie, signals, now } = data as Record<string, unknown>;
    const flag = (value: unknown) => value === undefined || typeof value === 'boolean';
    if (
      (cookie === null || typeof cookie === 'string') &&
      typeof now === 'number' &&
      Number.isFinite(now) &&
      typeof signals === 'object' &&
      signals !== null &&
      !Array.isArray(signals) &&
      flag((signals as Record<string, unknown>).gpc) &&
      flag((signals as Record<string, unknown>).dnt)
    ) {
      const { gpc, dnt, regime } = signals as { gpc?: boolean; dnt?: boolean; regime?: Regime };
      // Only the known signals, so nothing else in the block reaches the store; the regime the
      // server decided for the visitor's region (C25) too, so the browser decides the same.
      return {
        cookie,
        now,
        signals: {
          ...(gpc === undefined ? {} : { gpc }),
          ...(dnt === undefined ? {} : { dnt }),
          ...(REGIMES.includes(regime!) && { regime }),
        },
      };
    }
  } catch {
    // Absent or not JSON: the browser decides alone.
  }
  return undefined;
}
