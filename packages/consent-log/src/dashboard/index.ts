/**
 * `@cookiekit/consent-log/dashboard`: the consent insights dashboard, a read-only request
 * handler behind authentication (C26) that mounts in node:http, Express, Fastify and Hono.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseDuration } from '@cookiekit/core';
import { ConsentLogConfigError, ConsentLogError } from '../errors';
import type { Insights } from '../insights';
import type { ConsentLog } from '../log';
import { PLOTS, STYLE, renderPage, tables, toCsv, type PlotId, type VerifyStatus } from './view';

/** What an `authorize` hook sees of a request. */
export interface DashboardRequest {
  readonly method: string;
  /** The path and query, as received. */
  readonly url: string;
  /** A request header (lower-case name), or undefined. */
  header(name: string): string | undefined;
  /** The client's address (or what `clientKey` made of the request). */
  readonly client: string;
}

/**
 * How the dashboard lets people in. There is no default: one of these is required.
 * - `token`: `Authorization: Bearer <token>` (at least 16 characters);
 * - `basic`: HTTP Basic credentials (password of at least 12 characters);
 * - `authorize`: the app's own check (a session, a single sign-on header set by a proxy…).
 * Tokens and passwords are compared in constant time.
 */
export type DashboardAuth =
  | { readonly token: string }
  | { readonly basic: { readonly username: string; readonly password: string } }
  | { readonly authorize: (request: DashboardRequest) => boolean | Promise<boolean> };

/** Options of `createInsightsDashboard`. */
export interface DashboardOptions {
  /** The log to read. Opened with its key, the dashboard also shows the chain's verification. */
  readonly log: ConsentLog;
  readonly auth: DashboardAuth;
  /** Where the dashboard is mounted, such as `/insights/`. Default `/`. */
  readonly basePath?: string;
  /** The smallest count shown (C26). Default 10; at least 2. */
  readonly k?: number;
  /** The IANA time zone days are shown in. Default `UTC`. */
  readonly timeZone?: string;
  /** The days shown when the request names no range. Default 30. */
  readonly defaultDays?: number;
  /** The site's retention period (such as `25 months`), for the retention panel. */
  readonly retention?: string;
  /**
   * How often the dashboard verifies the log in the background, in ms, started by a page view
   * once the last result is older. Default 6 hours; 0 turns it off. Needs the log's key.
   */
  readonly verifyEveryMs?: number;
  /** Failed logins a client may make per `failureWindowMs` before it gets 429. Default 10. */
  readonly maxFailures?: number;
  /** Default 15 minutes. */
  readonly failureWindowMs?: number;
  /** The key failed logins are counted under. Default: the client's address (behind a proxy, give the forwarded one). */
  readonly clientKey?: (request: DashboardRequest) => string;
  /** The page title. Default "Consent insights". */
  readonly title?: string;
  /** The clock (ms). */
  readonly now?: () => number;
}

