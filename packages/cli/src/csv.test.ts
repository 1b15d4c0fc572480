import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c",d\n1,"say ""hi""","two\nlines"\n')).toEqual([
      ['a', 'b, c', 'd'],
      ['1', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('accepts CRLF and CR line ends, a byte-order mark, and no final line break', () => {
    expect(parseCsv('\ufeffx,y\r\n1,2\r3,4')).toEqual([
      ['x', 'y'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty fields and a lone quoted empty field', () => {
    expect(parseCsv(',a,\n""')).toEqual([['', 'a', ''], ['']]);
  });

  it('is lenient with sloppy quoting instead of failing', () => {
    expect(parseCsv('a"b,c\n"open')).toEqual([['a"b', 'c'], ['open']]);
    expect(parseCsv('"ab"cd,e')).toEqual([['abcd', 'e']]);
  });

  it('never throws on arbitrary input, and every row has at least one field (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const rows = parseCsv(text);
        expect(Array.isArray(rows)).toBe(true);
        for (const row of rows) expect(row.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what formatCsv writes (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é'), maxLength: 8 });
    const row = fc.array(field, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        expect(parseCsv(formatCsv(rows))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});
