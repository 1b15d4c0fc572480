// Run by production.test.ts with NODE_ENV=production: the built package on Vue's production runtime.
//   node production.fixture.mjs server <cookie|->   prints {"html","initialConsent","runtime"} for that request
//   node production.fixture.mjs client              reads that JSON on stdin, hydrates it in happy-dom, clicks Reject all
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const mode = process.argv[2];
// Which build of Vue's runtime really ran (Node pre-parses both branches of Vue's entry, but loads one).
const runtime = () =>
  Object.entries(require.cache)
    .filter(([file, module]) => /runtime-core\.cjs(\.prod)?\.js$/.test(file) && module?.loaded)
    .map(([file]) => file.split('/').pop());

async function page(ck) {
  const { defineComponent, h } = await import('vue');
  return defineComponent({
    setup() {
      const stats = ck.useAllowed('statistics');
      return () =>
        h('div', [
          h('p', { class: 'stats' }, stats.value ? 'on' : 'off'),
          h(ck.ConsentGate, { id: 'video-embed' }, () => h('figure', { class: 'player' })),
          h(ck.CookieSettingsButton),
          h(ck.CookieBanner),
          h(ck.CookiePreferences),
        ]);
    },
  });
}

if (mode === 'server') {
  const ck = await import('../../dist/index.js');
  const { policy } = await import('example-policy');
  const { createSSRApp } = await import('vue');
  const { renderToString } = await import('vue/server-renderer');
  const cookie = process.argv[3] === '-' ? null : process.argv[3];
  const initialConsent = { cookie, signals: {}, now: Date.now() };
  const html = await renderToString(createSSRApp(await page(ck)).use(ck.createCookieKitPlugin({ policy, initialConsent })));
  process.stdout.write(JSON.stringify({ html, initialConsent, runtime: runtime(), hasWindow: typeof window !== 'undefined' }));
} else if (mode === 'client') {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { html, initialConsent } = JSON.parse(input);
  // A browser-like global scope before Vue's DOM runtime loads.
  const { Window } = await import('happy-dom');
  const window = new Window({ url: 'http://shop.test/' });
  const globals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'MutationObserver'];
  globals.push('Node', 'Element', 'HTMLElement', 'SVGElement', 'HTMLScriptElement', 'HTMLDialogElement', 'Event', 'MouseEvent');
  for (const key of globals) {
    Object.defineProperty(globalThis, key, { value: key === 'window' ? window : window[key], configurable: true, writable: true });
  }
  const messages = [];
  for (const level of ['warn', 'error']) console[level] = (...args) => messages.push(args.map(String).join(' '));
  const ck = await import('../../dist/index.js');
  const { policy } = await import('example-policy');
  const { createSSRApp, nextTick } = await import('vue');
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  const before = [...root.querySelectorAll('*')];
  createSSRApp(await page(ck)).use(ck.createCookieKitPlugin({ policy, initialConsent })).mount(root);
  const after = [...root.querySelectorAll('*')];
  const reused = before.length === after.length && before.every((el, i) => el === after[i]);
  const bannerBefore = !!root.querySelector('.ck-banner');
  root.querySelector('[data-action="reject-all"]')?.click();
  await nextTick();
  process.stdout.write(
    JSON.stringify({
      runtime: runtime(),
      reused,
      bannerBefore,
      bannerAfter: !!root.querySelector('.ck-banner'),
      cookie: document.cookie,
      status: root.querySelector('.ck-status')?.textContent,
      messages,
    }),
  );
  await window.happyDOM.close();
}
