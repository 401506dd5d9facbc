/** Every chart and table spec of an indicator page, in page order. */
import type { Indicator, KpiData } from './data';
import { breakdown, publishedTrend, statedChanges, type ChartSpec } from './charts';
import { longRunTrend, reconciliation } from './recomputed';

/** The specs shown on an indicator's page; their ids are unique and name the CSV downloads. */
export function indicatorSpecs(data: KpiData, indicator: Indicator): ChartSpec[] {
  return [publishedTrend(data, indicator), breakdown(data, indicator), statedChanges(data, indicator), longRunTrend(data, indicator), reconciliation(data, indicator)]
    .filter((s): s is ChartSpec => s !== null);
}
