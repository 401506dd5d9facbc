/**
 * The few probability distributions the change test needs, written out so the portal
 * depends on no statistics package: the exact binomial tail (for two Poisson counts),
 * Student's t (for a comparison whose variance is estimated from a dozen months) and the
 * chi-squared upper tail (for asking whether months vary more than Poisson counts do).
 * The incomplete beta and gamma functions follow the standard continued fractions
 * (Press et al., Numerical Recipes, §6.2 and §6.4); tests compare them with values from
 * an independent implementation.
 */

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** log Γ(x) for x > 0 (Lanczos approximation, g = 7: about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = 0.99999999999980993;
  for (let i = 0; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i + 1);
  const t = z + LANCZOS.length - 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-15;
const TINY = 1e-300;

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    for (const aa of [
      (m * (b - m) * x) / ((a + m2 - 1) * (a + m2)),
      (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)),
    ]) {
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) d = TINY;
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < EPS) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b), for 0 ≤ x ≤ 1. */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast on the side of the mean; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) on the other.
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(|T| ≥ t) for T with Student's t distribution on `df` degrees of freedom. */
export function studentTwoSided(t: number, df: number): number {
  if (!(df > 0)) throw new Error(`studentTwoSided: degrees of freedom must be positive, got ${df}`);
  return regularizedBeta(df / (df + t * t), df / 2, 0.5);
}

/** The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a). */
export function regularizedGammaUpper(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    // Series for the lower function P(a, x), then Q = 1 − P.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= 1000 && Math.abs(term) > Math.abs(sum) * EPS; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - front * sum;
  }
  // Continued fraction for Q (modified Lentz).
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    if (Math.abs(d * c - 1) < EPS) break;
  }
  return front * h;
}

/** P(X ≥ x) for X with the chi-squared distribution on `df` degrees of freedom. */
export function chiSquaredUpper(x: number, df: number): number {
  return regularizedGammaUpper(df / 2, x / 2);
}

/**
 * P(X ≤ k) for X ~ Binomial(n, ½), with k at most n/2. The terms are summed outwards from
 * k, in units of the k-th term so nothing underflows, and the sum stops once a term can
 * no longer change it: far from the middle the terms fall away geometrically, so a
 * region's totals (a million offences) take a few thousand steps, not a million.
 */
export function halfBinomialLowerTail(n: number, k: number): number {
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
