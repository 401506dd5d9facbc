/** Every figure of an indicator page, in page order. */
import type { Indicator, KpiData } from './data';
import { breakdown, publishedTrend, statedChanges } from './charts';
import type { Figure } from '../../charts/figure';
import { longRunTrend, reconciliation } from './recomputed';
import { loadCurrentSeries } from './current';
import { overlapSpec, rollingSpec } from './current-charts';
import { surveySpec } from './survey';

const present = (specs: Array<Figure | null>) => specs.filter((s): s is Figure => s !== null);

/**
 * The current view: rolling 12-month totals, quarters to the latest month, the two
 * sources' agreement; or, for an indicator recomputed from no police series, the nearest
 * published survey measure.
 */
export function currentSpecs(data: KpiData, indicator: Indicator): Figure[] {
  const series = loadCurrentSeries(data, indicator);
  if (!series) return present([surveySpec(data, indicator)]);
  return present([rollingSpec(data, series), longRunTrend(data, indicator), overlapSpec(data, series)]);
}

/** The last published report: its figures, sub-measures, stated changes and the reconciliation with open data. */
export function historySpecs(data: KpiData, indicator: Indicator): Figure[] {
  return present([
    publishedTrend(data, indicator),
    breakdown(data, indicator),
    statedChanges(data, indicator),
    reconciliation(data, indicator),
  ]);
}

/** The figures shown on an indicator's page; their anchors are unique and name the CSV downloads. */
export function indicatorSpecs(data: KpiData, indicator: Indicator): Figure[] {
  return [...currentSpecs(data, indicator), ...historySpecs(data, indicator)];
}
