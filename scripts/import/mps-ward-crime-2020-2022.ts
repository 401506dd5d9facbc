/**
 * Import: MPS Ward Level Crime (most recent 24 months), extract of about October 2022,
 * on the 2002–2022 wards → `data/wards/crime-monthly-2002-2022-wards.csv`.
 * Needs `data/wards/wards.csv` (run the ward-boundaries import first).
 *
 * Run with `npm run import -- mps-ward-crime-2020-2022`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { log, readSourceCsv, sourcesDir, writeDataCsv } from './lib';
import { checkWardCoverage, sortWardCrime, unpivotWardCrime, WARD_CRIME_COLUMNS } from './ward-crime-lib';
import { clearTableCache, loadTable } from '../../src/core/load';
import { siteConfig } from '../../src/lib/site';
import { wardCrimeOldTable, wardsTable } from '../../src/schemas/wards';

const FOLDER = 'mps-ward-crime-2020-2022-oldwards';
const FILE = 'bromley_mps_ward_crime_202009-202208_wide.csv';

/** Runs the import against the raw file. */
export function main(): void {
  clearTableCache();
  const site = siteConfig();
  const codes = new Set(loadTable(wardsTable).filter((w) => w.ward_set === '2002-2022').map((w) => w.ward_code));
  log(`reading ${FOLDER}/${FILE}`);
  const { rows } = unpivotWardCrime(readSourceCsv(join(sourcesDir(), FOLDER, FILE)), {
    file: FILE, extract: '202009-202208', wardSet: '2002-2022', boroughName: site.area.name, sourceId: 'mps-ward-crime-2020-2022',
    checkMonth: (m) => { const r = wardCrimeOldTable.fields.month.parse(m); return r.ok ? null : r.problem; },
  });
  checkWardCoverage(rows, codes, '2002-2022', FILE);
  writeDataCsv(wardCrimeOldTable.path, WARD_CRIME_COLUMNS, sortWardCrime(rows));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
