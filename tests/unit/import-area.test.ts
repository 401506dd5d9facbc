import { describe, expect, it } from 'vitest';
import { coveredDistrictTest, ladsOfArea, wardsOfArea } from '../../scripts/import/area';
import { mpsNamesOfArea, unpivotBorough } from '../../scripts/import/mps/borough';
import { unpivotWardCrime } from '../../scripts/import/mps/ward-crime-lib';

const lookup = new Map([
  ['E05000001', 'E09000006'],
  ['E05000002', 'E09000006'],
  ['E05000003', 'E09000021'],
  ['E05000004', 'E07000001'],
]);

describe('selecting an area by GSS code', () => {
  it("takes a district's wards from the lookup", () => {
    expect([...wardsOfArea('E09000006', lookup, 'l.csv')]).toEqual(['E05000001', 'E05000002']);
    expect([...wardsOfArea('E09000021', lookup, 'l.csv')]).toEqual(['E05000003']);
  });
  it('takes every ward whose district is in a region (London: the E09 boroughs)', () => {
    expect([...wardsOfArea('E12000007', lookup, 'l.csv')]).toEqual(['E05000001', 'E05000002', 'E05000003']);
    expect([...ladsOfArea('E12000007', lookup.values(), 'l.csv')].sort()).toEqual(['E09000006', 'E09000021']);
  });
  it('leaves out a district the ward crime files do not cover, and refuses an area that is only that district', () => {
    const notCovered = { E09000021: 'policed by another force' };
    expect([...ladsOfArea('E12000007', lookup.values(), 'l.csv', notCovered)]).toEqual(['E09000006']);
    expect(() => ladsOfArea('E09000021', lookup.values(), 'l.csv', notCovered)).toThrow(
      'the area E09000021 holds only E09000021, which the ward crime files do not cover: policed by another force',
    );
    // The published manifest leaves out the City of London, which the MPS files do not cover.
    expect([...ladsOfArea('E12000007', ['E09000001', 'E09000006'], 'l.csv')]).toEqual(['E09000006']);
    const covered = coveredDistrictTest('E12000007', notCovered);
    expect(['E09000006', 'E09000021', 'E07000001', ''].map(covered)).toEqual([true, false, false, false]);
  });
  it('refuses an area none of whose districts the lookup holds', () => {
    for (const code of ['E09000033', 'E05000001', 'E12000008']) {
      expect(() => ladsOfArea(code, lookup.values(), 'l.csv')).toThrow(
        `l.csv has no ward in the area ${code}; check area.code in content/site.json`,
      );
    }
  });
});

describe('the MPS files, read by code', () => {
  const wardFile = [
    { WardCode: 'E05000001', LookUp_BoroughName: 'Bromley-by-any-spelling' },
    { WardCode: 'E05000003', LookUp_BoroughName: 'Kingston upon Thames' },
    { WardCode: 'E05000003', LookUp_BoroughName: 'Aviation Security (SO18)' },
  ];
  it("finds the MPS's own names for the area's boroughs through its ward codes", () => {
    expect([...mpsNamesOfArea(wardFile, new Set(['E05000001']))]).toEqual(['Bromley-by-any-spelling']);
    expect([...mpsNamesOfArea(wardFile, new Set(['E05000003']))]).toEqual([
      'Aviation Security (SO18)',
      'Kingston upon Thames',
    ]);
  });
  it('adds the boroughs of a region month by month, and refuses a repeated borough row', () => {
    const wide = [
      { MajorText: 'THEFT', MinorText: 'SHOPLIFTING', BoroughName: 'A', '201204': '5' },
      { MajorText: 'THEFT', MinorText: 'SHOPLIFTING', BoroughName: 'B', '201204': '7' },
      { MajorText: 'THEFT', MinorText: 'SHOPLIFTING', BoroughName: 'C', '201204': '100' },
    ];
    expect(unpivotBorough(wide, new Set(['A', 'B']), 'E12000007', 'historical', 'f.csv').map((r) => r.count)).toEqual([
      12,
    ]);
    expect(() => unpivotBorough([wide[0]!, wide[0]!], new Set(['A']), 'E09000006', 'historical', 'f.csv')).toThrow(
      'f.csv row 3: A, THEFT / SHOPLIFTING appears twice',
    );
  });

  const ward = (group: string, counts: [string, string]) => ({
    MajorText: 'THEFT',
    MinorText: 'SHOPLIFTING',
    WardName: 'Heathrow Villages',
    WardCode: 'E05013570',
    LookUp_BoroughName: group,
    '202304': counts[0],
    '202305': counts[1],
  });
  const options = {
    file: 'f.csv',
    extract: '202304-202305',
    wardSet: '2022' as const,
    wards: new Set(['E05013570']),
    sourceId: 'x',
    checkMonth: () => null,
  };
  it("adds a ward's offences listed under two MPS groups in one extract (policing moved in the middle)", () => {
    const { rows } = unpivotWardCrime(
      [ward('Hillingdon', ['281', '0']), ward('Aviation Security (SO18)', ['17', '368'])],
      options,
    );
    expect(rows.map((r) => [r.month, r.count])).toEqual([
      ['2023-04', 298],
      ['2023-05', 368],
    ]);
  });
  it('refuses a ward and category repeated within one group', () => {
    expect(() => unpivotWardCrime([ward('Hillingdon', ['1', '0']), ward('Hillingdon', ['1', '0'])], options)).toThrow(
      'f.csv row 3: ward E05013570 and category THEFT / SHOPLIFTING appear twice under Hillingdon',
    );
  });
  it('leaves out wards of other areas, whatever their borough is called', () => {
    expect(() =>
      unpivotWardCrime([ward('Hillingdon', ['1', '0'])], { ...options, wards: new Set(['E05000001']) }),
    ).toThrow(/no rows for the area's 2022 wards/);
  });
});
