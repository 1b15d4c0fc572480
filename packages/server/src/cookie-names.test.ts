import fc from 'fast-check';
import { parseCookie, parseSetCookie } from 'cookie';
import { describe, expect, it } from 'vitest';
import { cookieNames, cookieValue } from './cookie-names';
import { readSetCookie } from './enforce';

const keepRaw = (value: string) => value;
const library = (header: string) => parseCookie(header, { decode: keepRaw });

// Headers built of the characters that decide the split (`;`, `=`, spaces, tabs, quotes) and a
// few name characters, so pairs without `=`, empty names, repeated names and padding all occur.
const piece = fc.constantFrom(';', '=', ' ', '\t', '"', '; ', 'a', 'b', 'ck', '_ga', '%20', '__proto__', 'constructor');
const header = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 60 }),
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom('a', 'ck', '_ga', ' a', 'b ', ''), fc.constantFrom('1', '', ' x ', '"q"', '=')), { maxLength: 8 }),
      fc.constantFrom(';', '; ', ' ;'),
    )
    .map(([pairs, separator]) => pairs.map(([n, v]) => `${n}=${v}`).join(separator)),
);

describe('cookieNames and cookieValue: the cookie library’s split of a Cookie header, read in part', () => {
  it('gives the names parseCookie gives, in its order, for any header (property)', () => {
    fc.assert(
      fc.property(header, (h) => {
        expect(cookieNames(h)).toEqual(Object.keys(library(h)));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the value parseCookie gives for each name, and undefined for a name the header lacks (property)', () => {
    fc.assert(
      fc.property(header, fc.constantFrom('a', 'b', 'ck', '_ga', 'missing', '__proto__'), (h, name) => {
        const parsed = library(h);
        expect(cookieValue(h, name)).toBe(Object.prototype.hasOwnProperty.call(parsed, name) ? parsed[name] : undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a realistic header: the first of a repeated name wins, padding is trimmed, a part without = is skipped', () => {
    const h = ' ck=v1.abc ; sessionid=k3v9; flag; _ga=GA1.1; ck=second;_ga_X=GS1 ';
    expect(cookieNames(h)).toEqual(['ck', 'sessionid', '_ga', '_ga_X']);
    expect(cookieValue(h, 'ck')).toBe('v1.abc');
    expect(cookieValue(h, '_ga_X')).toBe('GS1');
    expect(cookieValue(h, 'flag')).toBeUndefined();
  });

  it('keeps a header of thousands of repeated names linear: each name once', () => {
    const h = Array.from({ length: 5000 }, (_, i) => `n${i % 700}=${i}`).join(';');
    const names = cookieNames(h);
    expect(names).toHaveLength(700);
    expect(names).toEqual(Object.keys(library(h)));
    expect(cookieValue(h, 'n699')).toBe('699');
  });
});

// Set-Cookie headers of the parts that decide what enforcement reads: separators, padding, the
// two attributes it reads in any case (valid and not), attributes that share their first letter,
// and others it passes over.
const setPiece = fc.constantFrom(
  ';', '=', ' ', '\t', '; ', 'a', '_shop_stats', 'v1', '"q"',
  'Max-Age', 'max-age', ' MAX-AGE ', 'Max-Age=0', 'Max-Age=-1', 'Max-Age=34128000', 'max-age=1e3', 'Max-Age= 5 ', 'Max-Age=-',
  'Expires', 'expires=Thu, 01 Jan 1970 00:00:00 GMT', 'Expires=Wed, 21 Oct 2099 07:28:00 GMT', 'EXPIRES=soon', 'Expires=',
  'Max', 'Mx=1', 'e=1', 'ex', 'Path=/', 'Domain=shop.test', 'HttpOnly', 'Secure', 'SameSite=Lax', 'Priority=High', 'Partitioned',
);
const setCookieHeader = fc.oneof(
  fc.array(setPiece, { maxLength: 24 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 60 }),
  fc
    .tuple(fc.constantFrom('a=1', ' _shop_stats = v1 ', '=x', 'noeq', ''), fc.array(setPiece, { maxLength: 6 }), fc.constantFrom(';', '; ', ' ;'))
    .map(([first, attributes, separator]) => [first, ...attributes].join(separator)),
);

describe('readSetCookie: what enforcement reads of a Set-Cookie, as the cookie library reads it', () => {
  it('gives the name, value and Max-Age parseSetCookie gives, and its Expires where no Max-Age overrides it, for any header (property)', () => {
    fc.assert(
      fc.property(setCookieHeader, (h) => {
        const mine = readSetCookie(h);
        const theirs = parseSetCookie(h, { decode: keepRaw });
        expect([mine.name, mine.value, mine.maxAge]).toEqual([theirs.name, theirs.value, theirs.maxAge]);
        // With a valid Max-Age, Expires decides nothing (RFC 6265, 5.3), and is not parsed after one.
        if (theirs.maxAge === undefined) expect(mine.expiresAt).toEqual(theirs.expires?.getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it('reads Max-Age values of every length and sign as the library does (property)', () => {
    const value = fc.oneof(
      fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String),
      fc.stringMatching(/^-?0*[0-9]{0,20}$/),
      fc.constantFrom('-0', '0', '007', '+1', '1_000', '1.5', '١٢', ' 1', '1 ', '\t-3\t'),
    );
    fc.assert(
      fc.property(value, fc.constantFrom('Max-Age', 'max-age', 'MAX-AGE', 'mAx-AgE'), (v, attribute) => {
        const h = `a=1; ${attribute}=${v}; Path=/`;
        expect(readSetCookie(h).maxAge).toEqual(parseSetCookie(h, { decode: keepRaw }).maxAge);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a realistic header: the last valid Max-Age wins, an invalid one is passed over', () => {
    const cookie = readSetCookie(' _shop_stats = v1.1c2f ; Max-Age=34128000; Path=/; max-age=0 ; MAX-AGE=x; SameSite=Lax');
    expect([cookie.name, cookie.value, cookie.maxAge, cookie.expiresAt]).toEqual(['_shop_stats', 'v1.1c2f', 0, undefined]);
  });

  it('compares attribute names letter by letter, not by what lower-casing a character gives', () => {
    // `\r` | 0x20 is `-`: a name with a control character in that place is not `max-age`.
    expect(readSetCookie('a=1; max\rage=0').maxAge).toBeUndefined();
    expect(readSetCookie('a=1; EXPIRES=Thu, 01 Jan 1970 00:00:00 GMT').expiresAt).toBe(0);
    expect(readSetCookie('a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=5')).toMatchObject({ maxAge: 5, expiresAt: 0 });
    expect(readSetCookie('a=1; Max-Age=5; Expires=Thu, 01 Jan 1970 00:00:00 GMT').expiresAt).toBeUndefined();
  });
});
