/**
 * Reading the published ward boundaries (TopoJSON, one topology per ward set) at build
 * time: the wards as GeoJSON features and each ward's neighbours (wards that share a
 * border arc in the topology).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { feature, merge, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dataDir } from '../../core/load';
import type { WardSet } from '../../schemas/vocab/ward-sets';
import { WARD_TOPOLOGY_PATHS } from '../../schemas/wards';

/** A ward boundary as a GeoJSON feature with its code as id. */
export type WardBoundary = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }> & { id: string };

const cache = new Map<string, Topology>();

/** The topology of a ward set, read once per process. */
export function wardTopology(set: WardSet, dir = dataDir()): Topology {
  const file = join(dir, WARD_TOPOLOGY_PATHS[set]);
  let t = cache.get(file);
  if (!t) {
    t = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    if (!t.objects.wards) throw new Error(`${file} has no "wards" object`);
    cache.set(file, t);
  }
  return t;
}

/** Size in bytes of a ward set's TopoJSON file. */
export function wardTopologyBytes(set: WardSet, dir = dataDir()): number {
  return statSync(join(dir, WARD_TOPOLOGY_PATHS[set])).size;
}

function geometries(t: Topology): GeometryCollection {
  return t.objects.wards as GeometryCollection;
}

/** The wards of a topology as GeoJSON features, in code order. */
export function boundariesOf(t: Topology): WardBoundary[] {
  const fc = feature(t, geometries(t)) as unknown as GeoJSON.FeatureCollection<
    GeoJSON.Polygon | GeoJSON.MultiPolygon,
    { name: string }
  >;
  return fc.features.map((f) => ({ ...f, id: String(f.id) })).sort((a, b) => (a.id < b.id ? -1 : 1));
}

const boundaryCache = new Map<string, WardBoundary[]>();

/** The boundaries of a ward set, read once per process (map pages share the objects). */
export function wardBoundaries(set: WardSet, dir = dataDir()): WardBoundary[] {
  const key = `${dir}|${set}`;
  let b = boundaryCache.get(key);
  if (!b) boundaryCache.set(key, (b = boundariesOf(wardTopology(set, dir))));
  return b;
}

/** Each ward's neighbours: codes of the wards sharing at least one border arc. */
export function neighboursOf(t: Topology): Map<string, string[]> {
  const geoms = geometries(t).geometries;
  const lists = neighbors(geoms as Parameters<typeof neighbors>[0]);
  return new Map(geoms.map((g, i) => [String(g.id), lists[i]!.map((j) => String(geoms[j]!.id)).sort()]));
}

/**
 * The outline of each group of wards, merged along the borders they share (a large area's
 * boroughs, drawn over its wards), in the order given.
 */
export function mergedOutlines(
  set: WardSet,
  groups: ReadonlyArray<{ code: string; wards: readonly string[] }>,
  dir = dataDir(),
): Array<{ code: string; geometry: GeoJSON.MultiPolygon }> {
  const t = wardTopology(set, dir);
  const byCode = new Map(geometries(t).geometries.map((g) => [String(g.id), g]));
  return groups.map((g) => ({
    code: g.code,
    geometry: merge(
      t,
      g.wards.map((w) => byCode.get(w)).filter((x) => x !== undefined) as Parameters<typeof merge>[1],
    ) as GeoJSON.MultiPolygon,
  }));
}
