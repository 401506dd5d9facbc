/** Reading a table's CSV download in build tests: its leading context columns, then the table's own. */

import Papa from 'papaparse';
import { CONTEXT_COLUMNS } from '../../src/core/table-data';

export interface TableCsv {
  /** The leading context columns (area, ward, category, period…) and their one value each. */
  context: Record<string, string>;
  /** The names of the table's own columns. */
  header: string[];
  /** The table's own cells, row by row, as written. */
  rows: string[][];
}

/**
 * Splits a table's CSV into its context columns and the table's `width` own columns.
 * Throws when a leading column is not a context column or differs between rows: the
 * page states the context once, so it may only lead the file if it is one value.
 */
export function readTableCsv(text: string, width: number, name = 'CSV'): TableCsv {
  const parsed = Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${name}: ${parsed.errors[0]!.message}`);
  const [all = [], ...body] = parsed.data;
  const lead = all.length - width;
  if (lead < 0) throw new Error(`${name}: ${all.length} columns, fewer than the table's ${width}`);
  const context: Record<string, string> = {};
  all.slice(0, lead).forEach((column, i) => {
    if (!(column in CONTEXT_COLUMNS)) throw new Error(`${name}: leading column "${column}" is not a context column`);
    const values = new Set(body.map((r) => r[i]));
    if (values.size > 1)
      throw new Error(`${name}: context column "${column}" differs between rows (${[...values].join(', ')})`);
    context[column] = body[0]?.[i] ?? '';
  });
  return { context, header: all.slice(lead), rows: body.map((r) => r.slice(lead)) };
}
