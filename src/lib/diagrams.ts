/** Every Mermaid diagram the build needs: the journey (whole, and per situation) and the ```mermaid blocks in guide pages. */
import type { Model } from './model.ts';
import type { DiagramSource } from './mermaid/render.ts';
import { mermaidBlocks } from './mermaid/blocks.ts';
import { journeyForSituation } from './journey/model.ts';
import { journeyAltText, journeyToMermaid, type JourneyLayout } from './journey/to-mermaid.ts';
import { danishJourney, danishJourneyAlt, danishJourneyMissing, danishPhases } from './danish/translation.ts';

export interface JourneyDiagram {
  key: string;
  title: string;
  /** The figure's text alternative (also the SVG's description). */
  alt: string;
  /** The Mermaid source for each drawing: `print` only for the whole journey (the PDF and the poster). */
  sources: Partial<Record<JourneyLayout, string>> & { wide: string; phone: string };
}

/** The journey diagrams: `all` plus one per situation id. */
export function journeyDiagrams(model: Model): JourneyDiagram[] {
  const j = model.journey;
  const all = {
    key: 'all',
    title: j.title,
    alt: journeyAltText(j, model.phases),
    sources: {
      wide: journeyToMermaid(j, model.phases),
      phone: journeyToMermaid(j, model.phases, { layout: 'phone' }),
      print: journeyToMermaid(j, model.phases, { layout: 'print' }),
    },
  };
  return [
    all,
    ...model.situations.map((s) => {
      const title = `${j.title}: ${s.name}`;
      const sj = journeyForSituation(j, s.id);
      return {
        key: s.id,
        title,
        alt: journeyAltText(sj, model.phases),
        sources: {
          wide: journeyToMermaid(sj, model.phases, { title }),
          phone: journeyToMermaid(sj, model.phases, { title, layout: 'phone' }),
        },
      };
    }),
  ];
}

/** The whole journey in Danish (the page /da/journey/ and the Danish PDF); undefined while its translation is incomplete. */
export function danishJourneyDiagram(model: Model): (JourneyDiagram & { sources: { print: string } }) | undefined {
  const da = model.danish;
  if (!da || danishJourneyMissing(model).length) return undefined;
  const journey = danishJourney(model, da);
  const phases = danishPhases(model, da);
  const words = { or: da.guide.labels.or, optional: da.guide.labels.optional.toLowerCase() };
  const alt = danishJourneyAlt(journey, phases, da.guide.sentences.journeyAlt, words.or);
  // Danish compound words ("opholdstilladelse", "forskudsopgørelsen") would break inside the word in the screen
  // drawings' 150 px boxes: give them 200 px. The print drawing's boxes are wide enough.
  const draw = (layout: JourneyLayout) =>
    journeyToMermaid(journey, phases, { layout, words, alt, wrappingWidth: layout === 'print' ? undefined : 200 });
  return {
    key: 'da',
    title: journey.title,
    alt,
    sources: { wide: draw('wide'), phone: draw('phone'), print: draw('print') },
  };
}

export function collectDiagrams(model: Model): DiagramSource[] {
  const danish = model.journey.steps.length ? danishJourneyDiagram(model) : undefined;
  return [
    ...(model.journey.steps.length
      ? journeyDiagrams(model).flatMap((d) =>
          Object.entries(d.sources).map(([layout, source]) => ({
            source,
            origin: `journey/steps.yaml (${d.key}, ${layout})`,
          })),
        )
      : []),
    ...(danish
      ? Object.entries(danish.sources).map(([layout, source]) => ({
          source,
          origin: `da/journey.yaml (Danish, ${layout})`,
        }))
      : []),
    ...[...model.tasks, ...model.tips, ...model.chapters].flatMap((e) => mermaidBlocks(e.file, e.body, e.bodyLine)),
  ];
}
