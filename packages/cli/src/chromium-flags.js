// Plain JavaScript with no imports: scripts/test-env.mjs reads these lists straight from the
// source (it runs at install time, before anything is built), so the tests drive Chromium the
// way the CLI does from one list.

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
