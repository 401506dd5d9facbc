/**
 * The change on the year before, for a ward or for all of a set's wards together: the
 * latest 12 months against the 12 before, for all crime and each published category,
 * with the exact test of change.ts. Also the table every ward of a set, sortable by change.
 */
import { monthSpan, periodLabel } from '../../core/periods';
import type { TableData } from '../../core/table-data';
import { ALL_CRIME, MAJOR_CATEGORIES } from '../../schemas/vocab/crime-categories';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import { latestTwelve, previousTwelve, totalOver, wardSetData, type Ward } from './';
import { changeBetween, MIN_BASE_FOR_PERCENT, type Change } from './change';
import { boroughsOf } from './boroughs';

export interface CategoryChange {
  category: string;
  label: string;
  change: Change;
}

/** The two 12-month periods compared, with their labels; null when the set has fewer than 24 months. */
export function changePeriods(
  set: WardSet,
): { earlier: string[]; later: string[]; earlierLabel: string; laterLabel: string } | null {
  const earlier = previousTwelve(set),
    later = latestTwelve(set);
  if (!earlier.length) return null;
  return {
    earlier,
    later,
    earlierLabel: periodLabel(earlier[0]!, earlier[11]!),
    laterLabel: periodLabel(later[0]!, later[11]!),
  };
}

function categoriesOf(set: WardSet): Array<{ id: string; label: string }> {
  const d = wardSetData(set);
  return [ALL_CRIME, ...MAJOR_CATEGORIES.filter((c) => d.categories.includes(c.id))];
}

/** Sum of the months of one category for a ward, or (code null) for every ward of the set. */
function countOver(set: WardSet, code: string | null, category: string, months: readonly string[]): number {
  if (code) return totalOver(set, code, category, months);
  const t = wardSetData(set).total.get(category)!;
  return months.reduce((n, m) => n + (t.get(m) ?? 0), 0);
}

/** All crime and each category: a ward's change on the year before (code null: the set's wards together). */
export function yearChanges(set: WardSet, code: string | null): CategoryChange[] {
  const p = changePeriods(set);
  if (!p) return [];
  return categoriesOf(set).map((c) => ({
    category: c.id,
    label: c.label,
    change: changeBetween(countOver(set, code, c.id, p.earlier), countOver(set, code, c.id, p.later)),
  }));
}

/** A p-value as written in tables: three decimals, or "under 0.001" (never a misleading 0.000). */
export function pText(p: number): string {
  return p < 0.001 ? 'under 0.001' : p.toFixed(3);
}

/** What a dash in the % change column means. */
const DASH_NOTE = `Larger than chance: yes means more than normal year-to-year variation would explain (exact test, 95% level). A dash in % change: under ${MIN_BASE_FOR_PERCENT} offences in the earlier year, too few for a percentage to mean much`;

/** The figure columns both change tables share, after their first (name) column. */
function changeColumns(p: NonNullable<ReturnType<typeof changePeriods>>): TableData['columns'] {
  return [
    { key: 'percent_change', label: '% change', numeric: true, decimals: 0 },
    { key: 'difference', label: 'Difference', numeric: true },
    { key: 'earlier', label: p.earlierLabel, numeric: true },
    { key: 'later', label: p.laterLabel, numeric: true },
  ];
}

/** What every row of a change table is: counts, over the two periods its columns compare (CSV context columns). */
export function changeContext(p: NonNullable<ReturnType<typeof changePeriods>>): NonNullable<TableData['context']> {
  return { measure: 'count', earlier_period: monthSpan(p.earlier), later_period: monthSpan(p.later) };
}

/** A change's cells in those columns, and whether it is larger than chance. */
function changeCells(c: Change) {
  return {
    percent_change: c.percent,
    difference: c.difference,
    earlier: c.earlier,
    later: c.later,
    chance: c.significant ? 'yes' : 'no',
  };
}

