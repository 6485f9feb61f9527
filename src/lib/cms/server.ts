/**
 * The form editor's web server, on 127.0.0.1 only: the editor page, Decap CMS's prebuilt bundle from the npm package
 * (never a CDN), the generated configuration, the site's CSS for the preview, and the local-backend API (backend.ts).
 * A Content Security Policy keeps every request on this server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire, stripTypeScriptTypes } from 'node:module';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { loadContent } from '../content/load.ts';
import { cmsConfig, vocabularies } from './config.ts';
import { EditBackend } from './backend.ts';
import { renderPreviewBody } from '../markdown/render-preview.ts';
import { factsBySlug } from '../model.ts';

const CODE_ROOT = resolve(import.meta.dirname, '../../..');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** Where the Decap CMS bundle is (the `decap-cms` npm package). */
export function decapDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** Everything from this server only. Decap CMS needs 'unsafe-eval' (its configuration check compiles JSON Schemas with ajv) and inline styles. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function editorPage(): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Moving to Denmark: rediger indhold</title>
</head>
<body>
<script src="/cms/boot.js"></script>
<script src="/decap/decap-cms.js"></script>
<script src="/cms/editor.js"></script>
</body>
</html>
`;
}

/** Runs in the browser before Decap CMS: manual start. The rest is src/cms/editor.ts (configuration, preview, address field, save errors). */
const BOOT = 'window.CMS_MANUAL_INIT = true;\n';
const EDITOR_TS = join(CODE_ROOT, 'src/cms/editor.ts');

/**
 * The browser code, /cms/editor.js: src/cms/editor.ts with its types stripped by Node (erasable syntax only, so no
 * bundler; each type becomes blanks, so lines and columns stay those of the .ts file). Read at each request, so an
 * edit shows at the next reload. The browser runs it as a classic script: its `import type` lines become blanks too.
 */
export function editorScript(): string {
  return stripTypeScriptTypes(readFileSync(EDITOR_TS, 'utf8'), { mode: 'strip' });
}

/** A task body from the form, rendered as the site renders it (POST /preview: `{ body, deadline?, fee? }`). */
function previewHtml(root: string, request: unknown): string {
  const r = (request ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const content = loadContent(root);
  const tasks = Object.fromEntries(factsBySlug(content.tasks.map((t) => ({ slug: t.slug, ...t.data }))));
  const terms = content.terms.map((t) => ({ slug: t.slug, ...t.data }));
  return renderPreviewBody({
    body: text(r.body) ?? '',
    own: { deadline: text(r.deadline), fee: text(r.fee) },
    tasks,
    terms,
  });
}

/** The site's stylesheet for the preview, without its font imports (the preview uses the system font). */
function siteCss(): string {
  return readFileSync(join(CODE_ROOT, 'src/styles/site.css'), 'utf8').replace(/^@import [^;]+;\s*$/gm, '');
}

export interface EditServer {
  url: string;
  server: Server;
  backend: EditBackend;
  close(): Promise<void>;
}

export async function startEditServer(options: {
  root: string;
  port?: number;
  host?: string;
  previewUrl?: string;
}): Promise<EditServer> {
  const backend = new EditBackend(options.root);
  const host = options.host ?? '127.0.0.1';
  const dist = decapDist();
  let origin = '';
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  };
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    // Only this machine, by this server's own name (no DNS rebinding), may use it.
    const hostHeader = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(hostHeader)) return send(res, 403, 'text/plain', 'Forbidden');
    const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    if (req.method === 'POST' && (path === '/api/v1' || path === '/preview')) {
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
        return send(res, 415, 'application/json', JSON.stringify({ error: 'JSON only' }));
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ error: 'the request is not JSON' }));
      }
      if (path === '/preview')
        return send(
          res,
          200,
          'application/json; charset=utf-8',
          JSON.stringify({ html: previewHtml(backend.root, body) }),
        );
      const r = await backend.handle(body);
      return send(res, r.status, 'application/json; charset=utf-8', JSON.stringify(r.json));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (path === '/' || path === '/index.html') return send(res, 200, TYPES['.html']!, editorPage());
    if (path === '/config.json') {
      const config = {
        ...cmsConfig(vocabularies(loadContent(backend.root))),
        ...(options.previewUrl ? { preview_url: options.previewUrl } : {}),
      };
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(config));
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (path === '/cms/boot.js') return send(res, 200, TYPES['.js']!, BOOT);
    if (path === '/cms/editor.js') return send(res, 200, TYPES['.js']!, editorScript());
    if (path === '/cms/site.css') return send(res, 200, TYPES['.css']!, siteCss());
    if (path.startsWith('/decap/')) {
      const file = join(dist, normalize(path.slice('/decap/'.length)).replace(/^(\.\.[/\\])+/, ''));
      if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'max-age=3600',
          'X-Content-Type-Options': 'nosniff',
        });
        createReadStream(file).pipe(res);
        return;
      }
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  };
  const server = createServer((req, res) => {
    handler(req, res).catch((e: unknown) => send(res, 500, 'text/plain', String(e)));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, ok);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://${host}:${port}`;
  return {
    url: origin,
    server,
    backend,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
