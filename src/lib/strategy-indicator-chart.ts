/**
 * The small indicator chart strategy documents embed (`<IndicatorChart>`): the figures
 * the partnership published for an indicator, or the long quarterly series the portal
 * recomputes from Metropolitan Police data. Pure: tables in, chart, table and words out.
 */
import type { RowOf } from './tables';
import type { TableData } from './table-data';
import type { Provenance } from './provenance';
import { formatNumber } from './table-data';
import { addMonths, periodLabel, quarterLabel } from './periods';
import { barChart } from '../charts/barChart';
import { lineChart } from '../charts/lineChart';
import type { indicatorsTable, measuresTable, notesTable, observationsTable, targetsTable } from '../schemas/kpi';
import type { indicatorQuartersTable } from '../schemas/borough';

export const CHART_SERIES = ['published', 'recomputed'] as const;
export type ChartSeries = (typeof CHART_SERIES)[number];

/** The tables the chart is drawn from. */
export interface IndicatorChartData {
  indicators: RowOf<typeof indicatorsTable.fields>[];
  measures: RowOf<typeof measuresTable.fields>[];
  observations: RowOf<typeof observationsTable.fields>[];
  targets: RowOf<typeof targetsTable.fields>[];
  notes: RowOf<typeof notesTable.fields>[];
  quarters: RowOf<typeof indicatorQuartersTable.fields>[];
  /** Titles of cited sources by source_id. */
  sourceTitles: Map<string, string>;
}

/** Everything ChartFrame needs. */
export interface IndicatorChartModel {
  id: string;
  title: string;
  summary: string;
  svg: string;
  table: TableData;
  csvHref: string;
  provenance: Provenance;
}

/** Where a chart's CSV is served: `/strategies/charts/violent-crime-published.csv`. */
export function indicatorChartCsvPath(indicatorId: string, series: ChartSeries): string {
  return `/strategies/charts/${indicatorId}-${series}.csv`;
}

/** Which (indicator, series) pairs have figures to draw. */
export function availableCharts(data: IndicatorChartData): Array<{ indicator: string; series: ChartSeries }> {
  const out: Array<{ indicator: string; series: ChartSeries }> = [];
  for (const ind of data.indicators) {
    const total = totalMeasure(data, ind.indicator_id);
    if (!total) continue;
    if (data.observations.some((o) => o.measure_id === total)) out.push({ indicator: ind.indicator_id, series: 'published' });
    if (data.quarters.some((q) => q.measure_id === total)) out.push({ indicator: ind.indicator_id, series: 'recomputed' });
  }
  return out;
}

function totalMeasure(data: IndicatorChartData, indicatorId: string): string | undefined {
  return data.measures.find((m) => m.indicator_id === indicatorId && m.role === 'total')?.measure_id;
}

/** Builds the chart model, or throws naming the indicator and series when there is nothing to draw. */
export function indicatorChartModel(indicatorId: string, series: ChartSeries, data: IndicatorChartData, mark?: { period: string; label: string }): IndicatorChartModel {
  const ind = data.indicators.find((i) => i.indicator_id === indicatorId);
  if (!ind) throw new Error(`IndicatorChart: "${indicatorId}" is not an indicator id in data/kpi/indicators.csv`);
  const total = totalMeasure(data, indicatorId);
  const target = data.targets.find((t) => t.indicator_id === indicatorId);
  const targetText = target ? ` The target for ${target.year}, adopted on ${formatDate(target.agreed)}: ${target.wording}.` : '';
  const id = `chart-${indicatorId}-${series}`;
  const csvHref = indicatorChartCsvPath(indicatorId, series);
  return series === 'published'
    ? publishedModel(ind, total, data, id, csvHref, targetText)
    : recomputedModel(ind, total, data, id, csvHref, targetText, mark);
}

function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * How often to label the x axis so about eight labels fit and the last label (which the
 * chart always draws) does not collide with the one before it.
 */
export function tickEvery(n: number, target = 8): number {
  const base = Math.max(1, Math.ceil(n / target));
  for (let every = base; every < base + 8; every++) {
    const rest = (n - 1) % every;
    if (rest === 0 || rest >= every * 0.6) return every;
  }
  return base;
}

type Indicator = RowOf<typeof indicatorsTable.fields>;

