/** Exports of the glossary for other authorities: CSV (UTF-8 with BOM, opens in spreadsheets), JSON and TBX (ISO 30042). */
import type { Term } from '../model.ts';
import type { Authority } from '../schemas/vocabulary.ts';
import { csvFile } from '../text.ts';

export const EXPORT_COLUMNS = [
  'rank',
  'danish',
  'danish_variants',
  'english',
  'avoid',
  'definition',
  'authority',
  'url',
  'related',
] as const;

function row(t: Term, authorities: Map<string, Authority>): (string | number)[] {
  return [
    t.rank,
    t.danish,
    t.danishVariants.join('; '),
    t.english,
    t.avoid.join('; '),
    t.definition,
    authorities.get(t.authority)?.name ?? t.authority,
    t.url,
    t.related.join('; '),
  ];
}

export function glossaryCsv(terms: Term[], authorities: Map<string, Authority>): string {
  return csvFile(
    EXPORT_COLUMNS,
    terms.map((t) => row(t, authorities)),
  );
}

export function glossaryJson(terms: Term[], authorities: Map<string, Authority>, edition: string): string {
  return `${JSON.stringify(
    {
      edition,
      terms: terms.map((t) => ({
        rank: t.rank,
        slug: t.slug,
        danish: t.danish,
        danishVariants: t.danishVariants,
        english: t.english,
        avoid: t.avoid,
        definition: t.definition,
        historyNote: t.historyNote ?? null,
        authority: { id: t.authority, name: authorities.get(t.authority)?.name ?? t.authority },
        url: t.url,
        related: t.related,
        lastReviewed: t.lastReviewed,
      })),
    },
    null,
    2,
  )}\n`;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function glossaryTbx(terms: Term[], edition: string): string {
  const entries = terms
    .map(
      (t) => `    <conceptEntry id="${xml(t.slug)}">
      <descrip type="definition">${xml(t.definition)}</descrip>
      <langSec xml:lang="da">
        <termSec><term>${xml(t.danish)}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>${t.danishVariants
          .map(
            (v) => `
        <termSec><term>${xml(v)}</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>`,
          )
          .join('')}
      </langSec>
      <langSec xml:lang="en">
        <termSec><term>${xml(t.english)}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>${t.avoid
          .map(
            (v) => `
        <termSec><term>${xml(v)}</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>`,
          )
          .join('')}
      </langSec>
    </conceptEntry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Moving to Denmark: Top-25 glossary, edition ${xml(edition)}</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
${entries}
  </body></text>
</tbx>
`;
}
