/**
 * Import: ward boundaries of both ward sets (London Datastore 2002–2022 wards; ONS
 * December 2022 wards) → `data/geo/wards-<set>.topojson`, the ward list
 * `data/wards/wards.csv` with measured areas, and `data/wards/overlaps.csv` (how the
 * old and new wards overlap, measured on the full-resolution boundaries). A ward left
 * unchanged in May 2022 keeps its code, so a code may be in both sets (once in each).
 *
 * Reads the London-wide files named in content/sources.json (the role is the ward set)
 * and keeps the wards whose district is in the area, by the file's own LAD code.
 *
 * Run with `npm run import -- ward-boundaries`. Deterministic: same inputs, same bytes.
 */
import { basename } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { byText, fail, importInputs, log, readGeoJson, removeDataFile, writeDataCsv, writeDataFile } from '../lib';
import { ladsOfArea } from '../area';
import { buildWardTopology, type WardFeature } from './ward-topology';
import { siteConfig } from '../../../src/lib/site';
import { overlapAreas, projectShape, shapeArea, type NamedShape, type Shape } from '../../../src/lib/wards/overlap';
import type { WardSet } from '../../../src/schemas/vocab/ward-sets';
import { WARD_TOPOLOGY_BUDGET, WARD_TOPOLOGY_PATHS } from '../../../src/schemas/wards';
import { topologyBudget } from '../../../src/lib/wards/checks';
import { wardKey } from '../../../src/lib/wards';

/** How each ward set's source file names its columns (which file it is: content/sources.json). */
export interface BoundarySource {
  set: WardSet;
  codeProperty: string;
  nameProperty: string;
  boroughProperty: string;
  /** A property holding the publisher's own area in hectares, checked against ours. */
  hectaresProperty?: string;
  sourceId: string;
}

export const BOUNDARY_SOURCES: readonly BoundarySource[] = [
  {
    set: '2002-2022',
    codeProperty: 'GSS_CODE',
    nameProperty: 'NAME',
    boroughProperty: 'LAGSSCODE',
    hectaresProperty: 'HECTARES',
    sourceId: 'ward-boundaries-2002-2022',
  },
  {
    set: '2022',
    codeProperty: 'WD22CD',
    nameProperty: 'WD22NM',
    boroughProperty: 'LAD22CD',
    sourceId: 'ons-wards-2022',
  },
];

/** Byte target for each topology: under the 40 KB budget, with room for small edits. */
export const TOPOLOGY_TARGET_BYTES = 36 * 1024;
/** Height of the scan rows used to measure overlaps, in metres. */
export const OVERLAP_STEP_M = 5;
/** Overlaps smaller than this share of a ward are left out (edges of generalised boundaries). */
export const MIN_SHARE_PERCENT = 1;
/** A simplified ward's area may differ from its source area by at most this share. */
export const MAX_AREA_CHANGE = 0.03;
/** Our measured area may differ from a publisher's stated area by at most this share. */
export const MAX_AREA_DISAGREEMENT = 0.005;

/** A ward as read from the source, with the publisher's stated area where there is one. */
export interface SourceWard extends WardFeature {
  statedHectares?: number;
}

/** The raw boundary file of a ward set, from the source manifest. */
export function boundaryFile(set: WardSet): string {
  return importInputs('ward-boundaries').file(set);
}

/**
 * The wards of the given districts (LAD codes) from a GeoJSON FeatureCollection: fails
 * on a missing or malformed code, a duplicate, a geometry that is not a polygon, or no
 * wards at all. `where` names the file in messages.
 */
export function boroughWards(
  fc: GeoJSON.FeatureCollection,
  src: BoundarySource,
  lads: ReadonlySet<string>,
  where: string,
): SourceWard[] {
  const out: SourceWard[] = [];
  fc.features.forEach((f, i) => {
    const p = f.properties ?? {};
    if (!lads.has(p[src.boroughProperty])) return;
    const code = p[src.codeProperty];
    const name = typeof p[src.nameProperty] === 'string' ? p[src.nameProperty].trim() : '';
    if (typeof code !== 'string' || !/^E05\d{6}$/.test(code))
      fail(`${where} feature ${i + 1}: ${src.codeProperty} "${code}" is not a ward code (E05…)`);
    if (!name) fail(`${where} feature ${i + 1} (${code}): no ward name in ${src.nameProperty}`);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')
      fail(`${where} ward ${code}: geometry is ${f.geometry?.type ?? 'missing'}, expected a polygon`);
    if (out.some((w) => w.code === code)) fail(`${where}: ward ${code} appears twice`);
    const stated = src.hectaresProperty ? Number(p[src.hectaresProperty]) : undefined;
    out.push({ code, name, geometry: rewindRfc7946(f.geometry), ...(stated ? { statedHectares: stated } : {}) });
  });
  if (out.length === 0) fail(`${where}: no wards with ${src.boroughProperty} = ${[...lads].join(' or ')}`);
  return out.sort((a, b) => byText(a.code, b.code));
}