function publishedModel(ind: Indicator, total: string | undefined, data: IndicatorChartData, id: string, csvHref: string, targetText: string): IndicatorChartModel {
  const obs = data.observations.filter((o) => o.measure_id === total).sort((a, b) => a.period_start.localeCompare(b.period_start));
  if (!obs.length) throw new Error(`IndicatorChart: indicator "${ind.indicator_id}" has no published figures in data/kpi/observations.csv`);
  const fmt = (v: number) => (ind.unit === 'percent' ? `${formatNumber(v)}%` : formatNumber(v));
  const latest = [...obs].reverse().find((o) => o.value !== null);
  let summary: string;
  if (!latest) {
    const notes = obs.flatMap((o) => o.note_ids).map((n) => data.notes.find((x) => x.note_id === n)?.text).filter(Boolean);
    summary = `No figure has been published for ${obs.map((o) => o.period_label).join(', ')}. ${notes.join(' ')}`;
  } else {
    const before = obs.find((o) => o.period_start === addMonths(latest.period_start, -12) && o.value !== null);
    summary = `${latest.period_label}: ${fmt(latest.value!)}${ind.unit === 'percent' ? '' : ` ${ind.unit}`}.`;
    if (before) {
      const diff = latest.value! - before.value!;
      const word = diff < 0 ? 'fewer' : 'more';
      summary += ` The same period a year earlier: ${fmt(before.value!)}${before.status === 'derived' ? ' (derived from the change the report states)' : ''}, so ${formatNumber(Math.abs(diff))} ${word}.`;
    }
  }
  const title = `${ind.short_title}: the figures the partnership published`;
  // Bars are labelled with the short quarter name; the table gives the months.
  const svg = barChart(obs.map((o) => ({ label: o.period_label.replace(/ \(.*\)$/, ''), value: o.value })), {
    id, title, desc: summary, valueLabel: fmt,
  });
  const sources = [...new Set(obs.map((o) => o.source_id))].map((s) => data.sourceTitles.get(s) ?? s);
  const caveats = [...new Set(obs.flatMap((o) => o.note_ids))].map((n) => data.notes.find((x) => x.note_id === n)?.text).filter((t): t is string => Boolean(t));
  return {
    id, title, svg, csvHref,
    summary: summary + targetText,
    table: {
      caption: `${ind.short_title} by period, as published`,
      rowHeader: 'period',
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'period_start', label: 'From' },
        { key: 'period_end', label: 'To' },
        { key: 'value', label: ind.unit === 'percent' ? 'Percent' : `Number of ${ind.unit}`, numeric: true },
        { key: 'status', label: 'Status' },
      ],
      rows: obs.map((o) => ({ period: o.period_label, period_start: o.period_start, period_end: o.period_end, value: o.value, status: o.status })),
    },
    provenance: {
      source: sources.join('; '),
      period: periodLabel(obs[0]!.period_start, obs[obs.length - 1]!.period_end),
      caveats,
    },
  };
}

function recomputedModel(ind: Indicator, total: string | undefined, data: IndicatorChartData, id: string, csvHref: string, targetText: string, mark?: { period: string; label: string }): IndicatorChartModel {
  const all = data.quarters.filter((q) => q.measure_id === total).sort((a, b) => a.period_start.localeCompare(b.period_start));
  if (!all.length) throw new Error(`IndicatorChart: indicator "${ind.indicator_id}" has no recomputed quarterly series in data/borough/indicator-quarters.csv; use series="published"`);
  // A quarter the series ends inside has fewer months and would look like a fall: leave it out and say so.
  const rows = all.filter((q) => q.status === 'complete');
  const left = all.filter((q) => q.status !== 'complete');
  const x = rows.map((q) => quarterLabel(q.financial_year, q.quarter));
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const max = rows.reduce((a, b) => (b.count > a.count ? b : a));
  const min = rows.reduce((a, b) => (b.count < a.count ? b : a));
  let summary = `Offences recorded each quarter, ${quarterLabel(first.financial_year, first.quarter)} to ${quarterLabel(last.financial_year, last.quarter)}: ${formatNumber(first.count)} in the first quarter and ${formatNumber(last.count)} in the last. Highest ${formatNumber(max.count)} (${quarterLabel(max.financial_year, max.quarter)}), lowest ${formatNumber(min.count)} (${quarterLabel(min.financial_year, min.quarter)}).`;
  if (left.length) summary += ` ${left.map((q) => `${periodLabel(q.period_start, q.period_end)} (${q.months} months)`).join(', ')} is left out because the data ends part-way through the quarter.`;
  const title = `${ind.short_title} in the borough by quarter, recomputed from police data`;
  const svg = lineChart([{ id: ind.indicator_id, label: ind.short_title, points: rows.map((q, i) => ({ x: x[i]!, y: q.count })) }], {
    id, title, desc: summary, x, yLabel: 'Offences per quarter',
    xTickEvery: tickEvery(x.length), markers: mark && x.includes(mark.period) ? [{ x: mark.period, label: mark.label }] : [],
  });
  return {
    id, title, svg, csvHref,
    summary: summary + targetText,
    table: {
      caption: `${ind.short_title} by financial-year quarter, recomputed from MPS borough crime data`,
      rowHeader: 'quarter',
      columns: [
        { key: 'quarter', label: 'Quarter' },
        { key: 'period_start', label: 'From' },
        { key: 'period_end', label: 'To' },
        { key: 'offences', label: 'Offences', numeric: true },
      ],
      rows: rows.map((q, i) => ({ quarter: x[i]!, period_start: q.period_start, period_end: q.period_end, offences: q.count })),
    },
    provenance: {
      source: 'Metropolitan Police Service, MPS Borough Level Crime, via the London Datastore; grouped into the partnership\'s portfolio by the portal',
      period: periodLabel(first.period_start, last.period_end),
      caveats: [
        'Recomputed figures use today\'s police crime categories and a later extract, so they differ from the figures the partnership published at the time.',
        'Counts are as recorded when the data was extracted; recent months are revised between extracts.',
      ],
    },
  };
}
