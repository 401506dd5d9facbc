/**
 * Import: OS Code-Point Open → `data/postcodes/postcodes.csv`, the portal's postcode
 * lookup. The area is chosen by its local authority code (content/site.json `area.code`),
 * never by name:
 * - every live postcode whose council is the area, with its ward of the area's current set;
 * - every other live postcode in the same outward codes, with its council, so a search
 *   can say "BR1 4BY is in Lewisham, not here";
 * - the area's postcodes from the August 2014 release that are no longer live, placed in
 *   a current ward by putting their grid position in the ward boundaries.
 * As a check on that placing, every live postcode is placed the same way and compared
 * with the ward Code-Point gives it; the import stops if they disagree too often.
 *
 * Run with `npm run import -- postcodes`. Needs `data/wards/wards.csv`.
 */
import { basename } from 'node:path';
import { byText, fail, importInputs, log, readGeoJson, readSourceCsv, writeDataCsv } from '../lib';
import { areaContains } from '../../../src/core/areas';
import { coveredDistrictTest } from '../area';
import { bngToWgs84, inGeometry } from './osgb';
import { areaWardBoundaries } from './ons-ward-boundaries';
import { loadTable } from '../../../src/core/load';
import { siteConfig } from '../../../src/lib/site';
import { wardsTable } from '../../../src/schemas/wards';
import { POSTCODE_PATTERN } from '../../../src/schemas/postcodes';

const SOURCE_ID = 'codepoint-open-2025-10';
/** The least share of live postcodes whose placing by position must match Code-Point's own ward. */
export const MIN_PLACING_AGREEMENT = 0.97;

export interface PostcodeRow {
  postcode: string;
  outward_code: string;
  ward_code: string | null;
  /** The ward set of ward_code (the area's current wards), so the pair can be checked against wards/wards.csv. */
  ward_set: string | null;
  council_code: string;
  council_name: string;
  status: 'live' | 'terminated';
  source_id: string;
}

