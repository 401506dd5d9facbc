/**
 * A ward's CSV downloads: each chart's table (the same TableData the page shows under
 * the chart). Its every figure by month and detailed offence type is in the ward crime
 * table on the data page, not copied here a ward at a time.
 */
import type { APIRoute } from 'astro';
import { allWards } from '../../../lib/wards';
import { wardCharts } from '../../../lib/wards/charts';
import { figureCsv } from '../../../charts/figure';
import { sectionOn } from '../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return allWards().flatMap((ward) => {
    const slug = ward.slug;
    return wardCharts(ward).map((c) => ({
      params: { code: slug, file: `${slug}-${c.anchor}` },
      props: { csv: () => figureCsv(c) },
    }));
  });
}

// Each file is made from the ward its route was listed for, not from the code in the
// address: a code can be in both ward sets. Made when written, not when listed.
export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: () => string }).csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
