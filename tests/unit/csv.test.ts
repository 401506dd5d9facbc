import { describe, expect, it } from 'vitest';
import { decodeCsv, parseTable, publishedCsvBytes } from '../../src/core/csv';
import { DataError } from '../../src/core/errors';
import { defineTable } from '../../src/core/tables';
import { id, integer, list, month, oneOf, optional, text } from '../../src/core/fields';

const table = defineTable({
  name: 'fixture',
  path: 'kpi/observations.csv',
  title: 'Fixture',
  description: 'A small synthetic table for tests.',
  fields: {
    measure_id: id({ title: 'Measure', description: 'Measure.' }),
    month: month({ title: 'Month', description: 'Month.' }, { from: '2012-01', to: '2012-12' }),
    value: optional(integer({ title: 'Value', description: 'Value.' }, { minimum: 0 })),
    status: oneOf(['published', 'derived'] as const, { title: 'Status', description: 'Status.' }),
    tags: list(oneOf(['a', 'b'] as const, { title: 'Tags', description: 'Tags.' })),
    note: optional(text({ title: 'Note', description: 'Note.' })),
  },
  primaryKey: ['measure_id', 'month'],
  sources: [{ title: 'Synthetic' }],
});

const FILE = 'data/kpi/observations.csv';
const HEADER = 'measure_id,month,value,status,tags,note';

function errorOf(text: string): string {
  try {
    parseTable(table, text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected the table to be rejected');
}

describe('parseTable', () => {
  it('parses typed rows, with empty cells as null and lists split on ;', () => {
    const rows = parseTable(
      table,
      `${HEADER}\nviolence,2012-04,983,published,a;b,\nasb,2012-04,,derived,,"a, quoted note"\n`,
      FILE,
    );
    expect(rows).toEqual([
      { measure_id: 'violence', month: '2012-04', value: 983, status: 'published', tags: ['a', 'b'], note: null },
      { measure_id: 'asb', month: '2012-04', value: null, status: 'derived', tags: [], note: 'a, quoted note' },
    ]);
  });

  it('names file, row, column, value and expectation for a number with a thousands separator', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `m${i},2012-01,${i},published,,`);
    const text = `${HEADER}\n${rows.join('\n')}\nviolence,2012-04,"1,207",published,,\n`;
    expect(errorOf(text)).toBe('data/kpi/observations.csv row 14, column value: "1,207" is not a number');
  });

  it.each([
    ['a decimal count', 'v,2012-04,9.5,published,,', 'row 2, column value: "9.5" is not a whole number'],
    ['a negative count', 'v,2012-04,-3,published,,', 'row 2, column value: "-3" is less than 0'],
    [
      'an unknown status',
      'v,2012-04,3,guessed,,',
      'row 2, column status: "guessed" is not one of the allowed values: published, derived',
    ],
    [
      'a month out of range',
      'v,2013-04,3,published,,',
      'row 2, column month: "2013-04" is outside the declared range 2012-01 to 2012-12',
    ],
    [
      'a malformed month',
      'v,April 2012,3,published,,',
      'row 2, column month: "April 2012" is not a month in YYYY-MM form',
    ],
    [
      'a bad list item',
      'v,2012-04,3,published,a;z,',
      'row 2, column tags: "a;z" has an item "z" that is not one of the allowed values: a, b',
    ],
    [
      'a bad id',
      'Violence,2012-04,3,published,,',
      'row 2, column measure_id: "Violence" is not an id of lower-case letters, digits and hyphens',
    ],
    ['a short row', 'v,2012-04,3', 'row 2: has 3 cells but the header has 6'],
  ])('rejects %s', (_label, line, expected) => {
    expect(errorOf(`${HEADER}\n${line}\n`)).toBe(`${FILE} ${expected}`);
  });

  it('rejects a duplicate key, naming the first row', () => {
    expect(errorOf(`${HEADER}\nv,2012-04,1,published,,\nv,2012-04,2,published,,\n`)).toBe(
      `${FILE} row 3, column measure_id+month: "v | 2012-04" repeats the key of row 2; expected each row to have a unique measure_id + month`,
    );
  });

  it('rejects missing and extra columns in the header', () => {
    const message = errorOf('measure_id,month,value,status,tags,extra\nv,2012-04,1,published,,x\n');
    expect(message).toContain(`${FILE} row 1: is missing column "note"; expected the header ${HEADER}`);
    expect(message).toContain(`${FILE} row 1: "extra" is not a column of this table`);
  });

  it('rejects an empty file and a header with no rows', () => {
    expect(errorOf('')).toBe(`${FILE}: is empty; expected a header row and data rows`);
    expect(errorOf(`${HEADER}\n`)).toBe(
      `${FILE}: has a header but no data rows; expected at least one row of ${HEADER}`,
    );
  });

  it('rejects an unterminated quote', () => {
    expect(errorOf(`${HEADER}\nv,2012-04,1,published,,"never closed\n`)).toContain(
      `${FILE} row 2: has a quoted value that is never closed`,
    );
  });

  it('reports every bad row, not only the first', () => {
    const message = errorOf(`${HEADER}\nv,2012-04,x,published,,\nw,2012-04,y,published,,\n`);
    expect(message.split('\n')).toHaveLength(2);
  });
});

