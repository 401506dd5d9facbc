/**
 * The change on the year before, for a ward or for all of a set's wards together: the
 * latest 12 months against the 12 before, for all crime and each published category,
 * with the variation test of src/lib/verdicts (run on the monthly counts). Also the table
 * of every ward of a set, sortable by change.
 */
import { monthSpan, periodLabel } from '../../core/periods';
import type { TableData } from '../../core/table-data';
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import { latestTwelve, previousTwelve, wardSetData, type Ward } from './';
import { changeBetween, MIN_BASE_FOR_PERCENT, sumMonths, type Change } from '../verdicts/change';
import { VARIATION_COLUMN, variationCell } from '../verdicts/words';
import { boroughsOf, capitalised, districtNounOf } from './boroughs';

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
  return [ALL_CRIME, ...d.categoryList];
}

/** The monthly counts of one category for a ward, or (code null) for every ward of the set together. */
export function monthlyCounts(
  set: WardSet,
  code: string | null,
  category: string,
  months: readonly string[],
): number[] {
  const d = wardSetData(set);
  const s = code ? d.series.get(code)?.get(category) : d.total.get(category);
  if (!s) throw new Error(`no series for ward ${code}, category ${category}`);
  return months.map((m) => s.get(m) ?? 0);
}

/** One category's change for a ward (code null: the set's wards together), from its monthly counts. */
export function yearChange(set: WardSet, code: string | null, category: string): Change | null {
  const p = changePeriods(set);
  if (!p) return null;
  return changeBetween(monthlyCounts(set, code, category, p.earlier), monthlyCounts(set, code, category, p.later));
}

/**
 * The change of several wards of a set together (a borough's wards): their monthly counts
 * added month by month, then tested like one ward's. Null with under 24 months.
 */
export function wardsChange(set: WardSet, codes: readonly string[], category: string): Change | null {
  const p = changePeriods(set);
  if (!p) return null;
  const months = (ms: readonly string[]) => sumMonths(codes.map((c) => monthlyCounts(set, c, category, ms)));
  return changeBetween(months(p.earlier), months(p.later));
}

/** All crime and each category: a ward's change on the year before (code null: the set's wards together). */
export function yearChanges(set: WardSet, code: string | null): CategoryChange[] {
  if (!changePeriods(set)) return [];
  return categoriesOf(set).map((c) => ({
    category: c.id,
    label: c.label,
    change: yearChange(set, code, c.id)!,
  }));
}

/**
 * A p-value as written in tables: three decimals, or "under 0.001" (never a misleading
 * 0.000), and four where three would read 0.050, so the figure never seems to contradict
 * its verdict at the 0.05 line.
 */
export function pText(p: number): string {
  if (p < 0.001) return 'under 0.001';
  return p.toFixed(3) === '0.050' ? p.toFixed(4) : p.toFixed(3);
}

/** What a dash in the % change column means. */
const DASH_NOTE = `${VARIATION_COLUMN} yes means more than normal year-to-year variation would explain (a test at the 95% level that allows for each series' own month-to-month variation; see About the ward figures). A dash in % change: under ${MIN_BASE_FOR_PERCENT} offences in the earlier year, too few for a percentage to mean much`;

/** The figure columns every change table shares, after its first (name) column. */
function changeColumns(p: NonNullable<ReturnType<typeof changePeriods>>): TableData['columns'] {
  return [
    { key: 'percent_change', label: '% change', numeric: true, decimals: 1 },
    { key: 'difference', label: 'Difference', numeric: true },
    { key: 'earlier', label: p.earlierLabel, numeric: true },
    { key: 'later', label: p.laterLabel, numeric: true },
  ];
}

/** What every row of a change table is: counts, over the two periods its columns compare (CSV context columns). */
export function changeContext(p: NonNullable<ReturnType<typeof changePeriods>>): NonNullable<TableData['context']> {
  return { measure: 'count', earlier_period: monthSpan(p.earlier), later_period: monthSpan(p.later) };
}

/** A change's cells in those columns, its verdict, and the variation the test allowed for. */
function changeCells(c: Change) {
  return {
    percent_change: c.percent,
    difference: c.difference,
    earlier: c.earlier,
    later: c.later,
    chance: variationCell(c),
    variation: c.test.dispersion,
  };
}

/** The verdict column, and the variation allowed for (a multiple of Poisson's: 1 when the months vary no more). */
const VERDICT_COLUMNS: TableData['columns'] = [
  { key: 'chance', label: VARIATION_COLUMN },
  { key: 'variation', label: 'Variation allowed (× Poisson)', numeric: true, decimals: 2 },
];

/**
 * A table of named changes over the same two periods: the name column (`first`, the row
 * header), then each change's columns, its p-value and its verdict.
 */
export function changeRowsTable(
  first: { key: string; label: string },
  changes: ReadonlyArray<{ name: string; change: Change }>,
  p: NonNullable<ReturnType<typeof changePeriods>>,
): Pick<TableData, 'rowHeader' | 'columns' | 'rows'> {
  return {
    rowHeader: first.key,
    columns: [first, ...changeColumns(p), { key: 'p_value', label: 'p-value' }, ...VERDICT_COLUMNS],
    rows: changes.map(({ name, change: c }) => ({ [first.key]: name, ...changeCells(c), p_value: pText(c.pValue) })),
  };
}

/** The change table of a ward or of the whole set (name says whose). */
export function yearChangeTable(set: WardSet, code: string | null, name: string): TableData {
  const p = changePeriods(set)!;
  return {
    caption: `Offences in ${name}, ${p.laterLabel} against ${p.earlierLabel} (${WARD_SET_INFO[set].short}). ${DASH_NOTE}`,
    ...changeRowsTable(
      { key: 'category', label: 'Category' },
      yearChanges(set, code).map(({ label, change }) => ({ name: label, change })),
      p,
    ),
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
      ...VERDICT_COLUMNS,
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
  const noun = districtNounOf(set);
  const rows = boroughsOf(set)
    .map((b) => {
      const ws = b.wards.map((w) => ({ w, c: yearChanges(set, w.code)[0]!.change }));
      const c = wardsChange(
        set,
        b.wards.map((w) => w.code),
        ALL_CRIME.id,
      )!;
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
    caption: `All crime by ${noun}, ${p.laterLabel} against ${p.earlierLabel}, largest rise first (${WARD_SET_INFO[set].short}; every ward is in the CSV download and on each ${noun}'s page). ${DASH_NOTE}`,
    rowHeader: 'borough',
    columns: [
      { key: 'borough', label: capitalised(noun) },
      ...changeColumns(p),
      ...VERDICT_COLUMNS,
      { key: 'wards', label: 'Wards', numeric: true },
      { key: 'wards_up', label: 'Wards with more', numeric: true },
      { key: 'wards_beyond_chance', label: 'Wards with more than normal variation', numeric: true },
      { key: 'largest_rise', label: 'Largest ward rise' },
      { key: 'largest_rise_percent', label: 'Its % change', numeric: true, decimals: 0 },
      { key: 'borough_code', label: 'Code' },
    ],
    rows,
    context: { ward_set: set, category: ALL_CRIME.id, ...changeContext(p) },
  };
}
