// Runs the shop alone: `pnpm --filter react-vite dev` (Vite in middleware mode, server rendering
// from source) or `pnpm --filter react-vite start` (the built shop, after `pnpm build`), behind
// @cookiekit/server (shop-common's serveShop).
import { serveShop } from 'shop-common/serve';
import { createShopHandler } from './mount.mjs';

await serveShop({
  name: 'react-vite',
  root: new URL('.', import.meta.url),
  port: 5173,
  entryServer: '/src/entry-server.tsx',
  createShopHandler,
  vite: () => import('vite'),
});
