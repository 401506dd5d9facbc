/**
 * An indicator's monthly series recomputed from police open data, and what is built
 * from it: rolling 12-month totals and financial-year quarters. Pure functions over
 * rows, so tests can feed them fixtures and hand sums.
 *
 * The borough file is the main source; where it ends, the series continues with the
 * sum of the ward counts (every ward of the area adds up to the area), and every month
 * says which source it comes from.
 */
import { addMonths, financialQuarter, financialYear, monthRange, quarterMonths } from '../../core/periods';

/** A police count for one month and category, from either the borough or the ward file. */
export interface CategoryCount {
  month: string;
  major_category: string;
  minor_category: string;
  count: number;
}

/** A row of the portfolio mapping: which categories count towards which portfolio. */
export interface CategoryMapping {
  major_category: string;
  minor_category: string;
  portfolio: string;
}

export type SeriesSource = 'borough' | 'wards';

/** One month of an indicator's recomputed series. */
export interface MonthPoint {
  month: string;
  count: number;
  source: SeriesSource;
}

/**
 * Offences per month in one portfolio. Fails, naming the file, on a category the
 * mapping does not list, so a new police category can never drop out silently.
 */
export function portfolioByMonth(
  rows: readonly CategoryCount[],
  mapping: readonly CategoryMapping[],
  portfolio: string,
  file: string,
): Map<string, number> {
  const byCategory = new Map(mapping.map((m) => [`${m.major_category}|${m.minor_category}`, m.portfolio]));
  const out = new Map<string, number>();
  for (const r of rows) {
    const p = byCategory.get(`${r.major_category}|${r.minor_category}`);
    if (p === undefined)
      throw new Error(
        `${file}: category "${r.major_category} / ${r.minor_category}" (month ${r.month}) has no row in data/borough/portfolio-mapping.csv; expected every police category to be mapped`,
      );
    // Every month with any row counts as covered, even when its mapped total is zero.
    out.set(r.month, (out.get(r.month) ?? 0) + (p === portfolio ? r.count : 0));
  }
  return out;
}

/**
 * The borough series, continued with ward sums. Ward months are used from `wardsFrom`
 * (by default the month after the borough file's last one), and only while they run on
 * without a gap; every month before comes from the borough file. Each month has one
 * figure, from one source, whatever is built from the series.
 */
export function spliceSeries(
  borough: ReadonlyMap<string, number>,
  wards: ReadonlyMap<string, number>,
  wardsFrom?: string,
): MonthPoint[] {
  const bMonths = [...borough.keys()].sort();
  if (bMonths.length === 0) return [];
  const from = wardsFrom ?? addMonths(bMonths.at(-1)!, 1);
  const out: MonthPoint[] = [];
  for (const month of monthRange(bMonths[0]!, bMonths.at(-1)!)) {
    if (month >= from) break;
    const count = borough.get(month);
    if (count === undefined)
      throw new Error(
        `the borough series has no figures for ${month}; expected every month from ${bMonths[0]} to ${bMonths.at(-1)}`,
      );
    out.push({ month, count, source: 'borough' });
  }
  for (let month = from; wards.has(month); month = addMonths(month, 1)) {
    out.push({ month, count: wards.get(month)!, source: 'wards' });
  }
  return out;
}

/**
 * The series an indicator's pages show: the borough file, continued with ward sums. The
 * latest 24 months are compared, so when the borough file does not cover them all and the
 * ward sums do, all 24 are taken from the ward sums: the two periods then come from one
 * file, and a month the two sources share has the same figure in the comparison, the
 * 12-month totals and the quarters.
 */
export function indicatorSeries(
  borough: ReadonlyMap<string, number>,
  wards: ReadonlyMap<string, number>,
): MonthPoint[] {
  const plain = spliceSeries(borough, wards);
  const last24 = plain.slice(-24);
  const mixed = last24.length === 24 && last24.some((p) => p.source === 'wards');
  return mixed && last24.every((p) => wards.has(p.month)) ? spliceSeries(borough, wards, last24[0]!.month) : plain;
}

/** One month where both sources have a figure, and how far apart they are. */
export interface OverlapMonth {
  month: string;
  borough: number;
  wards: number;
  /** wards − borough. */
  difference: number;
  /** The difference as a percentage of the borough figure, to one decimal place. */
  percent: number;
}

/** Month-by-month agreement between the borough file and the ward sums where both exist. */
export function overlapAgreement(
  borough: ReadonlyMap<string, number>,
  wards: ReadonlyMap<string, number>,
): OverlapMonth[] {
  return [...borough.keys()]
    .filter((m) => wards.has(m))
    .sort()
    .map((month) => {
      const b = borough.get(month)!;
      const w = wards.get(month)!;
      return {
        month,
        borough: b,
        wards: w,
        difference: w - b,
        percent: b === 0 ? 0 : Math.round(((w - b) / b) * 1000) / 10,
      };
    });
}

/** A 12-month total ending in `end`, with how many of its months came from the ward sums. */
export interface RollingTotal {
  start: string;
  end: string;
  total: number;
  wardMonths: number;
}

/** Rolling totals over `span` months (12 by default), one for every month with a full window. */
export function rollingTotals(points: readonly MonthPoint[], span = 12): RollingTotal[] {
  const out: RollingTotal[] = [];
  for (let i = span - 1; i < points.length; i++) {
    const window = points.slice(i - span + 1, i + 1);
    out.push({
      start: window[0]!.month,
      end: window[span - 1]!.month,
      total: window.reduce((s, p) => s + p.count, 0),
      wardMonths: window.filter((p) => p.source === 'wards').length,
    });
  }
  return out;
}

/** A financial-year quarter of the series (Q1 = April–June). */
export interface QuarterTotal {
  financial_year: string;
  quarter: number;
  start: string;
  end: string;
  months: number;
  complete: boolean;
  count: number;
  wardMonths: number;
}

/** Financial-year quarters; the last one may be partial and says so. */
export function quarterTotals(points: readonly MonthPoint[]): QuarterTotal[] {
  const byKey = new Map<string, QuarterTotal>();
  for (const p of points) {
    const fy = financialYear(p.month);
    const q = financialQuarter(p.month);
    const key = `${fy} ${q}`;
    const e = byKey.get(key) ?? {
      financial_year: fy,
      quarter: q,
      start: quarterMonths(fy, q).start,
      end: p.month,
      months: 0,
      complete: false,
      count: 0,
      wardMonths: 0,
    };
    e.months += 1;
    e.count += p.count;
    e.end = p.month > e.end ? p.month : e.end;
    if (p.source === 'wards') e.wardMonths += 1;
    e.complete = e.months === 3;
    byKey.set(key, e);
  }
  return [...byKey.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** Financial-year totals from the complete years of the series only. */
export function yearTotals(
  points: readonly MonthPoint[],
): Array<{ financial_year: string; total: number; wardMonths: number }> {
  const quarters = quarterTotals(points).filter((q) => q.complete);
  const years = new Map<string, { financial_year: string; total: number; wardMonths: number; quarters: number }>();
  for (const q of quarters) {
    const e = years.get(q.financial_year) ?? { financial_year: q.financial_year, total: 0, wardMonths: 0, quarters: 0 };
    e.total += q.count;
    e.wardMonths += q.wardMonths;
    e.quarters += 1;
    years.set(q.financial_year, e);
  }
  return [...years.values()]
    .filter((y) => y.quarters === 4)
    .map(({ financial_year, total, wardMonths }) => ({ financial_year, total, wardMonths }));
}
