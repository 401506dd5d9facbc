/**
 * `npm run validate`: checks every published table, every cross-reference and the
 * data package descriptor, without building the site. Exits 1 with a message naming
 * file, row, column, value and what was expected when anything is wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll, dataDir, displayPath } from '../src/core/load';
import { DataError } from '../src/core/errors';
import { allTables } from '../src/schemas/index';
import { dataPackageText } from './lib/datapackage-file';
import { extraChecks } from './lib/checks';

try {
  const rows = loadAll(allTables);
  const problems = extraChecks(rows);
  if (problems.length) throw new DataError(problems);
  const pkgFile = join(dataDir(), 'datapackage.json');
  if (!existsSync(pkgFile) || readFileSync(pkgFile, 'utf8') !== dataPackageText()) {
    throw new DataError([
      {
        file: displayPath(pkgFile),
        problem: 'does not match the table schemas in src/schemas; run `npm run datapackage` and commit the result',
      },
    ]);
  }
  let total = 0;
  for (const t of allTables) total += rows.get(t.name)?.length ?? 0;
  console.log(`data is valid: ${allTables.length} tables, ${total} rows`);
} catch (e) {
  if (e instanceof DataError) {
    console.error(`Data validation failed:\n${e.message}`);
    process.exit(1);
  }
  throw e;
}
