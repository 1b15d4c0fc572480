// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { consentCookie } from './test/helpers';

const fixture = fileURLToPath(new URL('./test/production.fixture.mjs', import.meta.url));
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const env = { ...process.env, NODE_ENV: 'production' };
const run = (args: string[], input?: string) =>
  JSON.parse(execFileSync(process.execPath, [fixture, ...args], { env, input, encoding: 'utf8', timeout: 30_000 }));

describe('production mode (the built package on Vue production runtime)', () => {
  it('renders on the server, hydrates onto the same nodes, and records a refusal', () => {
    expect(existsSync(dist), 'build the package first: pnpm build').toBe(true);
    const server = run(['server', '-']);
    expect(server.runtime).toEqual(['runtime-core.cjs.prod.js']);
    expect(server.hasWindow).toBe(false);
    expect(server.html).toContain('class="ck-banner"');

    const client = run(['client'], JSON.stringify(server));
    expect(client.runtime).toEqual(['runtime-core.cjs.prod.js']);
    expect(client).toMatchObject({ reused: true, bannerBefore: true, bannerAfter: false, messages: [] });
    expect(client.cookie).toMatch(/^cookies_preferences=[\w-]+/);
    expect(client.status).toBe('Your choices have been saved.');
  }, 60_000);

  it('a returning visitor gets no banner in production either', () => {
    const server = run(['server', consentCookie()]);
    expect(server.html).not.toContain('ck-banner');
    const client = run(['client'], JSON.stringify(server));
    expect(client).toMatchObject({ reused: true, bannerBefore: false, bannerAfter: false, messages: [] });
  }, 60_000);
});
