/**
 * Change between two 12-month counts, and whether it is larger than chance would
 * explain. Offence counts over equal periods are treated as Poisson counts; if the
 * underlying rate did not change, then given the total n = earlier + later, the later
 * count is Binomial(n, ½) (the conditional binomial test of two Poisson counts, as in
 * R's poisson.test). The two-sided p-value doubles the smaller tail, capped at 1; with
 * p = ½ the distribution is symmetric, so this equals the "as or less likely" rule.
 */

/** The level below which a p-value counts as "more than chance would explain". */
export const CHANGE_ALPHA = 0.05;
/** Percentages are not shown when the earlier count is below this: they swing wildly on small numbers. */
export const MIN_BASE_FOR_PERCENT = 10;

/** Natural log of the sum of exponentials, without overflow. */
function logSumExp(logs: readonly number[]): number {
  // A loop, not Math.max(...logs): a region's yearly totals run to a million terms, past the argument limit.
  let max = -Infinity;
  for (const l of logs) if (l > max) max = l;
  if (max === -Infinity) return -Infinity;
  return max + Math.log(logs.reduce((s, l) => s + Math.exp(l - max), 0));
}

/** log P(X = k) for X ~ Binomial(n, ½), for every k from 0 to n (computed in logs so large n is exact enough). */
function halfBinomialLogPmf(n: number): number[] {
  const out = new Array<number>(n + 1);
  let logChoose = 0;
  const logHalfN = n * Math.log(0.5);
  for (let k = 0; k <= n; k++) {
    out[k] = logChoose + logHalfN;
    logChoose += Math.log(n - k) - Math.log(k + 1);
  }
  return out;
}

/**
 * Two-sided p-value of the exact conditional test that two Poisson counts over equal
 * periods come from the same rate. Both counts must be whole numbers ≥ 0.
 */
export function poissonChangePValue(earlier: number, later: number): number {
  for (const v of [earlier, later]) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`poissonChangePValue: counts must be whole numbers ≥ 0, got ${v}`);
  }
  const n = earlier + later;
  if (n === 0) return 1;
  const pmf = halfBinomialLogPmf(n);
  const lower = Math.exp(logSumExp(pmf.slice(0, later + 1)));
  const upper = Math.exp(logSumExp(pmf.slice(later)));
  return Math.min(1, 2 * Math.min(lower, upper));
}

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
}

/** Counts, difference, percentage and the exact test for one pair of counts. */
export function changeBetween(earlier: number, later: number): Change {
  const pValue = poissonChangePValue(earlier, later);
  return {
    earlier, later, difference: later - earlier,
    percent: earlier >= MIN_BASE_FOR_PERCENT ? ((later - earlier) / earlier) * 100 : null,
    pValue, significant: pValue < CHANGE_ALPHA,
  };
}

/** The direction and size in words: "up 24%", "down 3%", "no change", or "up 4" where no percentage is shown. */
export function changeHeadline(c: Change): string {
  if (c.difference === 0) return 'no change';
  const dir = c.difference > 0 ? 'up' : 'down';
  if (c.percent === null) return `${dir} ${Math.abs(c.difference).toLocaleString('en-GB')}`;
  const pct = Math.abs(c.percent);
  // Under 1% the rounded figure would read "0%": say so instead.
  return `${dir} ${pct < 0.5 ? 'less than 1' : Math.round(pct).toLocaleString('en-GB')}%`;
}

/** Whether chance explains it, in plain words. */
export function changeVerdict(c: Change): string {
  return c.significant ? 'more than normal year-to-year variation would explain' : 'within normal variation';
}

/** The reason a percentage is left out, or null when it is shown. */
export function percentNote(c: Change): string | null {
  return c.percent === null ? `no percentage: fewer than ${MIN_BASE_FOR_PERCENT} offences in the earlier year, so a percentage would mislead` : null;
}

/** One sentence: "up 24%: more than normal year-to-year variation would explain". */
export function changeSentence(c: Change): string {
  return `${changeHeadline(c)}: ${changeVerdict(c)}`;
}
