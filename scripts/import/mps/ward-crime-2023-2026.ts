/**
 * Import: three overlapping MPS Ward Level Crime (most recent 24 months) extracts on the
 * wards in force from May 2022 → one series, `data/wards/crime-monthly-2022-wards.csv`.
 * Reads the London-wide files named in content/sources.json (one per extract, the role
 * being the extract's months) and keeps the area's wards (by the ward → LAD lookup).
 * Newer-series rule: each month comes whole from the latest extract that covers it.
 * Needs `data/wards/wards.csv` (run the ward-boundaries import first).
 *
 * Run with `npm run import -- mps-ward-crime-2023-2026`.
 */
import { basename } from 'node:path';
import { fail, importInputs, log, readSourceCsv, writeDataCsv } from '../lib';
import { areaWardCodes } from '../area';
import {
  checkWardCoverage,
  describeChoice,
  mergeExtracts,
  unpivotWardCrime,
  WARD_CRIME_COLUMNS,
} from './ward-crime-lib';
import { loadTable } from '../../../src/core/load';
import { wardCrimeNewTable, wardsTable, WARD_EXTRACT_MONTHS } from '../../../src/schemas/wards';

/** Runs the import against the raw files. */
export function main(): void {
  const codes = new Set(
    loadTable(wardsTable)
      .filter((w) => w.ward_set === '2022')
      .map((w) => w.ward_code),
  );
  const inputs = importInputs('mps-ward-crime-2023-2026');
  const wards = areaWardCodes('2022');
  const extracts = inputs.roles().map((extract) => {
    const path = inputs.file(extract);
    const file = basename(path);
    log(`reading ${file}`);
    const e = unpivotWardCrime(readSourceCsv(path), {
      file,
      extract,
      wardSet: '2022',
      wards,
      sourceId: 'mps-ward-crime-2023-2026',
      checkMonth: (m) => {
        const r = wardCrimeNewTable.fields.month.parse(m);
        return r.ok ? null : r.problem;
      },
    });
    checkWardCoverage(e.rows, codes, '2022', file);
    return e;
  });
  const { rows, chosen } = mergeExtracts(extracts);
  for (const line of describeChoice(chosen)) log(line);
  // The schema documents which months each extract supplies; the merge must agree with it.
  for (const [month, extract] of chosen) {
    const range = WARD_EXTRACT_MONTHS[extract as keyof typeof WARD_EXTRACT_MONTHS];
    if (!range || month < range.from || month > range.to)
      fail(
        `month ${month} came from ${extract}, which the schema description does not say; update WARD_EXTRACT_MONTHS in src/schemas/wards.ts`,
      );
  }
  writeDataCsv(wardCrimeNewTable.path, WARD_CRIME_COLUMNS, rows);
}
