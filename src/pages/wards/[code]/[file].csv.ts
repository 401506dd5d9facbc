/**
 * A ward's CSV downloads: each chart's table (the same TableData the page shows under
 * the chart) and all its monthly figures in one tidy file.
 */
import type { APIRoute } from 'astro';
import { allWards, wardSlugOf } from '../../../lib/wards';
import { wardCharts } from '../../../lib/wards/charts';
import { wardDataTable } from '../../../lib/wards/page';
import { tableCsv, type TableData } from '../../../core/table-data';
import { areaContext, sectionOn } from '../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return allWards().flatMap((ward) => {
    const slug = wardSlugOf(ward);
    return [
      ...wardCharts(ward).map((c) => ({ params: { code: slug, file: `${slug}-${c.id}` }, props: { table: () => c.table } })),
      { params: { code: slug, file: `${slug}-monthly` }, props: { table: () => wardDataTable(ward) } },
    ];
  });
}

export const GET: APIRoute = ({ params, props }) => {
  const ward = allWards().find((w) => w.code === params.code)!;
  // Each file names its area and ward, so it still says what it is once downloaded.
  const context = { ...areaContext(), ward_code: ward.code, ward_name: ward.name, ward_set: ward.set };
  return new Response(tableCsv((props as { table: () => TableData }).table(), context), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
