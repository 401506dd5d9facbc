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

/**
 * P(X ≤ k) for X ~ Binomial(n, ½), with k at most n/2. The terms are summed outwards from
 * k, in units of the k-th term so nothing underflows, and the sum stops once a term can
 * no longer change it: far from the middle the terms fall away geometrically, so a
 * region's totals (a million offences) take a few thousand steps, not a million.
 */
function halfBinomialLowerTail(n: number, k: number): number {
  // log of the k-th term: log C(n, k) + n log ½.
  let logTerm = n * Math.log(0.5);
  for (let i = 0; i < k; i++) logTerm += Math.log(n - i) - Math.log(i + 1);
  let sum = 1;
  let term = 1;
  for (let j = k; j > 0; j--) {
    term *= j / (n - j + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.exp(logTerm + Math.log(sum));
}

const pValues = new Map<string, number>();

/**
 * Two-sided p-value of the exact conditional test that two Poisson counts over equal
 * periods come from the same rate. Both counts must be whole numbers ≥ 0. Remembered
 * per pair: the same borough and area totals are tested on many pages.
 */
export function poissonChangePValue(earlier: number, later: number): number {
  for (const v of [earlier, later]) {
    if (!Number.isInteger(v) || v < 0)
      throw new Error(`poissonChangePValue: counts must be whole numbers ≥ 0, got ${v}`);
  }
  const n = earlier + later;
  if (n === 0) return 1;
  const key = `${earlier},${later}`;
  const known = pValues.get(key);
  if (known !== undefined) return known;
  // The smaller tail is the one on the later count's side of the middle; by symmetry
  // P(X ≥ later) = P(X ≤ n − later), so both sides are a lower tail.
  const p = Math.min(1, 2 * halfBinomialLowerTail(n, Math.min(later, n - later)));
  pValues.set(key, p);
  return p;
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
    earlier,
    later,
    difference: later - earlier,
    percent: earlier >= MIN_BASE_FOR_PERCENT ? ((later - earlier) / earlier) * 100 : null,
    pValue,
    significant: pValue < CHANGE_ALPHA,
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
  return c.percent === null
    ? `no percentage: fewer than ${MIN_BASE_FOR_PERCENT} offences in the earlier year, so a percentage would mislead`
    : null;
}

/** One sentence: "up 24%: more than normal year-to-year variation would explain". */
export function changeSentence(c: Change): string {
  return `${changeHeadline(c)}: ${changeVerdict(c)}`;
}
