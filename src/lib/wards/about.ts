/**
 * Figures for the "about the ward figures" page: the ward sum against the borough
 * series month by month (chart and table), the measured sizes of the boundary files, and
 * how much the wards' months vary (what the change test allows for).
 */
import { lineChart } from '../../charts/lineChart';
import { monthRange, shortMonthLabel } from '../../core/periods';
import type { TableData } from '../../core/table-data';
import type { Figure } from '../../charts/figure';
import { figure } from '../figure';
import { licenceOfSources, tableSourceIds } from '../licences';
import { boroughMonthlyTable } from '../../schemas/borough';
import { areaContext } from '../site';
import { ABOUT_WARDS_PATH, RECONCILIATION_CSV } from './paths';
import { wardSourceIds } from './provenance';
import { reconcileRows, reconcileSummary } from './reconcile';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';
import { areaWardSets, wardSetData } from './';
import { changePeriods, yearChange } from './year-change';
import { breakMarkers } from './charts';
import { wardTopologyBytes } from './topology';

/** The tolerances the build tests hold the reconciliation to (percent of the borough figure). */
export const RECONCILE_TOLERANCE = { month: 3, total: 1 } as const;

/** The monthly comparison as a table (also its CSV, which names its area, category and measure). */
function reconcileTable(): TableData {
  return {
    caption: 'Sum over the wards against the borough total, all crime, by month',
    columns: [
      { key: 'ward_set', label: 'Ward set' },
      { key: 'month', label: 'Month' },
      { key: 'ward_sum', label: 'Sum over wards', numeric: true },
      { key: 'borough_total', label: 'Borough total', numeric: true },
      { key: 'difference', label: 'Difference', numeric: true },
      { key: 'percent_difference', label: 'Difference (%)', numeric: true, decimals: 2 },
    ],
    rows: reconcileRows().map((r) => ({
      ward_set: r.set,
      month: r.month,
      ward_sum: r.wardSum,
      borough_total: r.borough,
      difference: r.difference,
      percent_difference: r.percent,
    })),
    context: { ...areaContext(), category: ALL_CRIME.id, measure: 'count' },
  };
}

/** The ward sets with a borough series beside them, in the order the chart draws and keys them. */
function reconciledSets(rows: ReturnType<typeof reconcileRows>): WardSet[] {
  return areaWardSets().filter((set) => rows.some((r) => r.set === set));
}

/** Line chart of the monthly percentage difference for each ward set with a borough series beside it; null for none. */
function reconcileChart(): string | null {
  const rows = reconcileRows();
  if (!rows.length) return null;
  const months = monthRange(rows[0]!.month, rows[rows.length - 1]!.month);
  const sets = reconciledSets(rows);
  const series = sets.map((set) => {
    const byMonth = new Map(rows.filter((r) => r.set === set).map((r) => [r.month, r.percent]));
    return {
      id: set,
      label: WARD_SET_INFO[set].short,
      points: months.map((m) => ({ x: m, y: byMonth.get(m) ?? null })),
    };
  });
  return lineChart(series, {
    id: 'reconcile-chart',
    title: 'Difference between the ward sum and the borough total, per cent',
    desc: 'Line chart by month; below zero means the wards add up to less than the borough total.',
    x: months,
    xLabel: shortMonthLabel,
    xTickEvery: 6,
    yLabel: 'Difference (%)',
    zero: false,
    markers: sets.flatMap((set) => breakMarkers(set, months, true)),
  });
}

/** The ward sums against the borough total, month by month, as a figure of /wards/about/. */
export function reconcileFigure(): Figure {
  return figure({
    csvHref: RECONCILIATION_CSV,
    page: ABOUT_WARDS_PATH,
    anchor: 'reconcile',
    title: 'Ward sum against the borough total, by month',
    summary: reconcileSentences().join(' '),
    svg: reconcileChart(),
    // The key names the lines the chart draws, one for each set reconciled.
    legend: reconciledSets(reconcileRows()).map((s, i) => ({
      label: WARD_SET_INFO[s].short,
      swatch: { kind: 'series', index: i },
    })),
    legendLabel: 'Key',
    table: reconcileTable(),
    provenance: {
      source: 'Metropolitan Police Service, MPS Ward Level Crime (most recent 24 months) and MPS Borough Level Crime',
      period: 'months covered by both the ward and the borough files',
      caveats: ['The ward and borough files are different extracts; later extracts revise counts.'],
      ...licenceOfSources([
        ...areaWardSets().flatMap((s) => wardSourceIds(s)),
        ...tableSourceIds(boroughMonthlyTable.name),
      ]),
    },
  });
}

/** A sentence per ward set with the measured comparison. */
export function reconcileSentences(): string[] {
  return reconcileSummary()
    .filter((s) => s.months > 0)
    .map(
      (s) =>
        `${WARD_SET_INFO[s.set].short}: over the ${s.months} months both files cover, the largest monthly difference is ${s.maxMonthPercent.toLocaleString('en-GB')}% and the wards add up to ${s.wardSum.toLocaleString('en-GB')} offences against ${s.borough.toLocaleString('en-GB')} for the borough (${s.totalPercent.toLocaleString('en-GB')}%).`,
    );
}

/** Measured size of each ward set's TopoJSON file, in bytes. */
export function topologySizes(): Array<{ set: WardSet; bytes: number }> {
  return areaWardSets().map((set) => ({ set, bytes: wardTopologyBytes(set) }));
}

/**
 * How much the wards' all-crime months vary beyond their season, as measured by the change
 * test: the smallest, middle and largest multiple of Poisson variation, and how many wards
 * the test treats as more variable than Poisson. Null with under 24 months.
 */
export function measuredVariation(
  set: WardSet,
): { wards: number; min: number; median: number; max: number; beyondPoisson: number } | null {
  const p = changePeriods(set);
  if (!p) return null;
  const tests = wardSetData(set).wards.map((w) => yearChange(set, w.code, ALL_CRIME.id)!.test);
  const measured = tests.map((t) => t.measured ?? 1).sort((a, b) => a - b);
  const mid = measured.length / 2;
  return {
    wards: measured.length,
    min: measured[0]!,
    median: measured.length % 2 ? measured[Math.floor(mid)]! : (measured[mid - 1]! + measured[mid]!) / 2,
    max: measured.at(-1)!,
    beyondPoisson: tests.filter((t) => t.method === 'quasi-poisson').length,
  };
}
