/**
 * Import: data.police.uk's monthly street-level files (one row per crime or anti-social
 * behaviour incident, with its anonymised map point) → every record placed in the area's
 * wards by its point and counted by ward, month and type, `data/wards/policeuk-monthly.csv`;
 * and for each file how many records were placed, lay outside the area or had no
 * location, `data/wards/policeuk-placement.csv`. Nothing is dropped without being counted.
 *
 * The files are found in the folder the manifest names ("records"), in either layout
 * data.police.uk gives them: a folder per month (`2025-01/2025-01-derbyshire-street.csv`)
 * or the files side by side. They are streamed row by row: only the counts are held, never
 * a year's rows. The wards are those of the ons-ward-boundaries import (the 2023 ward set),
 * at full resolution.
 *
 * Stops, naming file, row and what to do, on a file with another header, a row whose month
 * disagrees with its file name, coordinates that cannot be read, a type data.police.uk does
 * not publish, or a file none of whose records lies in the area (another force's file).
 *
 * Run with `npm run import -- policeuk-street`.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { byText, fail, importInputs, log, readSourceCsv, writeDataCsv } from '../lib';
import { areaWardBoundaries } from '../geography/ons-ward-boundaries';
import { wardLocator, type WardLocator } from '../geography/ons-wards';
import { monthRange } from '../../../src/core/periods';
import { policeUkTypeOf, POLICEUK_CATEGORY_IDS } from '../../../src/schemas/vocab/policeuk-categories';
import type { WardSet } from '../../../src/schemas/vocab/ward-sets';
import { siteConfig } from '../../../src/lib/site';

/** The columns of every street file, in order, as data.police.uk writes them. */
export const STREET_COLUMNS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

export const SOURCE_ID = 'policeuk-street';
const FILE_NAME = /^(\d{4}-\d{2})-([a-z0-9-]+)-street\.csv$/;

/** A street file found in the folder: its path, name, month and force. */
export interface StreetFile {
  path: string;
  name: string;
  month: string;
  force: string;
}

/**
 * The street files under a folder, in either layout (a folder per month, or side by side),
 * by month then name. Fails when there are none, naming the folder and the names expected.
 */
export function streetFiles(folder: string): StreetFile[] {
  const found: StreetFile[] = [];
  const look = (dir: string, depth: number) => {
    for (const name of readdirSync(dir).sort(byText)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (depth === 0) look(full, 1);
        continue;
      }
      const m = FILE_NAME.exec(name);
      if (m) found.push({ path: full, name, month: m[1]!, force: m[2]! });
    }
  };
  look(folder, 0);
  if (found.length === 0)
    fail(
      `${folder} holds no data.police.uk street file (YYYY-MM-<force>-street.csv, side by side or in a folder per month); download the force's files from data.police.uk's archive or custom download and give their folder as "records"`,
    );
  return found.sort((a, b) => byText(a.month, b.month) || byText(a.name, b.name));
}

/** What one file contributed: its placement counts. */
export interface FileCount {
  file: string;
  month: string;
  records: number;
  placed: number;
  outside: number;
  noLocation: number;
  lsoa2011: number;
}

/** The running counts of a whole import: ward|month|type → records, and one FileCount per file. */
export interface StreetCounts {
  cells: Map<string, number>;
  files: FileCount[];
}

/** A coordinate cell read as a number in range, or a stop naming file, row, column and what to do. */
function coordinate(raw: string, column: 'Longitude' | 'Latitude', where: string): number {
  const v = Number(raw);
  const limit = column === 'Longitude' ? 180 : 90;
  if (!/^-?\d+(\.\d+)?$/.test(raw) || Math.abs(v) > limit)
    fail(
      `${where}, column ${column}: "${raw}" is not a ${column.toLowerCase()} in degrees; expected a number from -${limit} to ${limit}, or the cell left empty for a record with no location. Correct or remove the row, or download the file again`,
    );
  return v;
}

/**
 * Reads one street file row by row, adding its records to `counts`. Records with empty
 * coordinates have no location; others are placed in a ward by `locator` or counted as
 * outside the area. `lsoa2021` says which LSOA codes are 2021 ones (others are counted as
 * 2011 codes; the point decides the ward either way).
 */
