/**
 * The production server configuration, for real: nginx from Debian serves the built dist/ on 127.0.0.1 with the
 * generated server block, and the test checks the security headers, caching, MIME types, compression and the 404.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPLOY_DEFAULTS, nginxServerBlock } from '../../src/lib/web-server/config.ts';
import { DIST, requireDist } from '../helpers/dist.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const work = mkdtempSync(join(tmpdir(), 'mtd-nginx-'));
let server: ChildProcess | undefined;
let base = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

beforeAll(async () => {
  requireDist();
  if (!NGINX)
    throw new Error('nginx is not installed: run "bash scripts/install-system-deps.sh" (Debian package nginx-light)');
  const port = await freePort();
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, d));
  // Debian's module snippets use paths relative to /etc/nginx; with our own prefix, load the module by its full path.
  const brotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
  if (!existsSync(brotli))
    throw new Error(
      'the nginx brotli_static module is not installed: run "bash scripts/install-system-deps.sh" (Debian package libnginx-mod-http-brotli-static)',
    );
  // As root (CI), nginx's workers would run as "nobody", which may not read the checkout: keep them as root here.
  writeFileSync(
    join(work, 'nginx.conf'),
    `load_module ${brotli};
${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fastcgi; uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
${nginxServerBlock({ root: DIST, listen: `127.0.0.1:${port}` })}
}
`,
  );
  server = spawn(NGINX, ['-c', join(work, 'nginx.conf'), '-p', work, '-e', join(work, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(
    `nginx did not start: ${existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : ''}`,
  );
}, 30_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers, redirect: 'manual' });

describe('nginx with the generated configuration', () => {
  it('sends the security headers, with frame-ancestors in the CSP header', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(r.headers.get('permissions-policy')).toContain('geolocation=()');
    expect(r.headers.get('cache-control')).toContain('must-revalidate');
    expect(r.headers.get('server')).toBe('nginx');
  });

  it('caches hashed assets for a year', async () => {
    const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
    const r = await get(`/_astro/${css}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(r.headers.get('content-security-policy')).toBeTruthy();
  });

  it.each([
    ['/downloads/ideal-journey.mmd', 'text/plain'],
    ['/downloads/glossary.tbx', 'application/x-tbx+xml'],
    ['/downloads/glossary.csv', 'text/csv'],
    ['/downloads/ideal-journey.svg', 'image/svg+xml'],
    ['/downloads/glossary.json', 'application/json'],
    ['/api/v1/tasks.json', 'application/json'],
    ['/sitemap.xml', 'application/xml'],
    ['/robots.txt', 'text/plain'],
    ['/feeds/editions.atom', 'application/atom+xml'],
    ['/best-practice-guide.pdf', 'application/pdf'],
  ])('serves %s as %s', async (path, type) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain(type);
  });

  it('serves the precompressed brotli and gzip files', async () => {
    const br = await get('/glossary/', { 'Accept-Encoding': 'br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toContain('<h1');
    const gz = await get('/glossary/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/glossary/', { 'Accept-Encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('answers an unknown address with the 404 page and the headers', async () => {
    const r = await get('/no-such-page/');
    expect(r.status).toBe(404);
    expect(await r.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('matches the committed deploy/nginx configuration (run "npm run server-config" after changing the headers)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../deploy/nginx/moving-to-denmark.conf'), 'utf8');
    expect(committed).toBe(nginxServerBlock(DEPLOY_DEFAULTS));
  });
});
