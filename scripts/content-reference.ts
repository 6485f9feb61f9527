/** `npm run docs:reference`: writes docs/content-reference.md from the zod schemas (src/lib/schemas/reference.ts). */
import './lib/project-root.ts';
import { writeFileSync } from 'node:fs';
import { contentReference } from '../src/lib/schemas/reference.ts';

writeFileSync('docs/content-reference.md', contentReference());
console.log('Written to docs/content-reference.md');
