/**
 * Import: MPS Ward Level Crime (most recent 24 months), extract of about October 2022,
 * on the 2002–2022 wards → `data/wards/crime-monthly-2002-2022-wards.csv`. Reads the
 * London-wide file named in content/sources.json and keeps the area's wards (by the
 * ward → LAD lookup). Needs `data/wards/wards.csv` (run the ward-boundaries import first).
 *
 * Run with `npm run import -- mps-ward-crime-2020-2022`.
 */
import { basename } from 'node:path';
import { importInputs, log, readSourceCsv, writeDataCsv } from '../lib';
import { areaWardCodes } from '../area';
import { checkWardCoverage, sortWardCrime, unpivotWardCrime, WARD_CRIME_COLUMNS } from './ward-crime-lib';
import { loadTable } from '../../../src/core/load';
import { wardCrimeOldTable, wardsTable } from '../../../src/schemas/wards';

const EXTRACT = '202009-202208';

/** Runs the import against the raw file. */
export function main(): void {
  const codes = new Set(
    loadTable(wardsTable)
      .filter((w) => w.ward_set === '2002-2022')
      .map((w) => w.ward_code),
  );
  const path = importInputs('mps-ward-crime-2020-2022').file(EXTRACT);
  const file = basename(path);
  log(`reading ${file}`);
  const { rows } = unpivotWardCrime(readSourceCsv(path), {
    file,
    extract: EXTRACT,
    wardSet: '2002-2022',
    wards: areaWardCodes('2002-2022'),
    sourceId: 'mps-ward-crime-2020-2022',
    checkMonth: (m) => {
      const r = wardCrimeOldTable.fields.month.parse(m);
      return r.ok ? null : r.problem;
    },
  });
  checkWardCoverage(rows, codes, '2002-2022', file);
  writeDataCsv(wardCrimeOldTable.path, WARD_CRIME_COLUMNS, sortWardCrime(rows));
}
