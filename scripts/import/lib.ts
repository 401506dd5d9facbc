/**
 * Shared plumbing for the import scripts: where the raw public files are, reading
 * them, writing the portal's normalised CSV deterministically, and progress output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { toCsv } from '../../src/core/csv-format';
import { dataDir, displayPath } from '../../src/core/load';

/** The folder of raw public data, `../shared/data-sources` unless `PORTAL_SOURCES_DIR` says otherwise. */
export function sourcesDir(): string {
  return process.env.PORTAL_SOURCES_DIR ?? join(process.cwd(), '..', 'shared', 'data-sources');
}

/** Reads a raw CSV with a header row into records (a leading BOM is dropped). */
export function readSourceCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    throw new Error(`${path} row ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return parsed.data;
}

/** Writes a file to `data/<path>` (or `PORTAL_DATA_DIR`), creating folders, and says so; `detail` is added to the message. */
export function writeDataFile(path: string, text: string, detail: string): void {
  const full = join(dataDir(), path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  log(`wrote ${displayPath(full)} (${detail})`);
}

/** Writes rows to `data/<path>` as CSV with the given columns; returns the row count. */
export function writeDataCsv<R extends object>(path: string, columns: readonly (keyof R & string)[], rows: readonly R[]): number {
  writeDataFile(path, toCsv(columns, rows), `${rows.length} rows`);
  return rows.length;
}

/** Progress output for long imports. */
export function log(message: string): void {
  process.stdout.write(`  ${message}\n`);
}

/** Stops the import with a message; used for any input the import does not expect. */
export function fail(message: string): never {
  throw new Error(`Import stopped: ${message}`);
}

/** Compares strings in a locale-independent way, so output order never depends on the machine. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
