/**
 * `npm run report:review -- [--authority ID] [--within MONTHS]`: writes review-report.md, the list each authority acts
 * on: pages, terms and self-service entries due for review now or within the coming months, and the sources to check
 * again, with titles, public addresses and files (src/lib/checks/review-list.ts).
 */
import './lib/project-root.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { parseReviewArgs, REVIEW_USAGE, reviewList } from '../src/lib/checks/review-list.ts';
import { translationUnits } from '../src/lib/translations/units.ts';
import { translationSection, translationStatus } from '../src/lib/translations/status.ts';
import { checkedSources, reviewables } from '../src/lib/validate.ts';
import { currentEdition } from '../src/lib/edition.ts';
import { contentRoot } from '../src/lib/paths.ts';
import { sourceSection } from '../src/lib/release/source-section.ts';
import { readSourceReport } from '../src/lib/sources/monitor/report.ts';

const raw = loadContent(contentRoot());
const args = parseReviewArgs(
  process.argv.slice(2),
  raw.authorities.map((a) => a.id),
);
if ('error' in args) {
  console.error(`✗ ${args.error}`);
  process.exit(2);
}
if (args.help) {
  console.log(REVIEW_USAGE);
  process.exit(0);
}
const names = new Map(raw.authorities.map((a) => [a.id, a.name]));
const report =
  reviewList(reviewables(raw), checkedSources(raw), {
    today: currentEdition().date,
    months: args.months ?? raw.settings.reviewMonths,
    within: args.within,
    authority: args.authority,
    authorityName: (id) => names.get(id) ?? id,
  }) +
  (args.authority ? '' : translationSection(translationStatus(translationUnits(raw).units))) +
  sourceSection(readSourceReport(contentRoot()), { authority: args.authority });
const file = join(contentRoot(), 'review-report.md');
writeFileSync(file, report);
console.log(report);
console.log(`Written to ${file}`);
