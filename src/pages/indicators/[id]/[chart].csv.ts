/** CSV downloads of exactly the rows and columns each indicator chart or table shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadKpiData } from '../../../lib/kpi/data';
import { indicatorSpecs } from '../../../lib/kpi/specs';
import { figureCsv } from '../../../charts/figure';
import { sectionOn } from '../../../lib/site';

export const getStaticPaths = (() => {
  if (!sectionOn('performance')) return [];
  const data = loadKpiData();
  return data.indicators.flatMap((indicator) =>
    indicatorSpecs(data, indicator).map((figure) => ({
      // A figure's anchor on the page names its CSV (see indicatorFigure).
      params: { id: indicator.indicator_id, chart: figure.anchor },
      props: { csv: figureCsv(figure) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
