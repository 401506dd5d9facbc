/**
 * The violence and property indicators recomputed from the Metropolitan Police's
 * open monthly series, set beside what the partnership published. The two never match
 * exactly; the reconciliation says by how much and why.
 */
import type { TableData } from '../../core/table-data';
import { formatNumber } from '../../core/table-data';
import type { Indicator, KpiData } from './data';
import { citedProvenance, indicatorFigure, sourceName, sourcesLicence } from './charts';
import type { Figure } from '../../charts/figure';
import { loadCurrentSeries } from './current';
import { quartersSpec } from './current-charts';
import { formatPercent, observationsOf, totalMeasure } from './status';

const MPS_SOURCE = 'mps-borough-crime';

/** Why published and recomputed figures differ; shown with every reconciliation. */
export const RECONCILIATION_REASONS = [
  'Categories: the 2012 report counted offences in the Metropolitan Police categories of the time; the open series restates every month in the categories in use when it was extracted, and some offences (harassment in particular) have moved between groups since.',
  'Timing: the report used figures extracted in 2012; the open series was extracted in 2023 and 2025, after later reclassification and cancelled records.',
  "Mapping: which current categories count towards each portfolio is the portal's own judgement (see the mapping table), as no official mapping is published.",
];

/**
 * Quarterly long-run series for an indicator's total, from 2010 to the latest month the
 * data holds, with the published figures beside it (null for indicators with no police series).
 */
export function longRunTrend(data: KpiData, indicator: Indicator): Figure | null {
  const series = loadCurrentSeries(data, indicator);
  return series ? quartersSpec(data, series) : null;
}

/** Published Q figure beside the recomputed one, for the total and each matched sub-measure. */
export function reconciliation(data: KpiData, indicator: Indicator): Figure | null {
  const measures = data.measures.filter((m) => m.indicator_id === indicator.indicator_id);
  const rows = measures.flatMap((m) =>
    observationsOf(data, m.measure_id)
      .filter((o) => o.status === 'published' && o.value !== null)
      .flatMap((o) => {
        const rec = data.recomputed.find(
          (r) => r.measure_id === m.measure_id && r.period_start === o.period_start && r.period_end === o.period_end,
        );
        if (!rec || o.value === null) return [];
        const diff = rec.count - o.value;
        return [
          {
            measure: m.name,
            period: o.period_label,
            published: o.value,
            recomputed: rec.count,
            difference: diff,
            difference_percent: Math.round((diff / o.value) * 1000) / 10,
          },
        ];
      }),
  );
  if (rows.length === 0) return null;
  const table: TableData = {
    caption: `${indicator.short_title}: published figures against figures recomputed from open data`,
    rowHeader: 'measure',
    columns: [
      { key: 'measure', label: 'Measure' },
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
  const pubSource = observationsOf(data, totalMeasure(data, indicator.indicator_id).measure_id).filter(
    (o) => o.status === 'published',
  );
  const prov = citedProvenance(data, pubSource, RECONCILIATION_REASONS);
  return indicatorFigure(indicator.indicator_id, 'reconciliation', {
    title: 'Published and recomputed figures compared',
    summary,
    svg: null,
    table,
    provenance: {
      ...prov,
      source: `${prov.source}; ${sourceName(data, MPS_SOURCE).publisher}, ${sourceName(data, MPS_SOURCE).title}`,
      ...sourcesLicence(data, [...new Set([...pubSource.map((o) => o.source_id), MPS_SOURCE])]),
    },
  });
}
