// What the two load benchmarks (server/ and log/) share: settings from the environment, child
// processes pinned to a CPU with taskset and spoken to over IPC, the autocannon client loop, the
// median, and the machine and versions a result records.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));

/** A run with `--smoke`: the smallest run, for the smoke tests; its figures mean nothing. */
export const smoke = process.argv.includes('--smoke');

/** A setting from the environment (`BENCH_…`), as a string. */
export const env = (name, fallback) => process.env[name] ?? String(fallback);

/** Whether server and client can each have a core: two CPUs and taskset. */
export const canPin = os.cpus().length >= 2 && spawnSync('sh', ['-c', 'command -v taskset'], { stdio: 'ignore' }).status === 0;

/**
 * Starts `node <dir>/<script> ...args` with an IPC channel, on CPU `cpu` when `pin`.
 * `next()` waits for its next message (and fails if it exits first); `ask(m)` sends `m`, then waits.
 */
export function spawnPinned(dir, cpu, script, args, pin, nodeArgs = []) {
  const node = [process.execPath, ...nodeArgs, resolve(dir, script), ...args];
  const [cmd, ...rest] = pin ? ['taskset', '-c', String(cpu), ...node] : node;
  const child = spawn(cmd, rest, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () =>
    new Promise((res, rej) => {
      const onExit = (code) => rej(new Error(`${script} ${args.join(' ')} exited with ${code}`));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        res(m);
      });
    });
  return { child, next, ask: (m) => (child.send(m), next()) };
}

/**
 * The client process's loop: one measurement per IPC message, `measure(job)` giving its figures,
 * to which the client's own CPU use is added (a client near 100% of its core means the figure is
 * the client's limit, not the server's). The process stays up, so no start-up lands in a run.
 */
export function serveMeasurements(measure) {
  process.on('message', async (job) => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const figures = await measure(job);
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    process.send({ ...figures, clientCpu: (cpu.user + cpu.system) / 1e6 / wall });
  });
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true });
}

/** autocannon options that print nothing: the parent formats the figures. */
export const SILENT = { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false };

/** The figures both benchmarks take from an autocannon result. */
export const latencyFigures = (result) => ({
  seconds: result.duration,
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
});

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The 1, 5 and 15 minute load averages. */
export const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));

/** The installed version of a package the benchmark measures. */
export const version = (name) => JSON.parse(readFileSync(resolve(bench, 'node_modules', name, 'package.json'), 'utf8')).version;

/** The machine a result was measured on, with the benchmark's own fields after. */
export const machine = (extra) => ({
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
  ...extra,
});

/** Writes a result as JSON to `out` (a path under bench/), making its folder. */
export function writeResult(out, result) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}

/**
 * The earlier run a bench prints its figures beside: the environment's `variable`, else `fallback`
 * (a run kept in results/ under its date), relative to bench/; `null` when it is set empty or the
 * fallback is missing; an error when a path given in the environment is not a readable result.
 */
export function readBaseline(fallback, variable = 'BENCH_BASELINE') {
  const path = env(variable, fallback);
  if (!path) return null;
  try {
    const run = JSON.parse(readFileSync(resolve(bench, path), 'utf8'));
    return { path, date: String(run.startedAt ?? run.date ?? '').slice(0, 10) || 'undated', run };
  } catch (error) {
    // A run kept in results/ may be gone from a trimmed copy: go on without it. A path someone
    // named is refused, so a typo does not silently drop the comparison.
    if (process.env[variable] === undefined) return null;
    throw new Error(`${variable}=${path}: not a bench result (${error.message})`);
  }
}

/** Where a result goes: `BENCH_OUT`, else `fallback`, relative to bench/. */
export const resultPath = (fallback) => resolve(bench, env('BENCH_OUT', fallback));
