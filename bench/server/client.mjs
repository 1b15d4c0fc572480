// The load generator, in its own process (pinned to another CPU than the server by run.mjs).
// Stays up for the whole bench and runs one autocannon measurement per IPC message, so no
// process start-up lands inside a measurement; reports its own CPU use per run (load.mjs).
import autocannon from 'autocannon';
import { latencyFigures, serveMeasurements, SILENT } from '../load.mjs';

serveMeasurements(async (job) => {
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    amount: job.amount,
    sampleInt: job.sampleInt,
    headers: job.headers,
    ...SILENT,
  });
  return {
    ...latencyFigures(result),
    // Completed responses over the measured time, not autocannon's per-second sample average
    // (which drops the last partial second).
    total: result.requests.total,
    rps: result.requests.total / result.duration,
  };
});
