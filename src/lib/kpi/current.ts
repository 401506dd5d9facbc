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
  indicatorSeries,
  yearTotals,
  type CategoryCount,
  type MonthPoint,
  type OverlapMonth,
  type QuarterTotal,
  type RollingTotal,
} from './monthly';
import { compareWithRule, targetThreshold, type CurrentComparison, type Polarity } from './targets';
import { changeBetween, type Change } from '../verdicts/change';
import type { RuleVerdict } from '../verdicts/words';

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
  /** The monthly series: borough file, then ward sums (from the first compared month when the borough file stops short of the latest). */
  monthly: MonthPoint[];
  overlap: OverlapMonth[];
  rolling: RollingTotal[];
  quarters: QuarterTotal[];
  years: Array<{ financial_year: string; total: number; wardMonths: number }>;
  /** Which months come from which source, and the borough file's own last month. */
  coverage: {
    borough: { from: string; to: string; fileEnd: string };
    wards: { from: string; to: string; extracts: string[] } | null;
  };
  /** The rule applied to now; null when there are not 24 months. */
  comparison: CurrentComparison | null;
  /** The same two periods' change with the variation test, month against same month; null when there are not 24 months. */
  variation: Change | null;
  /** Where both compared periods come from, and the extracts used. */
  comparisonSource: { kind: 'wards' | 'spliced'; extracts: string[] };
  /** Whether the compared periods straddle the category change. */
  straddlesCategoryChange: boolean;
  target: Target;
}

/** The mapping portfolio an indicator counts (its portfolio name, lower case), if any. */
export function portfolioOf(data: Pick<KpiData, 'mapping'>, indicator: Indicator): string | null {
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
 * Builds the current view from borough and ward rows. The rule and the variation test are
 * applied to the latest 12 months against the 12 before. When the borough file stops short
 * of them and the ward sums cover all 24 months, the series takes them all from the ward
 * sums (see indicatorSeries), so one extract and one category scheme are compared with
 * themselves and every page shows one figure for each month.
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
  const monthly = indicatorSeries(borough, wards);
  if (monthly.length === 0) return null;
  const boroughMonths = monthly.filter((p) => p.source === 'borough');
  const wardMonths = monthly.filter((p) => p.source === 'wards');
  const extractOf = new Map(wardRows.map((r) => [r.month, r.extract]));
  const extractsFor = (months: string[]) =>
    [...new Set(months.map((m) => extractOf.get(m)).filter((e): e is string => !!e))].sort();

  let comparison: CurrentComparison | null = null;
  let variation: Change | null = null;
  let comparisonSource: CurrentSeries['comparisonSource'] = { kind: 'spliced', extracts: [] };
  let straddles = false;
  if (monthly.length >= 24) {
    const prev = monthly.slice(-24, -12);
    const last = monthly.slice(-12);
    const sum = (ps: MonthPoint[]) => ps.reduce((s, p) => s + p.count, 0);
    comparison = compareWithRule(
      { start: last[0]!.month, end: last[11]!.month, total: sum(last) },
      { start: prev[0]!.month, end: prev[11]!.month, total: sum(prev) },
      target.value,
      indicator.polarity as Polarity,
    );
    variation = changeBetween(
      prev.map((p) => p.count),
      last.map((p) => p.count),
    );
    const fromWards = [...prev, ...last].filter((p) => p.source === 'wards').map((p) => p.month);
    comparisonSource = {
      kind: fromWards.length === 24 ? 'wards' : 'spliced',
      extracts: extractsFor(fromWards),
    };
    straddles = prev[0]!.month < CATEGORY_CHANGE_MONTH && last[11]!.month >= CATEGORY_CHANGE_MONTH;
  }
  return {
    indicator,
    monthly,
    overlap: overlapAgreement(borough, wards),
    rolling: rollingTotals(monthly),
    quarters: quarterTotals(monthly),
    years: yearTotals(monthly),
    coverage: {
      borough: {
        from: boroughMonths[0]!.month,
        to: boroughMonths.at(-1)!.month,
        fileEnd: [...borough.keys()].sort().at(-1)!,
      },
      wards: wardMonths.length
        ? {
            from: wardMonths[0]!.month,
            to: wardMonths.at(-1)!.month,
            extracts: extractsFor(wardMonths.map((p) => p.month)),
          }
        : null,
    },
    comparison,
    variation,
    comparisonSource,
    straddlesCategoryChange: straddles,
    target,
  };
}

/** The target rule's verdict on the latest 12 months, in the words every page uses; null without a comparison. */
export function ruleVerdict(series: CurrentSeries): RuleVerdict | null {
  const c = series.comparison;
  return c ? { year: series.target.year, percent: series.target.value, met: c.met } : null;
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
