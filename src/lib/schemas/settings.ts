/** Schema for the site's settings: `site.yaml` at the top of the content. */
import { z } from 'zod';
import { httpsUrl } from './common.ts';

export const DEFAULT_REVIEW_MONTHS = 6;

export const siteSettingsSchema = z.strictObject({
  url: httpsUrl.describe('The public address of the site. The PDF prints it; a release refuses a placeholder such as https://moving-to-denmark.example. SITE_URL overrides it for one run.'),
  reviewMonths: z.number().int().min(1).max(24).default(DEFAULT_REVIEW_MONTHS)
    .describe('Pages, terms and self-service entries are overdue this many months after their lastReviewed or lastVerified date. check:content, report:review and the release all use it.'),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
