/**
 * A release's monthly totals: for every published table that counts something by month
 * (a `month` and a `count` column), its count added up over the table's rows for each
 * month. These are what a release records and what the next release is compared with.
 * Pure: the rows are handed in, so tests can feed two small data folders.
 */
import type { AnyTable } from '../../core/tables';

/** Dataset name → month → total, datasets and months in sorted order. */
export type MonthlyTotals = Map<string, Map<string, number>>;

/** The tables that count by month: they have a `month` and a `count` column. */
export function monthlyCountTables(tables: readonly AnyTable[]): AnyTable[] {
  return tables.filter((t) => 'month' in t.fields && 'count' in t.fields);
}

/**
 * Each monthly-count table's total for every month it has. A missing count (an empty cell,
 * whose status column says why) adds nothing; a month whose every count is missing has no
 * total. `rowsOf` gives a table's validated rows; tables with no rows are left out.
 */
export function monthlyTotals(
  tables: readonly AnyTable[],
  rowsOf: (table: AnyTable) => ReadonlyArray<Record<string, unknown>>,
): MonthlyTotals {
  const out: MonthlyTotals = new Map();
  for (const t of [...monthlyCountTables(tables)].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const byMonth = new Map<string, number>();
    for (const row of rowsOf(t)) {
      const count = row.count;
      if (typeof count !== 'number') continue;
      const month = String(row.month);
      byMonth.set(month, (byMonth.get(month) ?? 0) + count);
    }
    if (byMonth.size) out.set(t.name, new Map([...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))));
  }
  return out;
}
