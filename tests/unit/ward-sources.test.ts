import { describe, expect, it } from 'vitest';
import { policeUkGrid } from '../../scripts/import/policeuk/wards';
import {
  CENSUS_2021_COPIED,
  CENSUS_2021_TRANSCRIBED,
  wardPopulations,
  wardPopulations2021,
} from '../../scripts/import/geography/ward-population';
import { POLICEUK_CATEGORY_IDS } from '../../src/schemas/vocab/policeuk-categories';
import { rankValues } from '../../src/lib/wards/ranks';

const WARDS = ['E05990001', 'E05990002'];
/** A complete source grid for the given months, with counts from a formula. */
const grid = (months: string[]) =>
  months.flatMap((Month) =>
    WARDS.flatMap((WardCode, w) =>
      POLICEUK_CATEGORY_IDS.map((Category, c) => ({ WardCode, WardName: 'x', Month, Category, Count: String(w + c) })),
    ),
  );

describe('policeUkGrid', () => {
  it('writes a missing month as rows with no count and status missing, never zero', () => {
    const rows = policeUkGrid(grid(['2016-01', '2016-02', '2016-04']), WARDS, 'f.csv').filter(
      (r) => r.month <= '2016-04',
    );
    const march = rows.filter((r) => r.month === '2016-03');
    expect(march).toHaveLength(WARDS.length * POLICEUK_CATEGORY_IDS.length);
    expect(march.every((r) => r.count === null && r.status === 'missing')).toBe(true);
    expect(
      rows.find((r) => r.month === '2016-02' && r.ward_code === 'E05990002' && r.category === POLICEUK_CATEGORY_IDS[0]),
    ).toMatchObject({ count: 1, status: 'recorded' });
  });

  it('fails on an unknown ward or category, a bad count, a month out of range, or a repeated row', () => {
    const base = grid(['2016-01']);
    const edit = (patch: Record<string, string>) => [{ ...base[0]!, ...patch }, ...base.slice(1)];
    expect(() => policeUkGrid(edit({ WardCode: 'E05000001' }), WARDS, 'f.csv')).toThrow(
      /ward code "E05000001" is not a 2002-2022 ward/,
    );
    expect(() => policeUkGrid(edit({ Category: 'littering' }), WARDS, 'f.csv')).toThrow(
      /unknown data.police.uk category "littering"/,
    );
    expect(() => policeUkGrid(edit({ Count: '-2' }), WARDS, 'f.csv')).toThrow(/count "-2" is not a whole number/);
    expect(() => policeUkGrid(edit({ Month: '2019-01' }), WARDS, 'f.csv')).toThrow(/month "2019-01" is outside/);
    expect(() => policeUkGrid([...base, base[0]!], WARDS, 'f.csv')).toThrow(/appears twice/);
  });

  it('fails when a month is present for some wards or categories but not all', () => {
    expect(() => policeUkGrid(grid(['2016-01']).slice(1), WARDS, 'f.csv')).toThrow(
      /month 2016-01 has rows for some wards or categories but not all/,
    );
  });
});

describe('wardPopulations', () => {
  const rows = [
    { Borough: 'City of London', 'Ward Code': 'E00000001', WardName: 'All Wards', 'Persons: All Ages': '7,375' },
    { Borough: 'Testshire', 'Ward Code': 'E05990002', WardName: 'B', 'Persons: All Ages': '12,786' },
    { Borough: 'Testshire', 'Ward Code': 'E05990001', WardName: 'A', 'Persons: All Ages': '100' },
    { Borough: 'Testshire', 'Ward Code': 'E05880001', WardName: 'Z', 'Persons: All Ages': '5' },
  ];
  const area = new Set(WARDS);
  it("keeps the area's wards by code, whatever the borough column says, sorted, with separators read", () => {
    expect(wardPopulations(rows, area, WARDS, 'p.csv')).toEqual([
      {
        ward_code: 'E05990001',
        ward_set: '2002-2022',
        census_date: '2011-03-27',
        population: 100,
        basis: 'ward',
        source_id: 'census-2011-ward-population',
      },
      {
        ward_code: 'E05990002',
        ward_set: '2002-2022',
        census_date: '2011-03-27',
        population: 12786,
        basis: 'ward',
        source_id: 'census-2011-ward-population',
      },
    ]);
  });
  it('publishes a district none of whose wards the census counts (redrawn after 2011) without populations', () => {
    const twoDistricts = new Map(WARDS.map((c) => [c, c === 'E05990002' ? 'E09000098' : 'E09000099']));
    expect(wardPopulations(rows.slice(2), area, WARDS, 'p.csv', twoDistricts).map((r) => r.ward_code)).toEqual([
      'E05990001',
    ]);
  });
  it('fails on an unknown ward, a ward without a population, or a count that is not a whole number', () => {
    expect(() => wardPopulations(rows, area, ['E05990001'], 'p.csv')).toThrow(
      /row 3: ward code "E05990002" is not a 2002-2022 ward/,
    );
    expect(() => wardPopulations(rows.slice(2), area, WARDS, 'p.csv')).toThrow(/no population for ward\(s\) E05990002/);
    // A district with some wards counted and one not is a gap, even when districts are known.
    const oneDistrict = new Map(WARDS.map((c) => [c, 'E09000099']));
    expect(() => wardPopulations(rows.slice(2), area, WARDS, 'p.csv', oneDistrict)).toThrow(
      /no population for ward\(s\) E05990002/,
    );
    for (const bad of ['1,2000', '12.5', '0', '']) {
      expect(() =>
        wardPopulations([{ ...rows[1]!, 'Persons: All Ages': bad }, rows[2]!], area, WARDS, 'p.csv'),
      ).toThrow(`"${bad}" is not a positive whole number`);
    }
  });
});

