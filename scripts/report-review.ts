/** `npm run report:review`: writes review-report.md, listing pages and terms overdue for review, grouped by authority. */
import { writeFileSync } from 'node:fs';
import { loadContent } from '../src/lib/content/load.ts';
import { reviewReport } from '../src/lib/checks/review.ts';
import { translationUnits } from '../src/lib/translations/units.ts';
import { translationSection, translationStatus } from '../src/lib/translations/status.ts';
import { reviewables } from '../src/lib/validate.ts';
import { currentEdition } from '../src/lib/edition.ts';
import { contentRoot } from '../src/lib/paths.ts';

const raw = loadContent(contentRoot());
const names = new Map(raw.authorities.map((a) => [a.id, a.name]));
const months = Number(process.argv.find((a) => a.startsWith('--months='))?.split('=')[1] ?? raw.settings.reviewMonths);
const report = reviewReport(reviewables(raw), currentEdition().date, months, (id) => names.get(id) ?? id) + translationSection(translationStatus(translationUnits(raw).units));
writeFileSync('review-report.md', report);
console.log(report);
console.log('Written to review-report.md');
