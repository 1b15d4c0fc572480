// C24: the example policy with markup in every text a renderer draws, and the server renderings of
// the React and Vue consent UI for it. The demo serves one fixed policy, so these are rendered
// here with the same packages the shops use, then loaded into Chromium without any CSP: markup
// that got through would build elements and run.
import type { CookiePolicy, InitialConsent, LocalizedText } from '@cookiekit/core';
import * as react from '@cookiekit/react';
import * as vue from '@cookiekit/vue';
import { policy } from 'example-policy';
import { createElement } from 'react';
import { renderToString as renderReact } from 'react-dom/server';
import { createSSRApp, h } from 'vue';
import { renderToString as renderVue } from 'vue/server-renderer';

/** Markup that would build elements (and set `window.__xss`) if a renderer let it through. */
export const INJECTED = '<img src="/x" onerror="window.__xss=1"><b>bold</b><script>window.__xss=2</script>';

const inject = (text: LocalizedText | undefined): LocalizedText =>
  typeof text === 'string' || text === undefined
    ? `${text ?? ''} ${INJECTED}`
    : Object.fromEntries(Object.entries(text).map(([lang, t]) => [lang, `${t} ${INJECTED}`]));

/** The example policy with {@link INJECTED} appended to every label, description, function, purpose and provider. */
export const markupPolicy: CookiePolicy = {
  ...policy,
  site: { url: policy.site!.url, name: `${policy.site!.name} ${INJECTED}` },
  categories: policy.categories.map((c) => ({ ...c, label: inject(c.label), description: inject(c.description) })),
  services: policy.services.map((s) => ({
    ...s,
    provider: `${s.provider} ${INJECTED}`,
    function: inject(s.function),
    purposes: s.purposes.map((p) => ({ ...p, text: inject(p.text) })),
  })),
} as CookiePolicy;

const firstVisit = (): InitialConsent => ({ cookie: null, signals: {}, now: Date.now() });

/** The banner, the preferences (with every service listed) and the policy page, as each shop's framework renders them on the server. */
export async function renderConsentUi(framework: 'React' | 'Vue'): Promise<string> {
  if (framework === 'React') {
    return renderReact(
      createElement(
        react.CookieKitProvider,
        { policy: markupPolicy, initialConsent: firstVisit() } as react.CookieKitProviderProps,
        createElement(react.CookieBanner),
        createElement(react.CookiePreferences),
        createElement(react.CookiePolicy),
      ),
    );
  }
  const app = createSSRApp({ render: () => [h(vue.CookieBanner), h(vue.CookiePreferences), h(vue.CookiePolicy)] });
  app.use(vue.createCookieKitPlugin({ policy: markupPolicy, initialConsent: firstVisit() } as Parameters<typeof vue.createCookieKitPlugin>[0]));
  return renderVue(app);
}
