/** The published ward boundaries (TopoJSON), served as they are in data/geo/. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../lib/load';
import { WARD_SETS } from '../../../lib/ward-sets';
import { WARD_TOPOLOGY_PATHS } from '../../../schemas/wards';

export function getStaticPaths() {
  return WARD_SETS.map((set) => ({ params: { file: `wards-${set}` }, props: { path: WARD_TOPOLOGY_PATHS[set] } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(join(dataDir(), (props as { path: string }).path)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
