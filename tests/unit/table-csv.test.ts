import { describe, expect, it } from 'vitest';
import { signedNumber, sortValue, tableCsv, type TableData } from '../../src/core/table-data';

const table: TableData = {
  caption: 'Offences by month',
  columns: [
    { key: 'month', label: 'Month' },
    { key: 'offences', label: 'Offences', numeric: true },
    { key: 'ward_set', label: 'Ward set' },
  ],
  rows: [
    { month: '2026-01', offences: 3, ward_set: '2022' },
    { month: '2026-02', offences: null, ward_set: '2022' },
  ],
  context: { measure: 'count', category: 'all-crime' },
};

describe('table CSV downloads', () => {
  it("lead with the context columns in a fixed order, the route's over the table's, then the table as shown", () => {
    expect(tableCsv(table, { area_code: 'E09000001', area_name: 'Somewhere', measure: 'rate' })).toBe(
      'area_code,area_name,category,measure,month,offences,ward_set\n' +
        'E09000001,Somewhere,all-crime,rate,2026-01,3,2022\n' +
        'E09000001,Somewhere,all-crime,rate,2026-02,,2022\n',
    );
  });

  it('never repeat a column the table already has', () => {
    expect(tableCsv(table, { ward_set: '2002-2022' }).split('\n')[0]).toBe('category,measure,month,offences,ward_set');
  });

  it('are the table alone when nothing gives a context', () => {
    expect(tableCsv({ ...table, context: undefined }).split('\n')[0]).toBe('month,offences,ward_set');
  });
});

describe('sortValue', () => {
  const count = { key: 'n', label: 'N', numeric: true };
  const rate = { key: 'r', label: 'R', numeric: true, decimals: 2 };
  const text = { key: 't', label: 'T' };

  it('leaves out what the text already says, so the sort reads the text', () => {
    expect(sortValue(143, count)).toBeUndefined();
    expect(sortValue('E05013991', text)).toBeUndefined();
    expect(sortValue(-5, count)).toBeUndefined();
  });

  it('keeps the raw value where the text is formatted, rounded or a dash', () => {
    expect(sortValue(1234, count)).toBe('1234');
    expect(sortValue(10.76339, rate)).toBe('10.76339');
    expect(sortValue(null, count)).toBe('');
  });
});

describe('signedNumber', () => {
  it('writes a change with its sign, the minus sign for a fall and none for no change', () => {
    expect(signedNumber(1234)).toBe('+1,234');
    expect(signedNumber(-27)).toBe('\u221227');
    expect(signedNumber(0)).toBe('0');
    expect(signedNumber(-2.25, 1)).toBe('\u22122.3');
  });
});
