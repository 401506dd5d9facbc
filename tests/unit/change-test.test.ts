/**
 * The change test of src/lib/verdicts: its distributions against an independent
 * implementation (SciPy 1.17, values pasted below), the exact Poisson test worked by hand,
 * the variation test on series whose answer SciPy gives, and the words every page uses.
 */
import { describe, expect, it } from 'vitest';
import { chiSquaredUpper, regularizedBeta, studentTwoSided } from '../../src/lib/verdicts/distributions';
import { pairedDispersion, poissonChangePValue, variationTest } from '../../src/lib/verdicts/variation';
import { changeBetween, percentNote } from '../../src/lib/verdicts/change';
import { changeHeadline, percentWords, ruleClause, verdictSentence } from '../../src/lib/verdicts/words';

/** Twelve months at a steady level, for tests that only need the yearly totals to differ. */
const flat = (total: number): number[] => {
  const base = Math.floor(total / 12);
  return Array.from({ length: 12 }, (_, i) => base + (i < total - base * 12 ? 1 : 0));
};

describe('distributions, against SciPy', () => {
  it.each([
    // t, df, scipy: 2 * stats.t.sf(t, df)
    [0, 11, 1],
    [1, 11, 0.3388006961962016],
    [2.201, 11, 0.049998703952417345],
    [3.15, 11, 0.009242182638936348],
    [1.96, 1000, 0.050273184955748736],
    [0.5, 1, 0.7048327646991335],
    [2.5, 3, 0.08770664700806556],
    [10, 5, 0.00017094757574296363],
    [4.3, 2, 0.05005715411709159],
  ])('Student t: P(|T| ≥ %f) on %i df', (t, df, p) => {
    expect(studentTwoSided(t, df)).toBeCloseTo(p, 10);
  });

  it.each([
    // x, df, scipy: stats.chi2.sf(x, df)
    [11, 11, 0.4432632784264655],
    [13.7, 11, 0.2500403972534048],
    [20, 11, 0.04534067443406042],
    [0.5, 1, 0.47950012218695337],
    [3.84, 1, 0.05004352124870519],
    [30, 22, 0.11846441152901499],
    [100, 50, 3.454931382984871e-5],
    [5, 11, 0.9311666104706992],
  ])('chi-squared: P(X ≥ %f) on %i df', (x, df, p) => {
    expect(chiSquaredUpper(x, df)).toBeCloseTo(p, 10);
  });

  it.each([
    // x, a, b, scipy: special.betainc(a, b, x)
    [0.3, 2, 3, 0.34829999999999994],
    [0.9, 0.5, 5.5, 0.9999992226469543],
    [0.5, 5.5, 0.5, 0.006872303308921113],
  ])('incomplete beta I_%f(%f, %f)', (x, a, b, p) => {
    expect(regularizedBeta(x, a, b)).toBeCloseTo(p, 12);
  });
});

// Each expected p-value is worked by hand from Binomial(n, ½) with n = earlier + later:
// p = 2 × the smaller tail at the later count, capped at 1.
describe('exact test for two Poisson counts (conditional binomial)', () => {
  it.each([
    // earlier, later, p, working
    [0, 0, 1, 'no offences in either year: nothing to test'],
    [0, 5, 2 / 32, 'n=5: P(X≥5) = 1/32'],
    [2, 8, (2 * (45 + 10 + 1)) / 1024, 'n=10: P(X≥8) = (C(10,8)+C(10,9)+C(10,10))/2^10'],
    [8, 2, (2 * (45 + 10 + 1)) / 1024, 'the same, falling: lower tail'],
    [5, 15, (2 * (15504 + 4845 + 1140 + 190 + 20 + 1)) / 2 ** 20, 'n=20: P(X≥15) = 21700/2^20'],
    [3, 4, 1, 'n=7: P(X≥4) = 1/2, doubled and capped at 1'],
  ])('earlier %i, later %i → p = %f (%s)', (earlier, later, p) => {
    expect(poissonChangePValue(earlier, later)).toBeCloseTo(p, 12);
  });

  it("handles a whole region's yearly totals (a million offences) without overflowing", () => {
    // 900,000 against 904,000: the normal approximation gives z ≈ 2.98, p ≈ 0.003.
    const p = poissonChangePValue(900_000, 904_000);
    expect(p).toBeGreaterThan(0.002);
    expect(p).toBeLessThan(0.004);
  });

  it('rejects counts that are not whole numbers ≥ 0', () => {
    expect(() => poissonChangePValue(-1, 3)).toThrow(/whole numbers/);
    expect(() => poissonChangePValue(1.5, 3)).toThrow(/whole numbers/);
  });
});

