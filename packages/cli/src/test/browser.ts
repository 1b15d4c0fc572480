import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../../scripts/test-env.mjs';

/** Debian's Chromium, found as the project's test scripts find it (CHROMIUM_PATH first). */
export const CHROMIUM: string = findChromium();

/** One Chromium for in-process tests, with the project's quiet flags. */
export function launchTestBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS.filter((a) => a !== '--headless'), headless: true });
}
