// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
const require = createRequire(import.meta.url);

describe('the built package', () => {
  it("ships core's stylesheet unchanged as styles.css", () => {
    expect(readFileSync(new URL('styles.css', dist), 'utf8')).toBe(
      readFileSync(require.resolve('@cookiekit/core/styles.css'), 'utf8'),
    );
  });

  it('imports no CSS from JavaScript, and renders on Node without a DOM (a Nuxt plugin file can import it)', async () => {
    const js = readFileSync(new URL('index.js', dist), 'utf8');
    expect(js).not.toMatch(/\.css['"]/);
    expect(js).not.toMatch(/\beval\(|new Function\(/);
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const { createSSRApp, h } = await import('vue');
    const { renderToString } = await import('vue/server-renderer');
    const ck = await import(new URL('index.js', dist).href);
    const { policy } = await import('example-policy');
    const app = createSSRApp({ render: () => [h(ck.CookieBanner), h(ck.CookiePreferences), h(ck.CookieSettingsButton)] });
    app.use(ck.createCookieKitPlugin({ policy, initialConsent: { cookie: null, signals: {}, now: Date.now() } }));
    const html = await renderToString(app);
    expect(html).toContain('class="ck-banner"');
    expect(html).toContain('<dialog class="ck-preferences"');
    // The CommonJS build works the same.
    const cjs = require(new URL('index.cjs', dist).pathname);
    expect(typeof cjs.createCookieKitPlugin).toBe('function');
    // `createCookieKit` is core's own function, not the plugin.
    expect(ck.createCookieKit).toBe((await import('@cookiekit/core')).createCookieKit);
    expect(cjs.createCookieKit({ policy })).not.toHaveProperty('install');
  });
});
