/** CSV of the home page's all-crime chart: exactly the rows and columns it shows. */
import type { APIRoute } from 'astro';
import { loadKpiData } from '../lib/kpi/data';
import { boroughTrendSpec } from '../lib/kpi/borough-trend';
import { figureCsv } from '../charts/figure';
import { notPublished, siteConfig } from '../lib/site';
import { hasRows } from '../core/load';
import { boroughMonthlyTable } from '../schemas/borough';

export const GET: APIRoute = () => {
  // Outside London there is no borough series, so no chart and no file.
  if (!hasRows(boroughMonthlyTable)) return notPublished();
  return new Response(figureCsv(boroughTrendSpec(loadKpiData(), siteConfig().area.name)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
