// What the compliance suite needs around the browser: the demo on a free loopback port with a
// fresh data folder, one Chromium, fresh contexts that record what the page asked for and what
// went wrong, and read-only access to the demo's consent log (SQLite).
import { DEFAULT_CONSENT_COOKIE, decodeConsent, encodeConsent, findDeclaredStorage, type Consent } from '@cookiekit/core';
import Database from 'better-sqlite3';
import { startDemo, type Demo } from 'demo';
import { policy } from 'example-policy';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/test-env.mjs';

/** The two front ends of the demo, each with its base path. */
export const SHOPS = [
  { name: 'React', base: '/' },
  { name: 'Vue', base: '/vue/' },
] as const;
export type Shop = (typeof SHOPS)[number];

/** The host names that resolve to the loopback demo, so parent-domain cookies can be tried. */
export const SITE_DOMAIN = 'shop.test';
export const SITE_HOST = `www.${SITE_DOMAIN}`;

/** The consent cookie of the example policy. */
export const CONSENT_COOKIE: string = policy.consentCookie?.name ?? DEFAULT_CONSENT_COOKIE;

/** Paths under a shop's base that only load with consent (C1). */
export const gatedPaths = (base: string): string[] =>
  ['stats.js', 'tag.js', 'adpartner/pixel.js', 'embed/video.html', 'embed/player.js'].map((p) => base + p);

/** The cookies and storage keys the policy attributes to a service of a necessary category. */
export function isExempt(name: string, kind: 'cookie' | 'localStorage' | 'sessionStorage'): boolean {
  const owner = findDeclaredStorage(policy, name, kind);
  return owner?.service.category === 'necessary';
}

/** What each page of a context recorded from the moment it opened. */
export interface Recorder {
  /** Paths of every request the context sent (pages, frames, scripts, fetches), in order. */
  readonly requested: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  /** Consent API answers that were not 2xx (a rate limit or a refused record would show here). */
  readonly apiFailures: string[];
}

interface InPage {
  csp: string[];
  scripts: { src: string; dataLayer: unknown[][] | null }[];
  bannerSeen: boolean;
  cls: number;
  /** Each counted layout shift: its value and what moved (element, rectangle before → after), to name a shift's source. */
  shifts: string[];
}

/**
 * Runs in every page before its own scripts (init scripts are not subject to the page's CSP):
 * records CSP violations, each script element added with the `dataLayer` as it was at that
 * moment, whether a `.ck-banner` ever appeared, and the layout shifts not caused by input.
 */
function instrument(): void {
  const w = window as unknown as { __e2e: InPage; dataLayer?: ArrayLike<unknown>[] };
  const state: InPage = (w.__e2e = { csp: [], scripts: [], bannerSeen: false, cls: 0, shifts: [] });
  document.addEventListener('securitypolicyviolation', (e) =>
    state.csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
  );
  const snapshot = () =>
    Array.isArray(w.dataLayer) ? w.dataLayer.map((entry) => JSON.parse(JSON.stringify(Array.from(entry))) as unknown[]) : null;
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType !== 1) return;
        const el = node as Element;
        if (el.localName === 'script' && (el as HTMLScriptElement).src) {
          state.scripts.push({ src: new URL((el as HTMLScriptElement).src).pathname, dataLayer: snapshot() });
        }
        if (el.matches('.ck-banner') || el.querySelector('.ck-banner')) state.bannerSeen = true;
      });
    }
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      type Rect = { x: number; y: number; width: number; height: number };
      type Shift = { value: number; hadRecentInput: boolean; startTime: number; sources?: { node?: Node | null; previousRect: Rect; currentRect: Rect }[] };
      const rect = (r: Rect) => `${r.x},${r.y} ${r.width}×${r.height}`;
      const name = (node: Node | null | undefined) => {
        if (!node || node.nodeType !== 1) return node ? `#${node.nodeName}` : '(removed)';
        const el = node as Element;
        return `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      };
      for (const entry of list.getEntries() as unknown as Shift[]) {
        if (entry.hadRecentInput) continue;
        state.cls += entry.value;
        const moved = (entry.sources ?? []).map((s) => `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`);
        state.shifts.push(`${entry.value.toFixed(6)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No Layout Instability API: `cls` stays 0 and the CLS assertions would be meaningless; Chromium has it.
  }
}

/** Makes `navigator.globalPrivacyControl` true, as a browser with GPC on does (C10). */
export function gpcOn(): void {
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
}

export interface Visit {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly response: Response;
  /** The first HTML the server sent. */
  readonly html: string;
}

/** The demo, the browser and the consent log of one run of the suite. */
export class Harness {
  private demo!: Demo;
  private browser!: Browser;
  private dataDir!: string;
  private db: Database.Database | undefined;
  private readonly contexts: BrowserContext[] = [];
  private readonly recorders = new WeakMap<BrowserContext, Recorder>();
  /** `http://127.0.0.1:<port>` */
  origin = '';
  port = 0;

  /** Starts the demo (with its simulated regions unless `regions: false`) and one Chromium. */
  async start(options: { regions?: boolean } = {}): Promise<void> {
    this.dataDir = mkdtempSync(path.join(tmpdir(), 'cookiekit-e2e-'));
    const warnings: string[] = [];
    this.demo = await startDemo({
      port: 0,
      host: '127.0.0.1',
      dataDir: this.dataDir,
      regions: options.regions ?? true,
      logger: { warn: (m) => warnings.push(m), error: (m, e) => console.error(m, e) },
    });
    const url = new URL(this.demo.url);
    this.origin = url.origin;
    this.port = Number(url.port);
    this.browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      args: [
        ...CHROMIUM_ARGS,
        `--host-resolver-rules=MAP *.${SITE_DOMAIN} 127.0.0.1, MAP ${SITE_DOMAIN} 127.0.0.1`,
      ],
    });
  }

  async stop(): Promise<void> {
    await this.closeContexts();
    this.db?.close();
    await this.browser?.close();
    await this.demo?.close();
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  async closeContexts(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((c) => c.close()));
  }

  /** A fresh context (the suite closes it after the test), instrumented and recording. */
  async context(options: BrowserContextOptions & { gpc?: boolean } = {}): Promise<BrowserContext> {
    const { gpc, ...rest } = options;
    const context = await this.browser.newContext({
      ...rest,
      ...(gpc ? { extraHTTPHeaders: { ...rest.extraHTTPHeaders, 'Sec-GPC': '1' } } : {}),
    });
    this.contexts.push(context);
    await context.addInitScript(instrument);
    if (gpc) await context.addInitScript(gpcOn);
    const recorder: Recorder = { requested: [], errors: [], apiFailures: [] };
    this.recorders.set(context, recorder);
    context.on('request', (request) => recorder.requested.push(new URL(request.url()).pathname));
    context.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('/api/consent') && !response.ok()) {
        recorder.apiFailures.push(`${response.status()} ${response.url()}`);
      }
    });
    context.on('page', (page) => this.watch(page, recorder));
    return context;
  }

  private watch(page: Page, recorder: Recorder): void {
    page.on('console', (message) => {
      if (message.type() === 'error') recorder.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => recorder.errors.push(`page error: ${error.message}`));
  }

  /** What a context recorded so far. */
  recorder(context: BrowserContext): Recorder {
    const r = this.recorders.get(context);
    if (!r) throw new Error('not a context of this harness');
    return r;
  }

  /** Opens `url` (a path on the demo's 127.0.0.1 origin, or a full URL) and waits for hydration. */
  async visit(url: string, context?: BrowserContext, page?: Page): Promise<Visit> {
    const ctx = context ?? (await this.context());
    const p = page ?? (await ctx.newPage());
    const response = await p.goto(url.startsWith('http') ? url : this.origin + url);
    if (!response) throw new Error(`no response for ${url}`);
    await p.waitForSelector('html[data-shop-ready]');
    return { page: p, context: ctx, response, html: await response.text() };
  }

  /** Gives a context a consent cookie as the kit writes it (the core codec), on the demo's origin. */
  async storeConsent(context: BrowserContext, consent: Consent): Promise<void> {
    await context.addCookies([
      {
        name: CONSENT_COOKIE,
        value: encodeConsent(consent),
        url: `${this.origin}/`,
        expires: Math.floor(Date.now() / 1000) + 400 * 86_400,
        sameSite: 'Lax',
      },
    ]);
  }

  /** The consent log, read-only. */
  private log(): Database.Database {
    this.db ??= new Database(path.join(this.dataDir, 'consent.db'), { readonly: true, fileMustExist: true });
    return this.db;
  }

  /** Every record of a subject in the consent log, oldest first. */
  records(subject: string): LogRecord[] {
    return (this.log().prepare('select * from consent_records where subject = ? order by seq').all(subject) as Record<string, unknown>[]).map(
      (row) => ({ ...row, categories: JSON.parse(String(row.categories)), services: JSON.parse(String(row.services)) }),
    );
  }

  /** How many records the log holds. */
  recordCount(): number {
    return (this.log().prepare('select count(*) as n from consent_records').get() as { n: number }).n;
  }

  /** Every value stored in every table of the log, as text (to look for what must not be there). */
  logText(): string {
    const db = this.log();
    const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
    return tables.map(({ name }) => JSON.stringify(db.prepare(`select * from "${name}"`).all())).join('\n');
  }

  /** The columns of the records table. */
  recordColumns(): string[] {
    return (this.log().prepare('pragma table_info(consent_records)').all() as { name: string }[]).map((c) => c.name);
  }
}

/**
 * A row of the consent log's records table as SQLite returns it, with the JSON columns parsed.
 * The columns are the consent log's own (its schema, not restated here): a test names the ones it
 * checks, and a wrong name reads `undefined` and fails.
 */
export type LogRecord = Readonly<Record<string, unknown>> & {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
};

/** The consent stored in a context's consent cookie, or `null`. */
export async function storedConsent(context: BrowserContext): Promise<Consent | null> {
  const cookie = (await context.cookies()).find((c) => c.name === CONSENT_COOKIE);
  return cookie ? decodeConsent(cookie.value) : null;
}

/** Names of a context's cookies, sorted (every domain and path). */
export async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).sort();
}

/**
 * Runs `action` and waits for the consent API to acknowledge the record it sends (C9):
 * resolves with the answer's status.
 */
export async function decision(page: Page, base: string, action: () => Promise<unknown>): Promise<number> {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `${base}api/consent`,
  );
  await action();
  return (await answered).status();
}

/** What the page recorded in itself (see `instrument`). */
export const inPage = (page: Page): Promise<InPage> => page.evaluate(() => (window as unknown as { __e2e: InPage }).__e2e);

/** The `dataLayer` entries as plain arrays. */
export const dataLayer = (page: Page): Promise<unknown[][]> =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? []).map(
      (entry) => JSON.parse(JSON.stringify(Array.from(entry))) as unknown[],
    ),
  );

/** The `initialConsent` the server wrote into its HTML. */
export function initialConsentOf(html: string): { cookie: string | null; signals: { gpc: boolean; dnt: boolean } } {
  const json = /<script type="application\/json" id="ck-initial-consent">([^<]*)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('the page carries no ck-initial-consent');
  return JSON.parse(json);
}

/** A raw GET with exact header lines (a value keeps its spaces; an array sends the header twice). */
export function rawGet(
  url: string,
  headers: Record<string, string | string[]>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A consent as decided `ageMs` ago, for the example policy unless told otherwise. */
export function consentOf(
  granted: boolean,
  options: { ageMs?: number; lifetimeMs?: number; revision?: string; method?: Consent['method']; subject?: string } = {},
): Consent {
  const decidedAt = Date.now() - (options.ageMs ?? 0);
  const services = Object.fromEntries(
    policy.services.filter((s) => s.category !== 'necessary').map((s) => [s.id, granted]),
  );
  return {
    revision: options.revision ?? policy.revision,
    subject: options.subject ?? randomSubject(),
    decidedAt,
    expiresAt: decidedAt + (options.lifetimeMs ?? 182 * 86_400_000),
    method: options.method ?? (granted ? 'accept-all' : 'reject-all'),
    categories: { statistics: granted, marketing: granted },
    services,
  };
}

export function randomSubject(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}
