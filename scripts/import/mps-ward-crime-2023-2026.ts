/**
 * Import: three overlapping MPS Ward Level Crime (most recent 24 months) extracts on the
 * wards in force from May 2022 → one series, `data/wards/crime-monthly-2022-wards.csv`.
 * Newer-series rule: each month comes whole from the latest extract that covers it.
 * The merged series is built here from the three wide files, not copied from any
 * pre-merged file. Needs `data/wards/wards.csv` (run the ward-boundaries import first).
 *
 * Run with `npm run import -- mps-ward-crime-2023-2026`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { log, readSourceCsv, sourcesDir, writeDataCsv } from './lib';
import { checkWardCoverage, describeChoice, mergeExtracts, unpivotWardCrime, WARD_CRIME_COLUMNS } from './ward-crime-lib';
import { clearTableCache, loadTable } from '../../src/core/load';
import { siteConfig } from '../../src/lib/site';
import { wardCrimeNewTable, wardsTable, WARD_EXTRACT_MONTHS } from '../../src/schemas/wards';

const FOLDER = 'mps-ward-crime-2023-2026-newwards';
const EXTRACTS = ['202304-202503', '202307-202506', '202402-202601'] as const;

/** Runs the import against the raw files. */
export function main(): void {
  clearTableCache();
  const site = siteConfig();
  const codes = new Set(loadTable(wardsTable).filter((w) => w.ward_set === '2022').map((w) => w.ward_code));
  const extracts = EXTRACTS.map((extract) => {
    const file = `bromley_mps_ward_crime_${extract}_wide.csv`;
    log(`reading ${FOLDER}/${file}`);
    const e = unpivotWardCrime(readSourceCsv(join(sourcesDir(), FOLDER, file)), {
      file, extract, wardSet: '2022', boroughName: site.area.name, sourceId: 'mps-ward-crime-2023-2026',
      checkMonth: (m) => { const r = wardCrimeNewTable.fields.month.parse(m); return r.ok ? null : r.problem; },
    });
    checkWardCoverage(e.rows, codes, '2022', file);
    return e;
  });
  const { rows, chosen } = mergeExtracts(extracts);
  for (const line of describeChoice(chosen)) log(line);
  // The schema documents which months each extract supplies; the merge must agree with it.
  for (const [month, extract] of chosen) {
    const range = WARD_EXTRACT_MONTHS[extract as keyof typeof WARD_EXTRACT_MONTHS];
    if (!range || month < range.from || month > range.to) throw new Error(`Import stopped: month ${month} came from ${extract}, which the schema description does not say; update src/schemas/wards.ts`);
  }
  writeDataCsv(wardCrimeNewTable.path, WARD_CRIME_COLUMNS, rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
