/**
 * `npm run validate`: checks every published table, every cross-reference and the
 * data package descriptor, without building the site. Exits 1 with a message naming
 * file, row, column, value and what was expected when anything is wrong.
 *
 * The checks are the exported `validate`, which reads only the folders it is given, so
 * the tests run the whole bad-input corpus through it in one process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadAll, displayPath } from '../src/core/load';
import { DataError } from '../src/core/errors';
import { allTables } from '../src/schemas/index';
import { sourcesTable, tableSourcesTable } from '../src/schemas/sources';
import { citedProvenance, type Provenance } from '../src/lib/catalogue/datapackage';
import { readSiteConfig } from '../src/lib/site';
import { dataPackageText } from './lib/datapackage-file';
import { buildFolders, extraChecks, type Folders } from './lib/checks';

/**
 * Checks the tables in `folders.data` and the configuration and documents in
 * `folders.content` (by default the build's own). Returns how many tables and rows it
 * read; throws a DataError carrying every problem found.
 */
export function validate(folders: Folders = buildFolders()): { tables: number; rows: number } {
  const rows = loadAll(allTables, folders.data, folders.content);
  const site = readSiteConfig(folders.content);
  const problems = extraChecks(rows, folders, site);
  if (problems.length) throw new DataError(problems);
  const pkgFile = join(folders.data, 'datapackage.json');
  const prov = citedProvenance(
    {
      sources: rows.get(sourcesTable.name),
      tableSources: rows.get(tableSourcesTable.name),
    } as unknown as Provenance,
    allTables,
    (t) => rows.get(t.name) ?? [],
  );
  if (!existsSync(pkgFile) || readFileSync(pkgFile, 'utf8') !== dataPackageText(site, prov, folders.data)) {
    throw new DataError([
      {
        file: displayPath(pkgFile),
        problem: 'does not match the table schemas in src/schemas; run `npm run datapackage` and commit the result',
      },
    ]);
  }
  let total = 0;
  for (const t of allTables) total += rows.get(t.name)?.length ?? 0;
  return { tables: allTables.length, rows: total };
}

// Run as a command (not imported by a test).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { tables, rows } = validate();
    console.log(`data is valid: ${tables} tables, ${rows} rows`);
  } catch (e) {
    if (e instanceof DataError) {
      console.error(`Data validation failed:\n${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
