/**
 * The charts and tables of an indicator page, as Figures: each carries the table (which
 * is also the CSV download), the SVG, a text summary and its provenance, so the page,
 * the download endpoint and the chart's files are built from the same value.
 */
import { lineChart } from '../../charts/lineChart';
import { barChart } from '../../charts/barChart';
import type { Provenance } from '../../core/provenance';
import type { Figure, FigureSpec } from '../../charts/figure';
import { formatNumber, withContext, type TableData } from '../../core/table-data';
import { periodLabel } from '../../core/periods';
import type { Indicator, KpiData, Observation, Source, Statement } from './data';
export type { Source };
import { formatPercent, headline, observationsOf, sameQuarterLastYear } from './status';
import { targetThreshold } from './targets';
import { licenceLabel } from '../../core/licence';
import { areaContext, siteConfig } from '../site';
import { figure } from '../figure';

/**
 * A figure of an indicator's page, at its chart id there (`#<chartId>`), with its CSV at
 * `/indicators/<id>/<chartId>.csv`; the file names its area and indicator, so it still
 * says what it is once downloaded.
 */
export function indicatorFigure(
  indicatorId: string,
  chartId: string,
  spec: Omit<FigureSpec, 'csvHref' | 'page' | 'anchor'>,
): Figure {
  const page = `/indicators/${indicatorId}/`;
  return figure({
    ...spec,
    csvHref: `${page}${chartId}.csv`,
    page,
    anchor: chartId,
    table: withContext(spec.table, { ...areaContext(), indicator_id: indicatorId }),
  });
}

const n = (v: number) => formatNumber(v);

/** Observation statuses in words for readers (the ids stay in the published data). */
export const STATUS_WORDS: Record<Observation['status'], string> = {
  published: 'Published',
  derived: 'Derived from a stated change',
  'not-published': 'Not published',
};
/** Statement quantities in words for readers. */
export const QUANTITY_WORDS: Record<Statement['quantity'], string> = {
  'change-count': 'Change in number',
  'change-percent': 'Change (%)',
  'share-of-tno-percent': 'Share of all notifiable offences (%)',
};
/** An unrounded product, to two decimal places at most: 1,182.86. */
export const exactNumber = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** The sources.csv row for a source id. */
export function sourceName(data: KpiData, id: string): Source {
  const s = data.sources.find((x) => x.source_id === id);
  if (!s) throw new Error(`data/meta/sources.csv has no source "${id}"`);
  return s;
}

/** Provenance for rows that cite sources by source_id and cover months from start to end. */
export function citedProvenance(
  data: KpiData,
  rows: Array<{ source_id: string; period_start: string; period_end: string }>,
  caveats: string[],
): Provenance {
  const ids = [...new Set(rows.map((o) => o.source_id))].sort();
  const start = rows.map((r) => r.period_start).sort()[0];
  const end = rows
    .map((r) => r.period_end)
    .sort()
    .at(-1);
  return {
    source: ids
      .map((id) => {
        const s = sourceName(data, id);
        return `${s.publisher}, ${s.title}${s.published ? ` (${s.published})` : ''}`;
      })
      .join('; '),
    period: start && end ? periodLabel(start, end) : 'no period',
    caveats,
    ...sourcesLicence(data, ids),
  };
}

/** The licence label of figures from these sources: the open licence only if every source states it. */
export function sourcesLicence(data: KpiData, ids: readonly string[]): { licence: string; licenceUrl: string | null } {
  const label = licenceLabel(
    ids.map((id) => sourceName(data, id)),
    siteConfig().licence,
  );
  return { licence: label.text, licenceUrl: label.url };
}

function notesFor(data: KpiData, indicator: Indicator, obs: Observation[]): string[] {
  const ids = new Set(obs.flatMap((o) => o.note_ids));
  return data.notes
    .filter((note) => ids.has(note.note_id) || note.indicator_id === indicator.indicator_id)
    .map((note) => note.text);
}

