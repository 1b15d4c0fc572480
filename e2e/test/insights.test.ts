// The demo mounts the consent insights dashboard at /insights/, behind the credentials it prints.
import { startDemo, type Demo } from 'demo';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let demo: Demo;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'e2e-insights-'));
  demo = await startDemo({ port: 0, dataDir, logger: { warn: () => undefined, error: () => undefined } });
});

afterAll(async () => {
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo insights dashboard', () => {
  it('C26: /insights/ answers 401 without its credentials and with wrong ones, and the dashboard with them', async () => {
    const { url, username, password } = demo.insights;
    expect(url).toBe(`${demo.url}insights/`);
    expect(password.length).toBeGreaterThanOrEqual(12);
    const basic = (user: string, pass: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` });
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: basic(username, `${password}x`) })).status).toBe(401);
    const res = await fetch(url, { headers: basic(username, password) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    for (const id of ['rates', 'methods', 'revisions', 'decisions']) expect(html).toContain(`<figure data-plot="${id}">`);
    // The shop beside it keeps its own pages.
    expect((await fetch(demo.url)).status).toBe(200);
  });
});
