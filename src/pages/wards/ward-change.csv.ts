/** Every current ward's change in all crime on the year before, as the sortable table on /wards/ shows it. */
import type { APIRoute } from 'astro';
import { wardChangesFigure } from '../../lib/wards/charts';
import { DEFAULT_CHOICE } from '../../lib/wards/map';
import { tableCsv } from '../../core/table-data';
import { areaContext } from '../../lib/site';

export const GET: APIRoute = () =>
  new Response(tableCsv(wardChangesFigure(DEFAULT_CHOICE.set)!.table, areaContext()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