describe('decodeCsv', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('accepts UTF-8 with LF endings', () => {
    expect(decodeCsv(enc('a,b\n£,é\n'), FILE)).toBe('a,b\n£,é\n');
  });
  it('reads UTF-8 with a byte-order mark as the same text, without the mark', () => {
    expect(decodeCsv(enc('\uFEFFa,b\n£,é\n'), FILE)).toBe('a,b\n£,é\n');
  });
  it('reads CRLF line endings as LF, including inside a quoted cell', () => {
    expect(decodeCsv(enc('a,b\r\n1,"x\r\ny"\r\n'), FILE)).toBe('a,b\n1,"x\ny"\n');
  });
  it('refuses a bare carriage return, naming the row', () => {
    expect(() => decodeCsv(enc('a,b\n1,2\r3,4\n'), FILE)).toThrow(
      `${FILE} row 2: has a line ending that is a bare carriage return`,
    );
  });
  it('refuses UTF-16, naming the row and the byte', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'a,b\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(() => decodeCsv(bytes, FILE)).toThrow(
      `${FILE} row 1: has byte 0xFF at offset 0, which is not UTF-8 (UTF-16`,
    );
  });
  it('names the right offset for a bad byte after a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('a,b\n1,'), 0xa3, ...enc('5\n')]);
    expect(() => decodeCsv(bytes, FILE)).toThrow(`${FILE} row 2: has byte 0xA3 at offset 9, which is not UTF-8`);
  });
  it('rejects a Windows-1252 pound sign, naming row and byte', () => {
    const bytes = new Uint8Array([...enc('a,b\n1,'), 0xa3, ...enc('5\n')]);
    expect(() => decodeCsv(bytes, FILE)).toThrow(`${FILE} row 2: has byte 0xA3 at offset 6, which is not UTF-8`);
  });
});

describe('a hand-edited table saved by a spreadsheet', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const plain = `${HEADER}\nv,2012-04,1,published,,\nw,2012-05,2,published,,"two\nlines"\n`;
  const saved = (text: string) => ({
    bom: enc(`\uFEFF${text}`),
    crlf: enc(text.replace(/\n/g, '\r\n')),
    both: enc(`\uFEFF${text.replace(/\n/g, '\r\n')}`),
  });
  it('reads as the same table with a BOM, CRLF or both', () => {
    const expected = parseTable(table, plain, FILE);
    for (const [how, bytes] of Object.entries(saved(plain)))
      expect(parseTable(table, decodeCsv(bytes, FILE), FILE), how).toEqual(expected);
  });
  it('is published as UTF-8 without a BOM and with LF line endings', () => {
    for (const bytes of Object.values(saved(plain)))
      expect(new TextDecoder().decode(publishedCsvBytes(bytes, FILE))).toBe(plain);
    const untouched = enc(plain);
    expect(publishedCsvBytes(untouched, FILE)).toBe(untouched);
  });
});
