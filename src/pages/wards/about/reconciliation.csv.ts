/** The ward-sum against borough-total comparison, as shown on /wards/about/. */
import type { APIRoute } from 'astro';
import { reconcileFigure } from '../../../lib/wards/about';
import { figureCsv } from '../../../charts/figure';
import { sectionOn, notPublished } from '../../../lib/site';

export const GET: APIRoute = () => {
  // The wards section is switched off: a response without a body is not written.
  if (!sectionOn('wards')) return notPublished();
  return new Response(figureCsv(reconcileFigure()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
