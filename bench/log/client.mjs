// The load generator, in its own process (pinned to the other CPU by run.mjs). One job per IPC
// message: POST /api/consent at a fixed overall rate (autocannon `overallRate`) for some
// seconds, each request a valid consent record with its own record id. Returns the record ids
// the server acknowledged (201), so run.mjs can check each of them is stored.
import autocannon from 'autocannon';
import { consentRecord, createConsentStore, memoryStorage } from '@cookiekit/core';
import { policy } from 'example-policy';
import { latencyFigures, serveMeasurements, SILENT } from '../load.mjs';

// Record templates made by core's store and sender (what a browser sends), one per method a
// banner produces; each request gets its own record id and subject (one visitor, one record).
const templates = [
  (s) => s.acceptAll(),
  (s) => s.rejectAll(),
  (s) => s.save({ categories: { statistics: true, marketing: false } }),
].map((act) => {
  const store = createConsentStore({ policy, storage: memoryStorage(), signals: {} });
  const consent = act(store);
  return consentRecord({ consent, signals: {}, source: 'banner' }, 'en');
});

serveMeasurements(async (job) => {
  const acked = [];
  const statuses = {};
  let n = 0;
  // autocannon starts a burst at 0, 1, 2… s (timers set as the run starts) and, depending on timer
  // order, sometimes one more at the closing tick. Only requests sent within the step's
  // `seconds` count for the rate; the closing burst (sent from `seconds` on; index >= lateFrom)
  // is still checked for storage. A request its connection could only send after that, because
  // the server lagged, does not count either.
  let lateFrom = Infinity;
  const cutoff = performance.now() + job.seconds * 1000 - 50;
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    overallRate: job.rate,
    // autocannon's rate mode is closed loop per connection (each sends its share of the rate
    // back to back, then waits for the next second), so its coordinated-omission correction
    // (which also assumes a 1 ms interval here) would invent samples: latencies are recorded as
    // measured, request sent to response received.
    ignoreCoordinatedOmission: true,
    // The consent API takes same-origin requests only (Origin must match Host).
    headers: { 'content-type': 'application/json', origin: job.url },
    requests: [
      {
        method: 'POST',
        path: '/api/consent',
        setupRequest(request) {
          const i = n++;
          if (lateFrom === Infinity && performance.now() >= cutoff) lateFrom = i;
          const id = `${job.prefix}${String(i).padStart(9, '0')}`;
          request.body = JSON.stringify({ ...templates[i % templates.length], recordId: id, subject: `v${id}` });
          return request;
        },
        onResponse(status, body) {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 201) acked.push(JSON.parse(body).recordId);
        },
      },
    ],
    ...SILENT,
  });
  const inWindow = (id) => Number(id.slice(job.prefix.length)) < lateFrom;
  return {
    ...latencyFigures(result),
    latencyMax: result.latency.max,
    sent: n,
    sentInWindow: Math.min(n, lateFrom),
    ackedInWindow: acked.filter(inWindow).length,
    acked,
    statuses,
  };
});
