// Runs the shop alone: `pnpm --filter vue-vite dev` (Vite in middleware mode, server rendering
// from source) or `pnpm --filter vue-vite start` (the built shop, after `pnpm build`).
// @cookiekit/server decides each request's consent (`req.cookiekit.initialConsent`), enforces
// Set-Cookie and receives the consent records on /api/consent.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cookiekit, memorySink } from '@cookiekit/server/node';
import { policy } from 'example-policy';
import { createShopHandler, fillTemplate } from './mount.mjs';

const prod = process.argv.includes('--prod');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 5174);
const base = process.env.BASE_PATH ?? '/';

const ck = cookiekit({ policy, consentApi: { sink: memorySink(), path: `${base}api/consent` } });
let handler = (_req, res) => res.writeHead(503).end();
const server = createServer(ck.handler((req, res) => handler(req, res)));

async function devHandler() {
  const { createServer: createVite } = await import('vite');
  const root = new URL('.', import.meta.url).pathname;
  const vite = await createVite({
    root,
    base,
    // Hot reload over this server's own port: no second port to open.
    server: { middlewareMode: true, hmr: { server } },
    appType: 'custom',
  });
  return (req, res) => {
    // Vite strips its base from req.url: the page is rendered for the URL as requested.
    const url = req.url ?? '/';
    vite.middlewares(req, res, async () => {
      try {
        const template = await vite.transformIndexHtml(url, await readFile(new URL('index.html', import.meta.url), 'utf8'));
        const { render } = await vite.ssrLoadModule('/src/entry-server.ts');
        const page = await render(url, req.cookiekit.initialConsent);
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

handler = prod ? await createShopHandler({ base }) : await devHandler();
server.listen(port, host, () => {
  console.log(`vue-vite shop (${prod ? 'built' : 'dev'}): http://${host}:${server.address().port}${base}`);
});
