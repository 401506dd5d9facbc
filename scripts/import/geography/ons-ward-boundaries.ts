/**
 * Import: the Office for National Statistics' ward boundaries for an area outside
 * London's files (a file or a folder of GeoJSON files, one per district as ONS's boundary
 * service gives them) → the ward list `data/wards/wards.csv` with measured areas,
 * `data/geo/wards-<set>.topojson`, the district names `data/wards/boroughs.csv`, and an
 * empty `data/wards/overlaps.csv` (one ward set has nothing to overlap). The role of the
 * file in content/sources.json is the ward set (2023): every ward code must be a ward of
 * that set in the manifest's ward → district lookup ("wardToLad"), so boundaries of another
 * year are refused rather than mixed in. Boundary files of other ward sets are removed, so
 * data/geo holds the area's own.
 *
 * Run with `npm run import -- ons-ward-boundaries`. Deterministic.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fail, importInputs, log, writeDataCsv } from '../lib';
import { ladsOfArea, readWardToLad } from '../area';
import { readOnsWards, type OnsWard } from './ons-wards';
import { projectionCentre, writeWardTopology } from './ward-boundaries';
import { dataDir } from '../../../src/core/load';
import { siteConfig } from '../../../src/lib/site';
import { shapeArea } from '../../../src/lib/wards/overlap';
import { WARD_SETS, type WardSet } from '../../../src/schemas/vocab/ward-sets';
import { WARD_TOPOLOGY_PATHS } from '../../../src/schemas/wards';

export const SOURCE_ID = 'ons-wards-2025';
const IMPORT = 'ons-ward-boundaries';

/** The ward set the manifest gives boundaries for (the role of its one file). */
function boundarySet(): { set: WardSet; path: string } {
  const inputs = importInputs(IMPORT);
  const roles = inputs.roles();
  const set = roles[0] as WardSet | undefined;
  if (roles.length !== 1 || !set || !WARD_SETS.includes(set))
    fail(
      `the import "${IMPORT}" needs one file (or folder) under "files", named by its ward set (${WARD_SETS.join(', ')}); it has ${roles.join(', ') || 'none'}`,
    );
  return { set, path: inputs.file(set) };
}

/**
 * The area's wards from the raw boundary files, at full resolution, with their ward set:
 * the wards whose district is in the area, each checked against the set's ward → district
 * lookup. Shared with the police.uk import (which places records in them) and the postcodes.
 */
export function areaWardBoundaries(): { set: WardSet; wards: OnsWard[] } {
  const { set, path } = boundarySet();
  const all = readOnsWards(path, null);
  const lookup = readWardToLad(set);
  // The area's districts from the lookup, which lists every ward, not from the boundary files given.
  const lads = ladsOfArea(siteConfig().area.code, lookup.map.values(), lookup.file);
  const wards = all.filter((w) => lads.has(w.lad));
  for (const w of wards) {
    const lad = lookup.map.get(w.code);
    if (lad === undefined)
      fail(
        `${w.file}: ward ${w.code} (${w.name}) is not a ward of the ${set} set in ${lookup.file}; the boundaries are of another year. Give boundaries of the ${set} wards`,
      );
    if (lad !== w.lad) fail(`${w.file}: ward ${w.code} is in ${w.lad} there but in ${lad} in ${lookup.file}`);
  }
  // And the other way: every ward the lookup puts in the area's districts has a boundary, so a
  // district whose boundary file is missing stops the import instead of leaving its wards out.
  const unbounded = wardsWithoutBoundary(lookup.map, lads, wards);
  if (unbounded.length)
    fail(
      `${path}: no boundary for ${unbounded.length} ward${unbounded.length === 1 ? '' : 's'} of the area's districts in ${lookup.file} (${unbounded.slice(0, 5).join(', ')}${unbounded.length > 5 ? ', …' : ''}); give the boundary file of every district`,
    );
  return { set, wards };
}

/** The wards a ward → district lookup puts in the given districts that have no boundary among `wards`. */
export function wardsWithoutBoundary(
  lookup: ReadonlyMap<string, string>,
  lads: ReadonlySet<string>,
  wards: ReadonlyArray<{ code: string }>,
): string[] {
  const found = new Set(wards.map((w) => w.code));
  return [...lookup].filter(([code, lad]) => lads.has(lad) && !found.has(code)).map(([code]) => code);
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/** Runs the import against the raw files. */
export function main(): void {
  const { set, wards } = areaWardBoundaries();
  log(`${wards.length} wards of the ${set} set in ${new Set(wards.map((w) => w.lad)).size} district(s)`);
  const [lon0, lat0] = projectionCentre(wards);
  const shapes = writeWardTopology(set, wards, new Set(wards.map((w) => w.lad)).size, lon0, lat0);
  // data/geo holds the area's own ward sets only: a file left from another area's would be published as its.
  for (const other of WARD_SETS.filter((s) => s !== set)) {
    const stale = join(dataDir(), WARD_TOPOLOGY_PATHS[other]);
    if (existsSync(stale)) {
      rmSync(stale);
      log(`removed ${WARD_TOPOLOGY_PATHS[other]} (not a ward set of this area)`);
    }
  }
  writeDataCsv(
    'wards/wards.csv',
    ['ward_code', 'ward_name', 'ward_set', 'borough_code', 'area_hectares', 'source_id', 'source_section'],
    wards.map((w, i) => ({
      ward_code: w.code,
      ward_name: w.name,
      ward_set: set,
      borough_code: w.lad,
      area_hectares: tenth(shapeArea(shapes[i]!.shape) / 10_000),
      source_id: SOURCE_ID,
      source_section: w.file,
    })),
  );
  writeDataCsv(
    'wards/boroughs.csv',
    ['borough_code', 'borough_name', 'source_id'],
    [...new Map(wards.map((w) => [w.lad, w.ladName]))]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, name]) => ({ borough_code: code, borough_name: name, source_id: SOURCE_ID })),
  );
  writeDataCsv(
    'wards/overlaps.csv',
    ['ward_code', 'ward_set', 'other_ward_code', 'other_ward_set', 'shared_hectares', 'share_of_ward'],
    [],
  );
}
