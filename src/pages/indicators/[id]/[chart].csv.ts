/** CSV downloads of exactly the rows and columns each indicator chart or table shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadKpiData } from '../../../lib/kpi/data';
import { indicatorSpecs } from '../../../lib/kpi/specs';
import { tableCsv } from '../../../core/table-data';
import { areaContext, sectionOn } from '../../../lib/site';

export const getStaticPaths = (() => {
  if (!sectionOn('performance')) return [];
  const data = loadKpiData();
  const area = areaContext();
  return data.indicators.flatMap((indicator) =>
    indicatorSpecs(data, indicator).map((spec) => ({
      params: { id: indicator.indicator_id, chart: spec.id },
      // Each file names its indicator and area, so it still says what it is once downloaded.
      props: { csv: tableCsv(spec.table, { ...area, indicator_id: indicator.indicator_id }) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
