/**
 * The first screen's sparkline: an accessible SVG (role img, title and description) whose
 * line passes through every value on a scale from zero, the earlier period dashed apart
 * from the latest, the last value marked; and its words name the lowest, highest and
 * latest months, the first of them on a tie.
 */
import { describe, expect, it } from 'vitest';
import { sparkline, sparklineWords } from '../../src/charts/sparkline';
import { monthLabel } from '../../src/core/periods';

const values = [10, 20, 0, 40, 30];
const svg = sparkline(values, {
  id: 's',
  title: 'Offences each month',
  desc: 'Lowest 0.',
  splitAt: 2,
  width: 105,
  height: 50,
});

/** The points of a path's d attribute. */
const points = (d: string) =>
  d
    .slice(1)
    .split('L')
    .map((p) => p.split(',').map(Number));

describe('sparkline', () => {
  it('is an image with a title and a description', () => {
    expect(svg).toMatch(/^<svg [^>]*class="sparkline"[^>]*role="img" aria-labelledby="s-svg-title s-svg-desc"/);
    expect(svg).toContain('<title id="s-svg-title">Offences each month</title>');
    expect(svg).toContain('<desc id="s-svg-desc">Lowest 0.</desc>');
  });

  it('draws the earlier months dashed and the latest solid, meeting at the split, from zero up', () => {
    const paths = [...svg.matchAll(/<path d="([^"]+)"([^>]*)\/>/g)];
    expect(paths).toHaveLength(2);
    const [earlier, later] = paths.map((p) => points(p[1]!));
    expect(paths[0]![2]).toContain('stroke-dasharray');
    expect(paths[1]![2]).not.toContain('stroke-dasharray');
    expect(earlier).toHaveLength(3);
    expect(later).toHaveLength(3);
    expect(earlier!.at(-1)).toEqual(later![0]);
    // x steps evenly from the left pad (5) to the right (100); y is 0 at the baseline (45) and the maximum at the top (5).
    expect([...earlier!, ...later!.slice(1)].map(([x]) => x)).toEqual([5, 28.8, 52.5, 76.3, 100]);
    expect([...earlier!, ...later!.slice(1)].map(([, y]) => y)).toEqual([35, 25, 45, 5, 15]);
    expect(svg).toContain('<circle cx="100" cy="15"');
  });

  it('draws one solid line without a split, and refuses fewer than two values', () => {
    expect(sparkline([1, 2], { id: 'x', title: 't', desc: 'd' }).match(/<path /g)).toHaveLength(1);
    expect(() => sparkline([1], { id: 'x', title: 't', desc: 'd' })).toThrow(/two values/);
  });

  it('names the lowest, highest and latest months', () => {
    expect(sparklineWords(['2025-01', '2025-02', '2025-03', '2025-04'], [5, 2, 9, 2], monthLabel)).toBe(
      'lowest 2 in February 2025, highest 9 in March 2025, 2 in the latest month, April 2025',
    );
  });
});
