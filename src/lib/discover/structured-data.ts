/**
 * schema.org structured data for search engines, from the model: a task is a GovernmentService of its responsible
 * authority, with its "What you do" steps as a HowTo; the glossary is a DefinedTermSet. Written into the page as
 * JSON-LD, a data block that browsers never run (so it does not count as JavaScript, and the CSP does not apply).
 */
import type { Model, Task, Term } from '../model.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

function organisation(model: Model, id: string): JsonLd {
  const a = model.authorities.get(id);
  return {
    '@type': 'GovernmentOrganization',
    name: a?.name ?? id,
    ...(a?.danishName ? { alternateName: a.danishName } : {}),
    ...(a?.url ? { url: a.url } : {}),
  };
}

/** A task page: the service (who provides it, where to do it) and its steps. */
export function taskJsonLd(model: Model, task: Task, site: string): JsonLd {
  const url = `${site}${task.url}`;
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@type': 'GovernmentService',
        '@id': `${url}#service`,
        name: task.title,
        description: task.summary,
        url,
        provider: organisation(model, task.authority),
        areaServed: { '@type': 'Country', name: 'Denmark' },
        availableChannel: {
          '@type': 'ServiceChannel',
          name: task.officialLink.label,
          serviceUrl: task.officialLink.url,
        },
      },
      ...(task.youDo.length
        ? [
            {
              '@type': 'HowTo',
              '@id': `${url}#what-you-do`,
              name: task.title,
              url: `${url}#what-you-do`,
              about: { '@id': `${url}#service` },
              step: task.youDo.map((text, i) => ({ '@type': 'HowToStep', position: i + 1, text })),
            },
          ]
        : []),
    ],
  };
}

/** The glossary page: the Top-25 as a set of defined terms, the English term as the name and the Danish as the alternate. */
export function glossaryJsonLd(
  model: Model,
  terms: Term[],
  site: string,
  publisher: string,
  path = '/glossary/',
): JsonLd {
  const url = `${site}${path}`;
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    '@id': `${url}#terms`,
    name: 'Moving to Denmark: the Top-25 Danish terms in English',
    url,
    inLanguage: 'en',
    hasDefinedTerm: terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': `${url}#${t.anchor}`,
      name: t.english,
      alternateName: [t.danish, ...t.danishVariants],
      description: t.definition,
      url: `${url}#${t.anchor}`,
      inDefinedTermSet: { '@id': `${url}#terms` },
      sameAs: t.url,
    })),
    publisher: organisation(model, publisher),
  };
}

/** The JSON-LD as the text of a <script type="application/ld+json">: "<" escaped, so no text can close the element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