/** Orients rings as RFC 7946 asks (outer rings anticlockwise, holes clockwise) on the lon/lat plane. */
export function rewindRfc7946<G extends GeoJSON.Polygon | GeoJSON.MultiPolygon>(g: G): G {
  const fix = (poly: GeoJSON.Position[][]) =>
    poly.map((ring, i) => {
      let sum = 0;
      for (let j = 0; j + 1 < ring.length; j++)
        sum += ring[j]![0]! * ring[j + 1]![1]! - ring[j + 1]![0]! * ring[j]![1]!;
      const anticlockwise = sum > 0;
      return (i === 0) === anticlockwise ? ring : [...ring].reverse();
    });
  return (
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: fix(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) }
  ) as G;
}

/** A ward geometry as a lon/lat Shape (list of polygons). */
export function shapeOf(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): Shape {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.map((poly) => poly.map((ring) => ring.map((p) => [p[0]!, p[1]!] as const)));
}

/** Rounds to one decimal place, for hectares and percentages. */
const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * The ward sets to import: those whose boundary file the manifest lists. The May 2022 set
 * is always needed (its file is named as missing otherwise); the 2002–2022 set, whose
 * figures ended in August 2022, may be left out, as a London-wide portal may choose to.
 */
export function importedSets(roles: readonly string[]): BoundarySource[] {
  const current = BOUNDARY_SOURCES.at(-1)!;
  return BOUNDARY_SOURCES.filter((s) => s === current || roles.includes(s.set));
}

/** Runs the import against the raw files. */
export function main(): void {
  const site = siteConfig();
  const chosen = importedSets(importInputs('ward-boundaries').roles());
  for (const src of BOUNDARY_SOURCES.filter((s) => !chosen.includes(s)))
    removeDataFile(WARD_TOPOLOGY_PATHS[src.set], `the ${src.set} wards are not listed in content/sources.json`);
  const sets = chosen.map((src) => {
    const path = boundaryFile(src.set);
    const file = basename(path);
    log(`reading ${file}`);
    const fc = readGeoJson(path);
    const lads = ladsOfArea(
      site.area.code,
      fc.features.map((f) => String(f.properties?.[src.boroughProperty])),
      file,
    );
    // Each ward's district, for the ward list (a region spans several).
    const ladOf = new Map(
      fc.features.map((f) => [String(f.properties?.[src.codeProperty]), String(f.properties?.[src.boroughProperty])]),
    );
    return { src, file, ladOf, lads, wards: boroughWards(fc, src, lads, file) };
  });
  const otherCodes = new Set(sets.at(-1)!.wards.map((w) => w.code));
  const inBoth = sets.length > 1 ? sets[0]!.wards.filter((w) => otherCodes.has(w.code)).length : 0;
  if (inBoth) log(`${inBoth} ward code(s) in both ward sets (wards left unchanged in May 2022)`);

  const [lon0, lat0] = projectionCentre(sets.flatMap((s) => s.wards));
  const planar = new Map<string, NamedShape[]>();
  const wardRows: Array<Record<string, string | number>> = [];
  for (const { src, file, ladOf, lads, wards } of sets) {
    const shapes = writeWardTopology(src.set, wards, lads.size, lon0, lat0);
    planar.set(src.set, shapes);
    wards.forEach((w, i) => {
      const hectares = shapeArea(shapes[i]!.shape) / 10_000;
      if (w.statedHectares && Math.abs(hectares / w.statedHectares - 1) > MAX_AREA_DISAGREEMENT) {
        fail(
          `${file} ward ${w.code}: measured area ${hectares.toFixed(1)} ha differs from the stated ${w.statedHectares} ha by more than ${100 * MAX_AREA_DISAGREEMENT}%`,
        );
      }
      wardRows.push({
        ward_code: w.code,
        ward_name: w.name,
        ward_set: src.set,
        borough_code: ladOf.get(w.code)!,
        area_hectares: tenth(hectares),
        source_id: src.sourceId,
        source_section: file,
      });
    });
  }
  writeDataCsv(
    'wards/wards.csv',
    ['ward_code', 'ward_name', 'ward_set', 'borough_code', 'area_hectares', 'source_id', 'source_section'],
    wardRows,
  );
  writeDataCsv(
    'wards/overlaps.csv',
    ['ward_code', 'ward_set', 'other_ward_code', 'other_ward_set', 'shared_hectares', 'share_of_ward'],
    sets.length > 1 ? overlapRows(planar, wardRows) : [],
  );
}

