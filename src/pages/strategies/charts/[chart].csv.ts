/**
 * CSV downloads of the indicator charts documents embed, made from the same TableData
 * as the chart's table: `/strategies/charts/<indicator>-<series>.csv`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIndicatorChartData } from '../../../lib/strategy-data';
import { availableCharts, indicatorChartModel } from '../../../lib/strategy-indicator-chart';
import { tableCsv, type TableData } from '../../../lib/table-data';

export const getStaticPaths = (() => {
  const data = loadIndicatorChartData();
  return availableCharts(data).map(({ indicator, series }) => ({
    params: { chart: `${indicator}-${series}` },
    props: { table: indicatorChartModel(indicator, series, data).table },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(tableCsv((props as { table: TableData }).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
