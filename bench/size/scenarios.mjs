// What is measured: one entry file per (scenario, library), written the way each library's own
// docs use it, so tree-shaking keeps what a real page keeps. Rows a peer cannot fill are listed
// in ABSENT with the reason, never made up.

/** Build-time constants, as a production Vite build sets them (Vue's flags only matter when Vue is bundled). */
export const DEFINE = {
  'process.env.NODE_ENV': '"production"',
  __VUE_OPTIONS_API__: 'true',
  __VUE_PROD_DEVTOOLS__: 'false',
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
};

/** Scenario groups, in table order. */
export const GROUPS = [
  { id: 'headless', title: '(a) headless consent logic, no UI', framework: null },
  { id: 'react', title: '(b) styled banner + preferences dialog + stylesheet, React', framework: 'react' },
  { id: 'vue', title: '(c) styled banner + preferences dialog + stylesheet, Vue', framework: 'vue' },
  { id: 'page', title: '(d) styled banner + preferences dialog + stylesheet, no framework (a plain page, a script tag)', framework: null },
];

/** Libraries, in column order: ours first, then the peers it is compared with. */
export const PEERS = [
  'cookiekit',
  'c15t',
  'vanilla-cookieconsent',
  'klaro',
  'tarteaucitronjs',
  'react-cookie-consent',
  'vue-cookie-accept-decline',
];

/** The npm packages whose version each library's rows were measured at. */
export const PEER_PACKAGES = {
  cookiekit: ['@cookiekit/core', '@cookiekit/react', '@cookiekit/vue', '@cookiekit/dom'],
  c15t: ['c15t', '@c15t/react'],
  'vanilla-cookieconsent': ['vanilla-cookieconsent'],
  klaro: ['klaro'],
  tarteaucitronjs: ['tarteaucitronjs'],
  'react-cookie-consent': ['react-cookie-consent'],
  'vue-cookie-accept-decline': ['vue-cookie-accept-decline'],
};

// cookiekit's size budgets (brotli, frameworks excluded). Only cookiekit has them.
export const BUDGETS = {
  headless: { bytes: 3000, label: '3 kB', what: 'headless: store + decide + codec' },
  runtime: { bytes: 7500, label: '7.5 kB', what: 'full browser runtime JS' },
  stylesheet: { bytes: 3000, label: '3 kB', what: 'stylesheet' },
  ui: { bytes: 12000, label: '12 kB', what: 'a whole styled UI as a user imports it, React or Vue' },
  page: { bytes: 10000, label: '10 kB', what: 'the DOM binding, the runtime and the stylesheet, no framework' },
};

const TARTE = 'node_modules/tarteaucitronjs/';
// What a page loads for tarteaucitron's banner with its defaults (useExternalJs/Css false): the
// main script, then the script itself appends the language file, the services file (every
// service definition it knows, one file) and the stylesheet. Plus the page's inline init.
const TARTE_FILES = [
  `${TARTE}tarteaucitron.min.js`,
  `${TARTE}lang/tarteaucitron.en.min.js`,
  `${TARTE}tarteaucitron.services.min.js`,
  `${TARTE}css/tarteaucitron.min.css`,
];

/**
 * kind 'bundle': esbuild bundles `entry` (paths relative to bench/size/).
 * kind 'files': the library is loaded from its own script files; they are measured as shipped,
 *   each compressed on its own (each is its own response), plus `entry` bundled (inline init).
 * same: false when the row is not the full scenario (banner only); variant: true for extra
 * cookiekit rows that are not part of the side-by-side (other policy, other import set).
 */
