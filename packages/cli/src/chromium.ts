import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATHS, QUIET_CHROMIUM_ARGS } from './chromium-flags.js';

export { CHROMIUM_PATHS, QUIET_CHROMIUM_ARGS };

/** No Chromium could be found or started. */
export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError';
}

/**
 * The Chromium to drive: the given path, then `CHROMIUM_PATH`, then the usual install paths.
 * Throws `BrowserNotFoundError` saying how to get one.
 *
 * @example
 * ```ts
 * const path = findChromium(); // '/usr/bin/chromium'
 * ```
 */
export function findChromium(given?: string): string {
  const explicit = given ?? process.env.CHROMIUM_PATH;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new BrowserNotFoundError(`No browser at ${explicit}${given ? '' : ' (CHROMIUM_PATH)'}.`);
  }
  const found = CHROMIUM_PATHS.find((p) => existsSync(p));
  if (found) return found;
  throw new BrowserNotFoundError(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), then pass --chromium <path> or set CHROMIUM_PATH.',
  );
}

/** Starts headless Chromium with the quiet flags. */
export async function launchChromium(path?: string, extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = findChromium(path);
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ executablePath, headless: true, args: [...QUIET_CHROMIUM_ARGS, ...extraArgs] });
  } catch (error) {
    throw new BrowserNotFoundError(`Could not start ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
  }
}
