#!/usr/bin/env node
// Fills a demo consent log with a year of invented decisions, so the insights dashboard at
// /insights/ has something to show:
//
//   pnpm --filter demo seed:insights [records=100000]
//
// It writes only `<data folder>/insights-demo.db` (COOKIEKIT_DATA_DIR, default examples/demo/.data),
// a SQLite log it creates and marks as a demo log (the table `cookiekit_demo_log`). A proof-of-
// consent log never receives invented records: it refuses a file without that mark, and one
// holding any record it did not write itself.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openConsentLog } from '@cookiekit/consent-log';
import { consentLogKey, demoPaths } from './insights.mjs';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

export const SEED_PREFIX = 'demo-seed-';
const DAY = 86_400_000;

/** Refuses anything but a fresh file or a log this script marked; returns true when it is already seeded. */
export function checkDemoLog(file) {
  if (!existsSync(file)) {
    const db = new Database(file);
    db.exec("create table cookiekit_demo_log (note text not null); insert into cookiekit_demo_log values ('invented records for the insights demo; not proof of consent')");
    db.close();
    return false;
  }
  const db = new Database(file, { readonly: true });
  try {
    const marked = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'cookiekit_demo_log'").get();
    if (!marked) throw new Error(`${file} is not marked as a demo log: refusing to write invented records into it.`);
    const hasRecords = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'consent_records'").get();
    if (!hasRecords) return false;
    const foreign = db.prepare("select count(*) as n from consent_records where record_id not like 'demo-seed-%' and erased = 0").get();
    if (foreign.n > 0) throw new Error(`${file} holds ${foreign.n} records this script did not write: refusing to add invented ones.`);
    return db.prepare('select count(*) as n from consent_records').get().n > 0;
  } finally {
    db.close();
  }
}

/** A deterministic pseudo-random stream. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A year of decisions ending today: weekly rhythm, a daily curve, a new revision (and banner text) in spring. */
export function* seedRecords(total, endMs = Date.now()) {
  const rnd = random(21);
  const end = endMs - (endMs % DAY);
  const start = end - 365 * DAY;
  const revisionAt = start + 200 * DAY;
  const weights = [];
  for (let d = 0; d < 365; d++) {
    const weekday = new Date(start + d * DAY).getUTCDay();
    weights.push((weekday === 0 || weekday === 6 ? 0.7 : 1) * (1 + 0.3 * Math.sin((d / 365) * 2 * Math.PI)));
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  let n = 0;
  for (let d = 0; d < 365; d++) {
    const count = Math.round((weights[d] / sum) * total);
    const day = start + d * DAY;
    const times = Array.from({ length: count }, () => {
      // More decisions in the day than at night.
      const hour = Math.min(23, Math.max(0, Math.round(14 + 4.5 * (rnd() + rnd() + rnd() - 1.5) * 1.6)));
      return day + hour * 3_600_000 + Math.floor(rnd() * 3_600_000);
    }).sort((a, b) => a - b);
    for (const ms of times) {
      const after = ms >= revisionAt;
      const u = rnd();
      // The new revision's clearer text: fewer reject-all, more custom choices.
      const method = u < 0.03 ? 'gpc' : u < 0.07 ? 'withdraw' : u < (after ? 0.5 : 0.55) ? 'accept-all' : u < (after ? 0.72 : 0.88) ? 'reject-all' : 'custom';
      const custom = method === 'custom';
      const all = method === 'accept-all';
      const at = new Date(ms).toISOString();
      const region = rnd() < 0.12 ? 'US-CA' : ['DE', 'FR', 'PL', 'NL'][Math.floor(rnd() * 4)];
      yield {
        recordId: `${SEED_PREFIX}${String(++n).padStart(8, '0')}`,
        subject: `demo-subject-${String(Math.floor(rnd() * total * 0.8)).padStart(8, "0")}`,
        revision: after ? '2026-05-01' : '2025-10-01',
        method,
        categories: { necessary: true, statistics: all || (custom && rnd() < 0.7), marketing: all || (custom && rnd() < 0.25) },
        services: {},
        language: ['en', 'de', 'fr', 'pl'][Math.floor(rnd() * 4)],
        signals: { gpc: method === 'gpc' },
        source: custom ? 'preferences' : 'banner',
        decidedAt: at,
        receivedAt: at,
        policyHash: 'demo-policy-hash-0000',
        regime: region === 'US-CA' ? 'opt-out' : 'opt-in',
        region,
      };
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const total = Number(process.argv[2] ?? 100_000);
  const { dataDir, insightsLog } = demoPaths();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    if (checkDemoLog(insightsLog)) {
      console.log(`${insightsLog} already holds the seeded year; delete it to seed again.`);
      process.exit(0);
    }
  } catch (error) {
    console.error(`seed-insights: ${error.message}`);
    process.exit(1);
  }
  const log = await openConsentLog({ database: { sqlite: insightsLog, synchronous: 'normal' }, key: consentLogKey(dataDir), batchDelayMs: 0, maxBatchSize: 2000 });
  const t = performance.now();
  const { written } = await log.appendMany(seedRecords(total));
  await log.close();
  console.log(`seed-insights: ${written} invented decisions over a year in ${insightsLog} (${Math.round((performance.now() - t) / 1000)} s). pnpm demo shows them at /insights/.`);
}
