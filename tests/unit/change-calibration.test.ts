/**
 * Calibration of the change test on simulated series. If nothing changed between two
 * years, a test at the 95% level should flag about one change in twenty. Here every May
 * 2022 ward of the published data gives a no-change series: its seasonal pattern (the
 * average of each month of the two years compared), with month-to-month variation as
 * measured in its real counts, and again with Poisson variation only. The share flagged
 * must be 5% ± 2 points; the exact Poisson test the ward pages used before is run on the
 * same series for comparison. A change the size of Penge & Cator's must still be found.
 * A fixed seed: every run draws the same series.
 */
import { describe, expect, it } from 'vitest';
import { changePeriods, monthlyCounts } from '../../src/lib/wards/year-change';
import { wardSetData } from '../../src/lib/wards';
import { ALL_CRIME } from '../../src/schemas/vocab/crime-categories';
import { pairedDispersion, poissonChangePValue, variationTest } from '../../src/lib/verdicts/variation';
import { CHANGE_ALPHA } from '../../src/lib/verdicts/variation';
import { mulberry32, overdispersed } from '../helpers/simulate';

const SET = '2022' as const;
const SERIES_PER_WARD = 500;
const p = changePeriods(SET)!;
const wards = wardSetData(SET).wards.map((w) => {
  const earlier = monthlyCounts(SET, w.code, ALL_CRIME.id, p.earlier);
  const later = monthlyCounts(SET, w.code, ALL_CRIME.id, p.later);
  return {
    name: w.name,
    earlier,
    later,
    season: earlier.map((e, i) => (e + later[i]!) / 2),
    phi: Math.max(1, pairedDispersion(earlier, later).measured ?? 1),
  };
});
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Shares of simulated series flagged by the new test and the old one, and the series drawn. */
function flagRates(
  draw: (w: (typeof wards)[number], year: 0 | 1, random: () => number) => number[],
  seed: number,
  perWard = SERIES_PER_WARD,
  only?: string,
) {
  const random = mulberry32(seed);
  let flaggedNew = 0,
    flaggedOld = 0,
    n = 0;
  for (const w of wards.filter((x) => !only || x.name === only)) {
    for (let i = 0; i < perWard; i++) {
      const earlier = draw(w, 0, random);
      const later = draw(w, 1, random);
      if (variationTest(earlier, later).pValue < CHANGE_ALPHA) flaggedNew++;
      if (poissonChangePValue(sum(earlier), sum(later)) < CHANGE_ALPHA) flaggedOld++;
      n++;
    }
  }
  return { newTest: flaggedNew / n, oldTest: flaggedOld / n, series: n };
}

const noChange =
  (phi: (w: (typeof wards)[number]) => number) => (w: (typeof wards)[number], _y: 0 | 1, r: () => number) =>
    w.season.map((m) => overdispersed(m, phi(w), r));

describe('calibration on no-change series', () => {
  it('uses the 22 May 2022 wards, whose months vary more than Poisson counts', () => {
    expect(wards).toHaveLength(22);
    const phis = wards.map((w) => w.phi).sort((a, b) => a - b);
    // The published data: measured variation from 1.0 to about 4.6 times Poisson's, median about 1.6.
    expect(phis[10]!).toBeGreaterThan(1.3);
    expect(phis.at(-1)!).toBeGreaterThan(3);
  });

  it('flags 5% ± 2 points with the variation measured in the real ward files; the old test flags far more', () => {
    const r = flagRates(
      noChange((w) => w.phi),
      20,
    );
    console.log(
      `no-change series with each ward's measured variation (${r.series}): new test ${(100 * r.newTest).toFixed(1)}%, old exact Poisson test ${(100 * r.oldTest).toFixed(1)}%`,
    );
    expect(r.newTest).toBeGreaterThanOrEqual(0.03);
    expect(r.newTest).toBeLessThanOrEqual(0.07);
    expect(r.oldTest).toBeGreaterThan(0.1);
  });

  it('flags 5% ± 2 points when the counts vary only as Poisson counts do', () => {
    const r = flagRates(
      noChange(() => 1),
      21,
    );
    console.log(
      `no-change Poisson series (${r.series}): new test ${(100 * r.newTest).toFixed(1)}%, old exact Poisson test ${(100 * r.oldTest).toFixed(1)}%`,
    );
    expect(r.newTest).toBeGreaterThanOrEqual(0.03);
    expect(r.newTest).toBeLessThanOrEqual(0.07);
    expect(r.oldTest).toBeGreaterThanOrEqual(0.03);
    expect(r.oldTest).toBeLessThanOrEqual(0.07);
  });
});

describe('the simulation itself', () => {
  it('draws counts with the mean and the variance asked for', () => {
    const random = mulberry32(23);
    for (const [mean, phi] of [
      [50, 1],
      [50, 3],
      [200, 4.6],
      [3, 2],
    ] as const) {
      const xs = Array.from({ length: 20000 }, () => overdispersed(mean, phi, random));
      const m = sum(xs) / xs.length;
      const v = xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
      expect(m / mean).toBeCloseTo(1, 1);
      expect(v / (phi * mean)).toBeGreaterThan(0.93);
      expect(v / (phi * mean)).toBeLessThan(1.07);
    }
  });
});

describe('calibration at each level of variation', () => {
  it.each([1, 1.5, 2, 3, 5])('flags 5 in 100 (± 2) when months vary %s times as much as Poisson counts', (phi) => {
    const orpington = wards.find((w) => w.name === 'Orpington')!;
    const r = flagRates(
      (w, _y, random) => w.season.map((m) => overdispersed(m, phi, random)),
      30 + phi * 10,
      10000,
      orpington.name,
    );
    console.log(
      `variation ${phi} × Poisson: new test ${(100 * r.newTest).toFixed(1)}%, old ${(100 * r.oldTest).toFixed(1)}%`,
    );
    expect(r.newTest).toBeGreaterThanOrEqual(0.03);
    expect(r.newTest).toBeLessThanOrEqual(0.07);
  });
});

describe('real changes are still found', () => {
  const penge = wards.find((w) => w.name === 'Penge & Cator')!;
  const biggin = wards.find((w) => w.name === 'Biggin Hill')!;

  it('flags the published changes of Penge & Cator (+24%) and Biggin Hill (−27%)', () => {
    expect(sum(penge.later) / sum(penge.earlier)).toBeCloseTo(1.24, 2);
    expect(variationTest(penge.earlier, penge.later).pValue).toBeLessThan(CHANGE_ALPHA);
    expect(sum(biggin.later) / sum(biggin.earlier)).toBeCloseTo(0.73, 2);
    expect(variationTest(biggin.earlier, biggin.later).pValue).toBeLessThan(CHANGE_ALPHA);
  });

  it("finds a +24% change on Penge & Cator's months, with its own (high) variation, at least three times in four", () => {
    const rise = sum(penge.later) / sum(penge.earlier);
    const r = flagRates(
      (w, year, random) => w.earlier.map((m) => overdispersed(year ? m * rise : m, w.phi, random)),
      22,
      2000,
      'Penge & Cator',
    );
    console.log(
      `+24% on Penge & Cator's months, variation ${penge.phi.toFixed(2)} × Poisson: found in ${(100 * r.newTest).toFixed(1)}%`,
    );
    expect(r.newTest).toBeGreaterThanOrEqual(0.75);
  });
});
