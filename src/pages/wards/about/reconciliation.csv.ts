/** The ward-sum against borough-total comparison, as shown on /wards/about/. */
import type { APIRoute } from 'astro';
import { reconcileTable } from '../../../lib/wards/about';
import { tableCsv } from '../../../core/table-data';
import { areaContext, sectionOn, notPublished } from '../../../lib/site';
import { ALL_CRIME } from '../../../schemas/vocab/crime-categories';

export const GET: APIRoute = () => {
  // The wards section is switched off: a response without a body is not written.
  if (!sectionOn('wards')) return notPublished();
  // The file names its area, category and measure, so it still says what it is once downloaded.
  return new Response(tableCsv(reconcileTable(), { ...areaContext(), category: ALL_CRIME.id, measure: 'count' }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
