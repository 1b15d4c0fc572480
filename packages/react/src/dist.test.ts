// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
const require = createRequire(import.meta.url);

describe('the built package', () => {
  it('keeps \'use client\' as the first directive of both formats, for Next.js App Router', () => {
    expect(readFileSync(new URL('index.js', dist), 'utf8')).toMatch(/^"use client";/);
    expect(readFileSync(new URL('index.cjs', dist), 'utf8')).toMatch(/^"use strict";\s*"use client";/);
  });

  it('ships core\'s stylesheet unchanged as styles.css', () => {
    expect(readFileSync(new URL('styles.css', dist), 'utf8')).toBe(
      readFileSync(require.resolve('@cookiekit/core/styles.css'), 'utf8'),
    );
  });

  it('imports no CSS from JavaScript, and renders on Node without a DOM', async () => {
    const js = readFileSync(new URL('index.js', dist), 'utf8');
    expect(js).not.toMatch(/\.css['"]/);
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const { createElement: h } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const kit = await import(new URL('index.js', dist).href);
    const { policy } = await import('example-policy');
    const html = renderToString(
      h(
        kit.CookieKitProvider,
        { policy, initialConsent: { cookie: null, signals: {}, now: Date.now() } },
        h(kit.CookieBanner),
        h(kit.CookiePreferences),
        h(kit.CookieSettingsButton),
      ),
    );
    expect(html).toContain('class="ck-banner"');
    expect(html).toContain('<dialog class="ck-preferences"');
    // The CommonJS build works the same.
    expect(typeof require(new URL('index.cjs', dist).pathname).CookieBanner).toBe('function');
  });
});
