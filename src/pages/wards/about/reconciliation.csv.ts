/** The ward-sum against borough-total comparison, as shown on /wards/about/. */
import type { APIRoute } from 'astro';
import { reconcileTable } from '../../../lib/wards/about';
import { tableCsv } from '../../../core/table-data';
import { sectionOn, notPublished, siteConfig } from '../../../lib/site';

export const GET: APIRoute = () => {
  // The wards section is switched off: a response without a body is not written.
  if (!sectionOn('wards')) return notPublished();
  const { area } = siteConfig();
  // The file names its area, category and measure, so it still says what it is once downloaded.
  return new Response(tableCsv({ ...reconcileTable(), context: { area_code: area.code, area_name: area.name, category: 'all-crime', measure: 'count' } }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