export const SCENARIOS = [
  // (a) headless
  {
    id: 'cookiekit-headless', short: 'cookiekit: consent store', group: 'headless', peer: 'cookiekit', pkg: '@cookiekit/core', kind: 'bundle',
    entry: 'scenarios/cookiekit-headless.mjs', budget: 'headless',
    label: 'cookiekit: createConsentStore',
    note: 'store + decide + codec over the site policy',
  },
  {
    id: 'cookiekit-runtime', short: 'cookiekit: full runtime', group: 'headless', peer: 'cookiekit', pkg: '@cookiekit/core', kind: 'bundle',
    entry: 'scenarios/cookiekit-runtime.mjs', budget: 'runtime',
    label: 'cookiekit: createCookieKit (full runtime)',
    note: 'adds banner model, cleanup, script gating, GPC, Consent Mode, consent sender, English texts',
  },
  {
    id: 'c15t-headless', short: 'c15t: consent runtime', group: 'headless', peer: 'c15t', pkg: 'c15t', kind: 'bundle',
    entry: 'scenarios/c15t-headless.mjs',
    label: 'c15t: getOrCreateConsentRuntime',
    note: 'offline mode; the runtime includes its backend client, script loader and translations',
  },
  {
    id: 'klaro-cm', short: 'klaro: consent manager (dist/cm)', group: 'headless', peer: 'klaro', pkg: 'klaro', kind: 'bundle',
    entry: 'scenarios/klaro-cm.mjs',
    label: 'klaro: consent manager without UI (klaro/dist/cm)',
    note: 'UMD build (no tree-shaking possible)',
  },

  // (b) React
  {
    id: 'cookiekit-react', short: 'cookiekit: @cookiekit/react', group: 'react', peer: 'cookiekit', pkg: '@cookiekit/react', kind: 'bundle',
    entry: 'scenarios/cookiekit-react.jsx', budget: 'ui',
    label: 'cookiekit: @cookiekit/react',
    note: 'provider, banner, preferences dialog, settings button, styles.css',
  },
  {
    id: 'c15t-react', short: 'c15t: @c15t/react', group: 'react', peer: 'c15t', pkg: '@c15t/react', kind: 'bundle',
    entry: 'scenarios/c15t-react.jsx',
    label: 'c15t: @c15t/react',
    note: 'ConsentManagerProvider, ConsentBanner, ConsentDialog, ConsentDialogLink, styles.css',
  },
  {
    id: 'vanilla-cookieconsent-react', short: 'vanilla-cookieconsent', group: 'react', peer: 'vanilla-cookieconsent', pkg: 'vanilla-cookieconsent', kind: 'bundle',
    entry: 'scenarios/vanilla-cookieconsent-react.jsx',
    label: 'vanilla-cookieconsent (run() in an effect)',
    note: 'framework-agnostic; config carries the English texts; cookieconsent.css',
  },
  {
    id: 'klaro-react', short: 'klaro', group: 'react', peer: 'klaro', pkg: 'klaro', kind: 'bundle',
    entry: 'scenarios/klaro-react.jsx',
    label: 'klaro (setup() in an effect)',
    note: 'framework-agnostic, renders with its own preact; all its languages built in; klaro.css',
  },
  {
    id: 'tarteaucitron-react', short: 'tarteaucitron (script files)', group: 'react', peer: 'tarteaucitronjs', pkg: 'tarteaucitronjs', kind: 'files',
    files: TARTE_FILES, entry: 'scenarios/tarteaucitron-init.mjs',
    label: 'tarteaucitron (script tags)',
    note: 'as served: main + lang/en + services (all known services) + css, plus the inline init; same in any framework',
  },
  {
    id: 'react-cookie-consent', short: 'react-cookie-consent (banner only)', group: 'react', peer: 'react-cookie-consent', pkg: 'react-cookie-consent', kind: 'bundle',
    entry: 'scenarios/react-cookie-consent.jsx', same: false,
    label: 'react-cookie-consent (banner only)',
    note: 'no preferences dialog, no categories, inline styles (no stylesheet): not the same scenario',
  },

  // (c) Vue
  {
    id: 'cookiekit-vue', short: 'cookiekit: @cookiekit/vue', group: 'vue', peer: 'cookiekit', pkg: '@cookiekit/vue', kind: 'bundle',
    entry: 'scenarios/cookiekit-vue.mjs', budget: 'ui',
    label: 'cookiekit: @cookiekit/vue',
    note: 'plugin, banner, preferences dialog, settings button, styles.css',
  },
  {
    id: 'vanilla-cookieconsent-vue', short: 'vanilla-cookieconsent', group: 'vue', peer: 'vanilla-cookieconsent', pkg: 'vanilla-cookieconsent', kind: 'bundle',
    entry: 'scenarios/vanilla-cookieconsent-vue.mjs',
    label: 'vanilla-cookieconsent (Vue plugin)',
    note: 'framework-agnostic; config carries the English texts; cookieconsent.css',
  },
  {
    id: 'klaro-vue', short: 'klaro', group: 'vue', peer: 'klaro', pkg: 'klaro', kind: 'bundle',
    entry: 'scenarios/klaro-vue.mjs',
    label: 'klaro (setup() on mount)',
    note: 'framework-agnostic, renders with its own preact; all its languages built in; klaro.css',
  },
  {
    id: 'tarteaucitron-vue', short: 'tarteaucitron (script files)', group: 'vue', peer: 'tarteaucitronjs', pkg: 'tarteaucitronjs', kind: 'files',
    files: TARTE_FILES, entry: 'scenarios/tarteaucitron-init.mjs',
    label: 'tarteaucitron (script tags)',
    note: 'the same files as in React',
  },
  {
    id: 'vue-cookie-accept-decline', short: 'vue-cookie-accept-decline (banner only)', group: 'vue', peer: 'vue-cookie-accept-decline', pkg: 'vue-cookie-accept-decline', kind: 'bundle',
    entry: 'scenarios/vue-cookie-accept-decline.mjs', same: false,
    label: 'vue-cookie-accept-decline (banner only)',
    note: 'no preferences dialog, no categories: not the same scenario',
  },

  // cookiekit-only extra rows: a real policy, and the size-limit import sets (cross-check).
  {
    id: 'cookiekit-react-demo-policy', group: 'react', peer: 'cookiekit', pkg: '@cookiekit/react', kind: 'bundle',
    entry: 'scenarios/cookiekit-react-demo-policy.jsx', budget: 'ui', variant: true,
    label: 'cookiekit React with the demo policy + ConsentGate',
    note: 'example-policy: 6 services, 9 storage items, English and French',
  },
  {
    id: 'cookiekit-vue-demo-policy', group: 'vue', peer: 'cookiekit', pkg: '@cookiekit/vue', kind: 'bundle',
    entry: 'scenarios/cookiekit-vue-demo-policy.mjs', budget: 'ui', variant: true,
    label: 'cookiekit Vue with the demo policy + ConsentGate',
    note: 'example-policy: 6 services, 9 storage items, English and French',
  },
  {
    id: 'sizelimit-core-headless', group: 'headless', peer: 'cookiekit', pkg: '@cookiekit/core', kind: 'bundle', crossCheck: true,
    stdin: `import { createConsentStore, decide, allowed, encodeConsent, decodeConsent } from '@cookiekit/core';\nconsole.log(createConsentStore, decide, allowed, encodeConsent, decodeConsent);\n`,
    sizeLimit: { name: 'headless: store + decide + codec', readme: 2660, file: 'packages/core/.size-limit.json' },
    label: 'size-limit import set: core headless', budget: 'headless', variant: true,
    note: 'the exports size-limit measures, no policy, no page code',
  },
  {
    id: 'sizelimit-dom-attach', group: 'page', peer: 'cookiekit', pkg: '@cookiekit/dom', kind: 'bundle',
    stdin: `import { startCookieKit } from '@cookiekit/dom';\nimport '@cookiekit/dom/cookiekit.css';\nconsole.log(startCookieKit);\n`,
    label: 'size-limit import set: DOM binding attaching (startCookieKit, with the runtime it starts) + stylesheet', budget: 'page', variant: true,
    note: 'the exports of the 10 kB budget (size-limit\'s two page budget rows), no policy, no page code, no opt-in (Consent Mode, sender); JS and CSS each compressed as served',
  },
  {
    id: 'sizelimit-react-ui', group: 'react', peer: 'cookiekit', pkg: '@cookiekit/react', kind: 'bundle', crossCheck: true,
    stdin: `import { CookieKitProvider, CookieBanner, CookiePreferences, CookieSettingsButton, ConsentGate } from '@cookiekit/react';\nimport '@cookiekit/react/styles.css';\nconsole.log(CookieKitProvider, CookieBanner, CookiePreferences, CookieSettingsButton, ConsentGate);\n`,
    sizeLimit: { name: 'styled UI as a user imports it', readme: 10740, file: 'packages/react/.size-limit.json' },
    label: 'size-limit import set: React styled UI', budget: 'ui', variant: true,
    note: 'the exports size-limit measures (with ConsentGate), no policy, no page code',
  },
  {
    id: 'sizelimit-vue-ui', group: 'vue', peer: 'cookiekit', pkg: '@cookiekit/vue', kind: 'bundle', crossCheck: true,
    stdin: `import { createCookieKitPlugin, CookieBanner, CookiePreferences, CookieSettingsButton, ConsentGate } from '@cookiekit/vue';\nimport '@cookiekit/vue/styles.css';\nconsole.log(createCookieKitPlugin, CookieBanner, CookiePreferences, CookieSettingsButton, ConsentGate);\n`,
    sizeLimit: { name: 'styled UI as a user imports it', readme: 10950, file: 'packages/vue/.size-limit.json' },
    label: 'size-limit import set: Vue styled UI', budget: 'ui', variant: true,
    note: 'the exports size-limit measures (with ConsentGate), no policy, no page code',
  },
];

