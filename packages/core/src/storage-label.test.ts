import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternPrefix, storageItemLabel } from './policy';

const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
// Cookie-name characters, the regular-expression specials among them included.
const nameChar = fc.constantFrom(...'abcXYZ019_-.:$*+^|!#%&~'.split(''));

describe('storageItemLabel: what visitors read for a storage item', () => {
  it('a name as it is, a prefix pattern as name*, a displayName for any other pattern, else the source', () => {
    expect(storageItemLabel({ name: '_shop_stats_ses*', duration: '30 minutes' })).toBe('_shop_stats_ses*');
    expect(storageItemLabel({ pattern: 'shop_stats:.*', duration: '1 day' })).toBe('shop_stats:*');
    expect(storageItemLabel({ pattern: '^_ga_.*$', duration: '1 day' })).toBe('_ga_*');
    expect(storageItemLabel({ pattern: '_pk_id\\.\\d+\\..*', displayName: '_pk_id.<site>', duration: '1 day' })).toBe('_pk_id.<site>');
    expect(storageItemLabel({ pattern: '_pk_id\\.\\d+\\..*', duration: '1 day' })).toBe('_pk_id\\.\\d+\\..*');
    // Not prefixes: a class, an alternation, an unanchored wildcard, a bare `.*`.
    for (const pattern of ['[ab].*', 'a|b.*', '.*stats', '.*', 'a.+', 'a\\d.*']) expect(patternPrefix(pattern), pattern).toBeUndefined();
  });

  it('reads an escaped literal followed by .* as that literal, and it matches exactly the names it starts', () => {
    fc.assert(
      fc.property(fc.string({ unit: nameChar, minLength: 1, maxLength: 12 }), fc.string({ unit: nameChar, maxLength: 6 }), (literal, tail) => {
        const pattern = `${escape(literal)}.*`;
        expect(patternPrefix(pattern)).toBe(literal);
        expect(storageItemLabel({ pattern, duration: '1 day' })).toBe(`${literal}*`);
        const whole = new RegExp(`^(?:${pattern})$`);
        expect(whole.test(literal + tail)).toBe(true);
      }),
    );
  });
});
