/** Each ward chart's table as CSV: the same TableData the page shows under the chart. */
import type { APIRoute } from 'astro';
import { allWards } from '../../../lib/wards';
import { wardCharts } from '../../../lib/ward-charts';
import { tableCsv, type TableData } from '../../../lib/table-data';

export function getStaticPaths() {
  return allWards().flatMap((ward) => wardCharts(ward).map((c) => ({ params: { code: ward.code, chart: c.id }, props: { table: c.table } })));
}

export const GET: APIRoute = ({ props }) =>
  new Response(tableCsv((props as { table: TableData }).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
