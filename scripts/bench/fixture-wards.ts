/**
 * The benchmark fixture's May-2022 ward set: every London ward from the ONS boundary file
 * (read with the ward import's own checks), optionally cloned east to double the set, as
 * a TopoJSON topology and ward list rows.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  BOUNDARY_SOURCES,
  boroughWards,
  boundaryFile,
  shapeOf,
  type SourceWard,
} from '../import/geography/ward-boundaries';
import { buildWardTopology, type TopologyResult } from '../import/geography/ward-topology';
import { byText } from '../import/lib';
import { projectShape, shapeArea } from '../../src/lib/wards/overlap';

/** A fixture ward: the import's ward plus the borough it lies in. */
export interface FixtureWard extends SourceWard {
  borough: string;
}

const SOURCE = BOUNDARY_SOURCES.find((s) => s.set === '2022')!;

/** Every London ward of the May-2022 set, borough by borough, through the import's checks. */
export function londonWards(): FixtureWard[] {
  const fc = JSON.parse(readFileSync(boundaryFile(SOURCE.set), 'utf8')) as GeoJSON.FeatureCollection;
  const boroughs = [...new Set(fc.features.map((f) => String(f.properties?.[SOURCE.boroughProperty])))].sort(byText);
  return boroughs.flatMap((b) => boroughWards(fc, SOURCE, new Set([b]), SOURCE.set).map((w) => ({ ...w, borough: b })));
}

/** Smallest and largest value (without spreading tens of thousands of arguments). */
function extent(values: readonly number[]): [number, number] {
  return values.reduce<[number, number]>(([lo, hi], v) => [Math.min(lo, v), Math.max(hi, v)], [Infinity, -Infinity]);
}

export function translate(
  g: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  dLon: number,
): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  const ring = (r: GeoJSON.Position[]) => r.map((p) => [p[0]! + dLon, p[1]!]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}

/**
 * The wards twice over: each clone gets a new code of the GSS ward pattern (E059xxxxx,
 * a range no real ward uses) and its geometry moved east past the original set, so the
 * clones form a second London beside the first rather than overlapping it.
 */
export function doubled(wards: readonly FixtureWard[]): FixtureWard[] {
  const [west, east] = extent(
    wards.flatMap((w) =>
      shapeOf(w.geometry)
        .flat(2)
        .map((p) => p[0]),
    ),
  );
  const shift = east - west + 0.05;
  const clones = wards.map((w, i) => ({
    code: `E05${String(900000 + i).padStart(6, '0')}`,
    name: `${w.name} (east)`,
    borough: w.borough,
    geometry: translate(w.geometry, shift),
  }));
  return [...wards, ...clones].sort((a, b) => byText(a.code, b.code));
}

/**
 * The set's topology at full source detail. No byte target can hold here: even the
 * coarsest London topology (arc end points only) is about 130 KB, over the 40 KB budget.
 */
export function fixtureTopology(wards: readonly FixtureWard[]): TopologyResult {
  return buildWardTopology(wards, Number.POSITIVE_INFINITY);
}

/** Ward list rows as `wards/wards.csv` holds them, with areas measured as the import does. */
export function wardRows(wards: readonly FixtureWard[]): Array<Record<string, string | number>> {
  const points = wards.flatMap((w) => shapeOf(w.geometry).flat(2));
  const mid = (v: number[]) => {
    const [lo, hi] = extent(v);
    return (lo + hi) / 2;
  };
  const [lon0, lat0] = [mid(points.map((p) => p[0])), mid(points.map((p) => p[1]))];
  return wards.map((w) => ({
    ward_code: w.code,
    ward_name: w.name,
    ward_set: '2022',
    borough_code: w.borough,
    area_hectares: Math.round(shapeArea(projectShape(shapeOf(w.geometry), lon0, lat0)) / 1000) / 10,
    source_id: SOURCE.sourceId,
    source_section: basename(boundaryFile(SOURCE.set)),
  }));
}
