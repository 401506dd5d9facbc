/** CSV of the home page's all-crime chart: exactly the rows and columns it shows. */
import type { APIRoute } from 'astro';
import { loadKpiData } from '../lib/kpi/data';
import { boroughTrendSpec } from '../lib/kpi/borough-trend';
import { figureCsv } from '../charts/figure';
import { siteConfig } from '../lib/site';

export const GET: APIRoute = () =>
  new Response(figureCsv(boroughTrendSpec(loadKpiData(), siteConfig().area.name)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
