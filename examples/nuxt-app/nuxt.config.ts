// A Nuxt 4 shop with @cookiekit/vue: the plugin in app/plugins/cookiekit.ts installs the kit
// with the server's initialConsent; the Nitro middleware in server/middleware/cookiekit.ts
// answers cookiekit's routes and enforces Set-Cookie.
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  devtools: { enabled: false },
  telemetry: false,
  app: {
    head: {
      title: 'Smartbump shop (Nuxt)',
      htmlAttrs: { lang: 'en' },
      link: [{ rel: 'icon', href: 'data:,' }],
    },
  },
});
