import type { Request as ExpressRequest } from 'express';
import Fastify, { type FastifyRequest } from 'fastify';
import { Hono } from 'hono';
import { describe, expectTypeOf, it } from 'vitest';
import type { Consent, Decision, InitialConsent } from '@cookiekit/core';
import { cookiekit as expressCookiekit, type ExpressCookieKit } from './express';
import { cookiekit as fastifyCookiekit, type FastifyCookieKitOptions } from './fastify';
import { cookiekit as honoCookiekit } from './hono';
import * as server from './index';
import { cookiekit, requestConsent, type NodeCookieKit } from './node';
import { createCookieKit, createCookiekit, type CookieKit, type Cookiekit } from './kit';
import type { RequestConsent } from './request-consent';
import { policy } from './test/policy';
import { handleFetch } from './web';

type Kit = CookieKit<typeof policy>;

describe('public types', () => {
  it('each adapter exposes the request consent where its framework keeps request state', () => {
    expectTypeOf<ExpressRequest['cookiekit']>().toEqualTypeOf<RequestConsent>();
    expectTypeOf<FastifyRequest['cookiekit']>().toEqualTypeOf<RequestConsent>();
    expectTypeOf(requestConsent).returns.toEqualTypeOf<RequestConsent>();
    cookiekit({ policy }).handler((req) => {
      expectTypeOf(req.cookiekit).toEqualTypeOf<RequestConsent<typeof policy>>();
    });
    new Hono().get('/', (c) => {
      expectTypeOf(c.get('cookiekit')).toEqualTypeOf<RequestConsent>();
      return c.text('');
    });
  });

  it('the core keeps the policy ids as literal types', () => {
    const kit = createCookieKit({ policy });
    const consent = kit.read({ headers: new Headers() });
    expectTypeOf(consent.decision).toEqualTypeOf<Decision<typeof policy>>();
    expectTypeOf(consent.initialConsent).toEqualTypeOf<InitialConsent>();
    expectTypeOf(consent.withdraw()).toEqualTypeOf<Consent>();
    consent.allowed('statistics');
    consent.allowed('ad-server');
    // @ts-expect-error: not a category or service of the policy
    consent.allowed('statistic');
  });

  it('every adapter takes an existing kit as { kit }, typed by its policy', () => {
    const kit = createCookieKit({ policy });
    expectTypeOf(cookiekit({ kit })).toEqualTypeOf<NodeCookieKit<typeof policy>>();
    expectTypeOf(cookiekit({ kit }).kit).toEqualTypeOf<Kit>();
    expectTypeOf(expressCookiekit({ kit })).toEqualTypeOf<ExpressCookieKit<typeof policy>>();
    expectTypeOf(honoCookiekit({ kit }).kit).toEqualTypeOf<Kit>();
    expectTypeOf(honoCookiekit({ kit, address: () => '203.0.113.1' }).kit).toEqualTypeOf<Kit>();
    expectTypeOf({ kit }).toMatchTypeOf<FastifyCookieKitOptions>();
    void Fastify().register(fastifyCookiekit, { kit });
    void handleFetch({ kit }, new Request('https://shop.test/'), (consent) => {
      expectTypeOf(consent).toEqualTypeOf<RequestConsent<typeof policy>>();
      return new Response('');
    });
    // @ts-expect-error: `kit` must be a kit
    cookiekit({ kit: { policy } });
    // @ts-expect-error: `kit` must be a kit
    expressCookiekit({ kit: policy });
    // @ts-expect-error: `kit` must be a kit
    honoCookiekit({ kit: 'kit' });
    // @ts-expect-error: `kit` must be a kit
    void Fastify().register(fastifyCookiekit, { kit: { policy } });
    // @ts-expect-error: handleFetch takes { kit }, not options
    void handleFetch({ policy }, new Request('https://shop.test/'), () => new Response(''));
  });

  it('createCookieKit is the spelling; createCookiekit, Cookiekit are the same, deprecated', () => {
    expectTypeOf(createCookiekit).toEqualTypeOf(createCookieKit);
    expectTypeOf<Cookiekit<typeof policy>>().toEqualTypeOf<Kit>();
    // The package's createCookieKit and CookieKit are the server's, not core's browser runtime.
    expectTypeOf(server.createCookieKit).toEqualTypeOf(createCookieKit);
    expectTypeOf<server.CookieKit<typeof policy>>().toEqualTypeOf<Kit>();
  });
});
