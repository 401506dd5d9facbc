/** The ward-sum against borough-total comparison, as shown on /wards/about/. */
import type { APIRoute } from 'astro';
import { reconcileFigure } from '../../../lib/wards/about';
import { reconcileRows } from '../../../lib/wards/reconcile';
import { figureCsv } from '../../../charts/figure';
import { sectionOn, notPublished } from '../../../lib/site';

export const GET: APIRoute = () => {
  // Not written with the wards section off, nor for an area with no borough series to compare
  // the ward sums with (one whose figures come from data.police.uk): an empty table would say nothing.
  if (!sectionOn('wards') || !reconcileRows().length) return notPublished();
  return new Response(figureCsv(reconcileFigure()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
