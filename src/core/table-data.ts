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

/**
 * Columns a CSV download carries before the table's own to say what every row is: the
 * area, ward, document or indicator, the category, period and measure. They are the same
 * on every row, so the page says them once in the chart's title rather than repeating
 * them in each table row; a downloaded file, read on its own, needs them.
 */
export const CONTEXT_COLUMNS = {
  area_code: {
    title: 'Area code',
    description: 'GSS code of the area the figures cover (a local authority, or a region).',
  },
  area_name: { title: 'Area', description: 'Name of the area the figures cover.' },
  ward_code: { title: 'Ward code', description: 'GSS code of the ward the figures are for.' },
  ward_name: { title: 'Ward', description: 'Name of the ward the figures are for.' },
  ward_set: {
    title: 'Ward set',
    description: 'The ward boundaries the figures use: 2002-2022 (in force until May 2022) or 2022 (from May 2022).',
  },
  document_id: {
    title: 'Document',
    description: 'Id of the strategy document the rows come from; its page is /strategies/<id>/.',
  },
  indicator_id: {
    title: 'Indicator',
    description: 'Id of the performance indicator the rows are about; its page is /indicators/<id>/.',
  },
  category: {
    title: 'Crime category',
    description: 'Id of the crime category counted (all-crime for every category together).',
  },
  period: {
    title: 'Period',
    description: 'The month (YYYY-MM) or the first and last months (YYYY-MM/YYYY-MM) the figures cover.',
  },
  earlier_period: {
    title: 'Earlier period',
    description: 'The first and last months (YYYY-MM/YYYY-MM) the earlier column counts.',
  },
  later_period: {
    title: 'Later period',
    description: 'The first and last months (YYYY-MM/YYYY-MM) the later column counts.',
  },
  measure: {
    title: 'Measure',
    description:
      'What the figures are: count (offences recorded), rate (offences per 1,000 residents) or change (offences in one period against an earlier one).',
  },
} as const;

/** A context column's name. */
export type ContextColumn = keyof typeof CONTEXT_COLUMNS;

export interface TableData {
  caption: string;
  columns: TableColumn[];
  rows: Array<Record<string, TableCell>>;
  /** Column whose cells are row headers (`<th scope="row">`). */
  rowHeader?: string;
  /** What every row is (see CONTEXT_COLUMNS): leading columns of the CSV download only. */
  context?: Partial<Record<ContextColumn, string>>;
}

/** The table with more context columns (what every row is), over any it has of the same names. */
export function withContext(table: TableData, context: TableData['context']): TableData {
  return { ...table, context: { ...table.context, ...context } };
}

/** Formats a number for display: thousands separators, fixed decimals. */
export function formatNumber(value: number, decimals = 0): string {
  let f = formats.get(decimals);
  // One formatter per precision: toLocaleString with options builds a new one on every call,
  // which was the largest single cost of rendering a thousand map and ward tables.
  if (!f)
    formats.set(
      decimals,
      (f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })),
    );
  return f.format(value);
}
const formats = new Map<number, Intl.NumberFormat>();

/** The sign a change is written with: "+", the minus sign "−" (U+2212, not a hyphen), or none for zero. */
export function signOf(n: number): string {
  return n > 0 ? '+' : n < 0 ? '−' : '';
}

/** A change as pages write it: "+1,234", "−27", "0" (with `decimals` fixed decimals). */
export function signedNumber(n: number, decimals = 0): string {
  return `${signOf(n)}${formatNumber(Math.abs(n), decimals)}`;
}

/** A cell as shown on the page. */
export function displayCell(value: TableCell, column: TableColumn): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number') return column.numeric ? formatNumber(value, column.decimals ?? 0) : String(value);
  return value;
}

/**
 * The raw value a sortable table's cell carries for sorting (`data-value`), or undefined
 * when its text already is that value (a count under 1,000, a code, a name): the sort reads
 * the text then, and a large table does not say every value twice.
 */
export function sortValue(value: TableCell, column: TableColumn): string | undefined {
  const raw = value === null ? '' : String(value);
  return raw === displayCell(value, column) ? undefined : raw;
}

/** The context columns a table's CSV starts with, in CONTEXT_COLUMNS order (none the table already has). */
export function contextColumns(table: TableData): ContextColumn[] {
  const own = new Set(table.columns.map((c) => c.key));
  return (Object.keys(CONTEXT_COLUMNS) as ContextColumn[]).filter(
    (k) => table.context?.[k] !== undefined && !own.has(k),
  );
}

/**
 * The CSV download of a table: its context columns (the table's own, with `context` over
 * them: what the route serving the file knows, such as the area or ward), then the same
 * rows and columns as shown, raw numbers, empty for missing.
 */
export function tableCsv(table: TableData, context: TableData['context'] = {}): string {
  const full = { ...table, context: { ...table.context, ...context } };
  const keys = contextColumns(full);
  const lead = Object.fromEntries(keys.map((k) => [k, full.context[k]!]));
  return toCsv(
    [...keys, ...table.columns.map((c) => c.key)],
    table.rows.map((row) => ({ ...lead, ...row })),
  );
}
