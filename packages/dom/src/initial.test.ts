import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInitialConsent } from './initial';

function doc(text: string | null): Document {
  const d = document.implementation.createHTMLDocument('t');
  if (text !== null) {
    const script = d.createElement('script');
    script.type = 'application/json';
    script.id = 'cookiekit-initial';
    script.textContent = text;
    d.head.append(script);
  }
  return d;
}

describe('readInitialConsent', () => {
  it('reads the server\'s { cookie, signals, now }', () => {
    const data = { cookie: 'v1.abc', signals: { gpc: true }, now: 1_700_000_000_000 };
    expect(readInitialConsent(doc(JSON.stringify(data)))).toEqual(data);
    expect(readInitialConsent(doc('{"cookie":null,"signals":{},"now":5}'))).toEqual({ cookie: null, signals: {}, now: 5 });
  });

  it('reads the escaped form a server writes (`<` as \\u003c)', () => {
    expect(readInitialConsent(doc('{"cookie":"a\\u003c/script>","signals":{"dnt":false},"now":1}'))?.cookie).toBe('a</script>');
  });

  it('keeps only the known signals', () => {
    expect(readInitialConsent(doc('{"cookie":null,"signals":{"gpc":false,"other":1},"now":1}'))?.signals).toEqual({ gpc: false });
  });

  it('C25: keeps the regime the server decided for the visitor\'s region, and drops one it does not know', () => {
    expect(readInitialConsent(doc('{"cookie":null,"signals":{"gpc":true,"regime":"opt-out"},"now":1}'))?.signals).toEqual({ gpc: true, regime: 'opt-out' });
    for (const regime of ['"sometimes"', '1', 'null', '"__proto__"']) {
      expect(readInitialConsent(doc(`{"cookie":null,"signals":{"regime":${regime}},"now":1}`))?.signals).toEqual({});
    }
  });

  it('returns undefined when the block is absent, empty, not JSON or not the right shape', () => {
    for (const text of [null, '', '{', 'null', '[]', '"x"', '{"cookie":1,"signals":{},"now":1}', '{"cookie":null,"now":1}',
      '{"cookie":null,"signals":[],"now":1}', '{"cookie":null,"signals":{"gpc":"yes"},"now":1}', '{"cookie":null,"signals":{},"now":"1"}',
      '{"cookie":null,"signals":{},"now":1e999}', '{"cookie":null,"signals":null,"now":1}']) {
      expect(readInitialConsent(doc(text))).toBeUndefined();
    }
  });

  it('never throws, whatever the block holds, and what it returns has the right shape', () => {
    const shaped = fc.record({
      cookie: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
      signals: fc.oneof(fc.dictionary(fc.constantFrom('gpc', 'dnt', 'regime', 'x'), fc.oneof(fc.boolean(), fc.string(), fc.constantFrom('opt-out', 'none'))), fc.constant(null)),
      now: fc.oneof(fc.double(), fc.string()),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), shaped.map((v) => JSON.stringify(v))), (text) => {
        const result = readInitialConsent(doc(text));
        if (result === undefined) return;
        expect(result.cookie === null || typeof result.cookie === 'string').toBe(true);
        expect(Number.isFinite(result.now)).toBe(true);
        const { regime, ...flags } = result.signals;
        for (const value of Object.values(flags)) expect(typeof value).toBe('boolean');
        if (regime !== undefined) expect(['opt-in', 'opt-out', 'notice', 'none']).toContain(regime);
      }),
      { numRuns: 300 },
    );
  });
});
