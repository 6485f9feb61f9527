/**
 * The downloadable journey graphic: the rendered SVG with a title, an edition stamp and the key, as one standalone
 * file. Links to task pages become absolute (`siteUrl`), so they work when the file is opened on its own.
 */
import { keySvg } from './key.ts';

export function stampedSvg(svg: string, title: string, stamp: string, siteUrl: string): string {
  const base = siteUrl.replace(/\/$/, '');
  svg = svg.replace(/((?:xlink:)?href)="\//g, `$1="${base}/`);
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.split(/\s+/).map(Number) ?? [0, 0, 1000, 800];
  const [, , w = 1000, h = 800] = viewBox;
  const pad = 24;
  const top = 64;
  const key = keySvg(pad, top + pad + h + 20, 18, w);
  const height = top + h + 2 * pad + 20 + key.height;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const inner = svg.replace(/^<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const innerOpen = /^<svg\b[^>]*>/.exec(svg)?.[0]?.replace(/\s(width|height|style)="[^"]*"/g, '') ?? '<svg>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${w + 2 * pad} ${height}" width="${w + 2 * pad}" height="${height}" aria-labelledby="journey-title">
<title id="journey-title">${esc(title)}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${pad}" y="${pad + 22}" font-family="IBM Plex Sans, Arial, sans-serif" font-size="28" font-weight="600" fill="#1a1a1a">${esc(title)}</text>
<text x="${pad}" y="${pad + 48}" font-family="IBM Plex Sans, Arial, sans-serif" font-size="17" fill="#545454">${esc(stamp)}</text>
${innerOpen.replace('<svg', `<svg x="${pad}" y="${top + pad}" width="${w}" height="${h}"`)}${inner}</svg>
${key.svg}
</svg>
`;
}
