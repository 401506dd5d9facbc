/**
 * Import: usual resident population by ward → `data/wards/population.csv`: Census 2011
 * for the 2002–2022 wards and Census 2021 (published on the 2022 ward boundaries) for
 * the May 2022 wards. Fails on an unknown ward, a ward without a population, or a count
 * that is not a positive whole number.
 *
 * Run with `npm run import -- ward-population`. Needs `data/wards/wards.csv`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { byText, fail, log, readSourceCsv, sourcesDir, writeDataCsv } from './lib';
import { clearTableCache, loadTable } from '../../src/core/load';
import { siteConfig } from '../../src/lib/site';
import { wardsTable } from '../../src/schemas/wards';

const FOLDER = 'ward-population';
const FILE = 'bromley_ward_population_census2011.csv';
export const CENSUS_DAY = '2011-03-27';
const FOLDER_2021 = 'ward-population-2021-wd22';
const FILE_2021 = 'bromley_ward_population_census2021_wd22.csv';
export const CENSUS_DAY_2021 = '2021-03-21';

export interface PopulationRow {
  ward_code: string;
  ward_set: '2002-2022' | '2022';
  census_date: string;
  population: number;
  source_id: string;
}

/** The borough's ward populations, checked against the ward list of the 2002–2022 set. */
export function wardPopulations(records: Record<string, string>[], boroughName: string, wardCodes: readonly string[], file: string): PopulationRow[] {
  const wards = new Set(wardCodes);
  const rows: PopulationRow[] = [];
  records.forEach((r, i) => {
    if (r.Borough !== boroughName) return;
    const where = `${file} row ${i + 2}`;
    const code = r.WardCode ?? '', raw = r.Persons_All_Ages_Census2011 ?? '';
    if (!wards.has(code)) fail(`${where}: ward code "${code}" is not a 2002-2022 ward in data/wards/wards.csv`);
    if (!/^[1-9]\d*$/.test(raw)) fail(`${where}: population "${raw}" is not a positive whole number`);
    if (rows.some((p) => p.ward_code === code)) fail(`${where}: ward ${code} appears twice`);
    rows.push({ ward_code: code, ward_set: '2002-2022', census_date: CENSUS_DAY, population: Number(raw), source_id: 'census-2011-ward-population' });
  });
  const missing = [...wards].filter((c) => !rows.some((p) => p.ward_code === c)).sort(byText);
  if (missing.length) fail(`${file}: no population for ward(s) ${missing.join(', ')}`);
  return rows.sort((a, b) => byText(a.ward_code, b.ward_code));
}

/**
 * Census 2021 residents of the May 2022 wards, selected by the area's local authority
 * code (the file's ladCode), checked against the ward list of the 2022 set.
 */
export function wardPopulations2021(records: Record<string, string>[], areaCode: string, wardCodes: readonly string[], file: string): PopulationRow[] {
  const wards = new Set(wardCodes);
  const rows: PopulationRow[] = [];
  records.forEach((r, i) => {
    if (r.ladCode !== areaCode) return;
    const where = `${file} row ${i + 2}`;
    const code = r.wardCode ?? '', raw = r.population ?? '';
    if (!wards.has(code)) fail(`${where}: ward code "${code}" is not a 2022 ward in data/wards/wards.csv`);
    if (!/^[1-9]\d*$/.test(raw)) fail(`${where}: population "${raw}" is not a positive whole number`);
    if (rows.some((p) => p.ward_code === code)) fail(`${where}: ward ${code} appears twice`);
    rows.push({ ward_code: code, ward_set: '2022', census_date: CENSUS_DAY_2021, population: Number(raw), source_id: 'census-2021-ward-population' });
  });
  const missing = [...wards].filter((c) => !rows.some((p) => p.ward_code === c)).sort(byText);
  if (missing.length) fail(`${file}: no population for ward(s) ${missing.join(', ')}`);
  return rows.sort((a, b) => byText(a.ward_code, b.ward_code));
}

/** Runs the import against the raw files. */
export function main(): void {
  clearTableCache();
  const wards = loadTable(wardsTable);
  const codesOf = (set: string) => wards.filter((w) => w.ward_set === set).map((w) => w.ward_code);
  log(`reading ${FOLDER}/${FILE}`);
  const rows = wardPopulations(readSourceCsv(join(sourcesDir(), FOLDER, FILE)), siteConfig().area.name, codesOf('2002-2022'), FILE);
  log(`Census 2011: ${rows.reduce((n, r) => n + r.population, 0)} residents`);
  log(`reading ${FOLDER_2021}/${FILE_2021}`);
  const rows2021 = wardPopulations2021(readSourceCsv(join(sourcesDir(), FOLDER_2021, FILE_2021)), siteConfig().area.code, codesOf('2022'), FILE_2021);
  log(`Census 2021: ${rows2021.reduce((n, r) => n + r.population, 0)} residents`);
  writeDataCsv('wards/population.csv', ['ward_code', 'ward_set', 'census_date', 'population', 'source_id'], [...rows, ...rows2021].sort((a, b) => byText(a.ward_code, b.ward_code)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