/** The indicator's headline figure over the quarters the partnership published, with the target. */
export function publishedTrend(data: KpiData, indicator: Indicator): Figure {
  const h = headline(data, indicator);
  const obs = observationsOf(data, h.total.measure_id);
  const withValues = obs.filter((o) => o.value !== null);
  const unit = indicator.unit;
  const targetLevel =
    h.target?.kind === 'percent-change' && h.previous?.value != null
      ? targetThreshold(h.previous.value, h.target.value, indicator.polarity).threshold
      : h.target?.kind === 'level-percent'
        ? h.target.value
        : null;
  const table: TableData = {
    caption: `${indicator.short_title}: figures published by the partnership, by quarter`,
    rowHeader: 'period',
    columns: [
      { key: 'period', label: 'Quarter' },
      { key: 'period_start', label: 'From' },
      { key: 'period_end', label: 'To' },
      { key: 'value', label: `Value (${unit})`, numeric: true },
      { key: 'status', label: 'Status' },
      { key: 'source_section', label: 'Source section' },
    ],
    rows: obs.map((o) => ({
      period: o.period_label,
      period_start: o.period_start,
      period_end: o.period_end,
      value: o.value,
      status: STATUS_WORDS[o.status],
      source_section: o.source_section,
    })),
  };
  const summary =
    h.latest?.value != null && h.previous?.value != null && h.change
      ? `In ${periodLabel(h.latest.period_start, h.latest.period_end)} the partnership recorded ${n(h.latest.value)} ${unit}, ${n(Math.abs(h.change.count))} ${h.change.count < 0 ? 'fewer' : 'more'} (${formatPercent(h.change.percent)}) than the ${n(h.previous.value)} of the same quarter a year earlier${h.previous.status === 'derived' ? ' (derived from the change the report states)' : ''}.${targetLevel !== null && h.target?.kind === 'percent-change' ? ` Meeting the ${h.target.year} target of ${formatPercent(h.target.value)} would have meant no more than ${n(targetLevel)} in that quarter (${n(h.previous.value)} × ${(100 + h.target.value) / 100} = ${exactNumber(targetThreshold(h.previous.value, h.target.value, indicator.polarity).exact)}).` : ''}`
      : `No figure was published for ${h.latest?.period_label ?? 'any quarter'}.${h.target ? ` The ${h.target.year} target was “${h.target.wording}”.` : ''}`;
  const svg =
    withValues.length === 0
      ? null
      : lineChart(
          [{ id: 'published', label: 'Published figure', points: obs.map((o) => ({ x: o.period_label, y: o.value })) }],
          {
            id: `${indicator.indicator_id}-published`,
            title: table.caption,
            desc: summary,
            x: obs.map((o) => o.period_label),
            xLabel: (x) => x.split(' (')[0] ?? x,
            yLabel: unit,
            target:
              targetLevel !== null
                ? {
                    y: targetLevel,
                    label: `Target level for ${h.latest?.period_label.split(' (')[0]}: ${n(targetLevel)}`,
                  }
                : undefined,
          },
        );
  return indicatorFigure(indicator.indicator_id, 'published', {
    title: `${indicator.short_title}: published figures and target`,
    summary,
    svg,
    table,
    legend: [
      { label: 'Published figure (derived where marked in the table)', swatch: { kind: 'series', index: 0 } },
      ...(targetLevel !== null ? [{ label: 'Target level', swatch: { kind: 'target' as const } }] : []),
    ],
    provenance: citedProvenance(data, obs, notesFor(data, indicator, obs)),
  });
}

