/**
 * Generates the directory's downloads from its tables: `data/directory/directory.csv`
 * (one sheet) and `data/directory/hsds.json` (Open Referral HSDS 3.0 shape).
 * Run with `npm run import -- directory-exports` after editing any directory table;
 * `npm run validate` fails while they are out of date. Deterministic.
 */
import { writeDataFile } from '../lib';
import { loadTable } from '../../../src/core/load';
import { assembleDirectory, loadDirectoryTables } from '../../../src/lib/directory';
import { directoryExportFiles } from '../../../src/lib/directory/export';
import { sourcesTable } from '../../../src/schemas/sources';

/** Writes both files from the current tables. */
export function main(): void {
  const entries = assembleDirectory(loadDirectoryTables());
  for (const { path, text } of directoryExportFiles(entries, loadTable(sourcesTable)))
    writeDataFile(path, text, `${entries.length} entries`);
}
