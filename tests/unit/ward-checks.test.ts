import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWardTopology, type WardFeature } from '../../scripts/import/geography/ward-topology';
import { wardChecks } from '../../src/lib/wards/checks';
import { formatProblem } from '../../src/core/errors';

const square = (x: number, code: string, name: string): WardFeature => ({
  code,
  name,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 51],
        [x + 0.01, 51],
        [x + 0.01, 51.01],
        [x, 51.01],
        [x, 51],
      ],
    ],
  },
});
const dir = mkdtempSync(join(tmpdir(), 'ward-checks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'geo'));
writeFileSync(
  join(dir, 'geo', 'wards-2002-2022.topojson'),
  buildWardTopology([square(0, 'E05000001', 'Old A'), square(0.01, 'E05000002', 'Old B')], 1e6).text,
);
writeFileSync(join(dir, 'geo', 'wards-2022.topojson'), buildWardTopology([square(0, 'E05010001', 'New A')], 1e6).text);

const wards = [
  { ward_code: 'E05000001', ward_name: 'Old A', ward_set: '2002-2022' },
  { ward_code: 'E05000002', ward_name: 'Old B', ward_set: '2002-2022' },
  { ward_code: 'E05010001', ward_name: 'New A', ward_set: '2022' },
];
const rows = (over: Record<string, Record<string, unknown>[]> = {}) =>
  new Map(
    Object.entries({
      wards,
      'ward-crime-2002-2022-wards': [{ ward_code: 'E05000001' }, { ward_code: 'E05000002' }],
      'ward-crime-2022-wards': [{ ward_code: 'E05010001' }],
      'ward-population': [{ ward_code: 'E05000001' }, { ward_code: 'E05000002' }],
      ...over,
    }),
  );
const problems = (r = rows()) => wardChecks(r, dir).map(formatProblem);

describe('wardChecks', () => {
  it('passes when boundaries, ward list, crime and population agree', () => {
    expect(problems()).toEqual([]);
  });

  it('names a listed ward with no boundary, and a boundary with no listed ward', () => {
    const out = problems(
      rows({ wards: [...wards.slice(1), { ward_code: 'E05000003', ward_name: 'Old C', ward_set: '2002-2022' }] }),
    );
    expect(out.some((p) => p.includes('"E05000003" is a 2002-2022 ward in wards/wards.csv with no boundary'))).toBe(
      true,
    );
    expect(out.some((p) => p.includes('"E05000001" has a boundary but is not a 2002-2022 ward'))).toBe(true);
  });

  it('names a ward whose boundary name differs from the list', () => {
    expect(problems(rows({ wards: [{ ...wards[0]!, ward_name: 'Renamed' }, ...wards.slice(1)] }))).toEqual([
      expect.stringContaining('"E05000001" is named "Old A" in the boundary but "Renamed" in wards/wards.csv'),
    ]);
  });

  it('names a ward with no crime rows or no population', () => {
    const out = problems(rows({ 'ward-crime-2022-wards': [], 'ward-population': [{ ward_code: 'E05000001' }] }));
    expect(out).toEqual([
      expect.stringMatching(/crime-monthly-2022-wards.csv: "E05010001" is a 2022 ward with no rows in this file/),
      expect.stringMatching(/population.csv: "E05000002" is a 2002-2022 ward with no rows in this file/),
    ]);
  });

  it('accepts a borough none of whose old wards has a population (redrawn after the census), but not part of one', () => {
    const inBoroughs = [
      { ...wards[0]!, borough_code: 'E09000098' },
      { ...wards[1]!, borough_code: 'E09000099' },
      wards[2]!,
    ];
    expect(problems(rows({ wards: inBoroughs, 'ward-population': [{ ward_code: 'E05000001' }] }))).toEqual([]);
    const oneBorough = inBoroughs.map((w) => ({ ...w, borough_code: 'E09000099' }));
    expect(problems(rows({ wards: oneBorough, 'ward-population': [{ ward_code: 'E05000001' }] }))).toEqual([
      expect.stringMatching(/population.csv: "E05000002" is a 2002-2022 ward with no rows in this file/),
    ]);
  });
});
