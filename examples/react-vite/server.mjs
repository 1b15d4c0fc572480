// Runs the shop alone: `pnpm --filter react-vite dev` (Vite in middleware mode, server rendering
// from source) or `pnpm --filter react-vite start` (the built shop, after `pnpm build`).
// @cookiekit/server decides each request's consent (`req.cookiekit.initialConsent`), enforces
// Set-Cookie and receives the consent records on /api/consent.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cookiekit, memorySink } from '@cookiekit/server/node';
import { policy } from 'example-policy';
import { createShopHandler, fillTemplate } from './mount.mjs';

const prod = process.argv.includes('--prod');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 5173);
const base = process.env.BASE_PATH ?? '/';

const ck = cookiekit({ policy, consentApi: { sink: memorySink(), path: `${base}api/consent` } });

async function devHandler() {
  const { createServer: createVite } = await import('vite');
  const root = new URL('.', import.meta.url).pathname;
  const vite = await createVite({ root, base, server: { middlewareMode: true }, appType: 'custom' });
  return (req, res) => {
    // Vite strips its base from req.url: the page is rendered for the URL as requested.
    const url = req.url ?? '/';
    vite.middlewares(req, res, async () => {
      try {
        const template = await vite.transformIndexHtml(url, await readFile(new URL('index.html', import.meta.url), 'utf8'));
        const { render } = await vite.ssrLoadModule('/src/entry-server.tsx');
        const page = render(url, req.cookiekit.initialConsent);
        res.statusCode = page.status;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(fillTemplate(template, page));
      } catch (error) {
        vite.ssrFixStacktrace(error);
        console.error(error);
        res.statusCode = 500;
        res.end(String(error?.stack ?? error));
      }
    });
  };
}

const handler = prod ? await createShopHandler({ base }) : await devHandler();
createServer(ck.handler(handler)).listen(port, host, () => {
  console.log(`react-vite shop (${prod ? 'built' : 'dev'}): http://${host}:${port}${base}`);
});
