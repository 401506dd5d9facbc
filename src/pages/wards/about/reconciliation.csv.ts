/** The ward-sum against borough-total comparison, as shown on /wards/about/. */
import type { APIRoute } from 'astro';
import { reconcileTable } from '../../../lib/wards/about';
import { tableCsv } from '../../../core/table-data';

export const GET: APIRoute = () => new Response(tableCsv(reconcileTable()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
