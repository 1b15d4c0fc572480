import fc from 'fast-check';
import { parseCookie } from 'cookie';
import { describe, expect, it } from 'vitest';
import { cookieNames, cookieValue } from './cookie-names';

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
