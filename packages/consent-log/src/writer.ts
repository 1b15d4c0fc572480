import type { StoredConsentRecord } from '@cookiekit/core';
import { ConsentLogClosedError, ConsentLogUnavailableError, unavailable } from './errors';
import type { BatchCommit, PendingRecord } from './chain';

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
  /**
   * One committer per lane (a lane is a chain with its own head): up to this many batches are
   * committed at once, each by a free lane. One lane gives one batch at a time.
   */
  readonly commits: readonly BatchCommit[];
}

/** The log's writer: consecutive appends are committed as batches, by as many lanes as it has. */
export interface Writer {
  /** Queues a checked record; resolves once its batch is committed. */
  append(record: StoredConsentRecord, receivedMs: number): Promise<{ readonly duplicate: boolean }>;
  /**
   * Runs `run` alone (a purge or erasure): after every batch queued before it is committed, and
   * before any queued after it starts. Rejects once closed.
   */
  task<T>(run: () => Promise<T>): Promise<T>;
  /** Whether `close` was called. */
  readonly closed: boolean;
  /** Takes no more jobs, and resolves once what is queued is done. */
  close(): Promise<void>;
}

export function createWriter(options: WriterOptions): Writer {
  const { batchDelayMs, maxBatchSize, maxQueued, commits } = options;
  if (commits.length === 0) throw new Error('The consent log writer needs at least one lane.');
  const queue: (AppendJob | TaskJob)[] = [];
  let queuedAppends = 0;
  /** Lanes with no batch in flight. */
  const freeLanes = commits.map((_, lane) => lane).reverse();
  /** Batches in flight, plus one while a task runs. */
  let busy = 0;
  let taskRunning = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let closing: Promise<void> | undefined;
  let onIdle: (() => void) | undefined;

  /** Starts what may start now: a task once nothing else runs, batches on free lanes. */
  const kick = (now = false) => {
    // A running task holds everything behind it.
    if (taskRunning) return;
    while (queue.length > 0) {
      const first = queue[0]!;
      if (first.kind === 'task') {
        // A task runs alone: it waits for the batches in flight, and holds back those behind it.
        if (busy === 0) runTask(queue.shift() as TaskJob);
        return;
      }
      if (freeLanes.length === 0) return;
      // The first record of a quiet spell waits batchDelayMs for others to join its batch;
      // records that queued while a batch was committing go at once.
      if (!now && !closed && queuedAppends < maxBatchSize && batchDelayMs > 0) {
        timer ??= setTimeout(() => {
          timer = undefined;
          kick(true);
        }, batchDelayMs);
        return;
      }
      startBatch(freeLanes.pop()!);
    }
    if (busy === 0) onIdle?.();
  };

  function startBatch(lane: number): void {
    const batch: AppendJob[] = [];
    while (batch.length < maxBatchSize && queue[0]?.kind === 'append') batch.push(queue.shift() as AppendJob);
    queuedAppends -= batch.length;
    busy++;
    void commitBatch(commits[lane]!, batch).then(() => {
      busy--;
      freeLanes.push(lane);
      // Let requests that arrived during the commit join the next batch.
      if (queue.length > 0 && queuedAppends < maxBatchSize) setImmediate(kick, true);
      else kick(true);
    });
  }

  function runTask(task: TaskJob): void {
    busy++;
    taskRunning = true;
    void task
      .run()
      .then(task.resolve, task.reject)
      .then(() => {
        busy--;
        taskRunning = false;
        kick(true);
      });
  }

  async function commitBatch(commit: BatchCommit, jobs: AppendJob[]): Promise<void> {
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
        kick(queuedAppends >= maxBatchSize);
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
      closing ??= new Promise<void>((resolve) => {
        if (timer) {
          clearTimeout(timer);
          timer = undefined;
        }
        onIdle = () => {
          if (queue.length === 0) resolve();
        };
        kick(true);
      });
      return closing;
    },
  };
}
