// CPU time read from /proc, for the log benches (Linux only).
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (µs) of this process's live children, from /proc (clock ticks of 10 ms): the SQLite
 * writer process. A writer that died takes its time with it; the bench's writers do not die.
 */
export function childrenCpuUs() {
  let ticks = 0;
  for (const pid of childPids(process.pid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks * 10_000;
}

/** The live child processes of process `pid`, from /proc (every thread's children). */
export function childPids(pid) {
  const out = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      out.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/**
 * CPU time (µs) of every live process named `postgres` on this machine, from /proc: the
 * database's share of a step, read before and after it (its connections live through the step).
 * Null where /proc is not there.
 */
export function postgresCpuUs() {
  let ticks = 0;
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks * 10_000;
}
