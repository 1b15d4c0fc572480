/** Where a Chromium or Chrome is usually installed, tried in order after `CHROMIUM_PATH`. */
export declare const CHROMIUM_PATHS: string[];
/**
 * Flags that keep headless Chromium from talking to anything but the page: no background
 * networking, component updates, sync, QUIC or DNS prefetch.
 */
export declare const QUIET_CHROMIUM_ARGS: string[];
