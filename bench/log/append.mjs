// The consent log's own cost per record, without HTTP or a load generator: `log.append` of
// BENCH_APPEND_N records (20,000) in waves of BENCH_APPEND_WAVE (200) at once, on SQLite, in this
// process. Reported per record: this process's CPU (`process.cpuUsage()`) and the SQLite writer
// process's (from /proc), the batches committed, and the load average. Runs BENCH_APPEND_ROUNDS
// (5) rounds on one fresh log after a warm-up of one wave; figures are medians with min–max.
//
//   node log/append.mjs          (from bench/, after `pnpm build`)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openConsentLog } from '@cookiekit/consent-log';
import { childrenCpuUs } from './proc.mjs';

const N = Number(process.env.BENCH_APPEND_N ?? 20_000);
const WAVE = Number(process.env.BENCH_APPEND_WAVE ?? 200);
const ROUNDS = Number(process.env.BENCH_APPEND_ROUNDS ?? 5);

const pad = (prefix, n) => `${prefix}${String(n).padStart(16, '0')}`;
const record = (n) => ({
  recordId: pad('rec_', n),
  subject: pad('subj_', n),
  revision: '2026-11-01',
  method: n % 3 === 0 ? 'accept-all' : n % 3 === 1 ? 'reject-all' : 'custom',
  categories: { necessary: true, statistics: n % 2 === 0, marketing: n % 3 === 0 },
  services: { analytics: n % 2 === 0 },
  language: 'en',
  signals: { gpc: n % 5 === 0 },
  source: 'banner',
  decidedAt: '2026-11-20T10:00:00.000Z',
  receivedAt: new Date().toISOString(),
  policyHash: 'a'.repeat(64),
});

const dir = mkdtempSync(join(tmpdir(), 'cookiekit-bench-append-'));
const log = await openConsentLog({ database: { sqlite: join(dir, 'consent.db') }, key: randomBytes(48).toString('base64'), migrate: true });
let n = 0;
async function appendAll(count) {
  for (let i = 0; i < count; i += WAVE) {
    const wave = [];
    for (let j = 0; j < WAVE && i + j < count; j++) wave.push(log.append(record(++n)));
    await Promise.all(wave);
  }
}
await appendAll(WAVE);
const load = loadavg();
const rows = [];
for (let r = 0; r < ROUNDS; r++) {
  const before = { own: process.cpuUsage(), writer: childrenCpuUs(), batches: (await log.verify()).batches };
  const t0 = performance.now();
  await appendAll(N);
  const wall = performance.now() - t0;
  const own = process.cpuUsage(before.own);
  const writer = childrenCpuUs() - before.writer;
  const batches = (await log.verify()).batches - before.batches;
  rows.push({ ownUs: (own.user + own.system) / N, writerUs: writer / N, totalUs: (own.user + own.system + writer) / N, perSecond: N / (wall / 1000), recordsPerBatch: N / batches });
}
const report = await log.verify();
await log.close();
rmSync(dir, { recursive: true, force: true });
const med = (k) => [...rows.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(rows.length / 2)];
const span = (k) => `${Math.min(...rows.map((r) => r[k])).toFixed(0)}–${Math.max(...rows.map((r) => r[k])).toFixed(0)}`;
console.log(
  `append ${N} × ${ROUNDS}, waves of ${WAVE}: CPU µs/record total ${med('totalUs').toFixed(0)} (${span('totalUs')}), this process ${med('ownUs').toFixed(0)} (${span('ownUs')}), writer ${med('writerUs').toFixed(0)} (${span('writerUs')}); ${med('perSecond').toFixed(0)} records/s (${span('perSecond')}), ${med('recordsPerBatch').toFixed(0)} records a batch; verify ${report.ok ? 'ok' : 'FAILED'}; load average ${load.map((l) => l.toFixed(1)).join(' ')}`,
);
