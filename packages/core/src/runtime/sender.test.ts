// @vitest-environment jsdom
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { consentRecordSchema } from '../schema/index';
import { memoryStorage } from '../storage';
import { createConsentStore } from '../store';
import { testPolicy } from '../test/fixtures';
import { startConsentSender } from './sender';

// A real HTTP server on loopback that answers with a scripted list of status codes.
let server: Server;
let url = '';
let script: number[] = [];
const received: unknown[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const status = script.shift() ?? 201;
      received.push({ status, body: JSON.parse(body) });
      res.writeHead(status, status === 503 ? { 'retry-after': '0' } : {}).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/consent`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  received.length = 0;
  script = [];
  localStorage.clear();
});

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

function storeAndSender(endpoint: string | undefined) {
  const store = createConsentStore({ policy: testPolicy, storage: memoryStorage(), signals: {} });
  const stop = startConsentSender(store, { endpoint, language: () => 'fr', retryDelay: 5, fetch: globalThis.fetch });
  return { store, stop };
}

describe('consent sender', () => {
  it('C9: sends each decision as a record the consent API schema accepts', async () => {
    const { store, stop } = storeAndSender(url);
    const consent = store.acceptAll();
    await until(() => received.length === 1);
    const body = (received[0] as { body: unknown }).body;
    expect(consentRecordSchema.parse(body)).toMatchObject({
      subject: consent.subject,
      method: 'accept-all',
      language: 'fr',
      source: 'banner',
      signals: { gpc: false },
      revision: 'r1',
    });
    await until(() => localStorage.getItem('cookiekit:pending') === null);
    stop();
  });

  it('C9: without a language, records the default catalog\'s (en), never the page\'s <html lang>', async () => {
    document.documentElement.lang = 'de';
    const store = createConsentStore({ policy: testPolicy, storage: memoryStorage(), signals: {} });
    const stop = startConsentSender(store, { endpoint: url, retryDelay: 5, fetch: globalThis.fetch });
    try {
      store.rejectAll();
      await until(() => received.length === 1);
      expect((received[0] as { body: { language: string } }).body.language).toBe('en');
      await until(() => localStorage.getItem('cookiekit:pending') === null);
    } finally {
      stop();
      document.documentElement.lang = '';
    }
  });

  it('retries with backoff until acknowledged, with the same record id (5xx, 408 and 429 are retried)', async () => {
    script = [503, 500, 408, 429];
    const { store, stop } = storeAndSender(url);
    store.rejectAll();
    await until(() => received.length === 5);
    const ids = received.map((r) => (r as { body: { recordId: string } }).body.recordId);
    expect(new Set(ids).size).toBe(1);
    await until(() => localStorage.getItem('cookiekit:pending') === null);
    stop();
  });

  it('a pending record survives a reload and is sent by the next page', async () => {
    const offline = storeAndSender('http://127.0.0.1:9/api/consent'); // nothing listens on port 9
    offline.store.withdraw();
    const pending = JSON.parse(localStorage.getItem('cookiekit:pending')!);
    expect(pending).toHaveLength(1);
    offline.stop();
    const next = storeAndSender(url);
    await until(() => received.length === 1);
    expect((received[0] as { body: { recordId: string } }).body.recordId).toBe(pending[0].recordId);
    await until(() => localStorage.getItem('cookiekit:pending') === null);
    next.stop();
  });

  it.each([400, 404, 422])('drops a record the server refuses with %i instead of retrying forever', async (status) => {
    script = [status];
    const { store, stop } = storeAndSender(url);
    store.acceptAll();
    await until(() => localStorage.getItem('cookiekit:pending') === null);
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toHaveLength(1);
    stop();
  });

  it('sends nothing when no endpoint is configured', async () => {
    const { store } = storeAndSender(undefined);
    store.acceptAll();
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toHaveLength(0);
    expect(localStorage.getItem('cookiekit:pending')).toBeNull();
  });
});
