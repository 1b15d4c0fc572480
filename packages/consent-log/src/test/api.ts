import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defineCookiePolicy, type ConsentSink, type StoredConsentRecord } from '@cookiekit/core';
import { logPolicy } from '@cookiekit/test-fixtures';

/** A policy that knows every category and service `makeRecord` uses. */
export const TEST_POLICY = defineCookiePolicy(logPolicy);

/** The browser's part of a stored record: what `POST /api/consent` takes. */
export function body(record: StoredConsentRecord): string {
  const { receivedAt: _r, policyHash: _p, ...browser } = record;
  return JSON.stringify(browser);
}

/** One answer of the consent API. */
export interface ApiAnswer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly json: Record<string, unknown>;
}

export interface ApiServer {
  readonly url: string;
  readonly errors: string[];
  post(text: string): Promise<ApiAnswer>;
  /** `GET /api/consent/:subject`, sent with a consent cookie that carries `cookie`. */
  history(subject: string, cookie: string): Promise<ApiAnswer>;
  close(): Promise<void>;
}

async function answerOf(response: Response): Promise<ApiAnswer> {
  const raw = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    json = { raw };
  }
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json };
}

/**
 * `@cookiekit/server`'s consent API over `sink`, on a real `node:http` server on 127.0.0.1.
 * `now` is the server's clock (default the system's).
 */
export async function serveConsentApi(
  sink: ConsentSink,
  options: { readonly now?: () => number; readonly onError?: (message: string) => void } = {},
): Promise<ApiServer> {
  const { cookiekit } = await import('@cookiekit/server/node');
  const errors: string[] = [];
  const ck = cookiekit({
    policy: TEST_POLICY,
    consentApi: { sink, rateLimit: false, retryAfterSeconds: 1 },
    logger: {
      warn: (m: string) => errors.push(m),
      error: (m: string) => {
        errors.push(m);
        options.onError?.(m);
      },
    },
    ...(options.now ? { now: options.now } : {}),
  });
  const server: Server = createServer(
    ck.handler((_req, res) => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    errors,
    async post(text) {
      const response = await fetch(`${url}/api/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: text,
      });
      return answerOf(response);
    },
    async history(subject, cookie) {
      return answerOf(await fetch(`${url}/api/consent/${subject}`, { headers: { cookie: `cookies_preferences=${cookie}` } }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
