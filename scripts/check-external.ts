/**
 * `npm run check:external [-- --strict]`: checks every external link in the content, the built site and the PDFs,
 * and writes reports/external-links.md and .json, grouped by responsible authority. Needs internet, so it is not part
 * of CI; the working group runs it before each release. Exits non-zero only with --strict and a broken link.
 */
import './lib/project-root.ts';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { validateContent } from '../src/lib/validate.ts';
import { officialAuthorityFor } from '../src/lib/checks/official-links.ts';
import { contentLinks } from '../src/lib/checks/link-inventory.ts';
import { checkAll, externalReportMarkdown, mergeLinks, type LinkSource } from '../src/lib/checks/external-links.ts';
import { pdfLinks } from '../src/lib/checks/pdf-links.ts';
import { SITE, siteUrl } from '../src/lib/site.ts';
import { contentRoot, outDir } from '../src/lib/paths.ts';
import { walkFiles } from '../src/lib/files.ts';
import { currentEdition } from '../src/lib/edition.ts';

const strict = process.argv.includes('--strict');
const concurrency = Number(process.argv.find((a) => a.startsWith('--concurrency='))?.split('=')[1] ?? 4);
const { model } = validateContent(contentRoot());
const found: { url: string; source: LinkSource }[] = [];
// Each link is attributed to the authority that owns its domain, so each authority can fix its own links.
const add = (url: string, where: string, fallback: string) => {
  if (/^https?:\/\//.test(url) && !url.startsWith(siteUrl()))
    found.push({ url, source: { where, authority: officialAuthorityFor(url, model.officialDomains) ?? fallback } });
};
// Content links are already attributed to the owner of their domain.
for (const l of contentLinks(model))
  if (!l.url.startsWith(siteUrl())) found.push({ url: l.url, source: { where: l.where, authority: l.authority } });

const dist = outDir();
if (existsSync(dist)) {
  for (const file of walkFiles(dist, ['pagefind']).filter((f) => f.endsWith('.html'))) {
    const page = `/${file.replace(/index\.html$/, '')}`;
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/<a [^>]*href="(https?:\/\/[^"]+)"/g))
      add(m[1]!, `site ${page}`, SITE.defaultAuthority);
  }
  for (const pdf of readdirSync(dist).filter((f) => f.endsWith('.pdf'))) {
    for (const l of pdfLinks(await PDFDocument.load(readFileSync(join(dist, pdf)))))
      if (l.uri) add(l.uri, `${pdf} page ${l.page}`, SITE.defaultAuthority);
  }
} else {
  console.warn(
    `(${dist} not built: checking the links in the content only. Run "npm run build" first to include the site and the PDF.)`,
  );
}

const links = mergeLinks(found);
console.log(`Checking ${links.length} external links, ${concurrency} at a time…`);
const results = await checkAll(
  links.map((l) => l.url),
  concurrency,
  {},
  (r, done) => {
    const mark = r.verdict === 'ok' ? '✓' : r.verdict === 'redirect' ? '→' : '✗';
    console.log(
      `  [${done}/${links.length}] ${mark} ${r.url}${r.status ? ` (${r.status})` : ''}${r.location ? ` → ${r.location}` : ''}${r.error ? ` (${r.error})` : ''}`,
    );
  },
);
const names = new Map([...model.authorities.values()].map((a) => [a.id, a.name]));
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/external-links.md',
  externalReportMarkdown(links, results, currentEdition().date, (id) => names.get(id) ?? id),
);
writeFileSync(
  'reports/external-links.json',
  `${JSON.stringify({ date: currentEdition().date, links: links.map((l, i) => ({ ...l, result: results[i] })) }, null, 2)}\n`,
);
const broken = results.filter((r) => r.verdict === 'broken').length;
const redirects = results.filter((r) => r.verdict === 'redirect').length;
console.log(
  `\n${results.length - broken - redirects} ok, ${redirects} redirected, ${broken} broken. Report: reports/external-links.md (and .json).`,
);
if (strict && broken) process.exit(1);
