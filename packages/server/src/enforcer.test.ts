import { allowed, compileCookiePlan, consentCookieName, decide, decodeConsent, isOptionalCategory, type CookiePolicy, type StorageItem } from '@cookiekit/core';
import { parseCookie, parseSetCookie } from 'cookie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDeletion } from './enforce';
import { createCookieKit } from './kit';
import { consentCookie, policy } from './test/policy';

// Enforcement tests the Cookie header's text for the names of the refused services' cookies
// before it reads the header's names one by one. These runs hold it to the plan: whatever the
// header carries (wildcard instances, patterns, undeclared names, declared names hidden inside
// values), the cookies it expires are exactly the names the plan refuses.

const quiet = { warn() {}, error() {} };
const letters = fc.constantFrom('a', 'n', 's', 'm', '_');

/**
 * A storage item of a category: an exact name (which a policy lets one category claim, hence its
 * category's letter first), a wildcard that may overlap other categories' names, or (rarely) a
 * pattern; over a small alphabet, so that names collide.
 */
const item = (category: string): fc.Arbitrary<StorageItem> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: letters, minLength: 0, maxLength: 2 }).map((name) => ({ name: `k${category[0]}${name}`, duration: '1 year' })) },
    { weight: 3, arbitrary: fc.string({ unit: letters, minLength: 0, maxLength: 2 }).map((name) => ({ name: `k${name}*`, duration: '1 year' })) },
    { weight: 1, arbitrary: fc.constant({ pattern: '^kp[0-9]+$', duration: '1 year' }) },
  );

const service = fc
  .constantFrom('necessary', 'statistics', 'marketing')
  .chain((category) => fc.record({ category: fc.constant(category), storage: fc.array(item(category), { minLength: 1, maxLength: 3 }) }));

/** A header name: a declared-looking one, an undeclared one, or a pattern's instance. */
const headerName = fc.oneof(fc.string({ unit: letters, minLength: 1, maxLength: 4 }).map((s) => `k${s}`), fc.constantFrom('sessionid', 'kp7', 'kpx'));
/** A value, sometimes holding a declared-looking name, so a text test finds it where no cookie has it. */
const headerValue = fc.oneof(fc.constant('1'), headerName.map((n) => `x${n}y`));

describe('request cookies a choice refuses (C6, C18)', () => {
  it('property: the cookies expired are exactly the header names the plan refuses', () => {
    let expired = 0;
    let skipped = 0;
    fc.assert(
      fc.property(
        fc.array(service, { minLength: 1, maxLength: 4 }),
        fc.record({ statistics: fc.boolean(), marketing: fc.boolean() }),
        fc.array(fc.tuple(headerName, headerValue), { maxLength: 8 }),
        (services, choices, pairs) => {
          const p: CookiePolicy = {
            ...policy,
            services: [
              ...policy.services,
              ...services.map((s, i) => ({
                id: `gen-${i}`,
                provider: 'Gen',
                function: 'Generated',
                category: s.category,
                party: { type: 'first' as const },
                purposes: [{ code: s.category === 'necessary' ? ('session' as const) : ('analytics' as const) }],
                storage: s.storage,
              })),
            ],
          };
          const kit = createCookieKit({ policy: p, logger: quiet });
          const value = consentCookie({ categories: choices } as never, Date.now(), p);
          const header = [`cookies_preferences=${value}`, ...pairs.map(([n, v]) => `${n}=${v}`)].join('; ');
          const consent = kit.read({ headers: new Headers({ cookie: header, host: 'shop.test' }) });
          const plan = compileCookiePlan(p);
          const expected = Object.keys(parseCookie(header))
            .filter((name) => name !== 'cookies_preferences' && plan.refuses(consent.decision, name))
            .sort();
          const sent = kit.needsEnforcement(0, consent) ? kit.enforce([], consent) : [];
          const names = [...new Set(sent.map((h) => h.slice(0, h.indexOf('='))))].sort();
          expect(names).toEqual(expected);
          if (expected.length > 0) expired++;
          else if (pairs.some(([n]) => n.startsWith('k'))) skipped++;
        },
      ),
      { numRuns: 300 },
    );
    // The runs must reach both sides: headers with refused cookies, and headers without any.
    expect(expired).toBeGreaterThan(20);
    expect(skipped).toBeGreaterThan(20);
  });
});

