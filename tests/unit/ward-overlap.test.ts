import { describe, expect, it } from 'vitest';
import {
  intersectionLength,
  overlapAreas,
  rowIntervals,
  shapeArea,
  toPlane,
  type Shape,
} from '../../src/lib/wards/overlap';

const square = (x: number, y: number, size: number): Shape => [
  [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
];

describe('planar areas', () => {
  it('measures polygons whatever their orientation, subtracting holes', () => {
    expect(shapeArea(square(0, 0, 10))).toBe(100);
    const clockwise: Shape = [
      [
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
          [0, 0],
        ],
      ],
    ];
    expect(shapeArea(clockwise)).toBe(100);
    const withHole: Shape = [[square(0, 0, 10)[0]![0]!, square(2, 2, 3)[0]![0]!]];
    expect(shapeArea(withHole)).toBe(91);
    expect(shapeArea([...square(0, 0, 2), ...square(5, 5, 3)])).toBe(13);
  });

  it('projects a degree of longitude at 51.4°N to about 69.7 km, and a degree of latitude to about 111.2 km', () => {
    const [x] = toPlane([1, 51.4], 0, 51.4);
    const [, y] = toPlane([0, 52.4], 0, 51.4);
    expect(x / 1000).toBeCloseTo(69.7, 0);
    expect(y / 1000).toBeCloseTo(111.3, 0);
  });
});

describe('row intervals', () => {
  it('finds where a row crosses a shape, with holes as gaps', () => {
    const withHole: Shape = [[square(0, 0, 10)[0]![0]!, square(2, 2, 3)[0]![0]!]];
    expect(rowIntervals(withHole, 3)).toEqual([
      [0, 2],
      [5, 10],
    ]);
    expect(rowIntervals(withHole, 11)).toEqual([]);
  });

  it('measures the shared length of two interval lists', () => {
    expect(
      intersectionLength(
        [
          [0, 4],
          [6, 10],
        ],
        [[3, 7]],
      ),
    ).toBe(2);
    expect(intersectionLength([[0, 1]], [[2, 3]])).toBe(0);
  });
});

describe('overlapAreas', () => {
  it('measures the overlap of two squares and leaves out pairs that do not touch', () => {
    const a = [
      { code: 'A', shape: square(0, 0, 10) },
      { code: 'B', shape: square(20, 0, 10) },
    ];
    const b = [{ code: 'X', shape: square(5, 5, 10) }];
    expect(overlapAreas(a, b, 0.5)).toEqual([{ a: 'A', b: 'X', area: 25 }]);
  });

  it('converges on the exact area of a curved shape as the rows get thinner', () => {
    const circle: Shape = [
      [
        Array.from(
          { length: 201 },
          (_, i) => [10 * Math.cos((i / 200) * 2 * Math.PI), 10 * Math.sin((i / 200) * 2 * Math.PI)] as const,
        ),
      ],
    ];
    const exact = shapeArea(circle);
    const whole = [{ code: 'W', shape: square(-20, -20, 40) }];
    const error = (step: number) =>
      Math.abs(overlapAreas([{ code: 'C', shape: circle }], whole, step)[0]!.area - exact);
    expect(error(0.05)).toBeLessThan(error(2));
    expect(error(0.05) / exact).toBeLessThan(1e-4);
  });
});
