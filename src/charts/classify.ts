/**
 * Classing values for a choropleth: quantile classes (about the same number of wards in
 * each), with tied values kept together, so a legend of five classes never splits equal
 * values. Missing values get no class and are drawn in the "no data" style.
 */

/** A class as the legend shows it: the lowest and highest value of its members. */
export interface ClassBin {
  index: number;
  min: number;
  max: number;
  count: number;
}

export interface Classification {
  /** Ascending lower bounds of classes 1…n−1: a value v is in class (number of thresholds ≤ v). */
  thresholds: number[];
  /** The non-empty classes, in order. */
  bins: ClassBin[];
  /** Class index of a value, or null for a missing value. */
  classOf: (v: number | null) => number | null;
}

/**
 * Quantile classes for the values (at most `k`). Thresholds are taken at the ranks that
 * split the sorted values into k groups; duplicates and thresholds at the minimum are
 * dropped, so there may be fewer classes than asked for when values tie.
 */
export function classify(values: ReadonlyArray<number | null>, k = 5): Classification {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const thresholds: number[] = [];
  if (sorted.length > 0) {
    for (let i = 1; i < k; i++) {
      const t = sorted[Math.ceil((i * sorted.length) / k)] ?? sorted[sorted.length - 1]!;
      if (t > sorted[0]! && t !== thresholds[thresholds.length - 1]) thresholds.push(t);
    }
  }
  const classOf = (v: number | null): number | null => {
    if (v === null || !Number.isFinite(v)) return null;
    let c = 0;
    while (c < thresholds.length && v >= thresholds[c]!) c++;
    return c;
  };
  const bins: ClassBin[] = [];
  for (const v of sorted) {
    const index = classOf(v)!;
    const bin = bins.find((b) => b.index === index);
    if (bin) {
      bin.max = v;
      bin.count++;
    } else bins.push({ index, min: v, max: v, count: 1 });
  }
  return { thresholds, bins, classOf };
}
