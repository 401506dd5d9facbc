/**
 * Large tables published in parts, one per borough, so that every file is one a static
 * host accepts (Cloudflare Pages takes at most 25 MiB a file) and a person can open the
 * part about their own area. A table whose rows name wards (a ward_code and ward_set
 * column) and whose CSV is over PARTS_OVER_BYTES is split when its wards lie in more than
 * one borough: each part holds the header and the rows of one borough's wards, byte for
 * byte as in data/, in the table's own order. The data package then lists the parts as
 * one resource with `path` an array (Frictionless Data Resource, "multiple files"), the
 * table described once. The published borough's tables are small and in one borough, so
 * they stay single files.
 *
 * data/ keeps each table whole: the import, the validation and the pages read it as
 * before; only what is published is split.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, loadTable } from '../../core/load';
import type { AnyTable } from '../../core/tables';
import { boroughsTable, wardsTable } from '../../schemas/wards';

/** The largest file some static hosts accept (Cloudflare Pages: 25 MiB); the deploy check holds the site to it. */
export const HOST_FILE_BYTES = 25 * 1024 * 1024;

/**
 * A table's CSV over this many bytes is published in parts. Below HOST_FILE_BYTES with room
 * to spare; `PORTAL_PARTS_OVER_BYTES` sets another (the tests split a small area's tables).
 */
export const PARTS_OVER_BYTES = 20_000_000;

/** The size over which this build publishes a table in parts: PARTS_OVER_BYTES unless `PORTAL_PARTS_OVER_BYTES` sets another. */
export function partsOverBytes(): number {
  const set = process.env.PORTAL_PARTS_OVER_BYTES;
  if (set === undefined || set === '') return PARTS_OVER_BYTES;
  const n = Number(set);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`PORTAL_PARTS_OVER_BYTES must be a whole number of bytes, not "${set}"`);
  return n;
}

/** One part of a table: the rows of one borough's wards, or the rows that name no ward. */
export interface TablePart {
  /** GSS code and name of the borough; null for the rows naming no ward (a postcode outside the area's wards, say). */
  borough: string | null;
  boroughName: string;
  /** Path in the data package, like the table's: `wards/crime-monthly-2022-wards-E09000006.csv`, or `…-no-ward.csv`. */
  path: string;
  bytes: number;
  rows: number;
  /** Byte ranges [start, end) of the table's file that follow the header, in order. */
  ranges: Array<[number, number]>;
}

/** The table's file split into parts, or null when it is published whole. */
export interface TableSplit {
  table: AnyTable;
  /** The header line with its line end. */
  headerEnd: number;
  parts: TablePart[];
}

const splits = new Map<string, TableSplit | null>();

/** Whether a table's rows can be put in boroughs: they name a ward of a ward set. */
function namesWards(table: AnyTable): boolean {
  return table.columns.includes('ward_code') && table.columns.includes('ward_set');
}

/** The path of a table's part about one borough, or (null) of its rows that name no ward. */
export function partPath(tablePath: string, borough: string | null): string {
  return tablePath.replace(/(\.[a-z]+)$/, `-${borough ?? NO_WARD}$1`);
}

/** What the part of rows naming no ward is called, in its path and on the data page. */
const NO_WARD = 'no-ward';
export const NO_WARD_NAME = 'Rows naming no ward of the area';

/** A field's text: unquoted, with doubled quotes undone. */
function fieldText(bytes: Uint8Array, a: number, b: number): string {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset + a, b - a).toString('utf8');
  return s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
}

/**
 * Reads a CSV file record by record: for each, where it starts and ends (after its line
 * end) and its fields' texts. Quoted fields may hold commas, quotes and line ends; empty
 * lines are skipped. Returns where the header ends, which is where the records start.
 */
function scanRecords(
  bytes: Uint8Array,
  visit: (start: number, end: number, fields: string[], isHeader: boolean) => void,
): number {
  let headerEnd = -1;
  let i = 0;
  while (i < bytes.length) {
    const start = i;
    const fields: string[] = [];
    let fieldStart = i;
    let quoted = false;
    for (; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x22) quoted = !quoted;
      else if (!quoted && (b === 0x2c || b === 0x0a)) {
        // A CRLF line end leaves its CR out of the last field.
        const fieldEnd = b === 0x0a && i > fieldStart && bytes[i - 1] === 0x0d ? i - 1 : i;
        fields.push(fieldText(bytes, fieldStart, fieldEnd));
        fieldStart = i + 1;
        if (b === 0x0a) break;
      }
    }
    if (i >= bytes.length) fields.push(fieldText(bytes, fieldStart, bytes.length)); // a last record without a line end
    const end = Math.min(i + 1, bytes.length);
    i = end;
    const blank = fields.length === 1 && fields[0]!.replace(/\r$/, '') === '';
    if (blank) continue;
    visit(start, end, fields, headerEnd === -1);
    if (headerEnd === -1) headerEnd = end;
  }
  return Math.max(headerEnd, 0);
}