describe('Set-Cookie judgement (C1, C6)', () => {
  // The rules, stated with the cookie library's reading of each header: the consent cookie and
  // deletions always leave; a declared cookie of a necessary service leaves; one of an optional
  // service leaves only when the decision allows the service, where the decision is that of the
  // last consent cookie the response sets, else the request's; an undeclared one leaves unless
  // the policy blocks undeclared cookies.
  const consentName = consentCookieName(policy);
  const declared = policy.services.flatMap((s) => s.storage.flatMap((item) => (item.name ? [item.name.replace(/\*$/, 'x1')] : [])));
  const past = 'Thu, 01 Jan 1970 00:00:00 GMT';
  const future = 'Fri, 01 Jan 2100 00:00:00 GMT';
  const attributes = fc.constantFrom(
    '', '; Path=/', '; Max-Age=0', '; max-age=-1', '; MAX-AGE=100', '; Max-Age=x', `; Expires=${past}`, `; expires=${future}`,
    `; Max-Age=100; Expires=${past}`, `; Expires=${past}; Max-Age=100`, `; Max-Age=0; Expires=${future}`, `; Expires=${future}; Max-Age=0; Max-Age=5`,
    '; Expires=soon', '; SameSite=Lax; Secure', ' ; Max-Age = 0 ',
  );
  const choices = fc.record({ statistics: fc.boolean(), marketing: fc.boolean() });
  const setCookie = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...declared, 'zz_undeclared'), fc.constantFrom('1', 'v1.2c'), attributes).map(([n, v, a]) => `${n}=${v}${a}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.oneof(choices.map((c) => consentCookie({ categories: c } as never)), fc.constant('garbage')), attributes)
        .map(([v, a]) => `${consentName}=${v}${a}`),
    },
  );

  it('property: what leaves is exactly what the rules give', () => {
    let refused = 0;
    let byResponseConsent = 0;
    fc.assert(
      fc.property(
        fc.array(setCookie, { maxLength: 5 }),
        fc.option(choices, { nil: undefined }),
        fc.constantFrom('allow', 'warn', 'block') as fc.Arbitrary<'allow' | 'warn' | 'block'>,
        (headers, requestChoices, undeclaredCookies) => {
          const p: CookiePolicy = { ...policy, undeclaredCookies };
          const kit = createCookieKit({ policy: p, logger: quiet, clearRefused: false });
          const cookie = requestChoices ? `${consentName}=${consentCookie({ categories: requestChoices } as never, Date.now(), p)}` : '';
          const consent = kit.read({ headers: new Headers({ cookie, host: 'shop.test' }) });
          const sent = kit.needsEnforcement(headers.length, consent) ? kit.enforce(headers, consent) : [];

          const plan = compileCookiePlan(p);
          const read = headers.map((h) => parseSetCookie(h, { decode: (v) => v }));
          const deletes = (i: number) => isDeletion(read[i]!, consent.now);
          const own = read.map((c) => c.name).lastIndexOf(consentName);
          const decision = own === -1 ? consent.decision : decide(p, deletes(own) ? null : decodeConsent(read[own]!.value!), consent.signals, consent.now);
          if (own !== -1) byResponseConsent++;
          const expected = headers.filter((_, i) => {
            const name = read[i]!.name;
            if (name === consentName || deletes(i)) return true;
            const service = plan.owner(name)?.service;
            if (!service) return undeclaredCookies !== 'block';
            const category = p.categories.find((c) => c.id === service.category)!;
            return !isOptionalCategory(category) || allowed(decision, service.id);
          });
          if (expected.length < headers.length) refused++;
          expect(sent).toEqual(expected);
        },
      ),
      { numRuns: 1500 },
    );
    // The runs must reach refusals and responses that set their own consent cookie.
    expect(refused).toBeGreaterThan(200);
    expect(byResponseConsent).toBeGreaterThan(200);
  });
});
