/** One small lookup file per outward code: a postcode search fetches only its own. */
import type { APIRoute } from 'astro';
import { outwardFile, postcodesByOutward } from '../../lib/wards/postcode-data';
import { sectionOn } from '../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return [...postcodesByOutward().keys()].map((outward) => ({ params: { outward } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(outwardFile(params.outward!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
