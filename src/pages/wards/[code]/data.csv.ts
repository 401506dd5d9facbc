/** All monthly figures a ward page shows, as one tidy CSV. */
import type { APIRoute } from 'astro';
import { allWards, type Ward } from '../../../lib/wards';
import { wardDataTable } from '../../../lib/ward-page';
import { tableCsv } from '../../../lib/table-data';

export function getStaticPaths() {
  return allWards().map((ward) => ({ params: { code: ward.code }, props: { ward } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(tableCsv(wardDataTable((props as { ward: Ward }).ward)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
