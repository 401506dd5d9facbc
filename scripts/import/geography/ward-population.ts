/**
 * Import: usual resident population by ward → `data/wards/population.csv`: Census 2011
 * for the 2002–2022 wards, from the London-wide ward table named in content/sources.json,
 * and Census 2021 (published on the 2022 boundaries) for the May 2022 wards, from the
 * London-wide file the manifest names (or one covering the area); both keep the area's
 * wards (by the ward → LAD lookup). Fails on an unknown ward, a ward without a population,
 * or a count that is not a positive whole number.
 *
 * Run with `npm run import -- ward-population`. Needs `data/wards/wards.csv`.
 */
import { basename } from 'node:path';
import { byText, fail, importInputs, log, readSourceCsv, writeDataCsv } from '../lib';
import { areaWardCodes, readWardToLad } from '../area';
import { areaContains } from '../../../src/core/areas';
import { siteConfig } from '../../../src/lib/site';
import { loadTable } from '../../../src/core/load';
import { wardsTable } from '../../../src/schemas/wards';

export const CENSUS_DAY = '2011-03-27';
export const CENSUS_DAY_2021 = '2021-03-21';

export interface PopulationRow {
  ward_code: string;
  ward_set: '2002-2022' | '2022';
  census_date: string;
  population: number;
  /** Counted on the ward's own boundary (these tables), not summed from small areas. */
  basis: 'ward';
  source_id: string;
}

/** A count as the census table prints it, with or without thousands separators ("12,786"). */
const COUNT = /^[1-9]\d*$|^[1-9]\d{0,2}(,\d{3})+$/;

/**
 * The area's ward populations (rows whose `Ward Code` is in `areaWards`), checked against
 * the ward list of the 2002–2022 set. Other rows (other boroughs, the City of London's
 * pseudo-ward E00000001) are left out.
 *
 * Several boroughs were redrawn between the 2011 Census and 2022 (2014 and 2018 reviews):
 * the census has no count for their wards. With `ladOf` (each ward's district), a district
 * none of whose wards the file counts is logged and published without populations (its
 * rates are not shown, never guessed); a district with some wards counted and some not is
 * a gap in the file and stops the import.
 */
export function wardPopulations(
  records: Record<string, string>[],
  areaWards: ReadonlySet<string>,
  wardCodes: readonly string[],
  file: string,
  ladOf?: ReadonlyMap<string, string>,
): PopulationRow[] {
  const wards = new Set(wardCodes);
  const rows: PopulationRow[] = [];
  records.forEach((r, i) => {
    const code = r['Ward Code'] ?? '',
      raw = r['Persons: All Ages'] ?? '';
    if (!areaWards.has(code)) return;
    const where = `${file} row ${i + 2}`;
    if (!wards.has(code)) fail(`${where}: ward code "${code}" is not a 2002-2022 ward in data/wards/wards.csv`);
    if (!COUNT.test(raw)) fail(`${where}: population "${raw}" is not a positive whole number`);
    if (rows.some((p) => p.ward_code === code)) fail(`${where}: ward ${code} appears twice`);
    rows.push({
      ward_code: code,
      ward_set: '2002-2022',
      census_date: CENSUS_DAY,
      population: Number(raw.replace(/,/g, '')),
      basis: 'ward',
      source_id: 'census-2011-ward-population',
    });
  });
  const counted = new Set(rows.map((p) => p.ward_code));
  let missing = [...wards].filter((c) => !counted.has(c)).sort(byText);
  if (ladOf) {
    const countedLads = new Set([...counted].map((c) => ladOf.get(c)));
    const redrawn = [...new Set(missing.map((c) => ladOf.get(c)))]
      .filter((lad): lad is string => lad !== undefined && !countedLads.has(lad))
      .sort(byText);
    for (const lad of redrawn)
      log(
        `${file}: no ward of ${lad} is counted (its wards were drawn after the 2011 Census); they are published without a population`,
      );
    missing = missing.filter((c) => !redrawn.includes(ladOf.get(c)!));
  }
  if (missing.length)
    fail(
      `${file}: no population for ward(s) ${missing.join(', ')}; if the wards were drawn after the 2011 Census, set "run": false for "ward-population" in content/sources.json`,
    );
  return rows.sort((a, b) => byText(a.ward_code, b.ward_code));
}

