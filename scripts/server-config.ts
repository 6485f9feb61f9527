/**
 * `npm run server-config [-- --root /var/www/moving-to-denmark/current --listen 80 --server-name example.dk]`:
 * writes deploy/nginx/moving-to-denmark.conf, the nginx server block for the built site (see docs/publishing.md).
 */
import './lib/project-root.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { DEPLOY_DEFAULTS, nginxServerBlock } from '../src/lib/web-server/config.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const conf = nginxServerBlock({
  root: arg('root', DEPLOY_DEFAULTS.root),
  listen: arg('listen', DEPLOY_DEFAULTS.listen),
  serverName: arg('server-name', DEPLOY_DEFAULTS.serverName),
});
mkdirSync('deploy/nginx', { recursive: true });
writeFileSync('deploy/nginx/moving-to-denmark.conf', conf);
console.log('Written to deploy/nginx/moving-to-denmark.conf');
