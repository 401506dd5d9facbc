/**
 * The data behind a chart, map or table, in exactly the shape shown. The HTML table,
 * the CSV download and the chart's text summary are all made from one TableData, so
 * a download always matches what the page shows.
 */
import { toCsv } from './csv-format';

/** A column of a displayed table. */
export interface TableColumn {
  /** Column name in the CSV download (snake_case). */
  key: string;
  /** Column heading on the page. */
  label: string;
  /** Right-aligned, formatted with thousands separators on the page (never in the CSV). */
  numeric?: boolean;
  /** Decimal places to show for numeric values; the CSV keeps full precision. */
  decimals?: number;
}

/** A cell: missing values are null (shown as an em dash with the reason in a status column). */
export type TableCell = string | number | null;

export interface TableData {
  caption: string;
  columns: TableColumn[];
  rows: Array<Record<string, TableCell>>;
  /** Column whose cells are row headers (`<th scope="row">`). */
  rowHeader?: string;
}

/** Formats a number for display: thousands separators, fixed decimals. */
export function formatNumber(value: number, decimals = 0): string {
  let f = formats.get(decimals);
  // One formatter per precision: toLocaleString with options builds a new one on every call,
  // which was the largest single cost of rendering a thousand map and ward tables.
  if (!f) formats.set(decimals, (f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(value);
}
const formats = new Map<number, Intl.NumberFormat>();

/** A cell as shown on the page. */
export function displayCell(value: TableCell, column: TableColumn): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number') return column.numeric ? formatNumber(value, column.decimals ?? 0) : String(value);
  return value;
}

/** The CSV download of a table: same rows and columns as shown, raw numbers, empty for missing. */
export function tableCsv(table: TableData): string {
  return toCsv(table.columns.map((c) => c.key), table.rows);
}
