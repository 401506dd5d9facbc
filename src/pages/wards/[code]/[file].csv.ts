/**
 * A ward's CSV downloads: each chart's table (the same TableData the page shows under
 * the chart) and all its monthly figures in one tidy file.
 */
import type { APIRoute } from 'astro';
import { allWards } from '../../../lib/wards';
import { wardCharts, wardContext } from '../../../lib/wards/charts';
import { wardDataTable } from '../../../lib/wards/page';
import { tableCsv } from '../../../core/table-data';
import { figureCsv } from '../../../charts/figure';
import { sectionOn } from '../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return allWards().flatMap((ward) => {
    const slug = ward.slug;
    return [
      ...wardCharts(ward).map((c) => ({
        params: { code: slug, file: `${slug}-${c.anchor}` },
        props: { csv: () => figureCsv(c) },
      })),
      // Each file names its area and ward, so it still says what it is once downloaded.
      {
        params: { code: slug, file: `${slug}-monthly` },
        props: { csv: () => tableCsv(wardDataTable(ward), wardContext(ward)) },
      },
    ];
  });
}

// Each file is made from the ward its route was listed for, not from the code in the
// address: a code can be in both ward sets. Made when written, not when listed.
export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: () => string }).csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
