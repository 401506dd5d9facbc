/**
 * Writing CSV the way the portal publishes it: UTF-8, comma-separated, a header row,
 * LF line endings, no thousands separators, empty cells for missing values.
 * Used by the import scripts and by every download endpoint.
 */

/** A cell value as it may come from a typed row. */
export type CellValue = string | number | boolean | null | undefined | readonly string[];

/** Formats one cell: quotes only when needed; lists are joined with `;`. */
export function formatCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Serialises rows to CSV text with the given columns, in the given order. */
export function toCsv<R extends object>(columns: readonly (keyof R & string)[], rows: readonly R[]): string {
  const lines = [columns.map((c) => formatCell(c)).join(',')];
  for (const row of rows)
    lines.push(columns.map((c) => formatCell((row as Record<string, unknown>)[c] as CellValue)).join(','));
  return `${lines.join('\n')}\n`;
}
