/**
 * The violence and property indicators recomputed from the Metropolitan Police's
 * open monthly series, set beside what the partnership published. The two never match
 * exactly; the reconciliation says by how much and why.
 */
import { lineChart } from '../../charts/lineChart';
import type { TableData } from '../../core/table-data';
import { formatNumber } from '../../core/table-data';
import { periodLabel, quarterLabel } from '../../core/periods';
import type { Indicator, KpiData } from './data';
import { citedProvenance, sourceName, type ChartSpec } from './charts';
import { formatPercent, observationsOf, totalMeasure } from './status';

const MPS_SOURCE = 'mps-borough-crime';

/** Why published and recomputed figures differ; shown with every reconciliation. */
export const RECONCILIATION_REASONS = [
  'Categories: the 2012 report counted offences in the Metropolitan Police categories of the time; the open series restates every month in the categories in use when it was extracted, and some offences (harassment in particular) have moved between groups since.',
  'Timing: the report used figures extracted in 2012; the open series was extracted in 2023 and 2025, after later reclassification and cancelled records.',
  'Mapping: which current categories count towards each portfolio is the portal\'s own judgement (see the mapping table), as no official mapping is published.',
];

function provenance(data: KpiData, start: string, end: string, extra: string[] = []) {
  const s = sourceName(data, MPS_SOURCE);
  return {
    source: `${s.publisher}, ${s.title}`,
    period: periodLabel(start, end),
    caveats: [
      'Recomputed by the portal from the monthly open series using the category mapping published with this data; the partnership did not publish these figures.',
      ...extra,
    ],
  };
}

/** Quarterly long-run series for an indicator's total, with the published figures beside it. */
export function longRunTrend(data: KpiData, indicator: Indicator): ChartSpec | null {
  const total = totalMeasure(data, indicator.indicator_id);
  const rows = data.recomputed.filter((r) => r.measure_id === total.measure_id).sort((a, b) => (a.period_start < b.period_start ? -1 : 1));
  if (rows.length === 0) return null;
  const published = observationsOf(data, total.measure_id);
  const key = (r: { financial_year: string; quarter: number }) => quarterLabel(r.financial_year, r.quarter);
  const pubByStart = new Map(published.map((o) => [o.period_start, o]));
  const table: TableData = {
    caption: `${indicator.short_title}: offences by financial-year quarter, recomputed from open data`,
    rowHeader: 'quarter',
    columns: [
      { key: 'quarter', label: 'Quarter' },
      { key: 'period_start', label: 'From' },
      { key: 'period_end', label: 'To' },
      { key: 'months', label: 'Months with data', numeric: true },
      { key: 'recomputed', label: 'Recomputed (offences)', numeric: true },
      { key: 'published', label: 'Published by the partnership', numeric: true },
    ],
    rows: rows.map((r) => ({ quarter: key(r), period_start: r.period_start, period_end: r.period_end, months: r.months, recomputed: r.count, published: pubByStart.get(r.period_start)?.value ?? null })),
  };
  const complete = rows.filter((r) => r.status === 'complete');
  const first = complete[0];
  const last = complete.at(-1);
  const peak = [...complete].sort((a, b) => b.count - a.count)[0];
  const low = [...complete].sort((a, b) => a.count - b.count)[0];
  const partial = rows.filter((r) => r.status === 'partial');
  const summary = first && last && peak && low
    ? `Recomputed from the Metropolitan Police monthly series, ${indicator.short_title.toLowerCase()} went from ${formatNumber(first.count)} offences in ${key(first)} to ${formatNumber(last.count)} in ${key(last)}. The highest complete quarter was ${key(peak)} (${formatNumber(peak.count)}) and the lowest ${key(low)} (${formatNumber(low.count)}).${partial.length ? ` ${partial.map((p) => `${key(p)} has only ${p.months} month${p.months === 1 ? '' : 's'} of data and is left off the chart.`).join(' ')}` : ''}`
    : 'No complete quarter.';
  const x = complete.map(key);
  const svg = lineChart(
    [
      { id: 'recomputed', label: 'Recomputed from open data', points: complete.map((r) => ({ x: key(r), y: r.count })) },
      { id: 'published', label: 'Published by the partnership', points: complete.map((r) => ({ x: key(r), y: pubByStart.get(r.period_start)?.value ?? null })) },
    ],
    {
      id: `${indicator.indicator_id}-long-run`, title: table.caption, desc: summary, x, yLabel: 'offences per quarter',
      xLabel: (q) => q.replace(/ Q\d$/, '').replace(/^(\d{4})\/(\d{2})$/, '$1/$2'), xTickEvery: 8,
      markers: indicator.indicator_id === 'property-crime' ? [{ x: '2023/24 Q4', label: 'Burglary categories change (Feb 2024)' }] : [],
    },
  );
  const caveats = indicator.indicator_id === 'property-crime' ? ['From February 2024 the police record residential burglary in new categories; the totals here include both the old and new categories.'] : [];
  return { id: 'long-run', title: `${indicator.short_title} since 2010, recomputed from open data`, summary, svg, table,
    legend: [{ label: 'Recomputed from open data', swatch: { kind: 'series', index: 0 } }, { label: 'Published by the partnership', swatch: { kind: 'series', index: 1 } }], provenance: provenance(data, rows[0]!.period_start, rows.at(-1)!.period_end, caveats) };
}

/** Published Q figure beside the recomputed one, for the total and each matched sub-measure. */
export function reconciliation(data: KpiData, indicator: Indicator): ChartSpec | null {
  const measures = data.measures.filter((m) => m.indicator_id === indicator.indicator_id);
  const rows = measures.flatMap((m) => observationsOf(data, m.measure_id)
    .filter((o) => o.status === 'published' && o.value !== null)
    .flatMap((o) => {
      const rec = data.recomputed.find((r) => r.measure_id === m.measure_id && r.period_start === o.period_start && r.period_end === o.period_end);
      if (!rec || o.value === null) return [];
      const diff = rec.count - o.value;
      return [{ measure: m.name, measure_id: m.measure_id, period: o.period_label, published: o.value, recomputed: rec.count, difference: diff, difference_percent: Math.round((diff / o.value) * 1000) / 10 }];
    }));
  if (rows.length === 0) return null;
  const table: TableData = {
    caption: `${indicator.short_title}: published figures against figures recomputed from open data`,
    rowHeader: 'measure',
    columns: [
      { key: 'measure', label: 'Measure' },
      { key: 'measure_id', label: 'Measure id' },
      { key: 'period', label: 'Period' },
      { key: 'published', label: 'Published', numeric: true },
      { key: 'recomputed', label: 'Recomputed', numeric: true },
      { key: 'difference', label: 'Difference', numeric: true },
      { key: 'difference_percent', label: 'Difference (%)', numeric: true, decimals: 1 },
    ],
    rows,
  };
  const main = rows[0]!;
  const summary = `For ${main.period} the partnership published ${formatNumber(main.published)} (${main.measure.toLowerCase()}); the open data gives ${formatNumber(main.recomputed)}, a difference of ${formatNumber(main.difference)} (${formatPercent(main.difference_percent)}).`;
  const pubSource = observationsOf(data, totalMeasure(data, indicator.indicator_id).measure_id).filter((o) => o.status === 'published');
  const prov = citedProvenance(data, pubSource, RECONCILIATION_REASONS);
  return { id: 'reconciliation', title: 'Published and recomputed figures compared', summary, svg: null, table, provenance: { ...prov, source: `${prov.source}; ${sourceName(data, MPS_SOURCE).publisher}, ${sourceName(data, MPS_SOURCE).title}` } };
}
