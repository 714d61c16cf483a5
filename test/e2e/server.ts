/**
 * A static file server on 127.0.0.1 for the fixture pages (tests, demo, benchmarks). Loopback only: Diglot's tests
 * never reach the network, and nothing outside this machine can reach the server.
 */
import { createServer, type Server } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

export interface StaticServer {
  url: string;
  /** Every path asked for, in order, with its time: what the browser fetched from the loopback. */
  requests: { path: string; at: number }[];
  close(): Promise<void>;
}

/** Serves `root` at `http://127.0.0.1:<port>/`; `/` lists the HTML pages. Port 0 picks a free one. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const requests: StaticServer['requests'] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push({ path, at: Date.now() });
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (path === '/') {
        const pages = (await readdir(base)).filter((name) => name.endsWith('.html')).sort();
        const items = pages.map((name) => `<li><a href="/${encodeURIComponent(name)}">${name}</a></li>`).join('');
        response.writeHead(200, { 'content-type': TYPES['.html'] });
        response.end(`<!doctype html><meta charset="utf-8"><title>Diglot sample pages</title><ul>${items}</ul>`);
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
