import type { Request as ExpressRequest } from 'express';
import type { FastifyRequest } from 'fastify';
import { Hono } from 'hono';
import { describe, expectTypeOf, it } from 'vitest';
import type { Consent, Decision, InitialConsent } from '@cookiekit/core';
import './express';
import './fastify';
import './hono';
import { cookiekit, requestConsent } from './node';
import { createCookiekit } from './kit';
import type { RequestConsent } from './request-consent';
import { policy } from './test/policy';

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
    const kit = createCookiekit({ policy });
    const consent = kit.read({ headers: new Headers() });
    expectTypeOf(consent.decision).toEqualTypeOf<Decision<typeof policy>>();
    expectTypeOf(consent.initialConsent).toEqualTypeOf<InitialConsent>();
    expectTypeOf(consent.withdraw()).toEqualTypeOf<Consent>();
    consent.allowed('statistics');
    consent.allowed('ad-server');
    // @ts-expect-error: not a category or service of the policy
    consent.allowed('statistic');
  });
});
