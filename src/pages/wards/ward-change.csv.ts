/** Every current ward's change in all crime on the year before (in a large area /wards/ shows it by borough; this keeps every ward). */
import type { APIRoute } from 'astro';
import { wardChangesFigure } from '../../lib/wards/charts';
import { defaultChoice } from '../../lib/wards/map';
import { figureCsv } from '../../charts/figure';
import { sectionOn, notPublished } from '../../lib/site';

export const GET: APIRoute = () => {
  // No file without the wards section, or with under 24 months (nothing to compare).
  const figure = sectionOn('wards') ? wardChangesFigure(defaultChoice().set) : null;
  return figure
    ? new Response(figureCsv(figure), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : notPublished();
};
