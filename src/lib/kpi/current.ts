/**
 * The dashboard on current data: for each indicator whose portfolio maps to police
 * categories, the monthly series to the latest month the data holds, its rolling
 * 12-month totals and quarters, and the partnership's target rule applied to the latest
 * 12 months against the 12 before. Indicators with no current source say so.
 */
import { loadTable } from '../../core/load';
import type { RowOf } from '../../core/tables';
import { boroughMonthlyTable } from '../../schemas/borough';
import { wardCrimeNewTable } from '../../schemas/wards';
import type { Indicator, KpiData, Target } from './data';
import {
  overlapAgreement,
  portfolioByMonth,
  quarterTotals,
  rollingTotals,
  spliceSeries,
  yearTotals,
  type CategoryCount,
  type MonthPoint,
  type OverlapMonth,
  type QuarterTotal,
  type RollingTotal,
} from './monthly';
import { compareWithRule, targetThreshold, type CurrentComparison, type Polarity } from './targets';

/**
 * The month the police changed crime categories (residential burglary split out; stalking
 * and harassment shown apart). A police-wide change, not an area's: totals of whole groups
 * stay comparable across it, sub-categories do not.
 */
export const CATEGORY_CHANGE_MONTH = '2024-02';

/** Ward rows carry the extract each month was taken from. */
export type WardCount = CategoryCount & { extract: string };

/** Everything the current view of one indicator shows. */
export interface CurrentSeries {
  indicator: Indicator;
  /** The spliced monthly series: borough file, then ward sums. */
  monthly: MonthPoint[];
  overlap: OverlapMonth[];
  rolling: RollingTotal[];
  quarters: QuarterTotal[];
  years: Array<{ financial_year: string; total: number; wardMonths: number }>;
  /** Which months come from which source. */
  coverage: { borough: { from: string; to: string }; wards: { from: string; to: string; extracts: string[] } | null };
  /** The rule applied to now; null when there are not 24 months. */
  comparison: CurrentComparison | null;
  /** Where both compared periods come from, and the extracts used. */
  comparisonSource: { kind: 'wards' | 'spliced'; extracts: string[] };
  /** Whether the compared periods straddle the category change. */
  straddlesCategoryChange: boolean;
  target: Target;
}

/** The mapping portfolio an indicator counts (its portfolio name, lower case), if any. */
export function portfolioOf(data: KpiData, indicator: Indicator): string | null {
  const p = indicator.portfolio.toLowerCase();
  return data.mapping.some((m) => m.portfolio === p) ? p : null;
}

/** The percent-change target of an indicator (the latest year's), if it has one. */
export function percentTarget(data: KpiData, indicator: Indicator): Target | undefined {
  return data.targets
    .filter((t) => t.indicator_id === indicator.indicator_id && t.kind === 'percent-change')
    .sort((a, b) => (a.year < b.year ? 1 : -1))[0];
}

/**
 * Builds the current view from borough and ward rows. The rule is applied to the latest
 * 12 months against the 12 before. When the ward sums cover all 24 months, both periods
 * are taken from them, so one extract and one category scheme are compared with
 * themselves; otherwise from the spliced series.
 */
export function currentSeries(
  data: KpiData,
  indicator: Indicator,
  boroughRows: readonly CategoryCount[],
  wardRows: readonly WardCount[],
): CurrentSeries | null {
  const portfolio = portfolioOf(data, indicator);
  const target = percentTarget(data, indicator);
  if (!portfolio || !target) return null;
  const borough = portfolioByMonth(boroughRows, data.mapping, portfolio, 'data/borough/crime-monthly.csv');
  const wards = portfolioByMonth(wardRows, data.mapping, portfolio, 'data/wards/crime-monthly-2022-wards.csv');
  const monthly = spliceSeries(borough, wards);
  if (monthly.length === 0) return null;
  const boroughMonths = monthly.filter((p) => p.source === 'borough');
  const wardMonths = monthly.filter((p) => p.source === 'wards');
  const extractOf = new Map(wardRows.map((r) => [r.month, r.extract]));
  const extractsFor = (months: string[]) =>
    [...new Set(months.map((m) => extractOf.get(m)).filter((e): e is string => !!e))].sort();

  let comparison: CurrentComparison | null = null;
  let comparisonSource: CurrentSeries['comparisonSource'] = { kind: 'spliced', extracts: [] };
  let straddles = false;
  if (monthly.length >= 24) {
    const months = monthly.slice(-24).map((p) => p.month);
    const fromWards = months.every((m) => wards.has(m));
    const value = (m: string) => (fromWards ? wards.get(m)! : monthly.find((p) => p.month === m)!.count);
    const sum = (ms: string[]) => ms.reduce((s, m) => s + value(m), 0);
    const prev = months.slice(0, 12);
    const last = months.slice(12);
    comparison = compareWithRule(
      { start: last[0]!, end: last[11]!, total: sum(last) },
      { start: prev[0]!, end: prev[11]!, total: sum(prev) },
      target.value,
      indicator.polarity as Polarity,
    );
    comparisonSource = fromWards
      ? { kind: 'wards', extracts: extractsFor(months) }
      : { kind: 'spliced', extracts: extractsFor(months.filter((m) => !borough.has(m))) };
    straddles = prev[0]! < CATEGORY_CHANGE_MONTH && last[11]! >= CATEGORY_CHANGE_MONTH;
  }
  return {
    indicator,
    monthly,
    overlap: overlapAgreement(borough, wards),
    rolling: rollingTotals(monthly),
    quarters: quarterTotals(monthly),
    years: yearTotals(monthly),
    coverage: {
      borough: { from: boroughMonths[0]!.month, to: boroughMonths.at(-1)!.month },
      wards: wardMonths.length
        ? {
            from: wardMonths[0]!.month,
            to: wardMonths.at(-1)!.month,
            extracts: extractsFor(wardMonths.map((p) => p.month)),
          }
        : null,
    },
    comparison,
    comparisonSource,
    straddlesCategoryChange: straddles,
    target,
  };
}

/**
 * Each financial year's target level under the rule: the previous complete year's total
 * changed by the target percentage, rounded to the strict side.
 */
export function yearTargetLevels(series: CurrentSeries): Map<string, number> {
  const out = new Map<string, number>();
  for (const prev of series.years) {
    const start = Number(prev.financial_year.slice(0, 4)) + 1;
    const fy = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
    out.set(fy, targetThreshold(prev.total, series.target.value, series.indicator.polarity as Polarity).threshold);
  }
  return out;
}

type BoroughRow = RowOf<typeof boroughMonthlyTable.fields>;
type WardRow = RowOf<typeof wardCrimeNewTable.fields>;
const cache = new Map<string, CurrentSeries | null>();

/** The current view of an indicator from the published data files (computed once per build). */
export function loadCurrentSeries(data: KpiData, indicator: Indicator): CurrentSeries | null {
  if (!cache.has(indicator.indicator_id)) {
    const borough: BoroughRow[] = loadTable(boroughMonthlyTable);
    const wards: WardRow[] = loadTable(wardCrimeNewTable);
    cache.set(indicator.indicator_id, currentSeries(data, indicator, borough, wards));
  }
  return cache.get(indicator.indicator_id)!;
}
