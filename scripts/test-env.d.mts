/** Flags that keep headless Chromium quiet on a closed network. */
export declare const CHROMIUM_ARGS: string[];
/** The path of a Chromium to drive; installs Debian's package as root when none is found. */
export declare function findChromium(options?: { install?: boolean }): string;
/** A PostgreSQL URL for the tests; starts (and installs, as root) a local cluster when DATABASE_URL is unset. */
export declare function ensurePostgres(options?: { install?: boolean }): string;
