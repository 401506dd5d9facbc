import { describe, expect, it } from 'vitest';
import { classify } from '../../src/charts/classify';
import { classFill, fillFor, NO_DATA_FILL, PALETTES } from '../../src/charts/choropleth-fill';

describe('classify', () => {
  it('splits 10 distinct values into 5 quantile classes of 2', () => {
    const c = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(c.thresholds).toEqual([3, 5, 7, 9]);
    expect(c.bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [1, 2, 2],
      [3, 4, 2],
      [5, 6, 2],
      [7, 8, 2],
      [9, 10, 2],
    ]);
    expect([1, 2, 3, 9, 10].map(c.classOf)).toEqual([0, 0, 1, 4, 4]);
  });

  it('never splits tied values, so there can be fewer classes than asked', () => {
    const c = classify([0, 0, 0, 0, 0, 0, 1, 1, 2, 5]);
    expect(c.thresholds).toEqual([1, 2]);
    expect(c.bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [0, 0, 6],
      [1, 1, 2],
      [2, 5, 2],
    ]);
  });

  it('puts every value in a non-empty class and orders classes by value', () => {
    const values = [12, 7, 30, 7, 7, 45, 3, 19, 22, 8, 100, 0, 1, 64, 9, 9, 15, 27, 33, 5, 11, 2];
    const c = classify(values);
    for (const v of values) expect(c.bins.some((b) => b.index === c.classOf(v) && b.min <= v && v <= b.max)).toBe(true);
    for (let i = 1; i < c.bins.length; i++) expect(c.bins[i]!.min).toBeGreaterThan(c.bins[i - 1]!.max);
    expect(c.bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
  });

  it('gives missing values no class, and one class when all values are equal', () => {
    const c = classify([4, null, 4, 4]);
    expect(c.classOf(null)).toBeNull();
    expect(c.thresholds).toEqual([]);
    expect(c.bins).toEqual([{ index: 0, min: 4, max: 4, count: 3 }]);
  });

  it('copes with no values at all', () => {
    const c = classify([null, null]);
    expect(c.bins).toEqual([]);
    expect(c.classOf(3)).toBe(0);
  });
});

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('choropleth colours', () => {
  it('runs light to dark in every palette, so classes also read in greyscale', () => {
    for (const [n, palette] of Object.entries(PALETTES)) {
      expect(palette).toHaveLength(Number(n));
      for (let i = 1; i < palette.length; i++) expect(luminance(palette[i]!)).toBeLessThan(luminance(palette[i - 1]!));
    }
  });

  it('picks the palette for the number of classes in use', () => {
    expect(classFill(0, 5)).toBe('#ffffcc');
    expect(classFill(4, 5)).toBe('#253494');
    expect(classFill(2, 3)).toBe('#2c7fb8');
    expect(() => classFill(5, 5)).toThrow(/outside a 5-class palette/);
  });

  it('draws missing values with the no-data hatching, never a palette colour', () => {
    const c = classify([1, 2, null]);
    expect(fillFor(null, c)).toBe(NO_DATA_FILL);
    expect(Object.values(PALETTES).flat()).not.toContain(NO_DATA_FILL);
    expect(fillFor(2, c)).toBe(PALETTES[2]![1]);
  });
});
