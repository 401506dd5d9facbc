/**
 * Import: Metropolitan Police monthly borough crime (London Datastore files) →
 * `data/borough/crime-monthly.csv`, and the violence and property indicators
 * recomputed by financial-year quarter → `data/borough/indicator-quarters.csv`,
 * using the category mapping in `data/borough/portfolio-mapping.csv`.
 *
 * The MPS borough files name boroughs only in words, so the area is found by code: the
 * MPS ward file (`boroughNames` in content/sources.json) lists each ward's code beside
 * the MPS's own name for its borough, and the ward → LAD lookup says which of those wards
 * are in the area. The borough rows are then chosen by those MPS names.
 *
 * Run with `npm run import -- mps-borough`. Deterministic: the same inputs write the same bytes.
 */
import { basename } from 'node:path';
import { byText, fail, importInputs, log, readSourceCsv, writeDataCsv } from '../lib';
import { areaWardCodes } from '../area';
import { financialQuarter, financialYear, quarterMonths } from '../../../src/core/periods';
import { loadTable } from '../../../src/core/load';
import { portfolioMappingTable } from '../../../src/schemas/borough';
import { siteConfig } from '../../../src/lib/site';

/** One month's count for one category, as the portal publishes it. */
export interface MonthlyRow {
  area_code: string;
  month: string;
  major_category: string;
  minor_category: string;
  count: number;
  extract: 'historical' | 'recent24';
}

/** The two borough files, by their role in content/sources.json. */
const EXTRACTS = ['historical', 'recent24'] as const;

/**
 * The MPS's names for the area's boroughs: the `LookUp_BoroughName` of every row of an
 * MPS ward file whose `WardCode` is one of the area's wards.
 */
export function mpsNamesOfArea(wardRecords: Record<string, string>[], areaWards: ReadonlySet<string>): Set<string> {
  return new Set(
    wardRecords
      .filter((r) => areaWards.has(r.WardCode ?? ''))
      .map((r) => r.LookUp_BoroughName ?? '')
      .sort(byText),
  );
}

/**
 * Unpivots the wide MPS file (one column per month, `YYYYMM`) for the boroughs named
 * into one row per month and category, adding the boroughs' counts when there are
 * several (a region). Fails on a count that is not a whole number ≥ 0.
 */
export function unpivotBorough(
  records: Record<string, string>[],
  boroughNames: ReadonlySet<string>,
  areaCode: string,
  extract: MonthlyRow['extract'],
  file: string,
): MonthlyRow[] {
  const cells = new Map<string, MonthlyRow>();
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (!boroughNames.has(r.BoroughName ?? '')) return;
    const row = `${r.BoroughName}|${r.MajorText}|${r.MinorText}`;
    if (seen.has(row))
      fail(
        `${file} row ${i + 2}: ${r.BoroughName}, ${r.MajorText} / ${r.MinorText} appears twice; expected one row per borough and category`,
      );
    seen.add(row);
    for (const [col, raw] of Object.entries(r)) {
      if (!/^\d{6}$/.test(col)) continue;
      if (!/^\d+$/.test(raw ?? ''))
        fail(`${file} row ${i + 2}, column ${col}: "${raw}" is not a whole number of offences`);
      const month = `${col.slice(0, 4)}-${col.slice(4)}`;
      const key = `${month}|${r.MajorText}|${r.MinorText}`;
      const cell = cells.get(key);
      if (cell) cell.count += Number(raw);
      else
        cells.set(key, {
          area_code: areaCode,
          month,
          major_category: r.MajorText ?? '',
          minor_category: r.MinorText ?? '',
          count: Number(raw),
          extract,
        });
    }
  });
  return [...cells.values()];
}

/** A row of the recomputed quarterly series. */
export interface QuarterRow {
  area_code: string;
  measure_id: string;
  financial_year: string;
  quarter: number;
  period_start: string;
  period_end: string;
  months: number;
  status: 'complete' | 'partial';
  count: number;
}

/**
 * Sums the monthly series into financial-year quarters for each indicator total and
 * each mapped sub-measure. Every category in the series must be in the mapping.
 */
