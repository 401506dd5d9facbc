/**
 * The indicator chart strategy documents embed (`<IndicatorChart>`). It is the same
 * figure as on the indicator's own page (src/lib/kpi), which stays its home: the
 * numbers, the summary, the CSV download and the image files are shared rather than
 * drawn twice.
 */
import type { KpiData } from '../kpi/data';
import type { Figure } from '../../charts/figure';
import { publishedTrend } from '../kpi/charts';
import { longRunTrend } from '../kpi/recomputed';

export const CHART_SERIES = ['published', 'recomputed'] as const;
export type ChartSeries = (typeof CHART_SERIES)[number];

/** A chart ready for ChartFrame: the indicator page's figure and an id unique on the document page. */
export interface EmbeddedChart {
  figure: Figure;
  /** Unique on a document page, even with several indicators' charts on it. */
  frameId: string;
  /** The indicator's short title, for the link to its page. */
  name: string;
}

/**
 * The chart of an indicator: `published` is the partnership's own figures with the
 * target; `recomputed` is the long quarterly series from police data (violence and
 * property only). Throws, naming the indicator, when there is nothing to draw.
 */
export function embeddedChart(data: KpiData, indicatorId: string, series: ChartSeries): EmbeddedChart {
  if (!CHART_SERIES.includes(series))
    throw new Error(`IndicatorChart: series "${series}" is not one of ${CHART_SERIES.join(', ')}`);
  const indicator = data.indicators.find((i) => i.indicator_id === indicatorId);
  if (!indicator) throw new Error(`IndicatorChart: "${indicatorId}" is not an indicator id in data/kpi/indicators.csv`);
  const figure = series === 'published' ? publishedTrend(data, indicator) : longRunTrend(data, indicator);
  if (!figure)
    throw new Error(`IndicatorChart: indicator "${indicatorId}" has no recomputed series; use series="published"`);
  return { figure, frameId: `${indicatorId}-${figure.anchor}`, name: indicator.short_title };
}