/** Sub-measures with figures for the latest quarter and the same quarter a year earlier. */
export function breakdown(data: KpiData, indicator: Indicator): Figure | null {
  const measures = data.measures
    .filter((m) => m.indicator_id === indicator.indicator_id && m.role !== 'total')
    .sort((a, b) => a.sort_order - b.sort_order);
  const latestPeriod = headline(data, indicator).latest;
  if (!latestPeriod) return null;
  const rows = measures.flatMap((m) => {
    const obs = observationsOf(data, m.measure_id);
    const latest = obs.find((o) => o.period_start === latestPeriod.period_start && o.value !== null);
    if (!latest) return [];
    const prev = sameQuarterLastYear(obs, latest);
    return [{ m, latest, prev }];
  });
  if (rows.length === 0) return null;
  const prevLabel = rows[0]?.prev?.period_label ?? 'same quarter a year earlier';
  const table: TableData = {
    caption: `${indicator.short_title} by sub-measure: ${latestPeriod.period_label} and ${prevLabel}`,
    rowHeader: 'measure',
    columns: [
      { key: 'measure', label: 'Sub-measure' },
      { key: 'latest', label: latestPeriod.period_label.split(' (')[0] ?? '', numeric: true },
      { key: 'previous', label: prevLabel.split(' (')[0] ?? '', numeric: true },
      { key: 'previous_status', label: 'Earlier figure' },
    ],
    rows: rows.map(({ m, latest, prev }) => ({
      measure: m.name,
      latest: latest.value,
      previous: prev?.value ?? null,
      previous_status: STATUS_WORDS[prev?.status ?? 'not-published'],
    })),
  };
  const biggest = [...rows].sort((a, b) => (b.latest.value ?? 0) - (a.latest.value ?? 0))[0];
  const summary =
    `${rows.length} sub-measures have published figures for ${latestPeriod.period_label}. The largest is ${biggest?.m.name} with ${n(biggest?.latest.value ?? 0)}.` +
    rows
      .map(({ m, latest, prev }) =>
        prev?.value != null && latest.value != null
          ? ` ${m.name}: ${n(latest.value)}, against ${n(prev.value)} a year earlier.`
          : ` ${m.name}: ${n(latest.value ?? 0)}.`,
      )
      .join('');
  const svg = barChart(
    rows.map(({ m, latest, prev }) => ({ label: m.name, value: latest.value, compare: prev?.value ?? null })),
    {
      id: `${indicator.indicator_id}-breakdown`,
      title: table.caption,
      desc: summary,
      seriesLabels: { value: latestPeriod.period_label, compare: prevLabel },
    },
  );
  const obs = rows.flatMap(({ latest, prev }) => (prev ? [latest, prev] : [latest]));
  return indicatorFigure(indicator.indicator_id, 'breakdown', {
    title: `${indicator.short_title} by sub-measure`,
    summary,
    svg,
    table,
    legend: [
      { label: latestPeriod.period_label, swatch: { kind: 'bar' } },
      { label: prevLabel, swatch: { kind: 'compare' } },
    ],
    provenance: citedProvenance(data, obs, notesFor(data, indicator, obs)),
  });
}

/** The changes and shares the source states in words, for every measure of the indicator. */
export function statedChanges(data: KpiData, indicator: Indicator): Figure | null {
  const measureIds = new Set(
    data.measures.filter((m) => m.indicator_id === indicator.indicator_id).map((m) => m.measure_id),
  );
  const rows = data.statements
    .filter((s) => measureIds.has(s.measure_id))
    .sort((a, b) => (a.period_start < b.period_start ? 1 : a.period_start > b.period_start ? -1 : 0));
  if (rows.length === 0) return null;
  const name = (id: string) => data.measures.find((m) => m.measure_id === id)?.name ?? id;
  const table: TableData = {
    caption: `${indicator.short_title}: changes and shares stated in the reports`,
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'measure', label: 'Measure' },
      { key: 'quantity', label: 'Quantity' },
      { key: 'value', label: 'Value', numeric: true },
      { key: 'statement', label: 'What the report says' },
      { key: 'source', label: 'Source' },
    ],
    rows: rows.map((s) => ({
      period: s.period_label,
      measure: name(s.measure_id),
      quantity: QUANTITY_WORDS[s.quantity],
      value: s.value,
      statement: s.wording,
      source: `${sourceName(data, s.source_id).title}, ${s.source_section}`,
    })),
  };
  const summary = `The reports state ${rows.length} ${rows.length === 1 ? 'change or share' : 'changes or shares'} for this indicator, listed in the table.`;
  return indicatorFigure(indicator.indicator_id, 'stated-changes', {
    title: 'Changes stated in the reports',
    summary,
    svg: null,
    table,
    provenance: citedProvenance(data, rows, []),
  });
}