describe('rankValues', () => {
  it('ranks highest first, ties share a rank, missing values get none', () => {
    expect(rankValues([5, 9, 5, null, 1])).toEqual([2, 1, 2, null, 4]);
  });
});

describe('wardPopulations2021', () => {
  // The London-wide file's layout: each row says which copy of the census table it came from.
  const rows = [
    {
      ward_code: 'E05990002',
      ward_name: 'B',
      lad_code: 'E09000099',
      usual_residents: '9955',
      source: 'chunhanlin242 85c764c8 (transcribed)',
    },
    {
      ward_code: 'E05990001',
      ward_name: 'A',
      lad_code: 'E09000099',
      usual_residents: '16363',
      source: 'leohk23 3a50d6cd',
    },
    { ward_code: 'E05880001', ward_name: 'Z', lad_code: 'E09000098', usual_residents: '5', source: 'leohk23 3a50d6cd' },
  ];
  const area = new Set(WARDS);
  it("keeps the area's wards, each citing the copy it came from: a transcribed count its own source", () => {
    expect(wardPopulations2021(rows, area, WARDS, 'l.csv')).toEqual([
      {
        ward_code: 'E05990001',
        ward_set: '2022',
        census_date: '2021-03-21',
        population: 16363,
        basis: 'ward',
        source_id: CENSUS_2021_COPIED,
      },
      {
        ward_code: 'E05990002',
        ward_set: '2022',
        census_date: '2021-03-21',
        population: 9955,
        basis: 'ward',
        source_id: CENSUS_2021_TRANSCRIBED,
      },
    ]);
  });
  it('fails on an unknown ward, a ward without a population, or a count that is not a whole number', () => {
    expect(() => wardPopulations2021(rows, area, ['E05990001'], 'l.csv')).toThrow(
      /l.csv row 2: ward code "E05990002" is not a 2022 ward/,
    );
    expect(() => wardPopulations2021(rows.slice(1), area, WARDS, 'l.csv')).toThrow(
      /l.csv: no population for ward\(s\) E05990002/,
    );
    expect(() =>
      wardPopulations2021([{ ...rows[0]!, usual_residents: '99x' }, rows[1]!], area, WARDS, 'l.csv'),
    ).toThrow('l.csv row 2: population "99x" is not a positive whole number');
  });
});

describe('wardsWithoutBoundary', () => {
  it("finds the area's wards with no boundary, a whole district's when its file is missing", async () => {
    const { wardsWithoutBoundary } = await import('../../scripts/import/geography/ons-ward-boundaries');
    const lookup = new Map([
      ['E05000001', 'E07000001'],
      ['E05000002', 'E07000001'],
      ['E05000003', 'E07000002'],
      ['E05000004', 'E07000009'],
    ]);
    const lads = new Set(['E07000001', 'E07000002']);
    expect(wardsWithoutBoundary(lookup, lads, [{ code: 'E05000001' }, { code: 'E05000002' }])).toEqual(['E05000003']);
    expect(
      wardsWithoutBoundary(lookup, lads, [{ code: 'E05000001' }, { code: 'E05000002' }, { code: 'E05000003' }]),
    ).toEqual([]);
  });
});
