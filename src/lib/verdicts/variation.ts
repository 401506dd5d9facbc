/**
 * Whether the change between two 12-month periods is more than normal year-to-year
 * variation would explain, with the variation measured from the months themselves.
 *
 * Offence counts vary more than Poisson counts do (one incident can bring several
 * offences; a busy week is not a coin toss), so a test that assumes Poisson variation
 * flags far more than one change in twenty by chance. This test:
 *
 * 1. Sets the 24 monthly counts out as 12 same-month pairs (April with April, …): the
 *    two years share their seasons, so seasonality is allowed for and never counted as
 *    noise. Under "no change", each pair splits between the years in the proportion of the
 *    two yearly totals; Pearson's χ² of that 2 × 12 table, on df = (months with any
 *    offence) − 1 degrees of freedom, measures the variation left over, and
 *    φ = χ² / df is that variation as a multiple of Poisson's (the quasi-Poisson
 *    dispersion of a model with month-of-year and year effects).
 * 2. Never assumes less variation than Poisson: the months count as more variable than
 *    Poisson only when χ² is beyond what Poisson counts give three times in four (a
 *    preliminary test at the 25% level); otherwise φ = 1.
 * 3. With φ = 1, uses the exact test for two Poisson counts (the later year's share of
 *    the two years' offences is Binomial(n, ½)). With φ > 1, compares the totals with
 *    t = (later − earlier) / √(φ n) on Student's t with df degrees of freedom, since φ is
 *    estimated from a dozen months; the p-value is never below the exact Poisson one.
 *
 * tests/unit/change-calibration.test.ts checks on simulated series that about 5% of
 * no-change series are flagged, with and without extra variation.
 */
import { chiSquaredUpper, halfBinomialLowerTail, studentTwoSided } from './distributions';

/** The level below which a p-value counts as "more than normal year-to-year variation would explain". */
export const CHANGE_ALPHA = 0.05;
/** The level of the preliminary test that decides whether the months vary more than Poisson counts. */
export const OVERDISPERSION_LEVEL = 0.25;

const pValues = new Map<string, number>();

/**
 * Two-sided p-value of the exact conditional test that two Poisson counts over equal
 * periods come from the same rate (R's poisson.test for two counts). Both counts must be
 * whole numbers ≥ 0. Remembered per pair: the same totals are tested on many pages.
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
  // The smaller tail is on the later count's side of the middle; by symmetry
  // P(X ≥ later) = P(X ≤ n − later), so both sides are a lower tail.
  const p = Math.min(1, 2 * halfBinomialLowerTail(n, Math.min(later, n - later)));
  pValues.set(key, p);
  return p;
}

/** What the test found, and how. */
export interface VariationTest {
  /** Two-sided p-value. */
  pValue: number;
  /** The variation allowed for, as a multiple of Poisson's: 1, or the measured φ when that is clearly above 1. */
  dispersion: number;
  /** φ measured from the months (χ² / df); null when fewer than two months had any offence. */
  measured: number | null;
  /** Degrees of freedom of the measurement. */
  df: number;
  /** poisson: exact test of two Poisson counts; quasi-poisson: t test with the measured φ. */
  method: 'poisson' | 'quasi-poisson';
}

function checkMonths(earlier: readonly number[], later: readonly number[]): void {
  if (earlier.length !== later.length || earlier.length === 0)
    throw new Error(
      `variationTest: expected the same number of months in both periods, got ${earlier.length} and ${later.length}`,
    );
  for (const v of [...earlier, ...later])
    if (!Number.isInteger(v) || v < 0) throw new Error(`variationTest: counts must be whole numbers ≥ 0, got ${v}`);
}

/** The leftover variation of the same-month pairs: Pearson's χ² and its degrees of freedom. */
export function pairedDispersion(
  earlier: readonly number[],
  later: readonly number[],
): { chi2: number; df: number; measured: number | null } {
  checkMonths(earlier, later);
  const E = earlier.reduce((a, b) => a + b, 0);
  const L = later.reduce((a, b) => a + b, 0);
  const N = E + L;
  let chi2 = 0;
  let used = 0;
  earlier.forEach((e, i) => {
    const n = e + later[i]!;
    if (n === 0) return;
    used++;
    // Expected split of this month's pair under "no change": in the proportion of the yearly totals.
    const expE = (n * E) / N;
    const expL = (n * L) / N;
    if (expE > 0) chi2 += (e - expE) ** 2 / expE;
    if (expL > 0) chi2 += (later[i]! - expL) ** 2 / expL;
  });
  const df = Math.max(0, used - 1);
  return { chi2, df, measured: df > 0 ? chi2 / df : null };
}

/** The change test for two periods of monthly counts, month i of one period against month i of the other. */
export function variationTest(earlier: readonly number[], later: readonly number[]): VariationTest {
  const { chi2, df, measured } = pairedDispersion(earlier, later);
  const E = earlier.reduce((a, b) => a + b, 0);
  const L = later.reduce((a, b) => a + b, 0);
  const exact = poissonChangePValue(E, L);
  const overdispersed = measured !== null && measured > 1 && chiSquaredUpper(chi2, df) < OVERDISPERSION_LEVEL;
  if (!overdispersed) return { pValue: exact, dispersion: 1, measured, df, method: 'poisson' };
  const t = (L - E) / Math.sqrt(measured * (E + L));
  return {
    pValue: Math.max(exact, studentTwoSided(Math.abs(t), df)),
    dispersion: measured,
    measured,
    df,
    method: 'quasi-poisson',
  };
}
