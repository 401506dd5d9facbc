/**
 * Builds a ward set's TopoJSON: one topology for all of the set's wards, so borders
 * between wards are single shared arcs; simplified on the topology (Visvalingam
 * weights from topojson-simplify), so neighbours stay joined after simplification;
 * then quantised and delta-encoded. The detail kept is the most that fits the byte
 * target, found by bisection over the point weights, so the size is measured, not guessed.
 */
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** A ward polygon ready for the topology: code, name and lon/lat geometry. */
export interface WardFeature {
  code: string;
  name: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

export interface TopologyResult {
  text: string;
  bytes: number;
  points: number;
  sourcePoints: number;
  topology: Topology;
}

const QUANTIZATION = 1e4; // about 2 m between grid steps across a borough

/** Serialises a quantised topology compactly and deterministically (wards sorted by code). */
function serialise(t: Topology): string {
  const wards = t.objects.wards as unknown as { geometries: Array<{ id?: string | number }> };
  const geometries = [...wards.geometries].sort((a, b) => String(a.id).localeCompare(String(b.id), 'en'));
  const arcs = t.arcs.map((arc) => {
    // Drop zero steps left where quantising merged neighbouring points (an arc keeps two points).
    const kept = arc.filter((p, i) => i === 0 || p[0] !== 0 || p[1] !== 0);
    return kept.length >= 2 ? kept : arc.slice(0, 2);
  });
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return JSON.stringify({
    type: 'Topology',
    bbox: t.bbox?.map(round),
    transform: t.transform,
    objects: { wards: { type: 'GeometryCollection', geometries } },
    arcs,
  });
}

function countPoints(t: Topology): number {
  return t.arcs.reduce((n, arc) => n + arc.length, 0);
}

/**
 * The largest-detail topology whose serialised size is at most `targetBytes`. Fails when
 * even the coarsest version (arc end points only) does not fit.
 */
export function buildWardTopology(wards: readonly WardFeature[], targetBytes: number): TopologyResult {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [...wards]
      .sort((a, b) => a.code.localeCompare(b.code, 'en'))
      .map((w) => ({ type: 'Feature', id: w.code, properties: { name: w.name }, geometry: w.geometry })),
  };
  const raw = topology({ wards: collection });
  const sourcePoints = countPoints(raw);
  const weighted = presimplify(raw);
  const weights = [...new Set(weighted.arcs.flatMap((arc) => arc.map((p) => p[2] ?? 0)).filter(Number.isFinite))].sort(
    (a, b) => a - b,
  );

  const at = (minWeight: number) => {
    const q = quantize(simplify(weighted, minWeight), QUANTIZATION);
    const text = serialise(q);
    return { text, bytes: Buffer.byteLength(text), topology: JSON.parse(text) as Topology };
  };
  // Keep everything if it fits; otherwise bisect on the weight threshold.
  let best = at(0);
  if (best.bytes > targetBytes) {
    let lo = 0,
      hi = weights.length; // weights[hi] (or Infinity) fits; weights[lo] may not
    const coarsest = at(Infinity);
    if (coarsest.bytes > targetBytes)
      throw new Error(`even the coarsest topology is ${coarsest.bytes} bytes, over the ${targetBytes}-byte target`);
    best = coarsest;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const candidate = at(weights[mid]!);
      if (candidate.bytes <= targetBytes) {
        hi = mid;
        best = candidate;
      } else lo = mid;
    }
  }
  return { ...best, points: countPoints(best.topology), sourcePoints };
}
