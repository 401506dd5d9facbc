/** The ward-sum against borough-total comparison, as shown on /wards/about/. */
import type { APIRoute } from 'astro';
import { reconcileTable } from '../../../lib/wards/about';
import { tableCsv } from '../../../core/table-data';
import { sectionOn, notPublished } from '../../../lib/site';

export const GET: APIRoute = () => (sectionOn('wards')
  ? new Response(tableCsv(reconcileTable()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
  // The wards section is switched off: a response without a body is not written.
  : notPublished());
