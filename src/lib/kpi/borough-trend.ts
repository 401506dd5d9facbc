/** All recorded crime in the borough by financial year, from the MPS monthly series. */
import { lineChart } from '../../charts/lineChart';
import { loadTable } from '../../core/load';
import { boroughMonthlyTable } from '../../schemas/borough';
import type { RowOf } from '../../core/tables';
import { financialYear, periodLabel } from '../../core/periods';
import { formatNumber, type TableData } from '../../core/table-data';
import { sourceName, sourcesLicence } from './charts';
import type { KpiData } from './data';
import type { Figure } from '../../charts/figure';
import { figure } from '../figure';
import { areaContext } from '../site';
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';

export type MonthlyCount = RowOf<typeof boroughMonthlyTable.fields>;

/** Totals by financial year, with the number of months each year has data for. */
export function financialYearTotals(
  rows: readonly MonthlyCount[],
): Array<{ year: string; months: number; total: number; first: string; last: string }> {
  const byYear = new Map<string, { months: Set<string>; total: number; first: string; last: string }>();
  for (const r of rows) {
    const fy = financialYear(r.month);
    const e = byYear.get(fy) ?? { months: new Set<string>(), total: 0, first: r.month, last: r.month };
    e.months.add(r.month);
    e.total += r.count;
    if (r.month < e.first) e.first = r.month;
    if (r.month > e.last) e.last = r.month;
    byYear.set(fy, e);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([year, e]) => ({ year, months: e.months.size, total: e.total, first: e.first, last: e.last }));
}

/** The home page's long-run chart: all recorded crime per financial year; its CSV names the area, category and measure. */
export function boroughTrendSpec(
  data: KpiData,
  areaName: string,
  rows: readonly MonthlyCount[] = loadTable(boroughMonthlyTable),
): Figure {
  const years = financialYearTotals(rows);
  const complete = years.filter((y) => y.months === 12);
  const partial = years.filter((y) => y.months < 12);
  const first = complete[0]!;
  const last = complete.at(-1)!;
  const peak = [...complete].sort((a, b) => b.total - a.total)[0]!;
  const table: TableData = {
    caption: `All recorded crime in ${areaName} by financial year (April to March)`,
    rowHeader: 'financial_year',
    columns: [
      { key: 'financial_year', label: 'Financial year' },
      { key: 'offences', label: 'Offences', numeric: true },
      { key: 'months', label: 'Months with data', numeric: true },
      { key: 'first_month', label: 'From' },
      { key: 'last_month', label: 'To' },
    ],
    context: { ...areaContext(), category: ALL_CRIME.id, measure: 'count' },
    rows: years.map((y) => ({
      financial_year: y.year,
      first_month: y.first,
      last_month: y.last,
      months: y.months,
      offences: y.total,
    })),
  };
  const summary =
    `The police recorded ${formatNumber(first.total)} offences in ${areaName} in ${first.year} and ${formatNumber(last.total)} in ${last.year}; the highest year was ${peak.year} with ${formatNumber(peak.total)}.` +
    (partial.length
      ? ` ${partial.map((p) => `${p.year} has only ${p.months} months of data so far (${formatNumber(p.total)} offences) and is not drawn.`).join(' ')}`
      : '');
  const svg = lineChart(
    [{ id: 'all-crime', label: 'All recorded crime', points: complete.map((y) => ({ x: y.year, y: y.total })) }],
    {
      id: 'borough-trend',
      title: table.caption,
      desc: summary,
      x: complete.map((y) => y.year),
      yLabel: 'offences per year',
      xTickEvery: 2,
    },
  );
  const s = sourceName(data, 'mps-borough-crime');
  return figure({
    csvHref: '/borough-trend.csv',
    page: '/',
    anchor: 'borough-trend',
    title: table.caption,
    summary,
    svg,
    table,
    legend: [{ label: 'All recorded crime', swatch: { kind: 'series', index: 0 } }],
    provenance: {
      source: `${s.publisher}, ${s.title}`,
      period: periodLabel(years[0]!.first, years.at(-1)!.last),
      caveats: [
        'Counts use the police categories current when the files were extracted (2023 and 2025), so early years may differ from figures published at the time.',
        'Recent months are revised by the police between extracts.',
      ],
      ...sourcesLicence(data, [s.source_id]),
    },
  });
}