describe('variation test, against an independent implementation (SciPy)', () => {
  // Expected values from a separate Python implementation of the same method (scipy.stats
  // binomtest, chi2.sf and t.sf), run on these series.
  it.each([
    {
      name: 'a strong season repeated exactly: seasonality is not noise',
      earlier: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120],
      later: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120],
      p: 1,
      method: 'poisson',
      measured: 0,
      df: 11,
    },
    {
      name: 'a rise with months no more variable than Poisson: the exact test',
      earlier: [100, 104, 96, 110, 92, 101, 99, 107, 95, 103, 98, 105],
      later: [112, 100, 118, 96, 121, 104, 109, 99, 126, 103, 115, 108],
      p: 0.046387743262218964,
      method: 'poisson',
      measured: 0.9520363199458935,
      df: 11,
    },
    {
      name: 'months that swing far more than Poisson: the t test with the measured variation',
      earlier: [80, 140, 95, 160, 70, 130, 100, 150, 90, 120, 85, 170],
      later: [150, 100, 160, 110, 140, 90, 170, 120, 80, 190, 100, 130],
      p: 0.42207092272130814,
      method: 'quasi-poisson',
      measured: 11.042714261941518,
      df: 11,
    },
    {
      name: 'small counts: months with no offence in either year carry no information',
      earlier: [0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0],
      later: [1, 2, 0, 1, 3, 0, 1, 0, 2, 1, 0, 1],
      p: 0.076812744140625,
      method: 'poisson',
      measured: 0.35555555555555557,
      df: 7,
    },
    {
      name: 'every offence in one month: nothing to measure, so Poisson',
      earlier: [0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0],
      later: [0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0],
      p: 0.143463134765625,
      method: 'poisson',
      measured: null,
      df: 0,
    },
  ])('$name', ({ earlier, later, p, method, measured, df }) => {
    const t = variationTest(earlier, later);
    expect(t.pValue).toBeCloseTo(p, 10);
    expect(t.method).toBe(method);
    expect(t.df).toBe(df);
    if (measured === null) expect(t.measured).toBeNull();
    else expect(t.measured).toBeCloseTo(measured, 10);
    expect(t.dispersion).toBe(method === 'poisson' ? 1 : t.measured);
  });

  it('never gives a smaller p-value than the exact Poisson test', () => {
    const earlier = [30, 90, 20, 80, 40, 100, 25, 85, 35, 95, 30, 90];
    const later = [60, 40, 90, 50, 100, 30, 80, 40, 90, 60, 70, 50];
    const t = variationTest(earlier, later);
    expect(t.method).toBe('quasi-poisson');
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(t.pValue).toBeGreaterThanOrEqual(poissonChangePValue(total(earlier), total(later)));
  });

  it('measures the variation from same-month pairs, so one shared season leaves none', () => {
    const season = [5, 9, 14, 30, 44, 60, 61, 43, 29, 15, 9, 4];
    expect(
      pairedDispersion(
        season,
        season.map((v) => v * 2),
      ).chi2,
    ).toBeCloseTo(0, 12);
  });

  it('refuses periods of different lengths and counts that are not whole numbers', () => {
    expect(() => variationTest([1, 2], [1, 2, 3])).toThrow(/same number of months/);
    expect(() => variationTest([1, 2.5], [1, 2])).toThrow(/whole numbers/);
  });
});

describe('change and verdict words', () => {
  it('one decimal under 10%, whole percentages above', () => {
    expect(percentWords(1.735)).toBe('1.7%');
    expect(percentWords(-24.37)).toBe('24%');
    expect(percentWords(0.01)).toBe('less than 0.1%');
    expect(changeHeadline(changeBetween(flat(1000), flat(1003)))).toBe('up 0.3%');
    expect(changeHeadline(changeBetween(flat(50), flat(50)))).toBe('no change');
  });

  it('leaves out the percentage below 10 offences in the earlier year, and says why', () => {
    const c = changeBetween(flat(9), flat(20));
    expect(c.percent).toBeNull();
    expect(changeHeadline(c)).toBe('up 11');
    expect(percentNote(c)).toMatch(/fewer than 10 offences/);
    expect(percentNote(changeBetween(flat(10), flat(20)))).toBeNull();
  });

  it('says the target rule and the variation in one sentence', () => {
    const c = changeBetween(flat(6570), flat(6684));
    expect(verdictSentence(c, { rule: { year: '2012/13', percent: -2, met: false } })).toBe(
      'Up 1.7% on the year before: the 2012/13 rule (−2%) is not met; the rise is within normal year-to-year variation.',
    );
    expect(ruleClause({ year: '2012/13', percent: -10, met: true })).toBe('the 2012/13 rule (−10%) is met');
  });

  it('says when a change is more than normal variation would explain', () => {
    const c = changeBetween(flat(1736), flat(2159));
    expect(c.significant).toBe(true);
    expect(verdictSentence(c, { subject: 'All crime' })).toBe(
      'All crime up 24% on the year before: the rise is more than normal year-to-year variation would explain.',
    );
  });
});
