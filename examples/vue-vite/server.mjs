// Runs the shop alone: `pnpm --filter vue-vite dev` (Vite in middleware mode, server rendering
// from source) or `pnpm --filter vue-vite start` (the built shop, after `pnpm build`), behind
// @cookiekit/server (shop-common's serveShop).
import { serveShop } from 'shop-common/serve';
import { createShopHandler } from './mount.mjs';

await serveShop({
  name: 'vue-vite',
  root: new URL('.', import.meta.url),
  port: 5174,
  entryServer: '/src/entry-server.ts',
  createShopHandler,
  vite: () => import('vite'),
});
