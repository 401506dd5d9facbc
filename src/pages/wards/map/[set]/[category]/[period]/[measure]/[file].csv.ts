/** The table of one ward map view as CSV: the same TableData the page shows. */
import type { APIRoute } from 'astro';
import { allChoices, periodMonths, type MapChoice } from '../../../../../../../lib/wards/map';
import { mapViewTable } from '../../../../../../../lib/wards/map-view';
import { mapCsvName } from '../../../../../../../lib/wards/downloads';
import { tableCsv } from '../../../../../../../core/table-data';
import { monthSpan } from '../../../../../../../core/periods';
import { areaContext, sectionOn } from '../../../../../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return allChoices().map((choice) => ({ params: { set: choice.set, category: choice.category, period: choice.period, measure: choice.measure, file: mapCsvName(choice) }, props: { choice } }));
}

export const GET: APIRoute = ({ props }) => {
  const { choice } = props as { choice: MapChoice };
  // The file names its area, category, period and measure, so it still says what it is once downloaded.
  const context = { ...areaContext(), category: choice.category, period: monthSpan(periodMonths(choice.set, choice.period)), measure: choice.measure };
  return new Response(tableCsv(mapViewTable(choice), context), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