/**
 * Overlap rows in both directions, keeping shares of at least MIN_SHARE_PERCENT. Areas
 * are looked up by set and code: a ward left unchanged in May 2022 has its code in both.
 */
export function overlapRows(planar: Map<string, NamedShape[]>, wardRows: Array<Record<string, string | number>>) {
  const [a, b] = BOUNDARY_SOURCES.map((s) => s.set) as [WardSet, WardSet];
  log(`measuring overlaps in ${OVERLAP_STEP_M} m rows`);
  const pairs = overlapAreas(planar.get(a)!, planar.get(b)!, OVERLAP_STEP_M);
  const area = new Map(
    wardRows.map((w) => [wardKey(String(w.ward_set), String(w.ward_code)), Number(w.area_hectares) * 10_000]),
  );
  const rows: Array<Record<string, string | number>> = [];
  for (const p of pairs) {
    for (const [code, set, other, otherSet] of [
      [p.a, a, p.b, b],
      [p.b, b, p.a, a],
    ] as const) {
      const share = (100 * p.area) / area.get(wardKey(set, code))!;
      if (share < MIN_SHARE_PERCENT) continue;
      rows.push({
        ward_code: code,
        ward_set: set,
        other_ward_code: other,
        other_ward_set: otherSet,
        shared_hectares: tenth(p.area / 10_000),
        share_of_ward: Math.min(100, tenth(share)),
      });
    }
  }
  return rows.sort(
    (x, y) =>
      byText(String(x.ward_code), String(y.ward_code)) ||
      byText(String(x.ward_set), String(y.ward_set)) ||
      Number(y.shared_hectares) - Number(x.shared_hectares) ||
      byText(String(x.other_ward_code), String(y.other_ward_code)),
  );
}

/**
 * The centre of the equal-area projection used for the area's wards (areas, overlaps):
 * the middle of their extent. A loop, not Math.min(...values): a whole region's points
 * overflow the call stack as arguments.
 */
export function projectionCentre(wards: readonly WardFeature[]): [number, number] {
  const points = wards.flatMap((w) => shapeOf(w.geometry).flat(2));
  const mid = (values: number[]) =>
    (values.reduce((m, v) => Math.min(m, v), Infinity) + values.reduce((m, v) => Math.max(m, v), -Infinity)) / 2;
  return [mid(points.map((p) => p[0])), mid(points.map((p) => p[1]))];
}

/**
 * Simplifies a ward set's boundaries into its TopoJSON file, after checking that it keeps
 * to the byte budget and that no ward's area changed by more than MAX_AREA_CHANGE, and
 * returns the wards' shapes projected for measuring. Where the benchmark lifts the budget
 * (a whole region cannot fit it), each district gets the byte target one district has.
 */
export function writeWardTopology(
  set: WardSet,
  wards: readonly (WardFeature & { code: string })[],
  districts: number,
  lon0: number,
  lat0: number,
): NamedShape[] {
  const shapes = wards.map((w) => ({ code: w.code, shape: projectShape(shapeOf(w.geometry), lon0, lat0) }));
  const lifted = topologyBudget() === Number.POSITIVE_INFINITY;
  const topo = buildWardTopology(wards, lifted ? TOPOLOGY_TARGET_BYTES * districts : TOPOLOGY_TARGET_BYTES);
  if (topo.bytes > topologyBudget())
    fail(`${set} topology is ${topo.bytes} bytes, over the ${WARD_TOPOLOGY_BUDGET}-byte budget`);
  checkShapesKept(topo.topology, shapes, lon0, lat0, set);
  writeDataFile(
    WARD_TOPOLOGY_PATHS[set],
    topo.text,
    `${topo.bytes} bytes, ${topo.points} of ${topo.sourcePoints} points`,
  );
  return shapes;
}

/** Fails if simplification changed any ward's area by more than MAX_AREA_CHANGE. */
function checkShapesKept(topology: Topology, source: NamedShape[], lon0: number, lat0: number, set: string): void {
  const simplified = wardShapesFromTopology(topology);
  for (const s of source) {
    const shape = simplified.get(s.code);
    if (!shape) fail(`${set} topology lost ward ${s.code}`);
    const before = shapeArea(s.shape);
    const after = shapeArea(projectShape(shape, lon0, lat0));
    if (Math.abs(after - before) / before > MAX_AREA_CHANGE)
      fail(
        `${set} ward ${s.code}: simplification changed its area by ${((100 * (after - before)) / before).toFixed(1)}%`,
      );
  }
}

function wardShapesFromTopology(topology: Topology): Map<string, Shape> {
  const fc = feature(topology, topology.objects.wards!) as GeoJSON.FeatureCollection<
    GeoJSON.Polygon | GeoJSON.MultiPolygon
  >;
  return new Map(fc.features.map((f) => [String(f.id), shapeOf(f.geometry)]));
}
