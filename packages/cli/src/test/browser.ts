import type { Browser } from 'playwright-core';
import { launchChromium } from '../chromium';
import { findChromium } from '../../../../scripts/test-env.mjs';

/** Debian's Chromium, found as the project's test scripts find it (CHROMIUM_PATH first). */
export const CHROMIUM: string = findChromium();

/** One Chromium for in-process tests, launched as the CLI launches it (its quiet flags). */
export function launchTestBrowser(): Promise<Browser> {
  return launchChromium(CHROMIUM);
}
