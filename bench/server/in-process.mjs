// One request through a framework's Node handler in process, without a socket: a real
// IncomingMessage and ServerResponse, as the in-process harnesses (adapters.mjs, allocations.mjs)
// send them, with the bench's headers.
import http from 'node:http';
import { Socket } from 'node:net';

const socket = new Socket();
export function request(url, cookie) {
  const req = new http.IncomingMessage(socket);
  req.method = 'GET';
  req.url = url;
  req.httpVersionMajor = 1;
  req.httpVersionMinor = 1;
  req.httpVersion = '1.1';
  req.headers = { host: '127.0.0.1:3000', connection: 'keep-alive', 'user-agent': 'autocannon', cookie };
  req.rawHeaders = ['host', req.headers.host, 'connection', 'keep-alive', 'user-agent', 'autocannon', 'cookie', cookie];
  req.complete = true;
  req.push(null);
  return req;
}

/** One request through `handler`; resolves with the response once it has ended. */
export function once(handler, url, cookie) {
  const req = request(url, cookie);
  const res = new http.ServerResponse(req);
  return new Promise((resolve, reject) => {
    const end = res.end;
    res.end = function (...args) {
      const r = end.apply(this, args);
      resolve(res);
      return r;
    };
    try {
      const p = handler(req, res);
      if (p && typeof p.then === 'function') p.then(undefined, reject);
    } catch (error) {
      reject(error);
    }
  });
}

/**
 * Sends `n` requests through `handler`: in batches of 100, with a turn of the event loop
 * (setImmediate) before each batch is awaited, so Node's own deferred work (nextTick, stream
 * ends) is done inside the run and nothing piles up; awaiting each request instead keeps every
 * nextTick queued until the run ends.
 */
export async function sendBatches(handler, url, cookie, n) {
  for (let i = 0; i < n; i += 100) {
    const batch = [];
    for (let j = 0; j < 100 && i + j < n; j++) batch.push(once(handler, url, cookie));
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all(batch);
  }
}

