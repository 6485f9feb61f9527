/**
 * A local HTTP server on 127.0.0.1 (an ephemeral port) serving frozen pages for the source check's tests, so they
 * need no internet. Routes are looked up by path (with the query); `latencyMs` delays every answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface SourceServer {
  base: string;
  routes: Map<string, Route>;
  /** Requests received, by path. */
  hits: Map<string, number>;
  /** Used when no route matches the path. */
  fallback?: Route;
  latencyMs: number;
  close(): Promise<void>;
}

export async function startSourceServer(): Promise<SourceServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const answer = () => {
      const route = routes.get(path) ?? state.fallback;
      if (route) route(req, res);
      else {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<p>not here</p>');
      }
    };
    if (state.latencyMs > 0) {
      const t = setTimeout(() => {
        timers.delete(t);
        answer();
      }, state.latencyMs);
      timers.add(t);
    } else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // Read by the handler above only for requests, which come after this line.
  const state: SourceServer = {
    base: `http://127.0.0.1:${port}`,
    routes,
    hits,
    latencyMs: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return state;
}

/** An HTML page answer. */
export function html(
  body: string,
  { status = 200, contentType = 'text/html; charset=utf-8', headers = {} } = {},
): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType, ...headers });
    res.end(body);
  };
}

/** A page with a header, navigation and footer around <main> holding these paragraphs. */
export function pageHtml(title: string, paragraphs: string[]): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><script>var x = "not text";</script><style>p{color:red}</style></head>` +
    `<body><header><a href="/">Home</a> Site header</header><nav><ul><li>Menu item</li></ul></nav>` +
    `<main><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</main><footer>Footer text © 2026</footer></body></html>`
  );
}

/**
 * A fetch that sends https://<host>/<path> to the test server as /<host>/<path>, so content with real official
 * addresses (and hosts, for the per-host limit) can be checked against it.
 */
export function rewritingFetch(base: string): typeof fetch {
  return (input, init) => {
    const u = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return fetch(`${base}/${u.host}${u.pathname}${u.search}`, init);
  };
}

/** The address a rewritten request was for: /skat.dk/a?b → https://skat.dk/a?b. */
export function originalUrl(path: string): string {
  const [, host, ...rest] = path.split('/');
  return new URL(`https://${host}/${rest.join('/')}`).href;
}
