/**
 * How the ward figures add up against the borough series. Some offences are recorded
 * with no ward, and the ward and borough files are separate extracts taken on different
 * dates, so the sum over wards and the borough total differ a little: measured here,
 * month by month, for the months both series cover.
 */
import { loadTable } from '../../core/load';
import { boroughMonthlyTable } from '../../schemas/borough';
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';
import { areaWardSets, wardSetData } from './';
import type { WardSet } from '../../schemas/vocab/ward-sets';

export interface ReconcileRow {
  set: WardSet;
  month: string;
  wardSum: number;
  borough: number;
  difference: number;
  /** (wardSum − borough) / borough × 100, to 2 decimal places. */
  percent: number;
}

export interface ReconcileSummary {
  set: WardSet;
  months: number;
  first: string;
  last: string;
  wardSum: number;
  borough: number;
  /** Difference over the whole overlap, percent of the borough total. */
  totalPercent: number;
  /** Largest monthly difference, percent of the borough month (absolute). */
  maxMonthPercent: number;
}

const pct = (a: number, b: number) => Math.round(((a - b) / b) * 10_000) / 100;

let rowsCache: ReconcileRow[] | undefined;
let summaryCache: ReconcileSummary[] | undefined;

/**
 * Monthly comparison for both ward sets, over the months the borough series also covers.
 * Computed once per build: every ward chart and map view quotes it in its caveats.
 */
export function reconcileRows(): ReconcileRow[] {
  return (rowsCache ??= computeRows());
}

function computeRows(): ReconcileRow[] {
  const borough = new Map<string, number>();
  for (const r of loadTable(boroughMonthlyTable)) borough.set(r.month, (borough.get(r.month) ?? 0) + r.count);
  const rows: ReconcileRow[] = [];
  for (const set of areaWardSets()) {
    const data = wardSetData(set);
    for (const month of data.months) {
      const b = borough.get(month);
      if (b === undefined) continue;
      const wardSum = data.total.get(ALL_CRIME.id)!.get(month) ?? 0;
      rows.push({ set, month, wardSum, borough: b, difference: wardSum - b, percent: pct(wardSum, b) });
    }
  }
  return rows;
}

/** The comparison summed up for each ward set. */
export function reconcileSummary(): ReconcileSummary[] {
  const rows = reconcileRows();
  return (summaryCache ??= areaWardSets().map((set) => {
    const r = rows.filter((x) => x.set === set);
    const wardSum = r.reduce((n, x) => n + x.wardSum, 0);
    const borough = r.reduce((n, x) => n + x.borough, 0);
    return {
      set,
      months: r.length,
      first: r[0]?.month ?? '',
      last: r[r.length - 1]?.month ?? '',
      wardSum,
      borough,
      totalPercent: borough ? pct(wardSum, borough) : 0,
      maxMonthPercent: Math.max(0, ...r.map((x) => Math.abs(x.percent))),
    };
  }));
}
