/** /api/v1/<name>.json and /api/v1/<name>.schema.json: the versioned JSON API and its schemas (src/lib/api/). */
import type { GetStaticPaths } from 'astro';
import { getModel } from '../../../lib/site-model.ts';
import { apiDocuments } from '../../../lib/api/files.ts';
import { apiContext } from '../../../lib/api/context.ts';

export const getStaticPaths = (() =>
  [...apiDocuments(getModel(), apiContext())].map(([path, body]) => ({
    params: { file: path.replace(/\.json$/, '') },
    props: { body },
  }))) satisfies GetStaticPaths;

export function GET({ props }: { props: { body: string } }) {
  return new Response(props.body, { headers: { 'Content-Type': 'application/json' } });
}
