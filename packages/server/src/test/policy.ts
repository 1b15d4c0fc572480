import { createConsentStore, defineCookiePolicy, memoryStorage, type ConsentChoices, type CookiePolicy } from '@cookiekit/core';
import { serverShop } from '@cookiekit/test-fixtures';

/**
 * The test policy: the seed site's necessary cookies, a statistics service with a wildcard, and
 * marketing with an HttpOnly cookie on the parent domain `shop.test` and one on path `/shop`.
 */
export const policy = defineCookiePolicy(serverShop);

export type TestPolicy = typeof policy;

/** The policy with every undeclared cookie blocked. */
export const blockingPolicy: CookiePolicy = { ...policy, undeclaredCookies: 'block' };

/** An earlier revision, still accepted by the consent API when listed in `previousPolicies`. */
export const previousPolicy: CookiePolicy = { ...policy, revision: '2026-05-01' };

/** A consent record the test policy accepts, as a browser posts it: record `recordId` of `subject`. */
export const consentBody = (recordId: string, subject: string) => ({
  recordId,
  subject,
  revision: policy.revision,
  method: 'custom',
  categories: { statistics: true, marketing: false },
  services: { 'shop-analytics': true },
  language: 'en',
  signals: { gpc: false },
  source: 'preferences',
  decidedAt: '2026-11-02T10:00:00.000Z',
});

type Action = 'acceptAll' | 'rejectAll' | 'withdraw' | ConsentChoices<TestPolicy>;

/** A consent cookie value as the browser store writes it, made at `now`. */
export function consentCookie(action: Action, now = Date.now(), p: CookiePolicy = policy): string {
  const storage = memoryStorage();
  const store = createConsentStore({ policy: p as TestPolicy, storage, now: () => now, signals: {} });
  if (action === 'acceptAll') store.acceptAll();
  else if (action === 'rejectAll') store.rejectAll();
  else if (action === 'withdraw') store.withdraw();
  else store.save(action);
  return storage.value!;
}
