import type { Page } from 'playwright-core';
import type { BannerCheck, ButtonSelectors } from './types';

/** The start URL could not be loaded. */
export class SiteUnreachableError extends Error {
  override readonly name = 'SiteUnreachableError';
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
  /** Why the start host could not be reached, if the network guard saw it fail. */
  readonly unreachable: () => string | undefined;
  /** The pages crawled before any choice, visited again in every phase. */
  readonly pages: string[];
  /** Pages that failed to load, with the reason. */
  readonly errors: string[];
  /** The first layer, as found on the start page before any click. */
  banner: BannerCheck;
}

/** Lets late scripts run after a load or a click. */
export async function settle(visit: VisitContext, page: Page): Promise<void> {
  await page.waitForLoadState('load').catch(() => {});
  if (visit.settleMs > 0) await page.waitForTimeout(visit.settleMs);
}
