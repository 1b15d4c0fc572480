// Runs one example shop alone, for its `dev` and `start` scripts: Vite in middleware mode
// rendering from source, or (with `--prod`) the built shop. @cookiekit/server decides each
// request's consent (`req.cookiekit.initialConsent`), enforces Set-Cookie and receives the
// consent records on /api/consent. HOST, PORT and BASE_PATH come from the environment.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cookiekit, memorySink } from '@cookiekit/server/node';
import { policy } from 'example-policy';
import { fillTemplate, nodeRequestLanguage } from './mount.mjs';

/**
 * Starts the shop at `root` (its folder URL): `name` for the log line, `port` when PORT is unset,
 * `entryServer` the source path Vite loads in dev, `createShopHandler` the shop's built handler,
 * `vite` a loader of the shop's own Vite.
 */
export async function serveShop({ name, root, port: defaultPort, entryServer, createShopHandler, vite: loadVite }) {
  const prod = process.argv.includes('--prod');
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? defaultPort);
  const base = process.env.BASE_PATH ?? '/';

  const ck = cookiekit({ policy, consentApi: { sink: memorySink(), path: `${base}api/consent` } });
  let handler = (_req, res) => res.writeHead(503).end();
  const server = createServer(ck.handler((req, res) => handler(req, res)));

  async function devHandler() {
    const { createServer: createVite } = await loadVite();
    const vite = await createVite({
      root: new URL('.', root).pathname,
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
          const template = await vite.transformIndexHtml(url, await readFile(new URL('index.html', root), 'utf8'));
          const { render } = await vite.ssrLoadModule(entryServer);
          const language = nodeRequestLanguage(req);
          const page = await render(url, req.cookiekit.initialConsent, language.tag);
          res.statusCode = page.status;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(fillTemplate(template, page, undefined, language));
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
    console.log(`${name} shop (${prod ? 'built' : 'dev'}): http://${host}:${server.address().port}${base}`);
  });
  return server;
}
