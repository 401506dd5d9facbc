/** A ward's boundary as GeoJSON. */
import type { APIRoute } from 'astro';
import { allWards, type Ward } from '../../../lib/wards';
import { wardGeoJson } from '../../../lib/wards/page';
import { sectionOn } from '../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return allWards().map((ward) => ({
    params: { code: ward.slug, file: `${ward.slug}-boundary` },
    props: { ward },
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(wardGeoJson((props as { ward: Ward }).ward), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
