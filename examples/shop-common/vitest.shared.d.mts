import type { UserConfig } from 'vitest/config';

/** Both shops' test configuration. */
declare const config: UserConfig;
export default config;