/** The source (data/meta/sources.csv) of Census 2021 ward counts copied verbatim from a copy of the census table. */
export const CENSUS_2021_COPIED = 'census-2021-ward-population';
/** The source of Census 2021 ward counts transcribed by hand from another copy (the raw file marks them "(transcribed)"). */
export const CENSUS_2021_TRANSCRIBED = 'census-2021-ward-population-transcribed';

/**
 * Census 2021 residents of the May 2022 wards (rows whose `ward_code` is in `areaWards`),
 * checked against the ward list of the 2022 set. The London-wide file says in its
 * `source` column which copy of the census table each count came from: a row transcribed
 * by hand (checked only against its borough's total) cites its own source, so every page
 * and download that uses it can say so.
 */
export function wardPopulations2021(
  records: Record<string, string>[],
  areaWards: ReadonlySet<string>,
  wardCodes: readonly string[],
  file: string,
): PopulationRow[] {
  const wards = new Set(wardCodes);
  const rows: PopulationRow[] = [];
  records.forEach((r, i) => {
    const code = r.ward_code ?? '',
      raw = r.usual_residents ?? '';
    if (!areaWards.has(code)) return;
    const where = `${file} row ${i + 2}`;
    if (!wards.has(code)) fail(`${where}: ward code "${code}" is not a 2022 ward in data/wards/wards.csv`);
    if (!COUNT.test(raw)) fail(`${where}: population "${raw}" is not a positive whole number`);
    if (rows.some((p) => p.ward_code === code)) fail(`${where}: ward ${code} appears twice`);
    rows.push({
      ward_code: code,
      ward_set: '2022',
      census_date: CENSUS_DAY_2021,
      population: Number(raw.replace(/,/g, '')),
      basis: 'ward',
      source_id: /\(transcribed\)\s*$/.test(r.source ?? '') ? CENSUS_2021_TRANSCRIBED : CENSUS_2021_COPIED,
    });
  });
  const missing = [...wards].filter((c) => !rows.some((p) => p.ward_code === c)).sort(byText);
  if (missing.length) fail(`${file}: no population for ward(s) ${missing.join(', ')}`);
  return rows.sort((a, b) => byText(a.ward_code, b.ward_code));
}

/** Runs the import against the raw files. */
export function main(): void {
  const wards = loadTable(wardsTable);
  const codesOf = (set: string) => wards.filter((w) => w.ward_set === set).map((w) => w.ward_code);
  const inputs = importInputs('ward-population');
  // Census 2011 on the 2002–2022 wards, when the area publishes them (ward-boundaries may leave them out).
  let rows: PopulationRow[] = [];
  if (codesOf('2002-2022').length === 0) log('no 2002–2022 wards in data/wards/wards.csv: no Census 2011 populations');
  else {
    const path = inputs.file('census2011');
    const file = basename(path);
    log(`reading ${file}`);
    rows = wardPopulations(
      readSourceCsv(path),
      areaWardCodes('2002-2022'),
      codesOf('2002-2022'),
      file,
      readWardToLad('2002-2022').map,
    );
    log(`area total ${rows.reduce((n, r) => n + r.population, 0)} residents (Census 2011)`);
  }
  // Census 2021 on the May 2022 wards, where the manifest's file covers the area; otherwise those wards have no rates.
  const covers = inputs.roles().includes('census2021') ? inputs.covers('census2021') : null;
  let rows2021: PopulationRow[] = [];
  if (covers === null || (covers !== undefined && !areaContains(covers, siteConfig().area.code))) {
    log(`no Census 2021 ward file covering ${siteConfig().area.code}: the May 2022 wards get no population`);
  } else {
    const path2021 = inputs.file('census2021');
    log(`reading ${basename(path2021)}`);
    rows2021 = wardPopulations2021(readSourceCsv(path2021), areaWardCodes('2022'), codesOf('2022'), basename(path2021));
    const transcribed = rows2021.filter((r) => r.source_id === CENSUS_2021_TRANSCRIBED).length;
    log(
      `area total ${rows2021.reduce((n, r) => n + r.population, 0)} residents in ${rows2021.length} wards (Census 2021)${transcribed ? `; ${transcribed} wards' counts were transcribed by hand in the source file (source ${CENSUS_2021_TRANSCRIBED})` : ''}`,
    );
  }
  writeDataCsv(
    'wards/population.csv',
    ['ward_code', 'ward_set', 'census_date', 'population', 'basis', 'source_id'],
    [...rows, ...rows2021].sort((a, b) => byText(a.ward_code, b.ward_code)),
  );
}
