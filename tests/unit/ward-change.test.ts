import { describe, expect, it } from 'vitest';
import {
  changeBetween,
  changeHeadline,
  changeSentence,
  percentNote,
  poissonChangePValue,
} from '../../src/lib/wards/change';

// Each expected p-value is worked by hand from Binomial(n, ½) with n = earlier + later:
// p = 2 × the smaller tail at the later count, capped at 1.
describe('exact test for two Poisson counts (conditional binomial)', () => {
  it.each([
    // earlier, later, p, working
    [0, 0, 1, 'no offences in either year: nothing to test'],
    [0, 5, 2 / 32, 'n=5: P(X≥5) = 1/32'],
    [0, 6, 2 / 64, 'n=6: P(X≥6) = 1/64'],
    [2, 8, (2 * (45 + 10 + 1)) / 1024, 'n=10: P(X≥8) = (C(10,8)+C(10,9)+C(10,10))/2^10'],
    [8, 2, (2 * (45 + 10 + 1)) / 1024, 'the same, falling: lower tail'],
    [1, 9, (2 * (10 + 1)) / 1024, 'n=10: P(X≥9) = 11/1024'],
    [5, 15, (2 * (15504 + 4845 + 1140 + 190 + 20 + 1)) / 2 ** 20, 'n=20: P(X≥15) = 21700/2^20'],
    [3, 4, 1, 'n=7: P(X≥4) = 1/2, doubled and capped at 1'],
    [10, 10, 1, 'equal counts'],
  ])('earlier %i, later %i → p = %f (%s)', (earlier, later, p) => {
    expect(poissonChangePValue(earlier, later)).toBeCloseTo(p, 12);
  });

  it('agrees with the normal approximation for large counts', () => {
    // 1,736 → 2,159: z = 423 / √3895 ≈ 6.78, two-sided p ≈ 1.2e-11.
    const p = poissonChangePValue(1736, 2159);
    expect(p).toBeGreaterThan(1e-12);
    expect(p).toBeLessThan(1e-10);
    // 1,000 → 1,060: z ≈ 1.32, p ≈ 0.19: within normal variation.
    expect(poissonChangePValue(1000, 1060)).toBeCloseTo(0.19, 1);
  });

  it('rejects counts that are not whole numbers ≥ 0', () => {
    expect(() => poissonChangePValue(-1, 3)).toThrow(/whole numbers/);
    expect(() => poissonChangePValue(1.5, 3)).toThrow(/whole numbers/);
  });
});

describe('exact test at the size of a region', () => {
  it('handles yearly totals of a whole region (a million offences) without overflowing', () => {
    // 900,000 against 904,000: the normal approximation gives z ≈ 2.98, p ≈ 0.003.
    const p = poissonChangePValue(900_000, 904_000);
    expect(p).toBeGreaterThan(0.002);
    expect(p).toBeLessThan(0.004);
  });
});

describe('change in words', () => {
  it('says the percentage and the verdict', () => {
    const c = changeBetween(1736, 2159);
    expect(c.difference).toBe(423);
    expect(c.percent).toBeCloseTo(24.37, 2);
    expect(c.significant).toBe(true);
    expect(changeSentence(c)).toBe('up 24%: more than normal year-to-year variation would explain');
    expect(changeSentence(changeBetween(100, 97))).toBe('down 3%: within normal variation');
  });

  it('leaves out the percentage below 10 offences in the earlier year, and says why', () => {
    const c = changeBetween(9, 20);
    expect(c.percent).toBeNull();
    expect(changeHeadline(c)).toBe('up 11');
    expect(percentNote(c)).toMatch(/fewer than 10 offences/);
    expect(percentNote(changeBetween(10, 20))).toBeNull();
  });

  it('says no change, and less than 1% rather than 0%', () => {
    expect(changeHeadline(changeBetween(50, 50))).toBe('no change');
    expect(changeHeadline(changeBetween(1000, 1003))).toBe('up less than 1%');
  });

  it('the 5% line: 5 → 15 is more than chance, 2 → 8 is not', () => {
    expect(changeBetween(5, 15).significant).toBe(true);
    expect(changeBetween(2, 8).significant).toBe(false);
  });
});
