/**
 * The table of one ward map view as CSV (the same TableData the page shows), and in a large
 * area its every-ward CSV. A single month's views share that month's CSV (months/[file].csv.ts).
 */
import type { APIRoute } from 'astro';
import { allChoices, isMonthView, type MapChoice } from '../../../../../../../lib/wards/map';
import { mapViewTable, mapWardsTable } from '../../../../../../../lib/wards/map-view';
import { mapCsvName } from '../../../../../../../lib/wards/paths';
import { isLargeArea } from '../../../../../../../lib/wards/boroughs';
import { tableCsv } from '../../../../../../../core/table-data';
import { sectionOn } from '../../../../../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  const large = isLargeArea();
  return allChoices()
    .filter((choice) => !isMonthView(choice))
    .flatMap((choice) => {
      const params = { set: choice.set, category: choice.category, period: choice.period, measure: choice.measure };
      const view = { params: { ...params, file: mapCsvName(choice) }, props: { choice, wards: false } };
      return large
        ? [view, { params: { ...params, file: `${mapCsvName(choice)}-wards` }, props: { choice, wards: true } }]
        : [view];
    });
}

export const GET: APIRoute = ({ props }) => {
  const { choice, wards } = props as { choice: MapChoice; wards: boolean };
  // The tables name their area, category, period and measure, so a file still says what it is once downloaded.
  return new Response(tableCsv(wards ? mapWardsTable(choice) : mapViewTable(choice)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
