import { describe, expect, it } from 'vitest';
import { ConsentLogClosedError, ConsentLogUnavailableError } from './errors';
import type { BatchCommit } from './chain';
import { makeRecord } from './test/helpers';
import { createWriter } from './writer';

/** A lane whose commits wait until the test releases them, and which records what it was given. */
function lane(name: string, events: string[]) {
  const pending: { size: number; release: (fail?: Error) => void }[] = [];
  const commit: BatchCommit = (jobs) =>
    new Promise((resolve, reject) => {
      events.push(`${name} start ${jobs.length}`);
      pending.push({
        size: jobs.length,
        release: (fail) => {
          events.push(`${name} end`);
          if (fail) reject(fail);
          else resolve(new Set(jobs));
        },
      });
    });
  return { commit, pending };
}

const tick = async () => {
  // A few turns of the event loop: the writer yields one (setImmediate) between batches.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};
const append = (writer: ReturnType<typeof createWriter>, n: number) => writer.append(makeRecord(n), n);

describe('the writer queue', () => {
  it('with two lanes, a second batch starts while the first commits; with one lane, never', async () => {
    for (const lanes of [1, 2]) {
      const events: string[] = [];
      const [a, b] = [lane('a', events), lane('b', events)];
      const writer = createWriter({ batchDelayMs: 0, maxBatchSize: 10, maxQueued: 100, commits: [a.commit, b.commit].slice(0, lanes) });
      const first = append(writer, 1);
      await tick();
      const second = [append(writer, 2), append(writer, 3)];
      await tick();
      // Batches in flight at once.
      expect(a.pending.length + b.pending.length).toBe(lanes);
      a.pending[0]!.release();
      await first;
      await tick();
      if (lanes === 1) {
        // The records that queued meanwhile go as one batch once the lane is free.
        expect(events).toEqual(['a start 1', 'a end', 'a start 2']);
        a.pending[1]!.release();
      } else {
        // Record 2 went to the free lane at once, record 3 to the first lane freed.
        expect(events).toEqual(['a start 1', 'b start 1', 'a end', 'a start 1']);
        b.pending[0]!.release();
        a.pending[1]!.release();
      }
      expect(await Promise.all(second)).toEqual([{ duplicate: false }, { duplicate: false }]);
      await writer.close();
    }
  });

  it('a task waits for the batches in flight, and batches queued after it wait for the task', async () => {
    const events: string[] = [];
    const [a, b] = [lane('a', events), lane('b', events)];
    const writer = createWriter({ batchDelayMs: 0, maxBatchSize: 1, maxQueued: 100, commits: [a.commit, b.commit] });
    const before = [append(writer, 1), append(writer, 2)];
    let finishTask!: () => void;
    const task = writer.task(async () => {
      events.push('task start');
      await new Promise<void>((resolve) => (finishTask = resolve));
      events.push('task end');
      return 'done';
    });
    const after = append(writer, 3);
    await tick();
    expect(events).toEqual(['a start 1', 'b start 1']);
    b.pending[0]!.release();
    await tick();
    expect(events).toEqual(['a start 1', 'b start 1', 'b end']);
    a.pending[0]!.release();
    await tick();
    // The task runs alone: records queued after it wait, though both lanes are free, also one
    // that arrives while it runs.
    const during = append(writer, 4);
    await tick();
    expect(events).toEqual(['a start 1', 'b start 1', 'b end', 'a end', 'task start']);
    finishTask();
    expect(await task).toBe('done');
    await tick();
    expect(events).toEqual(['a start 1', 'b start 1', 'b end', 'a end', 'task start', 'task end', 'a start 1', 'b start 1']);
    a.pending[1]!.release();
    b.pending[1]!.release();
    await during;
    await Promise.all([...before, after]);
    await writer.close();
  });

  it('a failed commit rejects only its own batch, as unavailable; the other lane acknowledges its records', async () => {
    const events: string[] = [];
    const [a, b] = [lane('a', events), lane('b', events)];
    const writer = createWriter({ batchDelayMs: 0, maxBatchSize: 1, maxQueued: 100, commits: [a.commit, b.commit] });
    const [first, second] = [append(writer, 1), append(writer, 2)];
    await tick();
    a.pending[0]!.release(new Error('connection reset'));
    b.pending[0]!.release();
    await expect(first).rejects.toBeInstanceOf(ConsentLogUnavailableError);
    await expect(first).rejects.toThrow(/connection reset/);
    expect(await second).toEqual({ duplicate: false });
    await writer.close();
  });

  it('close waits for every lane and what is still queued, then refuses work; overload is refused at once', async () => {
    const events: string[] = [];
    const [a, b] = [lane('a', events), lane('b', events)];
    const writer = createWriter({ batchDelayMs: 50, maxBatchSize: 2, maxQueued: 2, commits: [a.commit, b.commit] });
    const accepted = [1, 2, 3, 4, 5, 6].map((n) => append(writer, n));
    // Both lanes hold a batch of two in flight; two more records wait, the most allowed.
    expect(events).toEqual(['a start 2', 'b start 2']);
    await expect(append(writer, 7)).rejects.toThrow(/overloaded: 2 records are waiting/);
    let closed = false;
    const closing = writer.close().then(() => (closed = true));
    await expect(append(writer, 8)).rejects.toBeInstanceOf(ConsentLogClosedError);
    await expect(writer.task(async () => 1)).rejects.toBeInstanceOf(ConsentLogClosedError);
    for (let round = 0; round < 3; round++) {
      await tick();
      for (const l of [a, b]) while (l.pending.length > 0) l.pending.shift()!.release();
    }
    await closing;
    expect(closed).toBe(true);
    await Promise.all(accepted);
    expect(events.filter((e) => e.includes('start')).map((e) => Number(e.split(' ')[2])).reduce((x, y) => x + y)).toBe(6);
  });

  it('needs a lane', () => {
    expect(() => createWriter({ batchDelayMs: 0, maxBatchSize: 1, maxQueued: 1, commits: [] })).toThrow(/at least one lane/);
  });
});

