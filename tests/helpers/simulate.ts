/**
 * Seeded draws for simulation tests: Poisson counts (Knuth's method for small means,
 * Hörmann's transformed rejection, PTRS, for larger ones) and over-dispersed counts (a
 * Poisson draw around a gamma-distributed mean, so the variance is φ times the mean).
 * Uniform numbers come from the benchmark's seeded generator, so every run draws the
 * same series.
 */
import { logGamma } from '../../src/lib/verdicts/distributions';

export { mulberry32 } from '../../scripts/bench/prng';

type Random = () => number;

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = Math.max(random(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A gamma draw with the given shape and scale (Marsaglia and Tsang; shape below 1 by boosting). */
export function gamma(shape: number, scale: number, random: Random): number {
  if (shape < 1) return gamma(shape + 1, scale, random) * Math.pow(Math.max(random(), Number.MIN_VALUE), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(Math.max(u, Number.MIN_VALUE)) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
  }
}

/** A Poisson draw with the given mean. */
export function poisson(mean: number, random: Random): number {
  if (mean <= 0) return 0;
  if (mean < 10) {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = random();
    while (p > limit) {
      k++;
      p *= random();
    }
    return k;
  }
  // PTRS (Hörmann 1993), as NumPy draws large-mean Poisson counts.
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = random() - 0.5;
    const V = random();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + mean + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logGamma(k + 1))
      return k;
  }
}

/** A count with the given mean and variance φ × mean (φ ≥ 1; φ = 1 is Poisson). */
export function overdispersed(mean: number, phi: number, random: Random): number {
  if (phi <= 1) return poisson(mean, random);
  return poisson(gamma(mean / (phi - 1), phi - 1, random), random);
}
