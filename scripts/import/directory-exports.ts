/**
 * Generates the directory's downloads from its tables: `data/directory/directory.csv`
 * (one sheet) and `data/directory/hsds.json` (Open Referral HSDS 3.0 shape).
 * Run with `npm run import -- directory-exports` after editing any directory table;
 * `npm run validate` fails while they are out of date. Deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { log } from './lib';
import { loadTable, dataDir } from '../../src/lib/load';
import { assembleDirectory, loadDirectoryTables } from '../../src/lib/directory';
import { flatCsvText, hsdsJsonText } from '../../src/lib/directory-export';
import { directoryFlatTable, directoryResources } from '../../src/schemas/directory';
import { sourcesTable } from '../../src/schemas/sources';

/** Writes both files from the current tables. */
export function main(): void {
  const entries = assembleDirectory(loadDirectoryTables());
  const sources = loadTable(sourcesTable);
  for (const [path, text] of [[directoryFlatTable.path, flatCsvText(entries)], [directoryResources[0].path, hsdsJsonText(entries, sources)]] as const) {
    const full = join(dataDir(), path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    log(`wrote ${full} (${entries.length} entries)`);
  }
}
