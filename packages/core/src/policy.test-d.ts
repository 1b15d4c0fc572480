import { describe, expectTypeOf, it } from 'vitest';
import { allowed, decide, type Decision } from './decide';
import { defineCookiePolicy, type CategoryIdOf, type ServiceIdOf } from './policy';
import { createConsentStore } from './store';

const policy = defineCookiePolicy({
  revision: '1',
  categories: [
    { id: 'necessary', label: 'N', description: 'N' },
    { id: 'statistics', label: 'S', description: 'S' },
  ],
  services: [
    { id: 'matomo', provider: 'M', function: 'F', category: 'statistics', party: { type: 'first' }, purposes: [{ code: 'analytics' }], storage: [] },
  ],
});

describe('policy ids are literal types', () => {
  it('keeps category and service ids', () => {
    expectTypeOf<CategoryIdOf<typeof policy>>().toEqualTypeOf<'necessary' | 'statistics'>();
    expectTypeOf<ServiceIdOf<typeof policy>>().toEqualTypeOf<'matomo'>();
  });

  it('allowed() accepts known ids and refuses a typo', () => {
    const d = decide(policy, null, {}, 0);
    expectTypeOf(d).toEqualTypeOf<Decision<typeof policy>>();
    allowed(d, 'statistics');
    allowed(d, 'matomo');
    // @ts-expect-error "statistic" is not an id of this policy
    allowed(d, 'statistic');
    expectTypeOf(d.categories).toEqualTypeOf<Readonly<Record<'necessary' | 'statistics', boolean>>>();
  });

  it('the store is typed by the policy', () => {
    const store = createConsentStore({ policy });
    store.allowed('matomo');
    // @ts-expect-error unknown service
    store.allowed('hotjar');
    store.save({ categories: { statistics: true } });
    // @ts-expect-error unknown category in a save
    store.save({ categories: { marketing: true } });
  });

  it('a service must name a category of the same policy', () => {
    defineCookiePolicy({
      revision: '1',
      categories: [{ id: 'necessary', label: 'N', description: 'N' }],
      services: [
        // @ts-expect-error "stats" is not a category of this policy
        { id: 'x', provider: 'M', function: 'F', category: 'stats', party: { type: 'first' }, purposes: [{ code: 'analytics' }], storage: [] },
      ],
    });
  });
});
