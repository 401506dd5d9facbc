import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSourceCsv } from '../../scripts/import/lib';
import {
  checkWardCoverage,
  describeChoice,
  mergeExtracts,
  unpivotWardCrime,
  type UnpivotOptions,
} from '../../scripts/import/mps/ward-crime-lib';

const dir = join('tests', 'fixtures', 'wards');
const options = (extract: string, over: Partial<UnpivotOptions> = {}): UnpivotOptions => ({
  file: `extract-${extract}.csv`,
  extract,
  wardSet: '2022',
  wards: new Set(['E05990001', 'E05990002']),
  sourceId: 'fixture',
  checkMonth: (m) => (m < '2023-01' || m > '2023-12' ? 'is outside the declared range 2023-01 to 2023-12' : null),
  ...over,
});
const read = (extract: string) => readSourceCsv(join(dir, `extract-${extract}.csv`));
const unpivot = (extract: string, over: Partial<UnpivotOptions> = {}) =>
  unpivotWardCrime(read(extract), options(extract, over));
const withCell = (extract: string, column: string, value: string) =>
  read(extract).map((r, i) => (i === 0 ? { ...r, [column]: value } : r));

describe('unpivotWardCrime', () => {
  it("keeps only the area's wards, one per ward, category and month, with the category id mapped", () => {
    const e = unpivot('202301-202306');
    expect(e.months).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06']);
    expect(e.rows).toHaveLength(3 * 6);
    expect(e.rows.some((r) => r.ward_code === 'E05990099')).toBe(false);
    expect(e.rows[0]).toEqual({
      ward_code: 'E05990001',
      ward_set: '2022',
      month: '2023-01',
      category_id: 'burglary',
      major_category: 'BURGLARY',
      minor_category: 'BURGLARY IN A DWELLING',
      count: 5,
      extract: '202301-202306',
      source_id: 'fixture',
    });
  });

  it('fails loudly on a negative, fractional or empty count', () => {
    for (const bad of ['-1', '2.5', '']) {
      expect(() => unpivotWardCrime(withCell('202301-202306', '202302', bad), options('202301-202306'))).toThrow(
        /row 2, column 202302: ".*" is not a whole number/,
      );
    }
  });

  it('fails on an unknown major category', () => {
    expect(() => unpivotWardCrime(withCell('202301-202306', 'MajorText', 'PIRACY'), options('202301-202306'))).toThrow(
      /unknown major category "PIRACY"/,
    );
  });

  it('fails on a month outside the declared range', () => {
    expect(() =>
      unpivot('202301-202306', { checkMonth: (m) => (m > '2023-04' ? 'is outside the declared range' : null) }),
    ).toThrow(/month 2023-05 is outside the declared range/);
  });

  it('fails when the month columns do not match the extract name', () => {
    expect(() => unpivotWardCrime(read('202301-202306'), options('202301-202312'))).toThrow(
      /month columns run 202301-202306/,
    );
  });
});

describe('checkWardCoverage', () => {
  const rows = unpivot('202301-202306').rows;
  it('accepts rows whose wards match the boundary list exactly', () => {
    expect(() => checkWardCoverage(rows, new Set(['E05990001', 'E05990002']), '2022', 'f.csv')).not.toThrow();
  });
  it('fails on a ward code with no boundary', () => {
    expect(() => checkWardCoverage(rows, new Set(['E05990001']), '2022', 'f.csv')).toThrow(
      /ward code E05990002 is not a ward of the 2022 set/,
    );
  });
  it('fails on a boundary with no data', () => {
    expect(() => checkWardCoverage(rows, new Set(['E05990001', 'E05990002', 'E05990003']), '2022', 'f.csv')).toThrow(
      /no crime rows for ward\(s\) E05990003/,
    );
  });
});

describe('mergeExtracts: the newer-series rule', () => {
  const extracts = ['202301-202306', '202303-202308', '202305-202310'].map((e) => unpivot(e));
  const { rows, chosen } = mergeExtracts(extracts);
  const count = (ward: string, minor: string, month: string) =>
    rows.find((r) => r.ward_code === ward && r.minor_category === minor && r.month === month)?.count;

  it('takes each month from the latest extract that covers it', () => {
    expect(describeChoice(chosen)).toEqual([
      '2023-01…2023-02 from 202301-202306',
      '2023-03…2023-04 from 202303-202308',
      '2023-05…2023-10 from 202305-202310',
    ]);
    expect(count('E05990002', 'SHOPLIFTING', '2023-02')).toBe(2);
    expect(count('E05990002', 'SHOPLIFTING', '2023-04')).toBe(20);
    expect(count('E05990002', 'SHOPLIFTING', '2023-06')).toBe(200);
  });

  it('never adds or mixes counts across extracts', () => {
    expect(count('E05990001', 'BURGLARY IN A DWELLING', '2023-04')).toBe(80);
    // From May the newest extract has only the new burglary category: the old one must not leak in.
    expect(count('E05990001', 'BURGLARY IN A DWELLING', '2023-05')).toBeUndefined();
    expect(count('E05990001', 'RES BURGLARY OF A HOME', '2023-05')).toBe(900);
    // A category present only in the oldest extract stays only in the months taken from it.
    expect(
      rows.filter((r) => r.ward_code === 'E05990001' && r.minor_category === 'SHOPLIFTING').map((r) => r.month),
    ).toEqual(['2023-01', '2023-02']);
    const keys = rows.map((r) => `${r.ward_code}|${r.month}|${r.minor_category}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the same rows whatever order the extracts come in', () => {
    expect(mergeExtracts([...extracts].reverse()).rows).toEqual(rows);
  });

  it('refuses extracts that end in the same month', () => {
    expect(() => mergeExtracts([extracts[0]!, { ...extracts[1]!, months: extracts[0]!.months }])).toThrow(/same month/);
  });
});