/** The change table of a ward or of the whole set (name says whose). */
export function yearChangeTable(set: WardSet, code: string | null, name: string): TableData {
  const p = changePeriods(set)!;
  return {
    caption: `Offences in ${name}, ${p.laterLabel} against ${p.earlierLabel} (${WARD_SET_INFO[set].short}). ${DASH_NOTE}`,
    rowHeader: 'category',
    columns: [
      { key: 'category', label: 'Category' },
      ...changeColumns(p),
      { key: 'p_value', label: 'p-value' },
      { key: 'chance', label: 'Larger than chance?' },
    ],
    rows: yearChanges(set, code).map(({ label, change: c }) => ({
      category: label,
      ...changeCells(c),
      p_value: pText(c.pValue),
    })),
    context: { ward_set: set, ...changeContext(p) },
  };
}

/** Every ward of the set with its all-crime change, largest rise first, for the sortable table on /wards/. */
export function wardChangeTable(set: WardSet): TableData {
  const p = changePeriods(set)!;
  const rows = wardSetData(set)
    .wards.map((w: Ward) => ({ w, c: yearChanges(set, w.code)[0]!.change }))
    .sort((a, b) => (b.c.percent ?? -Infinity) - (a.c.percent ?? -Infinity) || a.w.name.localeCompare(b.w.name, 'en'));
  return {
    caption: `All crime by ward, ${p.laterLabel} against ${p.earlierLabel}, largest rise first (${WARD_SET_INFO[set].short}). ${DASH_NOTE}`,
    rowHeader: 'ward_name',
    columns: [
      { key: 'ward_name', label: 'Ward' },
      ...changeColumns(p),
      { key: 'chance', label: 'Larger than chance?' },
      { key: 'ward_code', label: 'Code' },
    ],
    rows: rows.map(({ w, c }) => ({ ward_name: w.name, ...changeCells(c), ward_code: w.code })),
    context: { ward_set: set, category: ALL_CRIME.id, ...changeContext(p) },
  };
}

/**
 * A large area's ward changes as one row per borough: its wards' all-crime totals compared
 * (tested like a ward's), how many of its wards rose and changed by more than chance, and its
 * largest ward rise. Every ward stays in the CSV and on each borough's page, so /wards/
 * grows with boroughs, not wards.
 */
export function boroughChangeTable(set: WardSet): TableData {
  const p = changePeriods(set)!;
  const rows = boroughsOf(set)
    .map((b) => {
      const ws = b.wards.map((w) => ({ w, c: yearChanges(set, w.code)[0]!.change }));
      const c = changeBetween(
        ws.reduce((n, x) => n + x.c.earlier, 0),
        ws.reduce((n, x) => n + x.c.later, 0),
      );
      const top = ws
        .filter((x) => x.c.percent !== null)
        .sort((a, b) => b.c.percent! - a.c.percent! || a.w.name.localeCompare(b.w.name, 'en'))[0];
      return {
        borough: b.name,
        ...changeCells(c),
        wards: ws.length,
        wards_up: ws.filter((x) => x.c.difference > 0).length,
        wards_beyond_chance: ws.filter((x) => x.c.significant).length,
        largest_rise: top?.w.name ?? '',
        largest_rise_percent: top?.c.percent ?? null,
        borough_code: b.code,
      };
    })
    .sort(
      (a, b) =>
        (b.percent_change ?? -Infinity) - (a.percent_change ?? -Infinity) || a.borough.localeCompare(b.borough, 'en'),
    );
  return {
    caption: `All crime by borough, ${p.laterLabel} against ${p.earlierLabel}, largest rise first (${WARD_SET_INFO[set].short}; every ward is in the CSV download and on each borough's page). ${DASH_NOTE}`,
    rowHeader: 'borough',
    columns: [
      { key: 'borough', label: 'Borough' },
      ...changeColumns(p),
      { key: 'chance', label: 'Larger than chance?' },
      { key: 'wards', label: 'Wards', numeric: true },
      { key: 'wards_up', label: 'Wards with more', numeric: true },
      { key: 'wards_beyond_chance', label: 'Wards changed beyond chance', numeric: true },
      { key: 'largest_rise', label: 'Largest ward rise' },
      { key: 'largest_rise_percent', label: 'Its % change', numeric: true, decimals: 0 },
      { key: 'borough_code', label: 'Code' },
    ],
    rows,
    context: { ward_set: set, category: ALL_CRIME.id, ...changeContext(p) },
  };
}
