import { describe, expect, it } from 'vitest';
import { indicatorQuarters, unpivotBorough } from '../../scripts/import/mps/borough';

const wide = [
  {
    MajorText: 'THEFT',
    MinorText: 'SHOPLIFTING',
    BoroughName: 'Townsville',
    '201203': '4',
    '201204': '5',
    '201205': '6',
  },
  {
    MajorText: 'THEFT',
    MinorText: 'SHOPLIFTING',
    BoroughName: 'Elsewhere',
    '201203': '9',
    '201204': '9',
    '201205': '9',
  },
  {
    MajorText: 'VIOLENCE AGAINST THE PERSON',
    MinorText: 'HOMICIDE',
    BoroughName: 'Townsville',
    '201203': '0',
    '201204': '1',
    '201205': '0',
  },
];

describe('MPS borough import', () => {
  it('keeps only the configured borough and writes one row per month and category', () => {
    const rows = unpivotBorough(wide, new Set(['Townsville']), 'E09000099', 'historical', 'f.csv');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      area_code: 'E09000099',
      month: '2012-03',
      major_category: 'THEFT',
      minor_category: 'SHOPLIFTING',
      count: 4,
      extract: 'historical',
    });
  });

  it('stops on a count that is not a whole number, naming file, row and column', () => {
    const bad = [{ ...wide[0], '201204': '5.5' }];
    expect(() => unpivotBorough(bad, new Set(['Townsville']), 'E09000099', 'historical', 'f.csv')).toThrow(
      'f.csv row 2, column 201204: "5.5" is not a whole number of offences',
    );
  });

  it('sums mapped categories into financial-year quarters, marking partial quarters', () => {
    const rows = unpivotBorough(wide, new Set(['Townsville']), 'E09000099', 'historical', 'f.csv');
    const mapping = [
      {
        major_category: 'THEFT',
        minor_category: 'SHOPLIFTING',
        portfolio: 'property',
        measure_id: 'theft-and-handling',
      },
      {
        major_category: 'VIOLENCE AGAINST THE PERSON',
        minor_category: 'HOMICIDE',
        portfolio: 'violence',
        measure_id: null,
      },
    ];
    const q = indicatorQuarters(rows, mapping);
    const find = (m: string, fy: string) => q.find((r) => r.measure_id === m && r.financial_year === fy);
    expect(find('property-crime-total', '2012/13')).toMatchObject({
      quarter: 1,
      count: 11,
      months: 2,
      status: 'partial',
      period_start: '2012-04',
      period_end: '2012-05',
    });
    expect(find('theft-and-handling', '2011/12')).toMatchObject({ quarter: 4, count: 4, months: 1 });
    expect(find('violent-crime-total', '2012/13')?.count).toBe(1);
  });

  it('stops on a category missing from the mapping', () => {
    const rows = unpivotBorough(wide, new Set(['Townsville']), 'E09000099', 'historical', 'f.csv');
    expect(() => indicatorQuarters(rows, [])).toThrow(
      'category "THEFT / SHOPLIFTING" has no row in data/borough/portfolio-mapping.csv',
    );
  });
});
