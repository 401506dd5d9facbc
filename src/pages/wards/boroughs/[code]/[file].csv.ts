/** The table of a borough's ward map as CSV: the same TableData its page shows. */
import { sectionOn } from '../../../../lib/site';
import type { APIRoute } from 'astro';
import { allBoroughs, boroughsOf, isLargeArea } from '../../../../lib/wards/boroughs';
import { boroughView } from '../../../../lib/wards/borough-view';
import { boroughCsvHref } from '../../../../lib/wards/paths';
import { defaultChoice } from '../../../../lib/wards/map';
import { figureCsv } from '../../../../charts/figure';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  if (!isLargeArea()) return [];
  const current = new Set(boroughsOf(defaultChoice().set).map((b) => b.code));
  return allBoroughs()
    .filter((b) => current.has(b.code))
    .map((b) => ({
      params: {
        code: b.code,
        file: boroughCsvHref(b.code, defaultChoice().set)
          .split('/')
          .pop()!
          .replace(/\.csv$/, ''),
      },
      props: { code: b.code },
    }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(figureCsv(boroughView((props as { code: string }).code)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
