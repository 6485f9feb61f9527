/** /_headers: the security and caching headers for static hosts that read this file (see src/lib/web-server/config.ts). */
import { headersFile } from '../lib/web-server/config.ts';
export function GET() {
  return new Response(headersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
