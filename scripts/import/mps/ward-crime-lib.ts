/**
 * Shared steps of the two MPS ward crime imports: unpivot a wide 24-month file, check
 * every ward code against the ward list of its set, and merge overlapping extracts
 * under the newer-series rule (for each month, the latest extract that covers it wins).
 */
import { byText, fail } from '../lib';
import { majorCategoryOf } from '../../../src/schemas/vocab/crime-categories';
import type { WardSet } from '../../../src/schemas/vocab/ward-sets';

/** One published row: offences in a ward, month and minor category, from one extract. */
export interface WardCrimeRow {
  ward_code: string;
  ward_set: WardSet;
  month: string;
  category_id: string;
  major_category: string;
  minor_category: string;
  count: number;
  extract: string;
  source_id: string;
}

export const WARD_CRIME_COLUMNS = [
  'ward_code',
  'ward_set',
  'month',
  'category_id',
  'major_category',
  'minor_category',
  'count',
  'extract',
  'source_id',
] as const;

/** One wide extract, unpivoted: its rows and the months its columns cover. */
export interface Extract {
  extract: string;
  months: string[];
  rows: WardCrimeRow[];
}

export interface UnpivotOptions {
  file: string;
  extract: string;
  wardSet: WardSet;
  /** The codes of the area's wards (by the ward → LAD lookup): rows of other wards are left out. */
  wards: ReadonlySet<string>;
  sourceId: string;
  /** Checks a month against the published table's declared range; returns a problem or null. */
  checkMonth: (month: string) => string | null;
}

/**
 * Unpivots the area's rows of a wide MPS ward file (`MajorText, MinorText, WardName,
 * WardCode, LookUp_BoroughName, YYYYMM…`), choosing rows by ward code. Fails on an
 * unknown major category, a count that is not a whole number ≥ 0, a month outside the
 * declared range, month columns that do not match the extract's name, or a ward and
 * category repeated within one MPS group. A ward listed under two groups in one extract
 * (Heathrow Villages under Hillingdon and under Aviation Security (SO18) in 2023-04, when
 * its policing moved) has its offences split between them, so the two are added.
 */
export function unpivotWardCrime(records: Record<string, string>[], o: UnpivotOptions): Extract {
  const months = Object.keys(records[0] ?? {})
    .filter((c) => /^\d{6}$/.test(c))
    .sort(byText);
  if (months.length === 0) fail(`${o.file}: no month columns (YYYYMM); expected the MPS ward file's layout`);
  const named = `${months[0]}-${months[months.length - 1]}`;
  if (named !== o.extract)
    fail(
      `${o.file}: month columns run ${named}, but the extract is declared as ${o.extract}; check its role name in content/sources.json`,
    );
  const groups = new Map<string, Set<string>>();
  const cells = new Map<string, WardCrimeRow>();
  records.forEach((r, i) => {
    if (!o.wards.has(r.WardCode ?? '')) return;
    const where = `${o.file} row ${i + 2}`;
    const major = majorCategoryOf(r.MajorText ?? '');
    if (!major)
      fail(
        `${where}: unknown major category "${r.MajorText}" (add it to src/schemas/vocab/crime-categories.ts if it is new)`,
      );
    const key = `${r.WardCode}|${r.MajorText}|${r.MinorText}`;
    const group = r.LookUp_BoroughName ?? '';
    const seenIn = groups.get(key) ?? new Set<string>();
    if (seenIn.has(group))
      fail(
        `${where}: ward ${r.WardCode} and category ${r.MajorText} / ${r.MinorText} appear twice under ${group}; expected one row per ward and category`,
      );
    groups.set(key, seenIn.add(group));
    for (const col of months) {
      const raw = r[col] ?? '';
      if (!/^\d+$/.test(raw)) fail(`${where}, column ${col}: "${raw}" is not a whole number of offences (0 or more)`);
      const month = `${col.slice(0, 4)}-${col.slice(4)}`;
      const problem = o.checkMonth(month);
      if (problem) fail(`${where}, column ${col}: month ${month} ${problem}`);
      const cell = cells.get(`${key}|${month}`);
      if (cell) cell.count += Number(raw);
      else {
        cells.set(`${key}|${month}`, {
          ward_code: r.WardCode ?? '',
          ward_set: o.wardSet,
          month,
          category_id: major.id,
          major_category: r.MajorText ?? '',
          minor_category: r.MinorText ?? '',
          count: Number(raw),
          extract: o.extract,
          source_id: o.sourceId,
        });
      }
    }
  });
  if (cells.size === 0)
    fail(
      `${o.file}: no rows for the area's ${o.wardSet} wards; check area.code in content/site.json and the file in content/sources.json`,
    );
  return { extract: o.extract, months: months.map((c) => `${c.slice(0, 4)}-${c.slice(4)}`), rows: [...cells.values()] };
}

/**
 * Fails if a row names a ward that is not in the ward set's boundary list (unknown
 * code), or a ward in the list has no rows (a boundary with no data).
 */
export function checkWardCoverage(
  rows: readonly WardCrimeRow[],
  wardCodes: ReadonlySet<string>,
  set: WardSet,
  file: string,
): void {
  const withData = new Set<string>();
  for (const r of rows) {
    if (!wardCodes.has(r.ward_code))
      fail(`${file}: ward code ${r.ward_code} is not a ward of the ${set} set in data/wards/wards.csv (no boundary)`);
    withData.add(r.ward_code);
  }
  const missing = [...wardCodes].filter((c) => !withData.has(c)).sort(byText);
  if (missing.length)
    fail(`${file}: no crime rows for ward(s) ${missing.join(', ')} of the ${set} set, which have boundaries`);
}

/**
 * Merges overlapping extracts: each month is taken whole from the latest extract that
 * covers it (the one whose months end latest). Nothing is added across extracts.
 * Returns the rows with the month → extract choice, for the log.
 */
export function mergeExtracts(extracts: readonly Extract[]): { rows: WardCrimeRow[]; chosen: Map<string, string> } {
  const ends = extracts.map((e) => e.months[e.months.length - 1]!);
  if (new Set(ends).size !== ends.length) fail('two extracts end in the same month, so which is newer cannot be told');
  const newestFirst = [...extracts].sort((a, b) =>
    byText(b.months[b.months.length - 1]!, a.months[a.months.length - 1]!),
  );
  const chosen = new Map<string, string>();
  for (const e of newestFirst) for (const m of e.months) if (!chosen.has(m)) chosen.set(m, e.extract);
  const rows = extracts.flatMap((e) => e.rows.filter((r) => chosen.get(r.month) === e.extract));
  return { rows: sortWardCrime(rows), chosen };
}

/** Sorts rows by ward, month, major and minor category, so output never depends on input order. */
export function sortWardCrime(rows: WardCrimeRow[]): WardCrimeRow[] {
  return rows.sort(
    (a, b) =>
      byText(a.ward_code, b.ward_code) ||
      byText(a.month, b.month) ||
      byText(a.major_category, b.major_category) ||
      byText(a.minor_category, b.minor_category),
  );
}

/** Month ranges in which each extract was used, for the import log. */
export function describeChoice(chosen: Map<string, string>): string[] {
  const months = [...chosen.keys()].sort(byText);
  const out: string[] = [];
  let start = months[0];
  months.forEach((m, i) => {
    const next = months[i + 1];
    if (!next || chosen.get(next) !== chosen.get(m)) {
      out.push(`${start}…${m} from ${chosen.get(m)}`);
      start = next;
    }
  });
  return out;
}
