// The stylesheet is imported here, not through nuxt.config's `css` (which 404s under `nuxt dev`):
// a plugin import works in development and in production builds.
import '@cookiekit/vue/styles.css';
import type { RequestConsent } from '@cookiekit/server';
import { consentSender, createCookieKitPlugin, type InitialConsent } from '@cookiekit/vue';
import { policy } from 'example-policy';

export default defineNuxtPlugin((nuxtApp) => {
  // The page that shows what happens without the server's inputs (a hydrated banner that settles).
  const bare = useRequestURL().pathname.startsWith('/no-initial-consent');
  // On the server, the Nitro middleware has read the request's consent cookie and Sec-GPC
  // (`req.cookiekit`); useState carries the same plain JSON to the browser for hydration.
  const initialConsent = useState<InitialConsent | null>('cookiekit:initial-consent', () => {
    if (bare || !import.meta.server) return null;
    const req = useRequestEvent()?.node.req as { cookiekit?: RequestConsent } | undefined;
    return req?.cookiekit?.initialConsent ?? null;
  });
  nuxtApp.vueApp.use(
    createCookieKitPlugin({
      policy,
      initialConsent: initialConsent.value ?? undefined,
      sender: consentSender({ endpoint: '/api/consent' }),
    }),
  );
});