// (d) no framework: the page's own markup and script, or one script tag.
SCENARIOS.push(
  {
    id: 'cookiekit-dom', short: 'cookiekit: @cookiekit/dom', group: 'page', peer: 'cookiekit', pkg: '@cookiekit/dom', kind: 'bundle',
    entry: 'scenarios/cookiekit-dom.mjs', budget: 'page',
    label: 'cookiekit: @cookiekit/dom (startCookieKit)',
    note: 'DOM binding + full runtime (gating, GPC, Consent Mode, sender) + HTML renderer (render: renderConsentUi), English; cookiekit.css',
  },
  {
    id: 'cookiekit-dom-attach', short: 'cookiekit: @cookiekit/dom on server markup', group: 'page', peer: 'cookiekit', pkg: '@cookiekit/dom', kind: 'bundle',
    entry: 'scenarios/cookiekit-dom-attach.mjs', budget: 'page', serverMarkup: true,
    label: 'cookiekit: @cookiekit/dom attaching to server-rendered markup (startCookieKit)',
    note: 'DOM binding + full runtime (gating, GPC, Consent Mode, sender), no HTML renderer: the server rendered the markup; cookiekit.css',
  },
  {
    id: 'cookiekit-iife', short: 'cookiekit: script-tag build', group: 'page', peer: 'cookiekit', pkg: '@cookiekit/dom', kind: 'bundle',
    entry: 'scenarios/cookiekit-iife.mjs', budget: 'page',
    label: 'cookiekit: script-tag build (cookiekit.iife.js)',
    note: 'the built file as shipped (with its policy check and window.cookiekit), the policy as the page\'s JSON block; cookiekit.css',
  },
  {
    id: 'vanilla-cookieconsent-page', short: 'vanilla-cookieconsent', group: 'page', peer: 'vanilla-cookieconsent', pkg: 'vanilla-cookieconsent', kind: 'bundle',
    entry: 'scenarios/vanilla-cookieconsent-page.mjs',
    label: 'vanilla-cookieconsent (run() on the page)',
    note: 'config carries the English texts; cookieconsent.css',
  },
  {
    id: 'klaro-page', short: 'klaro', group: 'page', peer: 'klaro', pkg: 'klaro', kind: 'bundle',
    entry: 'scenarios/klaro-page.mjs',
    label: 'klaro (setup() on the page)',
    note: 'renders with its own preact; all its languages built in; klaro.css',
  },
  {
    id: 'tarteaucitron-page', short: 'tarteaucitron (script files)', group: 'page', peer: 'tarteaucitronjs', pkg: 'tarteaucitronjs', kind: 'files',
    files: TARTE_FILES, entry: 'scenarios/tarteaucitron-init.mjs',
    label: 'tarteaucitron (script files + inline init)',
    note: 'the same files as in React and Vue',
  },
);

