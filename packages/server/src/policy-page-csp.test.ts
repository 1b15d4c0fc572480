import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/test-env.mjs';
import { cookiekit } from './node';
import type { PolicyPageRouteOptions } from './routes';
import { policy } from './test/policy';

const quiet = { warn: () => undefined, error: () => undefined };
const INJECTED = '<script>document.title = "injected"; document.documentElement.dataset.ran = "yes";</script>';

/**
 * A site whose policy page gets a script injected on its way out (the stored or reflected
 * injection a strict policy is there to stop): the page cookiekit renders, with `</body>`
 * replaced, and cookiekit's headers as they are.
 */
async function injectingServer(policyPage: PolicyPageRouteOptions): Promise<{ url: string; server: Server }> {
  const ck = cookiekit({ policy, logger: quiet, policyPage });
  const server = createServer((req, res) => {
    const end = res.end.bind(res) as (body?: unknown) => typeof res;
    res.end = ((body?: unknown) => {
      if (typeof body === 'string' && body.includes('</body>')) {
        const html = body.replace('</body>', `${INJECTED}</body>`);
        return end(html);
      }
      return end(body);
    }) as typeof res.end;
    ck.handler((_req, r) => {
      r.statusCode = 404;
      r.end();
    })(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the policy page in Chromium', () => {
  let browser: Browser;
  const servers: Server[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) {
      s.closeAllConnections();
      s.close();
    }
  });

  async function visit(url: string) {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${url}/cookie-policy`);
    const state = await page.evaluate(() => ({ title: document.title, ran: document.documentElement.dataset.ran ?? null }));
    const text = await page.locator('body').innerText();
    await page.close();
    return { ...state, violations, text };
  }

  it('C23: an injected inline script is blocked by the default Content-Security-Policy, and the page still reads', async () => {
    const { url, server } = await injectingServer({});
    servers.push(server);
    const seen = await visit(url);
    expect(seen.ran).toBeNull();
    expect(seen.title).not.toBe('injected');
    expect(seen.violations.length).toBeGreaterThan(0);
    expect(seen.text).toContain('Necessary');
  });

  it('C23: with the policy turned off (`contentSecurityPolicy: false`) the same injection runs: the header is what stops it', async () => {
    const { url, server } = await injectingServer({ contentSecurityPolicy: false });
    servers.push(server);
    const seen = await visit(url);
    expect(seen.ran).toBe('yes');
    expect(seen.violations).toEqual([]);
  });

  it("C23: a stylesheet on another origin is allowed for styles only; a custom policy replaces the default; a multi-line one is refused", async () => {
    const ck = cookiekit({ policy, logger: quiet, policyPage: { stylesheetHref: 'https://cdn.example/ck.css' } });
    const answer = await ck.kit.handleRoute({ kind: 'policy-page' }, {
      method: 'GET',
      headers: { get: () => null },
      consent: undefined as never,
      readBody: () => Promise.resolve({ ok: false, reason: 'unreadable' }),
    });
    expect(answer.headers['content-security-policy']).toContain("style-src 'self' https://cdn.example;");
    expect(answer.headers['content-security-policy']).toContain("script-src 'none'");
    const custom = cookiekit({ policy, logger: quiet, policyPage: { contentSecurityPolicy: "default-src 'self'" } });
    const customAnswer = await custom.kit.handleRoute({ kind: 'policy-page' }, {
      method: 'GET',
      headers: { get: () => null },
      consent: undefined as never,
      readBody: () => Promise.resolve({ ok: false, reason: 'unreadable' }),
    });
    expect(customAnswer.headers['content-security-policy']).toBe("default-src 'self'");
    expect(() => cookiekit({ policy, logger: quiet, policyPage: { contentSecurityPolicy: "default-src 'self'\r\nx-evil: 1" } })).toThrow(/one line/);
  });
});
