/** Schema for the site's settings: `site.yaml` at the top of the content. */
import { z } from 'zod';
import { httpsUrl, text } from './common.ts';

export const DEFAULT_REVIEW_MONTHS = 6;
/** The guide's fixed shape: the Top-25 glossary and six tips (a smaller site, such as the tests' tiny fixture, sets its own). */
export const DEFAULT_GLOSSARY_SIZE = 25;
export const DEFAULT_TIP_COUNT = 6;

export const feedbackSchema = z
  .strictObject({
    email: z
      .email('must be one e-mail address, such as feedback@authority.dk')
      .optional()
      .describe(
        'The mailbox that receives feedback, on an official domain (journey/official-domains.yaml). "Is this page useful?" opens an e-mail to it with the page address and the edition filled in.',
      ),
    formUrl: httpsUrl
      .optional()
      .describe(
        'An official feedback or contact form instead of (or as well as) the e-mail address. The link adds ?page=<address>&edition=<edition>.',
      ),
    owner: text
      .optional()
      .describe(
        'Who reads the feedback, for example "The working group Moving to Denmark, via the Danish Agency for Digital Government". Shown on the feedback page.',
      ),
  })
  .refine((f) => f.email !== undefined || f.formUrl !== undefined, { message: 'give an email or a formUrl (or both)' });
export type FeedbackChannel = z.infer<typeof feedbackSchema>;

/** What the settings say when site.yaml does not (site.yaml in the repository sets every one). */
export const DEFAULT_TEXTS = {
  title: 'Moving to Denmark',
  tagline: 'Your tasks with the Danish authorities, step by step',
  publisher: 'The cross-authority working group “Moving to Denmark”',
  reuse:
    'You may copy, print and hand out this guide, and reuse the glossary and the journey diagram, if you name the source.',
} as const;

/** Every setting but the address, as the schema's defaults give them: what a site without site.yaml has. */
export const DEFAULT_SETTINGS = {
  reviewMonths: DEFAULT_REVIEW_MONTHS,
  glossarySize: DEFAULT_GLOSSARY_SIZE,
  tipCount: DEFAULT_TIP_COUNT,
  ...DEFAULT_TEXTS,
};

export const siteSettingsSchema = z.strictObject({
  title: text
    .default(DEFAULT_TEXTS.title)
    .describe('The name of the site, in the header of every page, in browser tabs and on the PDF cover.'),
  tagline: text.default(DEFAULT_TEXTS.tagline).describe('One line under the name in the header of every page.'),
  publisher: text
    .default(DEFAULT_TEXTS.publisher)
    .describe(
      'Who publishes the guide, as readers see it in the footer of every page, on the poster and in the PDF (its colophon lists the authorities marked workingGroup in journey/authorities.yaml after it).',
    ),
  reuse: text
    .default(DEFAULT_TEXTS.reuse)
    .describe(
      'The terms on which others may reuse the guide, its glossary and its journey diagram, shown in the PDF colophon and the downloads.',
    ),
  url: httpsUrl.describe(
    'The public address of the site. The PDF prints it; a release refuses a placeholder such as https://moving-to-denmark.example. SITE_URL overrides it for one run.',
  ),
  reviewMonths: z
    .number()
    .int()
    .min(1)
    .max(24)
    .default(DEFAULT_REVIEW_MONTHS)
    .describe(
      'How often pages, terms, self-service entries and sources are reviewed. Each falls due at the end of its own month of the cycle (a stable hash of its file and title), at most this many months after its lastReviewed, lastVerified or checked date, so the reviews spread over the year. check:content, report:review and the release all use it.',
    ),
  glossarySize: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(DEFAULT_GLOSSARY_SIZE)
    .describe(
      'How many terms the glossary has, exactly (the Top-25: 25). check:content refuses another number, so a term is replaced rather than added.',
    ),
  tipCount: z
    .number()
    .int()
    .min(1)
    .max(20)
    .default(DEFAULT_TIP_COUNT)
    .describe('How many tips for professionals the guide has, exactly (6).'),
  feedback: feedbackSchema
    .optional()
    .describe(
      'Where "Is this page useful?" sends readers. Until it is set, pages send readers to the authority responsible for the page, and the build warns.',
    ),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
