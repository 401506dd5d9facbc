/** The change on the year before for all current wards together, as shown on /wards/. */
import type { APIRoute } from 'astro';
import { setChangeFigure } from '../../lib/wards/charts';
import { DEFAULT_CHOICE } from '../../lib/wards/map';
import { tableCsv } from '../../core/table-data';
import { areaContext } from '../../lib/site';

export const GET: APIRoute = () =>
  new Response(tableCsv(setChangeFigure(DEFAULT_CHOICE.set)!.table, areaContext()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
