/** `npm run report:front-pages`: writes reports/front-page-links.md, the official links that are still front pages, by authority. */
import './lib/project-root.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { validateContent } from '../src/lib/validate.ts';
import { frontPageLinks } from '../src/lib/checks/link-inventory.ts';
import { frontPageReport } from '../src/lib/checks/front-pages.ts';
import { currentEdition } from '../src/lib/edition.ts';
import { contentRoot } from '../src/lib/paths.ts';

const { model } = validateContent(contentRoot());
const names = new Map([...model.authorities.values()].map((a) => [a.id, a.name]));
const report = frontPageReport(frontPageLinks(model), currentEdition().date, (id) => names.get(id) ?? id);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/front-page-links.md', report);
console.log(report);
console.log('Written to reports/front-page-links.md');
