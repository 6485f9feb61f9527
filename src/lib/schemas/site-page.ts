/** Schema for the site's own pages (`guide/pages/`): the home page, the accessibility statement, feedback, and so on. */
import { z } from 'zod';
import { isoDate, slug, text } from './common.ts';

export const sitePageSchema = z.strictObject({
  title: text.describe('The page title: the heading readers see and the title in the browser tab.'),
  description: text.describe('One sentence for search engines and link previews.'),
  lead: text.optional().describe('The first paragraph, shown larger under the heading. Optional.'),
  authority: slug.describe('The authority responsible for the page: an id from journey/authorities.yaml.'),
  lastReviewed: isoDate.describe('The date the page was last checked (YYYY-MM-DD).'),
});
export type SitePageData = z.infer<typeof sitePageSchema>;

/**
 * The pages the site has, by file name in guide/pages/, and where each is published. Every one must exist; a file
 * with another name is an error (it would be published nowhere).
 */
export const SITE_PAGES = {
  home: {
    url: '/',
    use: 'the home page: the lead and the "Start here" box (the phases and their tasks follow automatically)',
  },
  accessibility: { url: '/accessibility/', use: 'the accessibility statement' },
  feedback: {
    url: '/feedback/',
    use: 'the feedback page: the lead, then the feedback channel from site.yaml, then the text',
  },
  'self-service': { url: '/self-service/', use: 'the introduction above the self-service map' },
  'not-found': { url: '/404.html', use: 'the page readers see for an address that does not exist' },
} as const;
export type SitePageSlug = keyof typeof SITE_PAGES;
