/**
 * Atom feeds (RFC 4287) for people who follow the guide: the editions with their release notes, and the tasks that
 * changed in each edition (from the manifests: added, removed, or what changed). Pure: the caller reads releases/ and
 * renders the notes (through the content sanitiser) and passes them in.
 */
import type { Manifest } from './manifest.ts';
import { itemChanges } from './notes.ts';

export const FEEDS = { editions: '/feeds/editions.atom', taskChanges: '/feeds/task-changes.atom' } as const;
export const ATOM_TYPE = 'application/atom+xml';

export interface FeedEdition {
  id: string;
  date: string;
  /** The release notes as sanitised HTML. */
  notesHtml: string;
  /** The edition's PDF file name in /editions/<id>/, if any. */
  pdf?: string;
  manifest?: Manifest;
}

export interface FeedContext {
  site: string;
  /** The feed's date when there is no edition yet (the build's edition date). */
  fallbackDate: string;
  publisher: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const atomDate = (d: string) => `${d}T00:00:00Z`;

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary?: string;
  html?: string;
  enclosure?: string;
}

function feed(
  ctx: FeedContext,
  path: string,
  title: string,
  subtitle: string,
  alternate: string,
  updated: string,
  entries: Entry[],
): string {
  const items = entries.map((e) =>
    [
      '  <entry>',
      `    <id>${esc(e.id)}</id>`,
      `    <title>${esc(e.title)}</title>`,
      `    <updated>${atomDate(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${esc(e.link)}"/>`,
      ...(e.enclosure ? [`    <link rel="enclosure" type="application/pdf" href="${esc(e.enclosure)}"/>`] : []),
      ...(e.summary ? [`    <summary>${esc(e.summary)}</summary>`] : []),
      ...(e.html !== undefined ? [`    <content type="html">${esc(e.html)}</content>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${esc(`${ctx.site}${path}`)}</id>
  <title>${esc(title)}</title>
  <subtitle>${esc(subtitle)}</subtitle>
  <updated>${atomDate(updated)}</updated>
  <author><name>${esc(ctx.publisher)}</name></author>
  <link rel="self" type="${ATOM_TYPE}" href="${esc(`${ctx.site}${path}`)}"/>
  <link rel="alternate" type="text/html" href="${esc(`${ctx.site}${alternate}`)}"/>
${items.join('\n')}${items.length ? '\n' : ''}</feed>
`;
}

/** The editions, newest first, each with its release notes and its PDF. */
export function editionsFeed(editions: FeedEdition[], ctx: FeedContext): string {
  const entries = editions.map((e): Entry => ({
    id: `${ctx.site}/editions/${e.id}/`,
    title: `Edition ${e.id}`,
    updated: e.date,
    link: `${ctx.site}/editions/${e.id}/`,
    html: e.notesHtml,
    enclosure: e.pdf ? `${ctx.site}/editions/${e.id}/${e.pdf}` : undefined,
  }));
  return feed(
    ctx,
    FEEDS.editions,
    'Moving to Denmark: editions',
    'A new edition of the guide every quarter, with its release notes and its PDF.',
    '/editions/',
    editions[0]?.date ?? ctx.fallbackDate,
    entries,
  );
}

/**
 * One entry per task added, removed or changed in an edition, compared with the edition before it (editions are
 * newest first; an edition without a manifest, or the first one, has nothing to compare with).
 */
export function taskChangesFeed(editions: FeedEdition[], ctx: FeedContext): string {
  const entries: Entry[] = [];
  editions.forEach((e, i) => {
    const previous = editions[i + 1]?.manifest;
    if (!e.manifest || !previous) return;
    for (const c of itemChanges(previous.tasks, e.manifest.tasks)) {
      entries.push({
        id: `${ctx.site}/editions/${e.id}/#task-${c.key}`,
        title: `${c.title}: ${c.kind} in edition ${e.id}`,
        updated: e.date,
        link: c.kind === 'removed' ? `${ctx.site}/editions/${e.id}/` : `${ctx.site}/tasks/${c.key}/`,
        summary:
          c.kind === 'changed' ? c.text : `${c.kind === 'added' ? 'New task' : 'Task removed'} in edition ${e.id}.`,
      });
    }
  });
  return feed(
    ctx,
    FEEDS.taskChanges,
    'Moving to Denmark: changed tasks',
    'The tasks that were added, removed or changed in each edition of the guide.',
    '/whats-new/',
    editions[0]?.date ?? ctx.fallbackDate,
    entries,
  );
}
