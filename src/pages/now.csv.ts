/** CSV of the home page's figures now, for an area whose figures come from data.police.uk (src/lib/wards/now.ts). */
import type { APIRoute } from 'astro';
import { figureCsv } from '../charts/figure';
import { notPublished, sectionOn, siteConfig } from '../lib/site';
import { nowFigure, policeUkNow } from '../lib/wards/now';

export const GET: APIRoute = () => {
  // London's portals show the partnership's indicators instead, so there is no figure and no file.
  const now = sectionOn('wards') ? policeUkNow() : null;
  if (!now) return notPublished();
  return new Response(figureCsv(nowFigure(now, siteConfig().area.name)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
