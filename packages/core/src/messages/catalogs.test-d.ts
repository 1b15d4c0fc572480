import { describe, expectTypeOf, it } from 'vitest';
import { arTest } from '../test/rtl-catalog';
import { en } from './en';
import { fr } from './fr';
import { pl } from './pl';
import { plPolicyPage } from './pl-page';
import { format, localize, resolveMessages } from './index';
import { enPolicyPage } from './en-page';
import { frPolicyPage } from './fr-page';
import type { Messages, PolicyPageMessages } from './types';

describe('catalog types', () => {
  it('every shipped catalog, and the RTL test catalog, is a complete Messages', () => {
    expectTypeOf(en).toEqualTypeOf<Messages>();
    expectTypeOf(fr).toEqualTypeOf<Messages>();
    expectTypeOf(arTest).toEqualTypeOf<Messages>();
    expectTypeOf(enPolicyPage).toEqualTypeOf<PolicyPageMessages>();
    expectTypeOf(frPolicyPage).toEqualTypeOf<PolicyPageMessages>();
    expectTypeOf(pl).toEqualTypeOf<Messages>();
    expectTypeOf(plPolicyPage).toEqualTypeOf<PolicyPageMessages>();
  });

  it('a catalog missing a key, nested or not, fails type-checking', () => {
    const { page, ...withoutPage } = frPolicyPage;
    const { title: _title, ...pageWithoutTitle } = page;
    // @ts-expect-error: `page` is missing
    const a: PolicyPageMessages = withoutPage;
    // @ts-expect-error: `page.title` is missing
    const b: PolicyPageMessages = { ...fr, page: pageWithoutTitle };
    // @ts-expect-error: `units.year.other` is missing
    const c: Messages = { ...fr, units: { ...fr.units, year: { one: '{count} an' } } };
    // @ts-expect-error: a purpose code has no text
    const d: PolicyPageMessages = { ...frPolicyPage, purposes: { ...frPolicyPage.purposes, analytics: undefined } };
    void [a, b, c, d];
  });

  it('a misspelt key and a wrong direction fail type-checking', () => {
    // @ts-expect-error: `acceptAl` is not a key
    const a: Messages = { ...fr, banner: { ...fr.banner, acceptAl: 'Tout accepter' } };
    // @ts-expect-error: dir is 'ltr' or 'rtl'
    const b: Messages = { ...fr, dir: 'right' };
    void [a, b];
  });

  it('helpers take and give the documented types', () => {
    expectTypeOf(resolveMessages).returns.toEqualTypeOf<Messages>();
    expectTypeOf(localize).parameter(0).toEqualTypeOf<string | Readonly<Record<string, string>> | undefined>();
    expectTypeOf(format).parameter(1).toEqualTypeOf<Readonly<Record<string, string | number>>>();
  });
});
