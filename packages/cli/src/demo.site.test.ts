// The demo server is the CLI's real target. Start it, then point this suite at it:
//   COOKIEKIT_DEMO_URL=http://127.0.0.1:3000/ pnpm --filter @cookiekit/cli test demo
// (COOKIEKIT_DEMO_POLICY: the policy file it serves; default the example policy as JSON.)
// Skipped when COOKIEKIT_DEMO_URL is not set.
import { describe, expect, it } from 'vitest';
import type { AuditReport } from './audit';
import { CHROMIUM } from './test/browser';
import { cookiekit } from './test/run-cli';
import { POLICY_JSON_PATH } from './test/site';

const url = process.env.COOKIEKIT_DEMO_URL;
const policy = process.env.COOKIEKIT_DEMO_POLICY ?? POLICY_JSON_PATH;

describe.skipIf(!url)('cookiekit audit against the demo server', () => {
  it('finds nothing: exit 0, every check passed', async () => {
    const run = await cookiekit(['audit', url!, '--policy', policy, '--format', 'json', '--chromium', CHROMIUM, '--quiet']);
    const report = JSON.parse(run.stdout) as AuditReport;
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.checks.every((c) => c.status === 'passed')).toBe(true);
    expect(run.code).toBe(0);
  });
});