export function indicatorQuarters(
  monthly: MonthlyRow[],
  mapping: Array<{ major_category: string; minor_category: string; portfolio: string; measure_id: string | null }>,
): QuarterRow[] {
  const byCategory = new Map(mapping.map((m) => [`${m.major_category}|${m.minor_category}`, m]));
  const sums = new Map<string, { row: QuarterRow; months: Set<string> }>();
  for (const r of monthly) {
    const map = byCategory.get(`${r.major_category}|${r.minor_category}`);
    if (!map)
      fail(`category "${r.major_category} / ${r.minor_category}" has no row in data/borough/portfolio-mapping.csv`);
    if (map.portfolio === 'none') continue;
    const measures = [map.portfolio === 'violence' ? 'violent-crime-total' : 'property-crime-total'];
    if (map.measure_id) measures.push(map.measure_id);
    const fy = financialYear(r.month);
    const q = financialQuarter(r.month);
    for (const measure of measures) {
      const key = `${measure}|${fy}|${q}`;
      let entry = sums.get(key);
      if (!entry) {
        const { start } = quarterMonths(fy, q);
        entry = {
          row: {
            area_code: r.area_code,
            measure_id: measure,
            financial_year: fy,
            quarter: q,
            period_start: start,
            period_end: r.month,
            months: 0,
            status: 'partial',
            count: 0,
          },
          months: new Set(),
        };
        sums.set(key, entry);
      }
      entry.row.count += r.count;
      entry.months.add(r.month);
      if (r.month > entry.row.period_end) entry.row.period_end = r.month;
    }
  }
  return [...sums.values()]
    .map(({ row, months }) => ({
      ...row,
      months: months.size,
      status: months.size === 3 ? ('complete' as const) : ('partial' as const),
    }))
    .sort(
      (a, b) =>
        byText(a.measure_id, b.measure_id) || byText(a.financial_year, b.financial_year) || a.quarter - b.quarter,
    );
}

/** Runs the import against the raw files. */
export function main(): void {
  const site = siteConfig();
  const inputs = importInputs('mps-borough');
  const namesFile = inputs.file('boroughNames');
  log(`reading ${basename(namesFile)} for the MPS names of the area's boroughs`);
  const names = mpsNamesOfArea(readSourceCsv(namesFile), areaWardCodes('2022'));
  if (names.size === 0)
    fail(`${basename(namesFile)} has no ward of the area ${site.area.code}; check area.code in content/site.json`);
  log(`MPS names: ${[...names].join(', ')}`);
  const monthly: MonthlyRow[] = [];
  for (const extract of EXTRACTS) {
    const path = inputs.file(extract);
    log(`reading ${basename(path)}`);
    monthly.push(...unpivotBorough(readSourceCsv(path), names, site.area.code, extract, basename(path)));
  }
  if (monthly.length === 0)
    fail(
      `no rows for ${[...names].join(' or ')} (the MPS names of ${site.area.code}) in the borough files of content/sources.json`,
    );
  const seen = new Set<string>();
  for (const r of monthly) {
    const key = `${r.month}|${r.major_category}|${r.minor_category}`;
    if (seen.has(key)) fail(`two extracts give ${key}; expected the historical and recent files not to overlap`);
    seen.add(key);
  }
  monthly.sort(
    (a, b) =>
      byText(a.month, b.month) ||
      byText(a.major_category, b.major_category) ||
      byText(a.minor_category, b.minor_category),
  );
  writeDataCsv(
    'borough/crime-monthly.csv',
    ['area_code', 'month', 'major_category', 'minor_category', 'count', 'extract'],
    monthly,
  );
  const mapping = loadTable(portfolioMappingTable);
  // A portal without the performance section has no category mapping, and so no recomputed indicators.
  if (mapping.length === 0)
    log('no category mapping (the performance section is off): the quarterly indicators are written empty');
  const quarters = mapping.length ? indicatorQuarters(monthly, mapping) : [];
  writeDataCsv(
    'borough/indicator-quarters.csv',
    ['area_code', 'measure_id', 'financial_year', 'quarter', 'period_start', 'period_end', 'months', 'status', 'count'],
    quarters,
  );
}
