import type { StoredConsentRecord } from '@cookiekit/core';
import { ConsentLogClosedError, ConsentLogUnavailableError, unavailable } from './errors';
import type { PendingRecord } from './chain';

type AppendJob = PendingRecord & {
  readonly kind: 'append';
  readonly resolve: (value: { duplicate: boolean }) => void;
  readonly reject: (error: unknown) => void;
};
type TaskJob = {
  readonly kind: 'task';
  readonly run: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
};

/** Options of the writer queue. */
export interface WriterOptions {
  /** How long the first record of a batch waits for others, in ms. */
  readonly batchDelayMs: number;
  /** The most records one batch commits. */
  readonly maxBatchSize: number;
  /** The most records waiting for a batch; past it, appends are refused at once (overload). */
  readonly maxQueued: number;
  /** Commits a batch; resolves with the records written (the others were duplicates). */
  readonly commit: <J extends PendingRecord>(jobs: readonly J[]) => Promise<Set<J>>;
}

/** The log's single writer: one job at a time; consecutive appends are committed as one batch. */
export interface Writer {
  /** Queues a checked record; resolves once its batch is committed. */
  append(record: StoredConsentRecord, receivedMs: number): Promise<{ readonly duplicate: boolean }>;
  /** Runs `run` in turn with the batches (a purge or erasure); rejects once closed. */
  task<T>(run: () => Promise<T>): Promise<T>;
  /** Whether `close` was called. */
  readonly closed: boolean;
  /** Takes no more jobs, and resolves once what is queued is done. */
  close(): Promise<void>;
}

export function createWriter(options: WriterOptions): Writer {
  const { batchDelayMs, maxBatchSize, maxQueued, commit } = options;
  const queue: (AppendJob | TaskJob)[] = [];
  let queuedAppends = 0;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let closing: Promise<void> | undefined;
  let drained: Promise<void> = Promise.resolve();

  const kick = () => {
    if (running || timer || queue.length === 0) return;
    if (queue[0]!.kind === 'task' || queuedAppends >= maxBatchSize || batchDelayMs === 0) {
      drained = drain();
    } else {
      timer = setTimeout(() => {
        timer = undefined;
        drained = drain();
      }, batchDelayMs);
    }
  };

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        const first = queue[0]!;
        if (first.kind === 'task') {
          queue.shift();
          try {
            first.resolve(await first.run());
          } catch (error) {
            first.reject(error);
          }
          continue;
        }
        const batch: AppendJob[] = [];
        while (batch.length < maxBatchSize && queue[0]?.kind === 'append') batch.push(queue.shift() as AppendJob);
        queuedAppends -= batch.length;
        await commitBatch(batch);
        // Let requests that arrived during the commit join the next batch.
        if (queue.length > 0 && queuedAppends < maxBatchSize) await new Promise((r) => setImmediate(r));
      }
    } finally {
      running = false;
    }
  }

  async function commitBatch(jobs: AppendJob[]): Promise<void> {
    let written: Set<AppendJob>;
    try {
      written = await commit(jobs);
    } catch (error) {
      const failure = unavailable(`commit a batch of ${jobs.length} record(s)`, error);
      for (const job of jobs) job.reject(failure);
      return;
    }
    for (const job of jobs) job.resolve({ duplicate: !written.has(job) });
  }

  return {
    append(record, receivedMs) {
      if (closed) return Promise.reject(new ConsentLogClosedError());
      // Overload: refuse now (503, retry later) rather than let the queue, and every waiting
      // request's latency, grow without bound.
      if (queuedAppends >= maxQueued) {
        return Promise.reject(
          new ConsentLogUnavailableError(`The consent log is overloaded: ${queuedAppends} records are waiting for the database; retry later.`),
        );
      }
      return new Promise((resolve, reject) => {
        queue.push({ kind: 'append', record, receivedMs, resolve, reject });
        queuedAppends++;
        kick();
      });
    },
    task<T>(run: () => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new ConsentLogClosedError());
      return new Promise<T>((resolve, reject) => {
        queue.push({ kind: 'task', run, resolve: resolve as (v: unknown) => void, reject });
        kick();
      });
    },
    get closed() {
      return closed;
    },
    close() {
      closed = true;
      closing ??= (async () => {
        if (timer) {
          clearTimeout(timer);
          timer = undefined;
        }
        await drained;
        while (queue.length > 0) {
          if (!running) drained = drain();
          await drained;
        }
      })();
      return closing;
    },
  };
}
