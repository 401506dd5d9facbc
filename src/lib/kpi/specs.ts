/** Every chart and table spec of an indicator page, in page order. */
import type { Indicator, KpiData } from './data';
import { breakdown, publishedTrend, statedChanges, type ChartSpec } from './charts';
import { longRunTrend, reconciliation } from './recomputed';
import { loadCurrentSeries } from './current';
import { overlapSpec, rollingSpec } from './current-charts';
import { surveySpec } from './survey';

const present = (specs: Array<ChartSpec | null>) => specs.filter((s): s is ChartSpec => s !== null);

/**
 * The current view: rolling 12-month totals, quarters to the latest month, the two
 * sources' agreement; or, for an indicator recomputed from no police series, the nearest
 * published survey measure.
 */
export function currentSpecs(data: KpiData, indicator: Indicator): ChartSpec[] {
  const series = loadCurrentSeries(data, indicator);
  if (!series) return present([surveySpec(data, indicator)]);
  return present([rollingSpec(data, series), longRunTrend(data, indicator), overlapSpec(data, series)]);
}

/** The last published report: its figures, sub-measures, stated changes and the reconciliation with open data. */
export function historySpecs(data: KpiData, indicator: Indicator): ChartSpec[] {
  return present([
    publishedTrend(data, indicator),
    breakdown(data, indicator),
    statedChanges(data, indicator),
    reconciliation(data, indicator),
  ]);
}

/** The specs shown on an indicator's page; their ids are unique and name the CSV downloads. */
export function indicatorSpecs(data: KpiData, indicator: Indicator): ChartSpec[] {
  return [...currentSpecs(data, indicator), ...historySpecs(data, indicator)];
}
