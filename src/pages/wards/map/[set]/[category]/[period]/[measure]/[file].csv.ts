/** The table of one ward map view as CSV: the same TableData the page shows. */
import type { APIRoute } from 'astro';
import { allChoices, type MapChoice } from '../../../../../../../lib/wards/map';
import { mapViewTable } from '../../../../../../../lib/wards/map-view';
import { mapCsvName } from '../../../../../../../lib/wards/downloads';
import { tableCsv } from '../../../../../../../core/table-data';
import { sectionOn } from '../../../../../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return allChoices().map((choice) => ({ params: { set: choice.set, category: choice.category, period: choice.period, measure: choice.measure, file: mapCsvName(choice) }, props: { choice } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(tableCsv(mapViewTable((props as { choice: MapChoice }).choice)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
