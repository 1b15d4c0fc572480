import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** A forward proxy on 127.0.0.1 that only lets through what `allow` accepts. */
export interface GuardProxy {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** URLs and `host:port` tunnels it refused. */
  readonly refused: string[];
  /** Allowed requests the upstream server did not answer: `host:port` -> error code, such as `ECONNREFUSED`. */
  readonly failures: Map<string, string>;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['proxy-connection', 'proxy-authorization', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/**
 * Starts the proxy every browser context of a visit goes through, so the boundary holds below
 * the page too: a `<link rel="preconnect">` or a speculative connection opens a socket to this
 * proxy, never to the other host, and a tunnel (`CONNECT`) is opened only to an allowed
 * `host:port`. Requests themselves are also filtered earlier, in the browser.
 */
export async function startGuardProxy(allow: (url: string) => boolean): Promise<GuardProxy> {
  const refused: string[] = [];
  const failures = new Map<string, string>();
  const sockets = new Set<Socket>();
  // Plain-HTTP upstream requests: a site that holds one open (server-sent events, long polling,
  // an endless body) would otherwise keep the process alive after the visit.
  const upstreams = new Set<ReturnType<typeof httpRequest>>();
  let closed = false;

  const server = createServer((req: IncomingMessage, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.protocol !== 'http:' || !allow(target.href)) {
      refused.push(target.href);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by cookiekit: not the origin under test');
      return;
    }
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port || 80, method: req.method, path: `${target.pathname}${target.search}`, headers, agent: false },
      (answer) => {
        const raw: string[] = [];
        for (let i = 0; i < answer.rawHeaders.length; i += 2) {
          if (!HOP_BY_HOP.has(answer.rawHeaders[i]!.toLowerCase())) raw.push(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
        }
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, raw);
        answer.pipe(res);
      },
    );
    upstreams.add(upstream);
    upstream.on('close', () => upstreams.delete(upstream));
    // The browser went away (a new navigation, a closed page): so does the upstream request.
    let gone = false;
    res.on('close', () => {
      gone = true;
      upstream.destroy();
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      upstreams.delete(upstream);
      if (closed || gone) return;
      failures.set(target.host, error.code ?? error.message);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end();
    });
    req.pipe(upstream);
  });

  // Tunnels: https and wss, and any raw socket the browser wants.
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const authority = req.url ?? '';
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(authority);
    const allowed = match && (allow(`https://${authority}/`) || allow(`http://${authority}/`) || allow(`wss://${authority}/`));
    if (!match || !allowed) {
      refused.push(authority);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(match[2]), match[1]!, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      failures.set(authority, error.code ?? error.message);
      socket.destroy();
    });
    socket.on('error', () => upstream.destroy());
  });

  // Plain ws:// through a proxy arrives as an upgrade request with an absolute URL.
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      socket.destroy();
      return;
    }
    const wsUrl = target.href.replace(/^http/, 'ws');
    if (!allow(wsUrl)) {
      refused.push(wsUrl);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(target.port || 80), target.hostname, () => {
      const lines = [`${req.method} ${target.pathname}${target.search} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        if (!/^proxy-/i.test(req.rawHeaders[i]!)) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      }
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    refused,
    failures,
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        for (const upstream of upstreams) upstream.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
