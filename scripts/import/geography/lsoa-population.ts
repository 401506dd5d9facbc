/**
 * Import: ward populations for any area of England and Wales → `data/wards/population.csv`:
 * the Census 2021 usual residents of every 2021 LSOA, summed into wards through the ONS
 * best-fit LSOA → ward lookup of the area's ward set (the manifest's "wardToLad" file, which
 * also gives each ward's district). Best fit puts each whole LSOA in the ward holding most of
 * its people, and LSOAs do not nest in wards, so every row says its basis is lsoa-best-fit and
 * the pages call the figures approximate.
 *
 * Fails on a ward with no LSOA, an LSOA the census table lacks, or a count that is not a
 * positive whole number. Run with `npm run import -- lsoa-ward-population`. Needs
 * `data/wards/wards.csv`.
 */
import { basename, join } from 'node:path';
import { byText, fail, importInputs, log, readSourceCsv, sourceManifest, sourcesDir, writeDataCsv } from '../lib';
import { loadTable } from '../../../src/core/load';
import { wardsTable } from '../../../src/schemas/wards';
import type { WardSet } from '../../../src/schemas/vocab/ward-sets';
import { CENSUS_DAY_2021 } from './ward-population';

export const SOURCE_ID = 'census-2021-lsoa-population';

export interface LsoaPopulationRow {
  ward_code: string;
  ward_set: WardSet;
  census_date: string;
  population: number;
  basis: 'lsoa-best-fit';
  source_id: string;
}

/**
 * Sums the census LSOA counts into the given wards through the lookup. `lookup` rows carry
 * the LSOA code and the ward code under the given column names; `census` rows carry
 * `lsoa21_code` and `usual_residents`.
 */
export function wardPopulationsFromLsoas(o: {
  wards: readonly string[];
  set: WardSet;
  lookup: { file: string; rows: Record<string, string>[]; lsoa: string; ward: string };
  census: { file: string; rows: Record<string, string>[] };
}): LsoaPopulationRow[] {
  const wards = new Set(o.wards);
  const residents = new Map<string, number>();
  o.census.rows.forEach((r, i) => {
    const raw = r.usual_residents ?? '';
    if (!/^[1-9]\d*$/.test(raw))
      fail(`${o.census.file} row ${i + 2}, column usual_residents: "${raw}" is not a positive whole number`);
    residents.set(r.lsoa21_code ?? '', Number(raw));
  });
  const sums = new Map<string, number>();
  o.lookup.rows.forEach((r, i) => {
    const ward = r[o.lookup.ward] ?? '';
    if (!wards.has(ward)) return;
    const lsoa = r[o.lookup.lsoa] ?? '';
    const n = residents.get(lsoa);
    if (n === undefined)
      fail(`${o.lookup.file} row ${i + 2}: LSOA ${lsoa} (ward ${ward}) has no row in ${o.census.file}`);
    sums.set(ward, (sums.get(ward) ?? 0) + n);
  });
  const missing = o.wards.filter((w) => !sums.has(w)).sort(byText);
  if (missing.length)
    fail(
      `${o.lookup.file}: no LSOA is assigned to ward(s) ${missing.join(', ')}; check that the lookup is of the ${o.set} wards`,
    );
  return [...sums]
    .sort(([a], [b]) => byText(a, b))
    .map(([ward, population]) => ({
      ward_code: ward,
      ward_set: o.set,
      census_date: CENSUS_DAY_2021,
      population,
      basis: 'lsoa-best-fit' as const,
      source_id: SOURCE_ID,
    }));
}

/** Runs the import against the raw files. */
export function main(): void {
  const inputs = importInputs('lsoa-ward-population');
  const wards = loadTable(wardsTable);
  const sets = [...new Set(wards.map((w) => w.ward_set))];
  if (sets.length !== 1)
    fail(`data/wards/wards.csv holds the ward sets ${sets.join(', ')}; this import sums LSOAs into one ward set`);
  const set = sets[0]!;
  const spec = sourceManifest().wardToLad[set];
  if (!spec) fail(`content/sources.json has no "wardToLad" lookup for the ${set} wards: it is the LSOA → ward lookup`);
  const lookupPath = join(sourcesDir(), spec.file);
  const censusPath = inputs.file('census');
  log(`summing ${basename(censusPath)} into ${wards.length} wards through ${basename(lookupPath)}`);
  const rows = wardPopulationsFromLsoas({
    wards: wards.map((w) => w.ward_code),
    set,
    lookup: { file: basename(lookupPath), rows: readSourceCsv(lookupPath), lsoa: 'LSOA21CD', ward: spec.ward },
    census: { file: basename(censusPath), rows: readSourceCsv(censusPath) },
  });
  log(`area total ${rows.reduce((n, r) => n + r.population, 0)} residents (Census 2021, approximate by ward)`);
  writeDataCsv(
    'wards/population.csv',
    ['ward_code', 'ward_set', 'census_date', 'population', 'basis', 'source_id'],
    rows,
  );
}
