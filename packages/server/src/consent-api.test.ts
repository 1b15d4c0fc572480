import { afterAll, expect, it } from 'vitest';
import type { ConsentSink, StoredConsentRecord } from '@cookiekit/core';
import { isCheckedRecord } from '@cookiekit/core/schema';
import { memorySink } from './memory-sink';
import { consentBody, policy } from './test/policy';
import { startServer, type TestServer } from './test/servers';

const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

it('C9: the record a sink receives is the one the consent API checked: frozen, and marked so a log need not check it again', async () => {
  const inner = memorySink();
  const received: StoredConsentRecord[] = [];
  const sink: ConsentSink = {
    append: (record) => {
      received.push(record);
      return inner.append(record);
    },
    history: (subject) => inner.history(subject),
  };
  const server = await startServer('node', { policy, logger: { warn: () => undefined, error: () => undefined }, consentApi: { sink, rateLimit: false } });
  servers.push(server);
  const body = consentBody('rec_consent_api_0001', 'subj_consent_api_0001');
  const answer = await fetch(`${server.url}/api/consent`, { method: 'POST', headers: { origin: server.url, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(answer.status).toBe(201);
  expect(await answer.json()).toEqual({ recordId: body.recordId });
  expect(received).toHaveLength(1);
  const stored = received[0]!;
  expect(stored).toMatchObject(body);
  expect(isCheckedRecord(stored)).toBe(true);
  for (const part of [stored, stored.categories, stored.services, stored.signals]) expect(Object.isFrozen(part)).toBe(true);
  expect(() => {
    (stored.categories as Record<string, boolean>).marketing = true;
  }).toThrow(TypeError);
});

it('a body that is not UTF-8 gets 400, and the body after it on the same server is read whole (one decoder serves them all)', async () => {
  const sink = memorySink();
  const server = await startServer('node', { policy, logger: { warn: () => undefined, error: () => undefined }, consentApi: { sink, rateLimit: false } });
  servers.push(server);
  const post = (body: BodyInit) => fetch(`${server.url}/api/consent`, { method: 'POST', headers: { origin: server.url, 'content-type': 'application/json' }, body });
  const good = JSON.stringify({ ...consentBody('rec_consent_api_0002', 'subj_consent_api_0002'), language: 'fr' });
  // A valid start, then a lone lead byte: a decoder that kept it would spoil the next body.
  const broken = Buffer.concat([Buffer.from(good.slice(0, 40)), Buffer.from([0xc3])]);
  const refused = await post(broken);
  expect(refused.status).toBe(400);
  expect((await refused.json()).error).toBe('unreadable-body');
  const stored = await post(good);
  expect(stored.status).toBe(201);
  expect((await sink.history('subj_consent_api_0002')).map((r) => r.recordId)).toEqual(['rec_consent_api_0002']);
});