export async function countStreetFile(
  f: StreetFile,
  locator: WardLocator,
  lsoa2021: ReadonlySet<string>,
  counts: StreetCounts,
): Promise<FileCount> {
  const c: FileCount = { file: f.name, month: f.month, records: 0, placed: 0, outside: 0, noLocation: 0, lsoa2011: 0 };
  const rows = createReadStream(f.path).pipe(parse({ bom: true, relax_column_count: false }));
  let line = 0;
  try {
    for await (const record of rows as AsyncIterable<string[]>) {
      line++;
      if (line === 1) {
        if (record.join(',') !== STREET_COLUMNS.join(','))
          fail(
            `${f.name} row 1: the header is "${record.join(',')}"; expected data.police.uk's street-file header "${STREET_COLUMNS.join(',')}". Is this a street file (not an outcomes or stop-and-search file)?`,
          );
        continue;
      }
      const where = `${f.name} row ${line}`;
      const [, month, , , lon, lat, , lsoa, , type] = record;
      if (month !== f.month)
        fail(
          `${where}, column Month: "${month}" disagrees with the file's name, which says ${f.month}; the file may have been renamed or joined with another month's. Download it again from data.police.uk`,
        );
      const known = policeUkTypeOf(type ?? '');
      if (!known)
        fail(
          `${where}, column Crime type: "${type}" is not one of data.police.uk's 14 types (see src/schemas/vocab/policeuk-categories.ts; add it there with where it counts if data.police.uk has introduced it)`,
        );
      c.records++;
      if (lsoa && !lsoa2021.has(lsoa)) c.lsoa2011++;
      if (!lon && !lat) {
        c.noLocation++;
        continue;
      }
      const ward = locator.locate(coordinate(lon ?? '', 'Longitude', where), coordinate(lat ?? '', 'Latitude', where));
      if (ward === null) {
        c.outside++;
        continue;
      }
      c.placed++;
      const key = `${ward}|${f.month}|${known.id}`;
      counts.cells.set(key, (counts.cells.get(key) ?? 0) + 1);
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('CSV_'))
      fail(`${f.name}: ${(e as Error).message}; expected a CSV file as data.police.uk publishes it. Download it again`);
    throw e;
  }
  if (c.records > 0 && c.placed === 0)
    fail(
      `${f.name}: none of its ${c.records} records lies in the area (${siteConfig().area.code}); it is another force's file, or area.code in content/site.json is not the district meant. Take the file out of the folder, or give the files of the force that polices the area`,
    );
  counts.files.push(c);
  return c;
}

/** A published row of the police.uk table. */
export interface PoliceUkStreetRow {
  ward_code: string;
  ward_set: WardSet;
  month: string;
  category: string;
  count: number | null;
  status: 'recorded' | 'missing';
  source_id: string;
}

/**
 * The full ward × month × type grid from the counts: every month from the first file's to
 * the last's, 0 where no record was placed, and a month with no file for it written as rows
 * with no count and status missing (a gap, never a zero).
 */
export function streetGrid(counts: StreetCounts, wardCodes: readonly string[], set: WardSet): PoliceUkStreetRow[] {
  const withFile = new Set(counts.files.map((f) => f.month));
  const sorted = [...withFile].sort(byText);
  const months = monthRange(sorted[0]!, sorted.at(-1)!);
  const rows: PoliceUkStreetRow[] = [];
  for (const ward of [...wardCodes].sort(byText))
    for (const month of months)
      for (const category of POLICEUK_CATEGORY_IDS) {
        const recorded = withFile.has(month);
        rows.push({
          ward_code: ward,
          ward_set: set,
          month,
          category,
          count: recorded ? (counts.cells.get(`${ward}|${month}|${category}`) ?? 0) : null,
          status: recorded ? 'recorded' : 'missing',
          source_id: SOURCE_ID,
        });
      }
  return rows;
}

/** The months between the first and last file that have no file, for the log. */
export function missingMonths(files: readonly StreetFile[]): string[] {
  const have = new Set(files.map((f) => f.month));
  const sorted = [...have].sort(byText);
  return monthRange(sorted[0]!, sorted.at(-1)!).filter((m) => !have.has(m));
}

/** Runs the import against the raw files named in content/sources.json. */
export async function main(): Promise<void> {
  const inputs = importInputs('policeuk-street');
  const files = streetFiles(inputs.file('records'));
  const twice = files.find((f, i) => files.findIndex((g) => g.month === f.month && g.force === f.force) !== i);
  if (twice) fail(`two street files for ${twice.force} in ${twice.month} (${twice.name}): keep one`);
  const { set, wards } = areaWardBoundaries();
  const locator = wardLocator(wards);
  const lsoa2021 = new Set(readSourceCsv(inputs.file('lsoa21')).map((r) => r.LSOA21CD ?? ''));
  log(`placing the records of ${files.length} street files in ${wards.length} wards (${set} set)`);
  const counts: StreetCounts = { cells: new Map(), files: [] };
  const started = Date.now();
  for (const f of files) await countStreetFile(f, locator, lsoa2021, counts);
  const seconds = (Date.now() - started) / 1000;
  const total = (k: keyof Omit<FileCount, 'file' | 'month'>) => counts.files.reduce((n, f) => n + f[k], 0);
  const records = total('records');
  log(
    `${records} records read in ${seconds.toFixed(1)} s (${Math.round(records / Math.max(seconds, 0.001))} rows/s): ${total('placed')} placed in the area's wards, ${total('outside')} outside the area, ${total('noLocation')} without a location; ${total('lsoa2011')} carried a 2011 LSOA code (placed by their point like the rest)`,
  );
  const gaps = missingMonths(files);
  if (gaps.length) log(`months with no file, written as gaps: ${gaps.join(', ')}`);
  writeDataCsv(
    'wards/policeuk-monthly.csv',
    ['ward_code', 'ward_set', 'month', 'category', 'count', 'status', 'source_id'],
    streetGrid(
      counts,
      wards.map((w) => w.code),
      set,
    ),
  );
  writeDataCsv(
    'wards/policeuk-placement.csv',
    ['file', 'month', 'ward_set', 'records', 'placed', 'outside_area', 'no_location', 'lsoa_2011', 'source_id'],
    counts.files.map((f) => ({
      file: f.file,
      month: f.month,
      ward_set: set,
      records: f.records,
      placed: f.placed,
      outside_area: f.outside,
      no_location: f.noLocation,
      lsoa_2011: f.lsoa2011,
      source_id: SOURCE_ID,
    })),
  );
}
