import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInsightsDashboard, DASHBOARD_HEADERS, type InsightsDashboard } from './dashboard/index';
import { ConsentLogConfigError, openConsentLog, type ConsentLog } from './index';
import { KEY, makeRecord, sqliteDatabase, type TestDatabase } from './test/helpers';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
const NOW = T0 + 10 * DAY;
const TOKEN = 'insights-token-0123456789';
const at = (n: number, ms: number, overrides: Parameters<typeof makeRecord>[1] = {}) => makeRecord(n, { receivedAt: new Date(ms).toISOString(), ...overrides });

let db: TestDatabase;
let log: ConsentLog;
let server: Server;
let base: string;
let dashboard: InsightsDashboard;

beforeAll(async () => {
  db = sqliteDatabase();
  log = await openConsentLog({ database: db.database, key: KEY, batchDelayMs: 0 });
  // Days 0–4: 20 decisions each on revision A; day 5: 3 decisions (fewer than k); days 6–8: 20 each on revision B.
  const records = [];
  let n = 1;
  for (let d = 0; d < 9; d++) {
    const count = d === 5 ? 3 : 20;
    for (let i = 0; i < count; i++) records.push(at(n++, T0 + d * DAY + 8 * 3_600_000 + i * 60_000, { revision: d < 6 ? '2026-10-01' : '2026-11-06' }));
  }
  await log.appendMany(records);
  dashboard = createInsightsDashboard({ log, auth: { token: TOKEN }, basePath: '/insights/', now: () => NOW, maxFailures: 4, verifyEveryMs: 0 });
  server = createServer(dashboard);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/insights/`;
});

afterAll(async () => {
  dashboard?.close();
  await new Promise((r) => server?.close(r));
  await log?.close();
  await db?.cleanup();
});

const auth = { authorization: `Bearer ${TOKEN}` };
const range = '?from=2026-11-01&to=2026-11-09';

describe('insights dashboard (node:http)', () => {
  it('C26: without credentials, or with wrong ones, it answers 401 and shows nothing', async () => {
    for (const headers of <Record<string, string>[]>[{}, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }, { authorization: `Bearer ${TOKEN}x` }]) {
      const res = await fetch(`${base}${range}`, { headers, redirect: 'manual' });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const body = await res.text();
      expect(body).not.toMatch(/\d{2}/);
    }
    // A client that keeps failing is refused even with the right token until its window ends.
    const res = await fetch(`${base}${range}`, { headers: auth });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('C26: with the token, the page is served with strict headers and no script', async () => {
    // The client above is rate limited: this test asks through a dashboard keyed on another client.
    const other = createInsightsDashboard({ log, auth: { token: TOKEN }, basePath: '/insights/', now: () => NOW, verifyEveryMs: 0 });
    const res = await other.fetch(new Request(`http://127.0.0.1/insights/${range}`, { headers: auth }), { address: '10.0.0.2' });
    expect(res.status).toBe(200);
    for (const [name, value] of Object.entries(DASHBOARD_HEADERS)) expect(res.headers.get(name)).toBe(value);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).not.toMatch(/script-src|unsafe-inline/);
    const html = await res.text();
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    for (const id of ['rates', 'methods', 'revisions', 'decisions']) expect(html).toContain(`<figure data-plot="${id}">`);
    // Read-only: no state-changing method is answered.
    const post = await other.fetch(new Request(`http://127.0.0.1/insights/`, { method: 'POST', headers: auth, body: 'x' }), { address: '10.0.0.2' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('C26: a day with fewer than k decisions shows no number in the page, the table or the CSV', async () => {
    const other = createInsightsDashboard({ log, auth: { basic: { username: 'owner', password: 'correct horse battery' } }, basePath: '/insights/', now: () => NOW, verifyEveryMs: 0 });
    const basic = { authorization: `Basic ${Buffer.from('owner:correct horse battery').toString('base64')}` };
    const page = await (await other.fetch(new Request(`http://127.0.0.1/insights/${range}`, { headers: basic }))).text();
    const decisions = /<table data-plot="decisions">.*?<\/table>/s.exec(page)![0];
    expect(decisions).toContain('<th scope="row">2026-11-06</th><td>&lt; 10</td><td>&lt; 10</td>');
    expect(decisions).toContain('<th scope="row">2026-11-05</th><td>20</td>');
    expect(decisions).not.toMatch(/<td>3<\/td>/);
    const csvRes = await other.fetch(new Request(`http://127.0.0.1/insights/insights.csv${range}&plot=decisions`, { headers: basic }));
    expect(csvRes.headers.get('content-disposition')).toMatch(/^attachment; filename="consent-decisions-2026-11-01-2026-11-09-day.csv"$/);
    const csv = await csvRes.text();
    expect(csv.split('\r\n')).toContain('2026-11-06,< 10,< 10');
    expect(csv).not.toMatch(/^2026-11-06,3/m);
    // The method mix and rates hide that day too.
    const methods = await (await other.fetch(new Request(`http://127.0.0.1/insights/insights.csv${range}&plot=methods`, { headers: basic }))).text();
    expect(methods).toMatch(/^2026-11-06(,< 10)+\r$/m);
    // The before/after comparison sums only days that are shown: revision A's rate over days 0–4.
    const insights = await log.insights({ from: T0, to: T0 + 9 * DAY });
    const shown = insights.buckets.filter((b) => !b.suppressed && b.revisions?.['2026-10-01']);
    const g = shown.reduce((s, b) => s + b.categories!.statistics!.granted, 0);
    const r = shown.reduce((s, b) => s + b.categories!.statistics!.refused, 0);
    const revisions = await (await other.fetch(new Request(`http://127.0.0.1/insights/insights.csv${range}&plot=revisions`, { headers: basic }))).text();
    expect(revisions).toContain(`2026-11-06,2026-11-07,statistics,${Math.round((g / (g + r)) * 1000) / 10}%`);
    // Hours are not offered for this range (day 5 would show its 3 by the hour).
    expect((await other.fetch(new Request(`http://127.0.0.1/insights/${range}&bucket=hour`, { headers: basic }))).status).toBe(400);
  });

  it('refuses to start without credentials, or with weak ones', () => {
    expect(() => createInsightsDashboard({ log, auth: undefined as never })).toThrow(ConsentLogConfigError);
    expect(() => createInsightsDashboard({ log, auth: { token: 'short' } })).toThrow(/16/);
    expect(() => createInsightsDashboard({ log, auth: { basic: { username: 'a', password: 'short' } } })).toThrow(/12/);
  });

  it('mounts in Express, Fastify and Hono', async () => {
    const mounts: { name: string; url: string; close: () => Promise<unknown> }[] = [];
    const app = express();
    app.use('/insights', createInsightsDashboard({ log, auth: { token: TOKEN }, basePath: '/insights/', verifyEveryMs: 0 }));
    const ex = app.listen(0, '127.0.0.1');
    await new Promise((r) => ex.once('listening', r));
    mounts.push({ name: 'express', url: `http://127.0.0.1:${(ex.address() as AddressInfo).port}`, close: () => new Promise((r) => ex.close(r)) });

    const fastify = Fastify();
    const fd = createInsightsDashboard({ log, auth: { token: TOKEN }, basePath: '/insights/', verifyEveryMs: 0 });
    fastify.all('/insights/*', (req, reply) => {
      reply.hijack();
      fd(req.raw, reply.raw);
    });
    await fastify.listen({ port: 0, host: '127.0.0.1' });
    mounts.push({ name: 'fastify', url: `http://127.0.0.1:${(fastify.server.address() as AddressInfo).port}`, close: () => fastify.close() });

    const hono = new Hono();
    const hd = createInsightsDashboard({ log, auth: { token: TOKEN }, basePath: '/insights/', verifyEveryMs: 0 });
    hono.all('/insights/*', (c) => hd.fetch(c.req.raw));
    const hs = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: hono.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
    });
    mounts.push({ name: 'hono', url: `http://127.0.0.1:${(hs.address() as AddressInfo).port}`, close: () => new Promise((r) => hs.close(r)) });
    try {
      for (const m of mounts) {
        expect([m.name, (await fetch(`${m.url}/insights/${range}`)).status]).toEqual([m.name, 401]);
        const ok = await fetch(`${m.url}/insights/${range}`, { headers: auth });
        expect([m.name, ok.status]).toEqual([m.name, 200]);
        expect(ok.headers.get('x-frame-options')).toBe('DENY');
        expect(await ok.text()).toContain('<figure data-plot="rates">');
        const css = await fetch(`${m.url}/insights/style.css`, { headers: auth });
        expect([m.name, css.headers.get('content-type')]).toEqual([m.name, 'text/css; charset=utf-8']);
      }
    } finally {
      for (const m of mounts) await m.close();
    }
  });
});
