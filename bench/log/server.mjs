// The measured server, started in its own process by run.mjs: node:http with @cookiekit/server's
// consent API writing into @cookiekit/consent-log, wired as examples/demo/server.mjs wires it
// (`cookiekit({ policy, consentApi: { sink: log } })` on the demo's policy), with one
// difference: `consentApi.rateLimit: false`. The default limit (30 records a minute per client
// address) would answer 429 to a load generator on one address after 30 requests.
//
//   node server.mjs '<json config>'   config: { database, key, chain?, chains?, maxBatchSize? } (the log's first chain for this process, and
//                                     how many chains it commits to side by side)
//
// IPC: sends { port } once listening; answers 'cpu' with its CPU time (µs; `writer`: the SQLite writer's share), 'verify' with the log's VerifyReport and 'close'
// by closing the log (commits the queue) and exiting.
import http from 'node:http';
import { openConsentLog } from '@cookiekit/consent-log';
import { cookiekit } from '@cookiekit/server/node';
import { policy } from 'example-policy';
import { childrenCpuUs } from './proc.mjs';

const { database, key, chain, chains, maxBatchSize } = JSON.parse(process.argv[2]);
const log = await openConsentLog({ database, key, migrate: true, ...(chain === undefined ? {} : { chain }), ...(chains === undefined ? {} : { chains }), ...(maxBatchSize ? { maxBatchSize } : {}) });
const errors = [];
const logger = {
  warn: (m) => process.stderr.write(`${m}\n`),
  // Sink failures are answered 503 and counted by the client; the first few are kept for the report.
  error: (m) => {
    if (errors.length < 5) errors.push(m);
  },
};
const ck = cookiekit({ policy, logger, consentApi: { sink: log, rateLimit: false } });
const server = http.createServer(
  ck.handler((_req, res) => {
    res.statusCode = 404;
    res.end('not found');
  }),
);
// Keep client connections open across a whole step (Node's default closes idle ones after 5 s).
server.keepAliveTimeout = 120_000;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

// BENCH_STEP_PROFILE (a folder): a CPU profile of each measured step only, from its first 'cpu'
// question to its second, so the verify between steps (it reads every record back) is left out.
const stepProfiles = process.env.BENCH_STEP_PROFILE;
let profiler;
let cpuAsks = 0;
const profilerPost = (method, params) => new Promise((resolve, reject) => profiler.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
async function startStepProfile() {
  if (!profiler) {
    const { Session } = await import('node:inspector');
    profiler = new Session();
    profiler.connect();
    await profilerPost('Profiler.enable');
  }
  await profilerPost('Profiler.start');
}
async function stopStepProfile(step) {
  const { profile } = await profilerPost('Profiler.stop');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(stepProfiles, { recursive: true });
  writeFileSync(`${stepProfiles}/step-${process.pid}-${String(step).padStart(3, '0')}.cpuprofile`, JSON.stringify(profile));
}

process.on('message', async (m) => {
  if (m === 'cpu') {
    // A step asks twice, before and after. The profile is started after the first answer and
    // stopped before the second is read, so the profiler's own writing is outside the step.
    cpuAsks++;
    if (stepProfiles && cpuAsks % 2 === 0) await stopStepProfile(cpuAsks / 2);
    // Every process of the server: this one, and the consent log's SQLite writer process.
    const u = process.cpuUsage();
    const writer = childrenCpuUs();
    process.send({ cpu: u.user + u.system + writer, writer });
    if (stepProfiles && cpuAsks % 2 === 1) await startStepProfile();
  } else if (m === 'verify') {
    const report = await log.verify();
    process.send({ verify: report, errors: errors.splice(0) });
  } else if (m === 'close') {
    server.closeAllConnections();
    server.close();
    await log.close();
    process.send({ closed: true });
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
process.send({ port: server.address().port });
