import { describe, expect, it } from 'vitest';
import { policeUkGrid } from '../../scripts/import/policeuk-wards';
import { wardPopulations } from '../../scripts/import/ward-population';
import { POLICEUK_CATEGORY_IDS } from '../../src/schemas/vocab/policeuk-categories';
import { rankValues } from '../../src/lib/wards/ranks';

const WARDS = ['E05990001', 'E05990002'];
/** A complete source grid for the given months, with counts from a formula. */
const grid = (months: string[]) => months.flatMap((Month) => WARDS.flatMap((WardCode, w) => POLICEUK_CATEGORY_IDS.map((Category, c) => ({ WardCode, WardName: 'x', Month, Category, Count: String(w + c) }))));

describe('policeUkGrid', () => {
  it('writes a missing month as rows with no count and status missing, never zero', () => {
    const rows = policeUkGrid(grid(['2016-01', '2016-02', '2016-04']), WARDS, 'f.csv').filter((r) => r.month <= '2016-04');
    const march = rows.filter((r) => r.month === '2016-03');
    expect(march).toHaveLength(WARDS.length * POLICEUK_CATEGORY_IDS.length);
    expect(march.every((r) => r.count === null && r.status === 'missing')).toBe(true);
    expect(rows.find((r) => r.month === '2016-02' && r.ward_code === 'E05990002' && r.category === POLICEUK_CATEGORY_IDS[0])).toMatchObject({ count: 1, status: 'recorded' });
  });

  it('fails on an unknown ward or category, a bad count, a month out of range, or a repeated row', () => {
    const base = grid(['2016-01']);
    const edit = (patch: Record<string, string>) => [{ ...base[0]!, ...patch }, ...base.slice(1)];
    expect(() => policeUkGrid(edit({ WardCode: 'E05000001' }), WARDS, 'f.csv')).toThrow(/ward code "E05000001" is not a 2002-2022 ward/);
    expect(() => policeUkGrid(edit({ Category: 'littering' }), WARDS, 'f.csv')).toThrow(/unknown data.police.uk category "littering"/);
    expect(() => policeUkGrid(edit({ Count: '-2' }), WARDS, 'f.csv')).toThrow(/count "-2" is not a whole number/);
    expect(() => policeUkGrid(edit({ Month: '2019-01' }), WARDS, 'f.csv')).toThrow(/month "2019-01" is outside/);
    expect(() => policeUkGrid([...base, base[0]!], WARDS, 'f.csv')).toThrow(/appears twice/);
  });

  it('fails when a month is present for some wards or categories but not all', () => {
    expect(() => policeUkGrid(grid(['2016-01']).slice(1), WARDS, 'f.csv')).toThrow(/month 2016-01 has rows for some wards or categories but not all/);
  });
});

describe('wardPopulations', () => {
  const rows = [
    { WardCode: 'E05990002', WardName: 'B', Borough: 'Testshire', Persons_All_Ages_Census2011: '200' },
    { WardCode: 'E05990001', WardName: 'A', Borough: 'Testshire', Persons_All_Ages_Census2011: '100' },
    { WardCode: 'E05880001', WardName: 'Z', Borough: 'Elsewhere', Persons_All_Ages_Census2011: '5' },
  ];
  it('keeps the borough\'s wards, sorted by code, with the census date', () => {
    expect(wardPopulations(rows, 'Testshire', WARDS, 'p.csv')).toEqual([
      { ward_code: 'E05990001', ward_set: '2002-2022', census_date: '2011-03-27', population: 100, source_id: 'census-2011-ward-population' },
      { ward_code: 'E05990002', ward_set: '2002-2022', census_date: '2011-03-27', population: 200, source_id: 'census-2011-ward-population' },
    ]);
  });
  it('fails on an unknown ward, a ward without a population, or a count with separators', () => {
    expect(() => wardPopulations(rows, 'Testshire', ['E05990001'], 'p.csv')).toThrow(/"E05990002" is not a 2002-2022 ward/);
    expect(() => wardPopulations(rows.slice(1), 'Testshire', WARDS, 'p.csv')).toThrow(/no population for ward\(s\) E05990002/);
    expect(() => wardPopulations([{ ...rows[0]!, Persons_All_Ages_Census2011: '1,200' }, rows[1]!], 'Testshire', WARDS, 'p.csv')).toThrow(/"1,200" is not a positive whole number/);
  });
});

describe('rankValues', () => {
  it('ranks highest first, ties share a rank, missing values get none', () => {
    expect(rankValues([5, 9, 5, null, 1])).toEqual([2, 1, 2, null, 4]);
  });
});
