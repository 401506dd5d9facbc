/**
 * Reading the portal's CSV files: decode, parse with papaparse, validate every row
 * with its table's row parser and check the primary key. Any problem stops the
 * build with a message naming file, row, column, value and what was expected.
 */
import Papa from 'papaparse';
import { DataError, type DataProblem } from './errors';
import type { AnyTable, RowOf, Table } from './tables';
import type { Field } from './fields';

/**
 * Decodes a file's bytes as the same table whichever way a spreadsheet saved it: UTF-8
 * with or without a byte-order mark, with LF or CRLF (RFC 4180's own) line endings.
 * The text returned has no BOM and LF endings, the form every file the portal writes
 * takes. Other encodings (Windows-1252, UTF-16) and a bare CR are refused, naming the
 * row and the byte, because their characters cannot be read back reliably.
 */
export function decodeCsv(bytes: Uint8Array, file: string): string {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8(body) + (body === bytes ? 0 : 3);
    const row = countLines(bytes.subarray(0, offset)) + 1;
    const byte = bytes[offset] ?? 0;
    const guess = isUtf16Bom(bytes) ? 'UTF-16 ("Unicode text")' : 'a Windows-1252 "£" or similar?';
    throw new DataError([
      {
        file,
        row,
        problem: `has byte 0x${byte.toString(16).toUpperCase()} at offset ${offset}, which is not UTF-8 (${guess}); expected the file to be saved as UTF-8 ("CSV UTF-8")`,
      },
    ]);
  }
  text = text.replace(/\r\n/g, '\n');
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    const row = text.slice(0, cr).split('\n').length;
    throw new DataError([
      {
        file,
        row,
        problem:
          'has a line ending that is a bare carriage return (CR, as old Mac spreadsheets save); expected LF or CRLF line endings',
      },
    ]);
  }
  return text;
}

/**
 * The bytes a CSV file is published as: UTF-8 without a BOM, LF line endings. A file a
 * partner saved with a BOM or CRLF is published in the portal's own form; any other
 * file is returned as it is.
 */
export function publishedCsvBytes(bytes: Uint8Array, file: string): Uint8Array {
  if (!hasUtf8Bom(bytes) && !bytes.includes(0x0d)) return bytes;
  return new TextEncoder().encode(decodeCsv(bytes, file));
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 0x0a) n++;
  return n;
}

/** Offset of the first byte that does not start or continue a UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] ?? 0) >> 6 !== 2) return i;
    i += len;
  }
  return i;
}

/** Splits CSV text into rows of cells, reporting quoting errors by row. */
export function splitCsv(text: string, file: string): string[][] {
  if (text.trim() === '') throw new DataError([{ file, problem: 'is empty; expected a header row and data rows' }]);
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimiter: ',' });
  const problems: DataProblem[] = parsed.errors.map((e) => ({
    file,
    row: (e.row ?? 0) + 1,
    problem:
      e.code === 'MissingQuotes'
        ? 'has a quoted value that is never closed; expected a closing double quote (")'
        : `could not be read as CSV: ${e.message}`,
  }));
  if (problems.length) throw new DataError(problems);
  return parsed.data;
}

/**
 * Parses and validates a whole CSV file against a table definition.
 * Returns typed rows, or throws a DataError listing every problem found.
 * A file with a header and no rows is refused unless `allowEmpty` (a table of a
 * switched-off section).
 */
export function parseTable<F extends Record<string, Field<unknown>>>(
  table: Table<F>,
  text: string,
  file: string,
  allowEmpty = false,
): RowOf<F>[] {
  const rows = splitCsv(text, file);
  const header = rows[0] ?? [];
  const problems: DataProblem[] = [];
  const expected = table.columns.join(',');
  for (const col of table.columns) {
    if (!header.includes(col))
      problems.push({ file, row: 1, problem: `is missing column "${col}"; expected the header ${expected}` });
  }
  for (const col of header) {
    if (!table.columns.includes(col))
      problems.push({
        file,
        row: 1,
        value: col,
        problem: `is not a column of this table; expected the header ${expected}`,
      });
  }
  const dupes = header.filter((c, i) => header.indexOf(c) !== i);
  for (const col of new Set(dupes)) problems.push({ file, row: 1, value: col, problem: 'appears twice in the header' });
  if (problems.length) throw new DataError(problems);
  if (rows.length < 2 && !allowEmpty)
    throw new DataError([{ file, problem: `has a header but no data rows; expected at least one row of ${expected}` }]);

  const out: RowOf<F>[] = [];
  const seen = new Map<string, number>();
  // Text values repeat from row to row (codes, months, categories, sources): each row
  // refers to one shared copy, so a region's tables hold a few hundred MB less.
  const shared = new Map<string, string>();
  const keyColumns = table.primaryKey as string[];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const rowNumber = i + 1;
    if (cells.length !== header.length) {
      problems.push({ file, row: rowNumber, problem: `has ${cells.length} cells but the header has ${header.length}` });
      continue;
    }
    const record: Record<string, string> = {};
    for (let j = 0; j < header.length; j++) record[header[j]!] = cells[j] ?? '';
    const result = table.parseRow(record);
    if (!result.ok) {
      for (const { column, problem } of result.issues)
        problems.push({ file, row: rowNumber, column, value: record[column] ?? '', problem });
      continue;
    }
    let key = record[keyColumns[0]!]!;
    for (let k = 1; k < keyColumns.length; k++) key += ` | ${record[keyColumns[k]!]}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        row: rowNumber,
        column: table.primaryKey.join('+'),
        value: key,
        problem: `repeats the key of row ${first}; expected each row to have a unique ${table.primaryKey.join(' + ')}`,
      });
    } else {
      seen.set(key, rowNumber);
    }
    const row = result.row as Record<string, unknown>;
    for (const col in row) {
      const v = row[col];
      if (typeof v !== 'string') continue;
      const known = shared.get(v);
      if (known === undefined) shared.set(v, v);
      else row[col] = known;
    }
    out.push(result.row);
  }
  if (problems.length) throw new DataError(problems);
  return out;
}

/** Parses a table from raw bytes (decoding first). */
export function parseTableBytes(table: AnyTable, bytes: Uint8Array, file: string, allowEmpty = false) {
  return parseTable(table, decodeCsv(bytes, file), file, allowEmpty);
}