/** A Node handler (`(req, res)`, also Express middleware) with a `fetch` handler for Web-standard frameworks (Hono). */
export interface InsightsDashboard {
  (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  /** Answers a Web `Request` (Hono: `app.all('/insights/*', (c) => dashboard.fetch(c.req.raw))`). */
  fetch(request: Request, client?: { readonly address?: string }): Promise<Response>;
  /** Stops the background verification. */
  close(): void;
}

/** The security headers of every answer: no script at all, no framing, nothing cached. */
export const DASHBOARD_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
const same = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

function checker(auth: DashboardAuth): { check(request: DashboardRequest): Promise<boolean>; challenge: string } {
  if (!auth || typeof auth !== 'object') throw new ConsentLogConfigError('The insights dashboard needs auth: { token }, { basic } or { authorize }. It has no default password.');
  if ('token' in auth) {
    if (typeof auth.token !== 'string' || auth.token.length < 16) throw new ConsentLogConfigError('The dashboard token must be at least 16 characters.');
    const expected = digest(auth.token);
    return {
      challenge: 'Bearer realm="cookiekit insights"',
      async check(request) {
        const match = /^Bearer +(\S+) *$/i.exec(request.header('authorization') ?? '');
        return same(digest(match?.[1] ?? ''), expected) && match !== null;
      },
    };
  }
  if ('basic' in auth) {
    const { username, password } = auth.basic ?? ({} as never);
    if (typeof username !== 'string' || username === '' || username.includes(':')) throw new ConsentLogConfigError('The dashboard username must be a non-empty string without ":".');
    if (typeof password !== 'string' || password.length < 12) throw new ConsentLogConfigError('The dashboard password must be at least 12 characters.');
    const expected = digest(`${username}:${password}`);
    return {
      challenge: 'Basic realm="cookiekit insights", charset="UTF-8"',
      async check(request) {
        const match = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(request.header('authorization') ?? '');
        const given = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
        return same(digest(given), expected) && match !== null;
      },
    };
  }
  if ('authorize' in auth && typeof auth.authorize === 'function') {
    return { challenge: 'Bearer realm="cookiekit insights"', check: async (request) => (await auth.authorize(request)) === true };
  }
  throw new ConsentLogConfigError('The insights dashboard needs auth: { token }, { basic } or { authorize }.');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Creates the insights dashboard over a consent log: plots of the opt-in rate per category, the
 * method mix, the rates before and after each policy revision and the decisions per day, each
 * with a table and a CSV download; the chain's verification and the retention status. Read-only
 * (GET and HEAD only), behind authentication, small counts suppressed (C26).
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createInsightsDashboard } from '@cookiekit/consent-log/dashboard';
 * const dashboard = createInsightsDashboard({ log, auth: { token: process.env.INSIGHTS_TOKEN! }, basePath: '/insights/' });
 * createServer(dashboard).listen(8080, '127.0.0.1');
 * // Express: app.use('/insights', dashboard)  ·  Fastify: reply.hijack(); dashboard(req.raw, reply.raw)
 * // Hono: app.all('/insights/*', (c) => dashboard.fetch(c.req.raw))
 * ```
 */
export function createInsightsDashboard(options: DashboardOptions): InsightsDashboard {
  if (!options?.log) throw new ConsentLogConfigError('The insights dashboard needs the consent log (options.log).');
  const { log } = options;
  const auth = checker(options.auth);
  const now = options.now ?? Date.now;
  const k = options.k ?? 10;
  if (!(Number.isInteger(k) && k >= 2)) throw new ConsentLogConfigError('k must be an integer of at least 2.');
  const timeZone = options.timeZone ?? 'UTC';
  const defaultDays = options.defaultDays ?? 30;
  const maxFailures = options.maxFailures ?? 10;
  const windowMs = options.failureWindowMs ?? 15 * 60_000;
  const verifyEveryMs = options.verifyEveryMs ?? 6 * 3_600_000;
  const title = options.title ?? 'Consent insights';
  let base = options.basePath ?? '/';
  if (!base.startsWith('/')) throw new ConsentLogConfigError('basePath must start with "/".');
  if (!base.endsWith('/')) base += '/';
  let retentionSeconds: number | undefined;
  if (options.retention !== undefined) {
    retentionSeconds = parseDuration(options.retention);
    if (!retentionSeconds) throw new ConsentLogConfigError(`retention "${options.retention}" is not a duration such as "25 months".`);
  }

  // Failed logins per client, in a fixed window; the map is bounded.
  const failures = new Map<string, { count: number; until: number }>();
  const limited = (client: string) => {
    const entry = failures.get(client);
    if (!entry) return 0;
    if (entry.until <= now()) {
      failures.delete(client);
      return 0;
    }
    return entry.count >= maxFailures ? Math.ceil((entry.until - now()) / 1000) : 0;
  };
  const fail = (client: string) => {
    const entry = failures.get(client);
    if (entry && entry.until > now()) entry.count++;
    else {
      if (failures.size >= 10_000) failures.delete(failures.keys().next().value!);
      failures.set(client, { count: 1, until: now() + windowMs });
    }
  };

  // Background verification, started by a page view when the last result is stale.
  let verify: VerifyStatus = { state: verifyEveryMs > 0 ? 'never' : 'off' };
  let verifying: Promise<void> | undefined;
  let lastVerifyMs = -Infinity;
  let closed = false;
  const maybeVerify = () => {
    if (verifyEveryMs <= 0 || verifying || closed || now() - lastVerifyMs < verifyEveryMs) return;
    lastVerifyMs = now();
    verify = { ...verify, state: 'running' };
    verifying = log
      .verify()
      .then(
        (report) => {
          const heads = report.chains.flatMap((c) => (c.head ? [`${c.chain === 0 ? '' : `${c.chain}:`}${c.head.seq}:${c.head.mac}`] : []));
          verify = {
            state: 'done',
            at: new Date(now()).toISOString(),
            ok: report.ok,
            records: report.records,
            heads,
            ...(report.firstBad ? { firstBad: `${report.firstBad.kind}: ${report.firstBad.message}` } : {}),
          };
        },
        (error: unknown) => {
          verify = { state: 'failed', at: new Date(now()).toISOString(), error: error instanceof Error ? error.message : String(error) };
        },
      )
      .finally(() => {
        verifying = undefined;
      });
  };

  const answer = (status: number, body: string, type: string, extra: Record<string, string> = {}): Answer => ({
    status,
    body,
    headers: { ...DASHBOARD_HEADERS, 'content-type': type, ...extra },
  });
  const text = (status: number, body: string, extra: Record<string, string> = {}) => answer(status, `${body}\n`, 'text/plain; charset=utf-8', extra);

  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  function range(params: URLSearchParams): { from: string; to: string; bucket: 'day' | 'hour' } | string {
    const to = params.get('to') ?? isoDay(now());
    const from = params.get('from') ?? isoDay(Date.parse(`${to}T00:00:00Z`) - (defaultDays - 1) * 86_400_000);
    const bucket = params.get('bucket') ?? 'day';
    if (!DATE.test(from) || !DATE.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) return 'from and to must be dates (YYYY-MM-DD).';
    if (bucket !== 'day' && bucket !== 'hour') return 'bucket must be day or hour.';
    if (to < from) return 'to must not be before from.';
    return { from, to, bucket };
  }

  async function load(form: { from: string; to: string; bucket: 'day' | 'hour' }): Promise<Insights> {
    // Whole days, `to` included, cut in the display time zone (insights rounds to its buckets).
    // (Noon UTC falls on the same date in every zone from UTC-12 to UTC+11.)
    return log.insights({ from: `${form.from}T12:00:00Z`, to: Date.parse(`${form.to}T12:00:00Z`) + 1, bucket: form.bucket, timeZone, k });
  }

  async function handle(method: string, url: URL, request: DashboardRequest): Promise<Answer> {
    const wait = limited(request.client);
    if (wait > 0) return text(429, 'Too many failed logins; try again later.', { 'retry-after': String(wait) });
    if (!(await auth.check(request).catch(() => false))) {
      fail(request.client);
      return text(401, 'Authentication required.', { 'www-authenticate': auth.challenge });
    }
    if (method !== 'GET' && method !== 'HEAD') return text(405, 'The dashboard is read-only.', { allow: 'GET, HEAD' });
    const path = url.pathname;
    if (`${path}/` === base) return text(308, 'Moved.', { location: `${base}${url.search}` });
    if (!path.startsWith(base)) return text(404, 'Not found.');
    const rest = path.slice(base.length);
    if (rest === 'style.css') return answer(200, STYLE, 'text/css; charset=utf-8');
    if (rest !== '' && rest !== 'insights.csv' && rest !== 'insights.json') return text(404, 'Not found.');
    const form = range(url.searchParams);
    if (typeof form === 'string') return text(400, form);
    let insights: Insights;
    try {
      insights = await load(form);
    } catch (error) {
      if (error instanceof ConsentLogError && error.status === 400) return text(400, error.message);
      throw error;
    }
    if (rest === 'insights.json') return answer(200, JSON.stringify(insights), 'application/json; charset=utf-8');
    if (rest === 'insights.csv') {
      const plot = url.searchParams.get('plot') ?? 'decisions';
      if (!(PLOTS as readonly string[]).includes(plot)) return text(400, `plot must be one of ${PLOTS.join(', ')}.`);
      const csv = toCsv(tables(insights)[plot as PlotId]);
      return answer(200, csv, 'text/csv; charset=utf-8', {
        'content-disposition': `attachment; filename="consent-${plot}-${form.from}-${form.to}-${form.bucket}.csv"`,
      });
    }
    maybeVerify();
    let events: Awaited<ReturnType<ConsentLog['events']>> = [];
    try {
      events = await log.events();
    } catch {
      events = [];
    }
    const retention =
      retentionSeconds === undefined ? undefined : { label: options.retention!, cutoff: new Date(now() - retentionSeconds * 1000).toISOString() };
    return answer(200, renderPage({ insights, verify, events, title, form, ...(retention ? { retention } : {}) }), 'text/html; charset=utf-8');
  }

  const safely = async (method: string, url: URL, request: DashboardRequest): Promise<Answer> => {
    try {
      return await handle(method, url, request);
    } catch (error) {
      const status = error instanceof ConsentLogError ? error.status : 500;
      return text(status >= 500 ? status : 500, 'The consent log could not be read.');
    }
  };

  const requestFrom = (method: string, url: string, header: (name: string) => string | undefined, address: string): DashboardRequest => {
    const partial = { method, url, header, client: address };
    return options.clientKey ? { ...partial, client: options.clientKey(partial) } : partial;
  };

  const node = ((req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => {
    const method = req.method ?? 'GET';
    const raw = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const url = new URL(raw, 'http://dashboard.invalid');
    const header = (name: string) => {
      const v = req.headers[name.toLowerCase()];
      return Array.isArray(v) ? v[0] : v;
    };
    const request = requestFrom(method, raw, header, req.socket?.remoteAddress ?? 'unknown');
    safely(method, url, request).then(
      (a) => {
        res.writeHead(a.status, a.headers);
        res.end(method === 'HEAD' ? undefined : a.body);
      },
      (error: unknown) => (next ? next(error) : res.destroy(error as Error)),
    );
  }) as InsightsDashboard;
  node.fetch = async (request, client) => {
    const url = new URL(request.url);
    const dr = requestFrom(request.method, url.pathname + url.search, (name) => request.headers.get(name) ?? undefined, client?.address ?? 'unknown');
    const a = await safely(request.method, url, dr);
    return new Response(request.method === 'HEAD' || a.status === 308 ? null : a.body, { status: a.status, headers: a.headers });
  };
  node.close = () => {
    closed = true;
  };
  return node;
}

export { toCsv, type PlotTable, type VerifyStatus } from './view';
