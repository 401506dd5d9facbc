/**
 * Import: data.police.uk street-level records (crime and anti-social behaviour) counted
 * by ward, month and category, 2016-01 to 2018-06 → `data/wards/policeuk-monthly.csv`.
 * A month absent from the source for every ward (March 2016) is written as rows with an
 * empty count and status `missing`: a gap, never a zero.
 *
 * The file (content/sources.json) covers one borough, so the manifest says so ("covers")
 * and the import runner refuses any other area: switch it off there for such an area.
 *
 * Run with `npm run import -- policeuk-wards`. Needs `data/wards/wards.csv`.
 */
import { basename } from 'node:path';
import { byText, fail, importInputs, log, readSourceCsv, writeDataCsv } from '../lib';
import { monthRange } from '../../../src/core/periods';
import { loadTable } from '../../../src/core/load';
import { POLICEUK_CATEGORY_IDS } from '../../../src/schemas/vocab/policeuk-categories';
import { wardsTable } from '../../../src/schemas/wards';

export const POLICEUK_FROM = '2016-01';
export const POLICEUK_TO = '2018-06';

export interface PoliceUkRow {
  ward_code: string;
  ward_set: '2002-2022';
  month: string;
  category: string;
  count: number | null;
  status: 'recorded' | 'missing';
  source_id: string;
}

/**
 * Turns the source's long rows into the full ward × month × category grid. Fails on an
 * unknown ward or category, a bad count, a month outside the range, a repeated row, or
 * a month that is present for some wards or categories but not all.
 */
export function policeUkGrid(
  records: Record<string, string>[],
  wardCodes: readonly string[],
  file: string,
): PoliceUkRow[] {
  const wards = new Set(wardCodes);
  const categories = new Set<string>(POLICEUK_CATEGORY_IDS);
  const counts = new Map<string, number>();
  records.forEach((r, i) => {
    const where = `${file} row ${i + 2}`;
    const ward = r.WardCode ?? '',
      month = r.Month ?? '',
      category = r.Category ?? '',
      raw = r.Count ?? '';
    if (!wards.has(ward)) fail(`${where}: ward code "${ward}" is not a 2002-2022 ward in data/wards/wards.csv`);
    if (!categories.has(category)) fail(`${where}: unknown data.police.uk category "${category}"`);
    if (!/^\d{4}-\d{2}$/.test(month) || month < POLICEUK_FROM || month > POLICEUK_TO)
      fail(`${where}: month "${month}" is outside ${POLICEUK_FROM} to ${POLICEUK_TO}`);
    if (!/^\d+$/.test(raw)) fail(`${where}: count "${raw}" is not a whole number of records (0 or more)`);
    const key = `${ward}|${month}|${category}`;
    if (counts.has(key)) fail(`${where}: ${key} appears twice`);
    counts.set(key, Number(raw));
  });
  const rows: PoliceUkRow[] = [];
  const wardList = [...wards].sort(byText);
  for (const month of monthRange(POLICEUK_FROM, POLICEUK_TO)) {
    const present = wardList.flatMap((w) => POLICEUK_CATEGORY_IDS.map((c) => counts.has(`${w}|${month}|${c}`)));
    const anyPresent = present.some(Boolean);
    if (anyPresent && !present.every(Boolean))
      fail(`${file}: month ${month} has rows for some wards or categories but not all`);
    for (const ward of wardList)
      for (const category of POLICEUK_CATEGORY_IDS) {
        const count = counts.get(`${ward}|${month}|${category}`);
        rows.push({
          ward_code: ward,
          ward_set: '2002-2022',
          month,
          category,
          count: count ?? null,
          status: anyPresent ? 'recorded' : 'missing',
          source_id: 'policeuk-street-2016-2018',
        });
      }
  }
  return rows;
}

/** Runs the import against the raw file. */
export function main(): void {
  const inputs = importInputs('policeuk-wards');
  const codes = loadTable(wardsTable)
    .filter((w) => w.ward_set === '2002-2022')
    .map((w) => w.ward_code);
  const path = inputs.file('records');
  log(`reading ${basename(path)}`);
  const rows = policeUkGrid(readSourceCsv(path), codes, basename(path));
  const missing = [...new Set(rows.filter((r) => r.status === 'missing').map((r) => r.month))];
  if (missing.length) log(`months missing from the source, written as gaps: ${missing.join(', ')}`);
  writeDataCsv(
    'wards/policeuk-monthly.csv',
    ['ward_code', 'ward_set', 'month', 'category', 'count', 'status', 'source_id'],
    rows,
  );
}
