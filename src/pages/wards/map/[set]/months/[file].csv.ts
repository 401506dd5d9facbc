/** Every ward and category of a ward set in one month: the CSV that month's map views share. */
import type { APIRoute } from 'astro';
import { isMonthView, periodsFor, type MapChoice } from '../../../../../lib/wards/map';
import { monthTable } from '../../../../../lib/wards/map-view';
import { monthCsvName } from '../../../../../lib/wards/paths';
import { areaWardSets } from '../../../../../lib/wards';
import { tableCsv } from '../../../../../core/table-data';
import { sectionOn } from '../../../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return areaWardSets().flatMap((set) =>
    periodsFor(set)
      .filter((period) => isMonthView({ period }))
      .map((month) => ({ params: { set, file: monthCsvName(set, month) }, props: { set, month } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { set, month } = props as { set: MapChoice['set']; month: string };
  return new Response(tableCsv(monthTable(set, month)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
