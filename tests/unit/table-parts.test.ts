/**
 * Splitting a large table into parts, one per borough (src/lib/catalogue/parts.ts): each
 * part is the header and exactly its borough's rows, byte for byte and in the table's
 * order, read back with an independent CSV parser; a table is left whole when it is small,
 * in one borough, or names no wards; a ward of no known borough stops the build, named.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { partBytes, partPath, PARTS_OVER_BYTES, splitTable, type BoroughLookup } from '../../src/lib/catalogue/parts';
import { boroughsTable, wardCrimeNewTable } from '../../src/schemas/wards';

const HEADER = 'ward_code,ward_set,month,category_id,major_category,minor_category,count,extract,source_id';

/** Two boroughs of two wards each (synthetic codes). */
const lookup: BoroughLookup = {
  boroughOf: new Map([
    ['2022 E05000001', 'E09000002'],
    ['2022 E05000002', 'E09000002'],
    ['2022 E05000003', 'E09000001'],
    ['2022 E05000004', 'E09000001'],
  ]),
  names: new Map([
    ['E09000001', 'First'],
    ['E09000002', 'Second'],
  ]),
};

/** A row of the table for a ward and month, with a minor category that may need quoting. */
const row = (ward: string, month: string, minor = 'ARSON', count = 1) =>
  `${ward},2022,${month},arson-and-criminal-damage,ARSON AND CRIMINAL DAMAGE,${minor},${count},202304-202503,mps`;

/** The rows of a CSV as objects, by an independent parser. */
const rowsOf = (text: string) => parse(text, { columns: true }) as Array<Record<string, string>>;

const bytesOf = (text: string) => new TextEncoder().encode(text);
const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

// Rows of the two boroughs interleaved, runs of each, and fields quoted with commas,
// quotes and a line break inside, so record ends are found by the CSV's rules, not by lines.
const lines = [
  row('E05000001', '2023-04'),
  row('E05000002', '2023-04', '"CRIMINAL DAMAGE, OTHER"', 7),
  row('E05000003', '2023-04'),
  row('E05000004', '2023-04', '"SAID ""DAMAGE""\nOVER TWO LINES"', 3),
  row('E05000001', '2023-05'),
  row('E05000003', '2023-05'),
  row('E05000004', '2023-05'),
  row('E05000002', '2023-05'),
];
const csv = `${HEADER}\n${lines.join('\n')}\n`;

describe('splitting a table into parts', () => {
  const split = splitTable(wardCrimeNewTable, bytesOf(csv), lookup, 0)!;

  it('makes one part per borough, in order of borough code, each at a path beside the table', () => {
    expect(split.parts.map((p) => [p.borough, p.boroughName, p.path])).toEqual([
      ['E09000001', 'First', 'wards/crime-monthly-2022-wards-E09000001.csv'],
      ['E09000002', 'Second', 'wards/crime-monthly-2022-wards-E09000002.csv'],
    ]);
  });

  it("gives each part the header and exactly its borough's rows, in the table's order", () => {
    const all = rowsOf(csv);
    for (const part of split.parts) {
      const text = textOf(partBytes(split, part, bytesOf(csv)));
      expect(text.startsWith(`${HEADER}\n`)).toBe(true);
      const expected = all.filter((r) => lookup.boroughOf.get(`2022 ${r.ward_code}`) === part.borough);
      expect(rowsOf(text), part.path).toEqual(expected);
      expect(part.rows).toBe(expected.length);
    }
    // Together the parts hold every row once.
    expect(split.parts.reduce((n, p) => n + p.rows, 0)).toBe(all.length);
  });

  it('states each part’s size as the bytes it writes, and keeps each record byte for byte', () => {
    for (const part of split.parts) {
      const bytes = partBytes(split, part, bytesOf(csv));
      expect(bytes.length).toBe(part.bytes);
      const text = textOf(bytes);
      for (const l of lines.filter((x) => lookup.boroughOf.get(`2022 ${x.slice(0, 9)}`) === part.borough))
        expect(text).toContain(`${l}\n`);
    }
    expect(split.parts.reduce((n, p) => n + p.bytes - (HEADER.length + 1), HEADER.length + 1)).toBe(csv.length);
  });

  it('ends the part holding the last row with a line end when the table has none', () => {
    const open = csv.trimEnd();
    const s = splitTable(wardCrimeNewTable, bytesOf(open), lookup, 0)!;
    for (const part of s.parts) {
      const text = textOf(partBytes(s, part, bytesOf(open)));
      expect(text.endsWith('\n'), part.path).toBe(true);
      expect(text.length).toBe(part.bytes);
    }
    expect(rowsOf(textOf(partBytes(s, s.parts[1]!, bytesOf(open)))).at(-1)!.ward_code).toBe('E05000002');
  });

  it('puts the rows that name no ward in a part of their own, after the boroughs', () => {
    const some = `${HEADER}\n${row('E05000003', '2023-04')}\n${row('', '2023-04').replace(',2022,', ',,')}\n${row('E05000001', '2023-04')}\n`;
    const s = splitTable(wardCrimeNewTable, bytesOf(some), lookup, 0)!;
    expect(s.parts.map((p) => [p.borough, p.path, p.rows])).toEqual([
      ['E09000001', 'wards/crime-monthly-2022-wards-E09000001.csv', 1],
      ['E09000002', 'wards/crime-monthly-2022-wards-E09000002.csv', 1],
      [null, 'wards/crime-monthly-2022-wards-no-ward.csv', 1],
    ]);
    expect(rowsOf(textOf(partBytes(s, s.parts[2]!, bytesOf(some))))).toEqual([rowsOf(some)[1]]);
  });

  it('finds the ward columns by the header, whatever their place', () => {
    const moved = `ward_set,ward_code,n\n2022,E05000003,1\n2022,E05000001,2\n`;
    const s = splitTable(wardCrimeNewTable, bytesOf(moved), lookup, 0)!;
    expect(s.parts.map((p) => rowsOf(textOf(partBytes(s, p, bytesOf(moved)))).map((r) => r.n))).toEqual([['1'], ['2']]);
  });

  it('leaves a table whole when it is not over the size, lies in one borough, or names no wards', () => {
    expect(splitTable(wardCrimeNewTable, bytesOf(csv), lookup, csv.length)).toBeNull();
    expect(splitTable(wardCrimeNewTable, bytesOf(csv), lookup, csv.length - 1)).not.toBeNull();
    const oneBorough = `${HEADER}\n${lines.filter((l) => /E0500000[12]/.test(l.slice(0, 9))).join('\n')}\n`;
    expect(splitTable(wardCrimeNewTable, bytesOf(oneBorough), lookup, 0)).toBeNull();
    expect(
      splitTable(boroughsTable, bytesOf('borough_code,borough_name,source_id\nE09000001,First,x\n'), lookup, 0),
    ).toBeNull();
  });

  it('stops with the file, line and ward when a ward lies in no known borough', () => {
    const stray = `${HEADER}\n${row('E05000001', '2023-04')}\n${row('E05999999', '2023-04')}\n`;
    expect(() => splitTable(wardCrimeNewTable, bytesOf(stray), lookup, 0)).toThrow(
      'wards/crime-monthly-2022-wards.csv, line 3: ward E05999999 (ward set 2022) is not in wards/wards.csv',
    );
  });

  it('names a part after its table and borough, and splits below a host’s 25 MiB a file', () => {
    expect(partPath('wards/policeuk-monthly.csv', 'E09000006')).toBe('wards/policeuk-monthly-E09000006.csv');
    expect(PARTS_OVER_BYTES).toBeLessThan(25 * 1024 * 1024);
  });
});
