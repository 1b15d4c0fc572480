// The demo's data folder, its consent-log key, and the insights dashboard it mounts at /insights/.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openConsentLog } from '@cookiekit/consent-log';
import { createInsightsDashboard } from '@cookiekit/consent-log/dashboard';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The data folder (`COOKIEKIT_DATA_DIR`, default examples/demo/.data) and the seeded demo log in it. */
export function demoPaths(dataDir = process.env.COOKIEKIT_DATA_DIR ?? path.join(here, '.data')) {
  const dir = path.resolve(dataDir);
  return { dataDir: dir, insightsLog: path.join(dir, 'insights-demo.db') };
}

/** A secret kept in the data folder (made once, readable by its owner only), unless the environment gives it. */
function secret(dataDir, file, fromEnv) {
  if (fromEnv) return fromEnv;
  const at = path.join(dataDir, file);
  if (!existsSync(at)) writeFileSync(at, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(at, 'utf8').trim();
}

/** The HMAC key of the consent log: `CONSENT_LOG_KEY`, else one made once for this data folder. */
export const consentLogKey = (dataDir) => secret(dataDir, 'consent-log.key', process.env.CONSENT_LOG_KEY);

/**
 * The insights dashboard for `/insights/`, behind HTTP Basic credentials (user `demo`, the
 * password `INSIGHTS_PASSWORD` or one made once for the data folder). It shows the seeded demo
 * log when `pnpm --filter demo seed:insights` made one, else the demo's own log.
 */
export async function mountInsights(dataDir, ownLog) {
  const { insightsLog } = demoPaths(dataDir);
  const seeded = existsSync(insightsLog);
  const log = seeded ? await openConsentLog({ database: insightsLog, key: consentLogKey(dataDir) }) : ownLog;
  const username = 'demo';
  const password = secret(dataDir, 'insights.password', process.env.INSIGHTS_PASSWORD);
  const dashboard = createInsightsDashboard({ log, auth: { basic: { username, password } }, basePath: '/insights/', defaultDays: 90, retention: '25 months' });
  return {
    handler: dashboard,
    username,
    password,
    source: seeded ? insightsLog : 'the demo consent log',
    async close() {
      dashboard.close();
      if (seeded) await log.close();
    },
  };
}
