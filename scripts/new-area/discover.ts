/**
 * Finds, by reading them (never by their names), which raw files in the raw data folder
 * serve an area outside London's files: data.police.uk street files with records in the
 * area, ONS ward boundaries of its districts, the ONS LSOA → ward → district lookup of the
 * 2023 wards, Census 2021 LSOA populations and Code-Point Open postcodes.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import Papa from 'papaparse';
import { byText } from '../import/lib';
import { STREET_COLUMNS, streetFiles } from '../import/policeuk/street';
import { readOnsWards, wardLocator } from '../import/geography/ons-wards';

/** The first line of a file (a CSV's header), read without reading the rest. */
function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const text = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    return text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  } finally {
    closeSync(fd);
  }
}

/** Every CSV and GeoJSON file under the folder, up to three folders down, by path. */
function rawFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const name of readdirSync(dir).sort(byText)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (depth < 3) walk(full, depth + 1);
      } else if (/\.(csv|geojson)$/.test(name)) out.push(full);
    }
  };
  walk(root, 0);
  return out;
}

const cols = (header: string) => header.split(',').map((c) => c.trim());
const has = (header: string, ...names: string[]) => names.every((n) => cols(header).includes(n));

/** The rows of a CSV whose column `column` is one of `values` (the file is read whole). */
function rowsWhere(path: string, column: string, values: ReadonlySet<string>): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.filter((r) =>
    values.has((r[column] ?? '').trim()),
  );
}

/** What was found for an area, as paths relative to the raw folder; null where nothing serves it. */
export interface Found {
  /** The area's districts' names, from the lookup. */
  names: Map<string, string>;
  lookup: string | null;
  census: string | null;
  wards: string | null;
  street: { folder: string; force: string; files: number; from: string; to: string } | null;
  codepoint: string | null;
  /** What was read and why each candidate was taken or left, for the command's report. */
  notes: string[];
}

/**
 * Reads the raw folder for the files that serve the given districts. With `namesOnly` (a
 * London borough, whose London-wide files the imports know), only the districts' names.
 */
export function discover(root: string, lads: ReadonlySet<string>, namesOnly = false): Found {
  const rel = (p: string) => relative(root, p);
  const found: Found = {
    names: new Map(),
    lookup: null,
    census: null,
    wards: null,
    street: null,
    codepoint: null,
    notes: [],
  };
  const files = rawFiles(root);
  const csvs = files.filter((f) => f.endsWith('.csv')).map((path) => ({ path, header: firstLine(path) }));

  for (const { path } of csvs.filter((c) => has(c.header, 'LSOA21CD', 'WD23CD', 'LAD23CD'))) {
    const rows = rowsWhere(path, 'LAD23CD', lads);
    if (!rows.length) continue;
    found.lookup = rel(path);
    for (const r of rows) found.names.set(r.LAD23CD!, (r.LAD23NM ?? r.LAD23CD!).trim());
    found.notes.push(`${rel(path)}: the LSOA → 2023 ward → district lookup, ${rows.length} LSOAs in the area`);
    break;
  }
  if (namesOnly) return found;
  const census = csvs.find((c) => has(c.header, 'lsoa21_code', 'usual_residents'));
  if (census) {
    found.census = rel(census.path);
    found.notes.push(`${rel(census.path)}: Census 2021 usual residents of every 2021 LSOA`);
  }

  // Ward boundaries: GeoJSON files with ONS ward columns and wards of the area's districts.
  const wardFiles: string[] = [];
  for (const path of files.filter((f) => f.endsWith('.geojson'))) {
    const text = readFileSync(path, 'utf8');
    if (!/"WD\d{2}CD"/.test(text) || !/"LAD\d{2}CD"/.test(text)) continue;
    if ([...lads].some((lad) => text.includes(`"${lad}"`))) wardFiles.push(path);
  }
  const folders = [...new Set(wardFiles.map(dirname))];
  if (folders.length) {
    const path = wardFiles.length === 1 ? wardFiles[0]! : folders[0]!;
    found.wards = rel(path);
    found.notes.push(`${rel(path)}: ONS ward boundaries with wards of the area's districts`);
  }

  // Street files: each folder holding them is one force's; keep one whose records fall in the area's wards.
  const streetFolders = [
    ...new Set(
      csvs
        .filter((c) => c.header === STREET_COLUMNS.join(','))
        .map((c) =>
          /^\d{4}-\d{2}$/.test(dirname(c.path).split('/').at(-1)!) ? dirname(dirname(c.path)) : dirname(c.path),
        ),
    ),
  ];
  if (found.wards && streetFolders.length) {
    const locator = wardLocator(readOnsWards(join(root, found.wards), lads));
    for (const folder of streetFolders) {
      const list = streetFiles(folder);
      const last = list.at(-1)!;
      const rows = Papa.parse<Record<string, string>>(readFileSync(last.path, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      const inArea = rows.filter(
        (r) => r.Longitude && r.Latitude && locator.locate(Number(r.Longitude), Number(r.Latitude)),
      );
      found.notes.push(
        `${rel(folder)}: ${list.length} street files; ${inArea.length} of ${rows.length} records in ${last.name} lie in the area`,
      );
      if (inArea.length && (!found.street || list.length > found.street.files))
        found.street = {
          folder: rel(folder),
          force: (rows[0]?.['Falls within'] ?? last.force).trim(),
          files: list.length,
          from: list[0]!.month,
          to: last.month,
        };
    }
  }

  // Code-Point: the smallest file with the area's postcodes (a file of the area and its neighbours before all London's).
  const codepoint = csvs
    .filter((c) => has(c.header, 'Postcode', 'Eastings', 'Northings', 'Admin_district_code', 'Admin_ward_code'))
    .sort((a, b) => statSync(a.path).size - statSync(b.path).size)
    .find((c) => rowsWhere(c.path, 'Admin_district_code', lads).length > 0);
  if (codepoint) {
    found.codepoint = rel(codepoint.path);
    found.notes.push(`${rel(codepoint.path)}: Code-Point Open postcodes of the area's districts`);
  }
  return found;
}
