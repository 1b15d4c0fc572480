// The load generator, in its own process (pinned to another CPU than the server by run.mjs).
// Stays up for the whole bench and runs one autocannon measurement per IPC message, so no
// process start-up lands inside a measurement. Reports its own CPU use per run: a client near
// 100% of its core means the figure is the client's limit, not the server's.
import autocannon from 'autocannon';

process.on('message', async (job) => {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    amount: job.amount,
    sampleInt: job.sampleInt,
    headers: job.headers,
    // Nothing is printed; the parent formats the figures.
    renderProgressBar: false,
    renderResultsTable: false,
    renderLatencyTable: false,
  });
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  process.send({
    // Completed responses over the measured time, not autocannon's per-second sample average
    // (which drops the last partial second).
    total: result.requests.total,
    seconds: result.duration,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    clientCpu: (cpu.user + cpu.system) / 1e6 / wall,
  });
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });
