/**
 * `@cookiekit/server/express`: cookiekit as Express 5 middleware.
 */
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { CookiePolicy } from '@cookiekit/core';
import { kitOf, type AdapterOptions, type CookieKit } from './kit';
import { GuardState, localsBinding, readNodeConsent, runNodeMiddleware, type LocalsStateFactory, type NodeRequestInfo } from './node-shared';
import type { ConsentHtml } from './html';
import type { BootstrapHtmlOptions } from './html';
import type { RequestConsent } from './request-consent';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The request's consent, decided on first use (set by the cookiekit middleware). */
      cookiekit: RequestConsent;
    }
    interface Locals {
      /**
       * This visitor's consent UI and bootstrap data for a template, drawn only when printed
       * unescaped (EJS `<%-`, Eta `<%~`, Pug `!=`, Handlebars `{{{ }}}`, Nunjucks `| safe`).
       * Set by the cookiekit middleware; see `RequestConsent.consentHtml`.
       */
      readonly cookiekitHtml: ConsentHtml;
      /** The response's CSP nonce, if the app sets one: `cookiekitHtml` writes it on its data blocks. */
      cspNonce?: string;
    }
  }
}

/**
 * `res.locals.cookiekitHtml`: each part drawn when read, with the response's `cspNonce` as it is
 * then. It is also the response's guard state (see `localsBinding`): one object a response,
 * which reads the request's consent only when first asked.
 */
class LocalsConsentHtml extends GuardState implements ConsentHtml {
  readonly #info: NodeRequestInfo;
  readonly #req: IncomingMessage;
  readonly #locals: { cspNonce?: string };
  #bootstrap: { nonce: string | undefined; html: string } | undefined;
  constructor(
    kit: CookieKit<CookiePolicy>,
    info: NodeRequestInfo,
    req: IncomingMessage,
    consent: RequestConsent | undefined,
    writeHead: GuardState['writeHead'],
    locals: { cspNonce?: string },
  ) {
    super(kit, consent, writeHead);
    this.#info = info;
    this.#req = req;
    this.#locals = locals;
  }
  protected override readConsent(): RequestConsent {
    return readNodeConsent(this.kit, this.#info, this.#req);
  }
  get banner(): string {
    return this.consent.bannerHtml();
  }
  get bootstrap(): string {
    const nonce = this.#locals.cspNonce;
    if (!this.#bootstrap || this.#bootstrap.nonce !== nonce) {
      const options: BootstrapHtmlOptions = { nonce };
      this.#bootstrap = { nonce, html: this.consent.bootstrapHtml(options) };
    }
    return this.#bootstrap.html;
  }
  override toString(): string {
    return this.banner + this.bootstrap;
  }
}

const noLocals = {};
const localsState: LocalsStateFactory = (kit, info, req, locals, consent, writeHead) =>
  new LocalsConsentHtml(kit, info, req, consent, writeHead, (locals as { cspNonce?: string } | undefined) ?? noLocals);

// Express knows the scheme and address behind a trusted proxy (`trust proxy`).
const expressInfo: NodeRequestInfo<Request> = {
  secure: (req) => req.protocol === 'https',
  address: (req) => req.ip,
  parsedBody: (req) => req.body as unknown,
};

/** Express middleware that also carries the core it runs. */
export type ExpressCookieKit<P extends CookiePolicy = CookiePolicy> = RequestHandler & { readonly kit: CookieKit<P> };

/** @deprecated Use `ExpressCookieKit`; the old spelling is removed in 1.0. */
export type ExpressCookiekit<P extends CookiePolicy = CookiePolicy> = ExpressCookieKit<P>;

/**
 * cookiekit for Express 5: `req.cookiekit` (decided on first use), `res.locals.cookiekitHtml`
 * (the visitor's consent UI for templates, drawn only when printed), `Set-Cookie` enforcement
 * (also of `res.cookie`), `/.well-known/gpc.json` and the consent API. Mount it before body
 * parsers and routes; the client address is `req.ip`, so set `trust proxy` behind a proxy.
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { cookiekit, memorySink } from '@cookiekit/server/express';
 *
 * const app = express();
 * app.use(cookiekit({ policy, consentApi: { sink: memorySink() } }));
 * app.get('/', (req, res) => {
 *   if (req.cookiekit.allowed('statistics')) res.cookie('_shop_stats', 'v1');
 *   res.send(req.cookiekit.decision.ask ? 'show the banner' : 'welcome back');
 * });
 * app.listen(3000);
 * // or with a kit made by createCookieKit, shared with other servers:
 * app.use(cookiekit({ kit }));
 * ```
 */
export function cookiekit<P extends CookiePolicy>(options: AdapterOptions<P>): ExpressCookieKit<P>;
/** @deprecated Pass the kit as `{ kit }`; removed in 1.0. */
export function cookiekit<P extends CookiePolicy>(kit: CookieKit<P>): ExpressCookieKit<P>;
export function cookiekit<P extends CookiePolicy>(options: AdapterOptions<P> | CookieKit<P>): ExpressCookieKit<P> {
  const kit = kitOf(options);
  const binding = localsBinding(localsState);
  const middleware = (req: Request, res: Response, next: NextFunction) => {
    // The binding puts `res.locals.cookiekitHtml` in place, drawn only when a template prints it
    // (`res.render` merges the locals).
    if (runNodeMiddleware(kit, expressInfo, req, res, binding)) next();
  };
  Object.defineProperty(middleware, 'kit', { value: kit });
  return middleware as ExpressCookieKit<P>;
}

export { memorySink } from './memory-sink';
export type { RequestConsent } from './request-consent';
export type { BannerHtmlOptions, BootstrapHtmlOptions, ConsentHtml } from './html';
export type { AdapterOptions, CookieKitOptions, CookieKit, CookiekitOptions, Cookiekit } from './kit';
