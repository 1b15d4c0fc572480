import type { Page } from 'playwright-core';
import type { BannerCheck, ButtonSelectors } from './types';

/** The start URL could not be loaded. */
export class SiteUnreachableError extends Error {
  override readonly name = 'SiteUnreachableError';
}

/** The visit reached its time limit: what was seen so far is reported. */
export class TimeLimitError extends Error {
  override readonly name = 'TimeLimitError';
}

/** The settings of one visit and what it has found so far, shared by the crawler and the phases. */
export interface VisitContext {
  readonly start: URL;
  readonly origin: string;
  readonly maxPages: number;
  readonly depth: number;
  readonly settleMs: number;
  readonly timeoutMs: number;
  readonly bannerTimeoutMs: number;
  readonly selectors: ButtonSelectors;
  readonly exclude: RegExp | undefined;
  readonly progress: (line: string) => void;
  /** The other origin a navigation to `url` was redirected to and blocked at, if it was. */
  readonly blockedRedirect: (url: string) => string | undefined;
  /** Why the start host could not be reached, if the network guard saw it fail. */
  readonly unreachable: () => string | undefined;
  /** The pages crawled before any choice, visited again in every phase. */
  readonly pages: string[];
  /** Pages that failed to load, with the reason. */
  readonly errors: string[];
  /** The first layer, as found on the start page before any click. */
  banner: BannerCheck;
  /** Whether the visit's time limit was reached. */
  readonly stopped: () => boolean;
}

/** Throws `TimeLimitError` once the visit's time limit is reached. */
export function checkTime(visit: VisitContext): void {
  if (visit.stopped()) throw new TimeLimitError('time limit reached');
}

/** Lets late scripts run after a load or a click. */
export async function settle(visit: VisitContext, page: Page): Promise<void> {
  await page.waitForLoadState('load').catch(() => {});
  if (visit.settleMs > 0) await page.waitForTimeout(visit.settleMs);
}
