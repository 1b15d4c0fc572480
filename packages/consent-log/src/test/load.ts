import { body } from './api';
import { makeRecord, recordId } from './helpers';

export interface LoadResult {
  /** Record ids the API acknowledged (201, or 200 for a repeat of one already stored). */
  readonly acked: Set<string>;
  /** 503 answers, each with its Retry-After. */
  readonly unavailable: { retryAfter: string | null }[];
  /** Requests that got no answer (the server process was gone). */
  readonly dropped: number;
  /** Any other status: a failure. */
  readonly unexpected: { status: number; json: unknown }[];
}

/**
 * Sends records 1..total through `post` with `concurrency` clients. A record that is not
 * acknowledged is sent again (same record id) until it is, as the browser's sender does.
 * `during(acked)` runs once, when `triggerAt` records have been acknowledged.
 */
export async function runLoad(options: {
  total: number;
  concurrency: number;
  post: (text: string) => Promise<{ status: number; retryAfter: string | null; json: unknown }>;
  triggerAt?: number;
  during?: () => Promise<void>;
  retryDelayMs?: number;
  deadlineMs?: number;
}): Promise<LoadResult> {
  const result = { acked: new Set<string>(), unavailable: [] as { retryAfter: string | null }[], dropped: 0, unexpected: [] as { status: number; json: unknown }[] };
  const deadline = Date.now() + (options.deadlineMs ?? 45_000);
  let next = 1;
  let trigger: Promise<void> | undefined;
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next <= options.total) {
        const n = next++;
        const text = body(makeRecord(n));
        for (;;) {
          if (Date.now() > deadline) throw new Error(`load did not finish in time: ${result.acked.size} of ${options.total} acknowledged`);
          let answer;
          try {
            answer = await options.post(text);
          } catch {
            result.dropped++;
            await wait(options.retryDelayMs ?? 50);
            continue;
          }
          if (answer.status === 201 || answer.status === 200) {
            result.acked.add(recordId(n));
            if (options.during && !trigger && result.acked.size >= (options.triggerAt ?? 0)) trigger = options.during();
            break;
          }
          if (answer.status === 503) {
            result.unavailable.push({ retryAfter: answer.retryAfter });
            await wait(options.retryDelayMs ?? 50);
            continue;
          }
          result.unexpected.push({ status: answer.status, json: answer.json });
          break;
        }
      }
    }),
  );
  await trigger;
  return result;
}
