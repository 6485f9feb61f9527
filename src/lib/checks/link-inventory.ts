/**
 * Every external link the content publishes, with where it comes from and the authority that owns it (by its
 * domain in journey/official-domains.yaml, not by the page that happens to use it). Feeds check:external and the
 * front-page report.
 */
import type { Model } from '../model.ts';
import { officialAuthorityFor } from './official-links.ts';
import { bodyTree, linksInTree } from '../markdown/body-tree.ts';

const bodyLinks = (body: string, bodyLine: number) => linksInTree(bodyTree(body), bodyLine);
import { isFrontPage } from './front-pages.ts';

export interface InventoryLink {
  url: string;
  /** The file (and field or line) the link comes from. */
  where: string;
  /** The authority that owns the link's domain, or else the authority responsible for the file. */
  authority: string;
  /** The data marks this link as a front page on purpose (`specific: false`). */
  frontPage?: boolean;
}

export function contentLinks(model: Model): InventoryLink[] {
  const out: InventoryLink[] = [];
  const add = (url: string, where: string, fallback: string, frontPage?: boolean) => {
    if (!/^https?:\/\//.test(url)) return;
    out.push({
      url,
      where,
      authority: officialAuthorityFor(url, model.officialDomains) ?? fallback,
      ...(frontPage ? { frontPage } : {}),
    });
  };
  for (const t of model.tasks) {
    add(t.officialLink.url, `${t.file} (officialLink)`, t.authority, !t.officialLink.specific);
    for (const h of t.help) if (h.url) add(h.url, `${t.file} (help)`, t.authority);
    for (const s of t.sources) add(s.url, `${t.file} (sources)`, t.authority);
    for (const l of t.legalBasis) if (l.url) add(l.url, `${t.file} (legalBasis)`, t.authority);
    for (const l of bodyLinks(t.body, t.bodyLine)) add(l.url, `${t.file}:${l.line}`, t.authority);
  }
  for (const e of [...model.tips, ...model.chapters, ...model.sitePages.values()])
    for (const l of bodyLinks(e.body, e.bodyLine)) add(l.url, `${e.file}:${l.line}`, e.authority);
  for (const t of model.terms) {
    add(t.url, `${t.file} (url)`, t.authority);
    for (const s of t.sources) add(s.url, `${t.file} (sources)`, t.authority);
  }
  for (const s of model.selfServices) {
    add(s.urlDa, `${s.file} (urlDa)`, s.authority, !s.specific);
    if (s.urlEn) add(s.urlEn, `${s.file} (urlEn)`, s.authority);
    if (s.englishEvidence) add(s.englishEvidence.url, `${s.file} (englishEvidence)`, s.authority);
  }
  for (const a of model.authorities.values()) {
    for (const u of [a.url, a.contactUrl, a.bookingUrl]) if (u) add(u, 'journey/authorities.yaml', a.id);
    for (const s of a.sources) add(s.url, 'journey/authorities.yaml (sources)', a.id);
  }
  return out;
}

/** The official links and self-service links that are still front pages, for the report to each authority. */
export function frontPageLinks(model: Model): InventoryLink[] {
  return contentLinks(model).filter(
    (l) => (l.where.endsWith('(officialLink)') || l.where.endsWith('(urlDa)')) && (l.frontPage || isFrontPage(l.url)),
  );
}
