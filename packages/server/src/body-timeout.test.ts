import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { memorySink } from './memory-sink';
import { consentBody, policy } from './test/policy';
import { ADAPTERS, startServer, type TestServer } from './test/servers';

const quiet = { warn: () => undefined, error: () => undefined };

interface SlowAnswer {
  /** The status line's code, or 0 when the connection closed without an answer. */
  readonly status: number;
  readonly retryAfter: string | null;
  /** ms from sending the head to the answer. */
  readonly afterMs: number;
  /** Whether the server closed the connection after answering. */
  readonly closed: Promise<boolean>;
}

/**
 * A POST whose body never finishes: the head and a first part of a 200-byte body, then silence.
 * Resolves with the server's answer (the socket is given up after `giveUpMs`).
 */
function slowPost(server: TestServer, giveUpMs = 5000): { answer: Promise<SlowAnswer>; destroy(): void } {
  const socket = connect(server.port, '127.0.0.1');
  const started = Date.now();
  let text = '';
  let closedResolve!: (v: boolean) => void;
  const closed = new Promise<boolean>((r) => (closedResolve = r));
  socket.on('close', () => closedResolve(true));
  socket.on('error', () => undefined);
  setTimeout(() => closedResolve(false), giveUpMs).unref();
  const answer = new Promise<SlowAnswer>((resolve) => {
    const timer = setTimeout(() => resolve({ status: 0, retryAfter: null, afterMs: Date.now() - started, closed }), giveUpMs);
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end === -1) return;
      clearTimeout(timer);
      const head = text.slice(0, end);
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        retryAfter: /\r\nretry-after: *([^\r]*)/i.exec(head)?.[1] ?? null,
        afterMs: Date.now() - started,
        closed,
      });
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ status: 0, retryAfter: null, afterMs: Date.now() - started, closed });
    });
  });
  socket.write(
    `POST /api/consent HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: ${server.url}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"recordId":`,
  );
  return { answer, destroy: () => socket.destroy() };
}

/** A record the test policy accepts, the `n`th of one subject. */
const validRecord = (n: number) => consentBody(`rec_body_timeout_${String(n).padStart(4, '0')}`, 'subj_body_timeout_0001');

describe.each(ADAPTERS)('the consent API on %s: bodies that never finish', (adapter) => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it('408 once bodyTimeoutMs has passed, and the connection is closed', async () => {
    const server = await startServer(adapter, {
      policy,
      logger: quiet,
      consentApi: { sink: memorySink(), rateLimit: false, bodyTimeoutMs: 300 },
    });
    servers.push(server);
    const slow = slowPost(server);
    const answer = await slow.answer;
    expect(answer.status).toBe(408);
    expect(await answer.closed).toBe(true);
    slow.destroy();
    expect(answer.afterMs).toBeGreaterThanOrEqual(250);
    expect(answer.afterMs).toBeLessThan(4000);
  });

  it('past maxPendingBodies unfinished bodies, 503 with Retry-After at once; the API serves again once they are gone', async () => {
    const server = await startServer(adapter, {
      policy,
      logger: quiet,
      consentApi: { sink: memorySink(), rateLimit: false, bodyTimeoutMs: 1500, maxPendingBodies: 2, retryAfterSeconds: 3 },
    });
    servers.push(server);
    const holders = [slowPost(server), slowPost(server)];
    // Both bodies are being read before the third arrives.
    await new Promise((r) => setTimeout(r, 200));
    const third = slowPost(server);
    const refused = await third.answer;
    third.destroy();
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('3');
    expect(refused.afterMs).toBeLessThan(1000);
    const held = await Promise.all(holders.map((h) => h.answer));
    for (const h of holders) h.destroy();
    expect(held.map((h) => h.status)).toEqual([408, 408]);
    const ok = await fetch(`${server.url}/api/consent`, { method: 'POST', headers: { origin: server.url }, body: '{}' });
    expect(ok.status).toBe(400); // read and judged: the slots were given back
  });

  it('C9: after a body given up on (408), the next bodies are read in full: a read that was aborted leaves nothing behind', async () => {
    const sink = memorySink();
    const server = await startServer(adapter, {
      policy,
      logger: quiet,
      consentApi: { sink, rateLimit: false, bodyTimeoutMs: 300, maxPendingBodies: 1 },
    });
    servers.push(server);
    const post = (n: number) =>
      fetch(`${server.url}/api/consent`, { method: 'POST', headers: { origin: server.url, 'content-type': 'application/json' }, body: JSON.stringify(validRecord(n)) });
    // One slot: each read below takes the same slot in turn, before and after the one given up on.
    for (let n = 0; n < 3; n++) expect((await post(n)).status).toBe(201);
    const slow = slowPost(server);
    expect((await slow.answer).status).toBe(408);
    slow.destroy();
    for (let n = 3; n < 6; n++) expect((await post(n)).status).toBe(201);
    const stored = await sink.history(validRecord(0).subject);
    expect(stored.map((r) => r.recordId)).toEqual([0, 1, 2, 3, 4, 5].map((n) => validRecord(n).recordId));
  });
});

it('bad bodyTimeoutMs and maxPendingBodies values are refused at creation', async () => {
  const { createCookieKit } = await import('./kit');
  expect(() => createCookieKit({ policy, consentApi: { sink: memorySink(), bodyTimeoutMs: 0 } })).toThrow(/bodyTimeoutMs/);
  expect(() => createCookieKit({ policy, consentApi: { sink: memorySink(), maxPendingBodies: 0.5 } })).toThrow(/maxPendingBodies/);
});
