/** CSV of the home page's all-crime chart: exactly the rows and columns it shows. */
import type { APIRoute } from 'astro';
import { loadKpiData } from '../lib/kpi/data';
import { boroughTrendSpec } from '../lib/kpi/borough-trend';
import { tableCsv } from '../core/table-data';
import { areaContext, siteConfig } from '../lib/site';
import { ALL_CRIME } from '../schemas/vocab/crime-categories';

export const GET: APIRoute = () => {
  const table = boroughTrendSpec(loadKpiData(), siteConfig().area.name).table;
  // The file names its area, category and measure, so it still says what it is once downloaded.
  return new Response(tableCsv(table, { ...areaContext(), category: ALL_CRIME.id, measure: 'count' }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
