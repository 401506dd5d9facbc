/** The change on the year before for all current wards together, as shown on /wards/. */
import type { APIRoute } from 'astro';
import { setChangeFigure } from '../../lib/wards/charts';
import { defaultChoice } from '../../lib/wards/map';
import { figureCsv } from '../../charts/figure';
import { sectionOn, notPublished } from '../../lib/site';

export const GET: APIRoute = () => {
  // No file without the wards section, or with under 24 months (nothing to compare).
  const figure = sectionOn('wards') ? setChangeFigure(defaultChoice().set) : null;
  return figure
    ? new Response(figureCsv(figure), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : notPublished();
};