/** Where a library has no such scenario: said in the table instead of a number. */
export const ABSENT = [
  {
    group: 'headless', peer: 'vanilla-cookieconsent', short: 'core build throws',
    // Found by size/verify.mjs: the core build's state lacks the DOM holder the full build has.
    reason: 'no working one: the UI-less build it ships (dist/core/cookieconsent-core.esm.js, not in its docs) throws in run() in 3.1.0 ("Cannot set properties of undefined")',
  },
  { group: 'headless', peer: 'tarteaucitronjs', reason: 'no UI-less build: the consent logic ships inside the banner script', short: 'no UI-less build' },
  { group: 'headless', peer: 'react-cookie-consent', reason: 'a React banner component only, no consent logic to use on its own', short: 'a banner component only' },
  { group: 'headless', peer: 'vue-cookie-accept-decline', reason: 'a Vue banner component only, no consent logic to use on its own', short: 'a banner component only' },
  { group: 'react', peer: 'vue-cookie-accept-decline', reason: 'Vue only', short: 'Vue only' },
  { group: 'vue', peer: 'c15t', reason: 'no Vue UI package; c15t ships React and Next.js UI', short: 'no Vue UI package' },
  { group: 'vue', peer: 'react-cookie-consent', reason: 'React only', short: 'React only' },
  { group: 'page', peer: 'c15t', reason: 'no framework-free UI; c15t ships React and Next.js UI', short: 'no framework-free UI' },
  { group: 'page', peer: 'react-cookie-consent', reason: 'React only', short: 'React only' },
  { group: 'page', peer: 'vue-cookie-accept-decline', reason: 'Vue only', short: 'Vue only' },
];

/** The framework alone, for scale and for the "with framework" totals of script-tag libraries. */
export const BASELINES = [
  { id: 'react', entry: 'scenarios/baseline-react.jsx', label: 'React (react + react-dom/client)' },
  { id: 'vue', entry: 'scenarios/baseline-vue.mjs', label: 'Vue (runtime)' },
];

/** Smoke mode builds only these (a bundled ESM library with CSS, a headless one, a files one). */
export const SMOKE_IDS = ['cookiekit-headless', 'cookiekit-react', 'vue-cookie-accept-decline', 'tarteaucitron-react'];
