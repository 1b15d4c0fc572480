// The demo server is the CLI's real target: this suite starts it on a free loopback port with a
// fresh data folder and audits both shops. Point it at another running demo with
//   COOKIEKIT_DEMO_URL=http://127.0.0.1:3000/ pnpm --filter @cookiekit/cli test demo
// (COOKIEKIT_DEMO_POLICY: the policy file it serves; default the example policy as JSON.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo, type Demo } from 'demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from './audit';
import { CHROMIUM } from './test/browser';
import { cookiekit } from './test/run-cli';
import { POLICY_JSON_PATH } from './test/site';

const policy = process.env.COOKIEKIT_DEMO_POLICY ?? POLICY_JSON_PATH;
let url = process.env.COOKIEKIT_DEMO_URL ?? '';
let demo: Demo | undefined;
let dataDir: string | undefined;

beforeAll(async () => {
  if (url) return;
  dataDir = mkdtempSync(join(tmpdir(), 'cookiekit-cli-demo-'));
  demo = await startDemo({ port: 0, dataDir, logger: { warn() {}, error() {} } });
  url = demo.url;
});
afterAll(async () => {
  await demo?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('cookiekit audit against the demo server', () => {
  it.each(['', 'vue/'])('finds nothing in the shop at /%s: exit 0, every check passed (C1, C4, C6)', async (path) => {
    const run = await cookiekit(['audit', `${url}${path}`, '--policy', policy, '--format', 'json', '--chromium', CHROMIUM, '--quiet']);
    const report = JSON.parse(run.stdout) as AuditReport;
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.checks.length).toBeGreaterThanOrEqual(6);
    expect(report.checks.every((c) => c.status === 'passed')).toBe(true);
    expect(run.code).toBe(0);
  });
});
