/**
 * A ward's CSV downloads: each chart's table (the same TableData the page shows under
 * the chart) and all its monthly figures in one tidy file.
 */
import type { APIRoute } from 'astro';
import { allWards, type Ward } from '../../../lib/wards';
import { wardCharts } from '../../../lib/wards/charts';
import { wardDataTable } from '../../../lib/wards/page';
import { tableCsv, type TableData } from '../../../core/table-data';
import { areaContext, sectionOn } from '../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return allWards().flatMap((ward) => {
    const slug = ward.slug;
    return [
      ...wardCharts(ward).map((c) => ({
        params: { code: slug, file: `${slug}-${c.id}` },
        props: { ward, table: () => c.table },
      })),
      { params: { code: slug, file: `${slug}-monthly` }, props: { ward, table: () => wardDataTable(ward) } },
    ];
  });
}

export const GET: APIRoute = ({ props }) => {
  // The ward comes with the route, not from the code: a code can be in both ward sets.
  const { ward, table } = props as { ward: Ward; table: () => TableData };
  // Each file names its area and ward, so it still says what it is once downloaded.
  const context = { ...areaContext(), ward_code: ward.code, ward_name: ward.name, ward_set: ward.set };
  return new Response(tableCsv(table(), context), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