export interface WardShape {
  code: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/** The outward code of a postcode written with its space. */
export const outwardOf = (postcode: string): string => postcode.split(' ')[0]!;

/** The ward a grid position falls in, or null outside them all. */
export function placeInWard(easting: number, northing: number, wards: readonly WardShape[]): string | null {
  const point = bngToWgs84(easting, northing);
  return wards.find((w) => inGeometry(point, w.geometry))?.code ?? null;
}

/** Parses a grid reference column; fails with the file, row and value. */
function metres(raw: string | undefined, where: string, column: string): number {
  if (!raw || !/^\d+$/.test(raw)) fail(`${where}, column ${column}: "${raw ?? ''}" is not a whole number of metres`);
  return Number(raw);
}

/**
 * The lookup rows: live postcodes in the area's outward codes and the area's terminated
 * postcodes placed by position. Pure: records in, rows out.
 */
export function postcodeRows(input: {
  live: Array<{ file: string; records: Record<string, string>[] }>;
  terminated: { file: string; records: Record<string, string>[] };
  /** Whether a district code is in the area. */
  inArea: (district: string) => boolean;
  wardCodes: readonly string[];
  /** The ward set those codes are of: the area's current set. */
  wardSet: string;
  councilNames: ReadonlyMap<string, string>;
  wards: readonly WardShape[];
}): { rows: PostcodeRow[]; unplaced: string[]; agreement: number } {
  const wardSet = new Set(input.wardCodes);
  const byPostcode = new Map<string, { r: Record<string, string>; where: string }>();
  for (const { file, records } of input.live) {
    records.forEach((r, i) => {
      const where = `${file} row ${i + 2}`;
      const pc = r.Postcode ?? '';
      if (!POSTCODE_PATTERN.test(pc))
        fail(`${where}, column Postcode: "${pc}" is not a postcode written with one space`);
      if (!byPostcode.has(pc)) byPostcode.set(pc, { r, where });
    });
  }
  const outwards = new Set(
    [...byPostcode.values()]
      .filter(({ r }) => input.inArea(r.Admin_district_code ?? ''))
      .map(({ r }) => outwardOf(r.Postcode!)),
  );
  if (!outwards.size)
    fail(`no postcode in ${input.live.map((l) => l.file).join(' or ')} has an Admin_district_code in the area`);
  const council = (code: string, where: string) =>
    input.councilNames.get(code) ??
    fail(`${where}, column Admin_district_code: "${code}" is not a council in the ward-to-district lookup`);
  const rows: PostcodeRow[] = [];
  let checked = 0,
    agreed = 0;
  for (const [pc, { r, where }] of byPostcode) {
    if (!outwards.has(outwardOf(pc))) continue;
    const district = r.Admin_district_code ?? '';
    const inArea = input.inArea(district);
    const ward = inArea ? (r.Admin_ward_code ?? '') : null;
    if (ward !== null && !wardSet.has(ward))
      fail(
        `${where}, column Admin_ward_code: "${ward}" is not a ward of the area's current set in data/wards/wards.csv`,
      );
    if (inArea) {
      checked++;
      if (
        placeInWard(metres(r.Eastings, where, 'Eastings'), metres(r.Northings, where, 'Northings'), input.wards) ===
        ward
      )
        agreed++;
    }
    rows.push({
      postcode: pc,
      outward_code: outwardOf(pc),
      ward_code: ward,
      ward_set: ward === null ? null : input.wardSet,
      council_code: district,
      council_name: council(district, where),
      status: 'live',
      source_id: SOURCE_ID,
    });
  }
  const unplaced: string[] = [];
  input.terminated.records.forEach((r, i) => {
    const where = `${input.terminated.file} row ${i + 2}`;
    const district = r.Admin_district_code ?? '';
    if (!input.inArea(district)) return;
    const pc = r.Postcode_normalised ?? '';
    if (!POSTCODE_PATTERN.test(pc))
      fail(`${where}, column Postcode_normalised: "${pc}" is not a postcode written with one space`);
    if (byPostcode.has(pc)) return; // live again in 2025: the live row says where it is
    const ward = placeInWard(
      metres(r.Eastings, where, 'Eastings'),
      metres(r.Northings, where, 'Northings'),
      input.wards,
    );
    if (!ward) return void unplaced.push(pc);
    rows.push({
      postcode: pc,
      outward_code: outwardOf(pc),
      ward_code: ward,
      ward_set: input.wardSet,
      council_code: district,
      council_name: council(district, where),
      status: 'terminated',
      source_id: SOURCE_ID,
    });
  });
  rows.sort((a, b) => byText(a.postcode, b.postcode));
  return { rows, unplaced: unplaced.sort(byText), agreement: checked ? agreed / checked : 1 };
}

/**
 * The area's current wards at full resolution, to place postcodes by position: London's May
 * 2022 file ("boundaries2022", with WD22CD and LAD22CD), or else the ONS boundaries the
 * ons-ward-boundaries import reads.
 */
function placingWards(
  inputs: ReturnType<typeof importInputs>,
  inArea: (district: string) => boolean,
): { set: string; wards: WardShape[] } {
  if (!inputs.roles().includes('boundaries2022')) {
    const { set, wards } = areaWardBoundaries();
    return { set, wards: wards.filter((w) => inArea(w.lad)) };
  }
  const geo = readGeoJson<GeoJSON.Polygon | GeoJSON.MultiPolygon>(inputs.file('boundaries2022'));
  return {
    set: '2022',
    wards: geo.features
      .filter((f) => inArea(String(f.properties?.LAD22CD ?? '')))
      .map((f) => ({ code: String(f.properties!.WD22CD), geometry: f.geometry })),
  };
}

/** Runs the import against the raw files named in content/sources.json. */
export function main(): void {
  const area = siteConfig().area.code;
  // A district the ward crime files do not cover has no wards here: its postcodes are answered like a neighbour's.
  const inArea = coveredDistrictTest();
  const inputs = importInputs('postcodes');
  // Files narrower than London (the area's own outward codes, its 2014 postcodes) are used only for the area they cover.
  const usable = (role: string) => {
    if (!inputs.roles().includes(role)) return false;
    const c = inputs.covers(role);
    return c === undefined || areaContains(c, area);
  };
  const read = (role: string) => {
    const path = inputs.file(role);
    log(`reading ${basename(path)}`);
    return { file: basename(path), records: readSourceCsv(path) };
  };
  const live = ['live', 'neighbours'].filter(usable).map(read);
  const terminated = usable('terminated') ? read('terminated') : { file: 'no file', records: [] };
  const { set, wards } = placingWards(inputs, inArea);
  // Postcodes are answered in the area's current wards: the newest set in the ward list.
  const wardCodes = loadTable(wardsTable)
    .filter((w) => w.ward_set === set)
    .map((w) => w.ward_code);
  const councilNames = new Map(
    readSourceCsv(inputs.file('councils')).map((r) => [r.LAD23CD ?? '', (r.LAD23NM ?? '').trim()]),
  );
  const { rows, unplaced, agreement } = postcodeRows({
    live,
    terminated,
    inArea,
    wardCodes,
    wardSet: set,
    councilNames,
    wards,
  });
  log(
    `placing by position agrees with Code-Point's ward for ${(agreement * 100).toFixed(1)}% of the area's live postcodes`,
  );
  if (agreement < MIN_PLACING_AGREEMENT)
    fail(
      `placing postcodes by position agrees with Code-Point's own ward for only ${(agreement * 100).toFixed(1)}% (at least ${MIN_PLACING_AGREEMENT * 100}% expected): check the coordinate conversion and the boundary file`,
    );
  if (unplaced.length)
    log(
      `${unplaced.length} postcodes no longer in use lie outside the area's ${set} wards and are left out: ${unplaced.join(', ')}`,
    );
  writeDataCsv(
    'postcodes/postcodes.csv',
    ['postcode', 'outward_code', 'ward_code', 'ward_set', 'council_code', 'council_name', 'status', 'source_id'],
    rows,
  );
}
