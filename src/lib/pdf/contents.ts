/**
 * The chapters of the best-practice guide, in order, with the anchors that the table of contents, the PDF bookmarks
 * and the tests use. Shared by the English and the Danish print page, which give the headings in their language.
 */
export const GUIDE_CHAPTERS = [
  { key: 'introduction', id: 'introduction' },
  { key: 'needs', id: 'challenges-and-needs' },
  { key: 'journey', id: 'journey' },
  { key: 'glossary', id: 'glossary' },
  { key: 'tips', id: 'tips' },
  { key: 'appendix', id: 'appendix' },
  { key: 'selfService', id: 'self-service-map' },
  { key: 'documents', id: 'documents-to-bring' },
] as const;

export type GuideChapter = (typeof GUIDE_CHAPTERS)[number]['key'];

/** The anchor of a chapter. */
export const chapterId = (key: GuideChapter): string => GUIDE_CHAPTERS.find((c) => c.key === key)!.id;

/**
 * The table of contents: every chapter the page gives a heading for (the document pack only when some task has
 * documents to bring); the self-service map only when the content has one.
 */
export function guideContents(
  headings: Partial<Record<GuideChapter, string>>,
  withSelfService: boolean,
): { id: string; title: string }[] {
  return GUIDE_CHAPTERS.filter(
    (c) => headings[c.key] !== undefined && (withSelfService || c.key !== 'selfService'),
  ).map((c) => ({ id: c.id, title: headings[c.key]! }));
}
