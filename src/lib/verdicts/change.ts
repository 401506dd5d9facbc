/**
 * The change from one 12-month period to the next, as every page states it: the two
 * counts, the difference, the percentage and the variation test of variation.ts, run on
 * the monthly counts so the variation allowed for is the series' own. Ward pages, the
 * ward list and the indicators all take their change from `changeBetween`, so a change
 * two pages share is tested once, the same way.
 */
import { CHANGE_ALPHA, variationTest, type VariationTest } from './variation';

/** Percentages are not shown when the earlier count is below this: they swing wildly on small numbers. */
export const MIN_BASE_FOR_PERCENT = 10;

/** The change from one 12-month count to the next, as a page shows it. */
export interface Change {
  earlier: number;
  later: number;
  difference: number;
  /** Percentage change (unrounded); null when the earlier count is below MIN_BASE_FOR_PERCENT. */
  percent: number | null;
  pValue: number;
  /** True when p < CHANGE_ALPHA: more than normal year-to-year variation would explain. */
  significant: boolean;
  /** How the variation was measured and tested. */
  test: VariationTest;
}

/**
 * The change between two periods of monthly counts: month i of `earlierMonths` is the same
 * month of the year as month i of `laterMonths` (twelve each for a year against the year before).
 */
export function changeBetween(earlierMonths: readonly number[], laterMonths: readonly number[]): Change {
  const test = variationTest(earlierMonths, laterMonths);
  const earlier = earlierMonths.reduce((a, b) => a + b, 0);
  const later = laterMonths.reduce((a, b) => a + b, 0);
  return {
    earlier,
    later,
    difference: later - earlier,
    percent: percentChange(earlier, later),
    pValue: test.pValue,
    significant: test.pValue < CHANGE_ALPHA,
    test,
  };
}

/** The percentage change from one count to another (unrounded); null when the earlier is below MIN_BASE_FOR_PERCENT. */
export function percentChange(earlier: number, later: number): number | null {
  return earlier >= MIN_BASE_FOR_PERCENT ? ((later - earlier) / earlier) * 100 : null;
}

/** The months of a ward, category or area, summed month by month over several of them (a borough's wards). */
export function sumMonths(series: ReadonlyArray<readonly number[]>): number[] {
  const out: number[] = [];
  for (const s of series) s.forEach((v, i) => (out[i] = (out[i] ?? 0) + v));
  return out;
}

/** The reason a percentage is left out, or null when it is shown. */
export function percentNote(c: Pick<Change, 'percent'>, unit = 'offences'): string | null {
  return c.percent === null
    ? `no percentage: fewer than ${MIN_BASE_FOR_PERCENT} ${unit} in the earlier year, so a percentage would mislead`
    : null;
}

/** The same as a sentence after a verdict ("No percentage is given: fewer than 10 …"), or null when a percentage is given. */
export function noPercentSentence(c: Pick<Change, 'percent'>, unit = 'offences'): string | null {
  const note = percentNote(c, unit);
  return note && `No percentage is given: ${note.replace(/^no percentage: /, '')}.`;
}
