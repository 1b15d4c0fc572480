import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Where a Chromium or Chrome is usually installed, tried in order after `CHROMIUM_PATH`. */
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags that keep headless Chromium from talking to anything but the page: no background
 * networking, component updates, sync, QUIC or DNS prefetch.
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--dns-prefetch-disable',
  '--metrics-recording-only',
  '--no-pings',
];

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
