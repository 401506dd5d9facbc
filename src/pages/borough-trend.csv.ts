/** CSV of the home page's all-crime chart: exactly the rows and columns it shows. */
import type { APIRoute } from 'astro';
import { loadKpiData } from '../lib/kpi/data';
import { boroughTrendSpec } from '../lib/kpi/borough-trend';
import { tableCsv } from '../core/table-data';
import { siteConfig } from '../lib/site';

export const GET: APIRoute = () => {
  const { area } = siteConfig();
  const table = boroughTrendSpec(loadKpiData(), area.name).table;
  // The file names its area, category and measure, so it still says what it is once downloaded.
  return new Response(tableCsv({ ...table, context: { area_code: area.code, area_name: area.name, category: 'all-crime', measure: 'count' } }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
