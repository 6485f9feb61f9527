/** /qr/<task>.svg: a QR code for each task page's public address, printed on the household checklist handout. */
import { getModel } from '../../lib/site-model.ts';
import { qrSvg } from '../../lib/journey/qr.ts';
import { addressIsSet, siteUrl } from '../../lib/site.ts';
import type { APIContext } from 'astro';

// No QR code to a placeholder address: until site.yaml has the real one, none is made.
export function getStaticPaths() {
  if (!addressIsSet()) return [];
  return getModel().tasks.map((t) => ({ params: { slug: t.slug }, props: { url: `${siteUrl()}${t.url}` } }));
}
export async function GET({ props }: APIContext<{ url: string }>) {
  return new Response(await qrSvg(props.url), { headers: { 'Content-Type': 'image/svg+xml' } });
}
