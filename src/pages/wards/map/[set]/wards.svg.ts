/** The outlines of a ward set, drawn once: every map view of the set uses them by reference. */
import { sectionOn } from '../../../../lib/site';
import type { APIRoute } from 'astro';
import { setShapes } from '../../../../lib/wards/shapes';
import type { WardSet } from '../../../../schemas/vocab/ward-sets';
import { areaWardSets } from '../../../../lib/wards';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return areaWardSets().map((set) => ({ params: { set } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(setShapes(params.set as WardSet).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