/** Which borough each ward of each set lies in, and each borough's name. */
export interface BoroughLookup {
  /** Keyed by `<ward set> <ward code>`. */
  boroughOf: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
}

/**
 * How a table is published: in parts, one per borough, when its rows name wards in more
 * than one borough and its published bytes are over `overBytes`; otherwise whole (null).
 */
export function splitTable(
  table: AnyTable,
  bytes: Uint8Array,
  lookup: BoroughLookup,
  overBytes = partsOverBytes(),
): TableSplit | null {
  if (!namesWards(table) || bytes.length <= overBytes) return null;
  let codeAt = -1,
    setAt = -1,
    line = 1;
  const byBorough = new Map<string | null, TablePart>();
  const headerEnd = scanRecords(bytes, (start, end, fields, isHeader) => {
    if (isHeader) {
      // Columns found by name in the file's own header, not assumed from the schema's order.
      codeAt = fields.indexOf('ward_code');
      setAt = fields.indexOf('ward_set');
      if (codeAt === -1 || setAt === -1)
        throw new Error(
          `${table.path}: the header has no ward_code or ward_set column, so its rows cannot be put in parts`,
        );
      return;
    }
    line++;
    const code = fields[codeAt] ?? '';
    const set = fields[setAt] ?? '';
    // A row may name no ward at all (both cells empty): those rows make a part of their own.
    const borough = code === '' && set === '' ? null : lookup.boroughOf.get(`${set} ${code}`);
    if (borough === undefined)
      throw new Error(
        `${table.path}, line ${line}: ward ${code} (ward set ${set}) is not in ${wardsTable.path}, so which part it belongs to is unknown`,
      );
    let part = byBorough.get(borough);
    if (!part) {
      part = {
        borough,
        boroughName: borough === null ? NO_WARD_NAME : (lookup.names.get(borough) ?? borough),
        path: partPath(table.path, borough),
        bytes: 0,
        rows: 0,
        ranges: [],
      };
      byBorough.set(borough, part);
    }
    const last = part.ranges.at(-1);
    if (last && last[1] === start) last[1] = end;
    else part.ranges.push([start, end]);
    part.rows++;
  });
  if (byBorough.size < 2) return null;
  const finalNewline = bytes[bytes.length - 1] === 0x0a ? 0 : 1;
  // Boroughs in code order, then the rows naming no ward.
  const order = (p: TablePart) => p.borough ?? '\uffff';
  const parts = [...byBorough.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
  for (const p of parts) {
    p.bytes = headerEnd + p.ranges.reduce((n, [a, b]) => n + b - a, 0);
    if (p.ranges.at(-1)![1] === bytes.length) p.bytes += finalNewline;
  }
  return { table, headerEnd, parts };
}

/** The boroughs of the data folder's wards. */
function dataBoroughs(): BoroughLookup {
  return {
    boroughOf: new Map(loadTable(wardsTable).map((w) => [`${w.ward_set} ${w.ward_code}`, w.borough_code])),
    names: new Map(loadTable(boroughsTable).map((b) => [b.borough_code, b.borough_name])),
  };
}

/** The bytes of one part: the table's header, then the rows of the part's borough. */
export function partBytes(split: TableSplit, part: TablePart, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(part.bytes);
  out.set(bytes.subarray(0, split.headerEnd), 0);
  let at = split.headerEnd;
  for (const [a, b] of part.ranges) {
    out.set(bytes.subarray(a, b), at);
    at += b - a;
  }
  if (at < out.length) out[at] = 0x0a; // the table's last row had no line end
  return out;
}

/**
 * The split of a data-folder table (null when it is published whole), worked out once per
 * build from its published bytes, which `bytes` gives only when the table may be split.
 */
export function tableSplit(table: AnyTable, bytes: () => Uint8Array): TableSplit | null {
  const key = join(dataDir(), table.path);
  if (!splits.has(key)) {
    const mayBeSplit = namesWards(table) && statSync(key).size > partsOverBytes();
    splits.set(key, mayBeSplit ? splitTable(table, bytes(), dataBoroughs()) : null);
  }
  return splits.get(key)!;
}
