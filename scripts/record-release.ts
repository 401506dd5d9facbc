/**
 * `npm run record-release`: records the release now published (its date is dataUpdated in
 * content/site.json) as the previous release, which the next release's /data/changes/
 * compares with. Run it once when you start preparing a new release, before
 * `npm run import` brings in the new files; then import, set dataUpdated to the new
 * release's date, and build. It rewrites data/releases/previous.csv (this release's
 * monthly totals) and adds this release's lines to data/releases/history.csv. It reads the
 * data as validated; a bad table stops it with the usual message and nothing is written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, displayPath, loadAll, loadTable } from '../src/core/load';
import { DataError } from '../src/core/errors';
import { toCsv } from '../src/core/csv-format';
import { allTables } from '../src/schemas/index';
import { releaseHistoryTable, releaseTotalsTable } from '../src/schemas/releases';
import { currentTotals } from '../src/lib/releases';
import { siteConfig } from '../src/lib/site';
import { recordRelease } from '../src/lib/releases/record';

try {
  // Every table is validated first: a bad one stops the script here, before anything is written.
  loadAll(allTables);
  const site = siteConfig();
  const totals = currentTotals();
  const before = { record: [...loadTable(releaseTotalsTable)], history: [...loadTable(releaseHistoryTable)] };
  const after = recordRelease(before, totals, site.dataUpdated);
  for (const [table, list] of [
    [releaseTotalsTable, after.record],
    [releaseHistoryTable, after.history],
  ] as const) {
    const file = join(dataDir(), table.path);
    writeFileSync(file, toCsv(table.columns as never, list as never));
    console.log(`wrote ${displayPath(file)}: ${list.length} rows`);
  }
  console.log(
    `recorded the release of ${site.dataUpdated} (${totals.size} datasets). Next: npm run import, set dataUpdated in content/site.json to the new release's date, then build; /data/changes/ lists what the new data adds and revises.`,
  );
} catch (e) {
  if (e instanceof DataError) {
    console.error(`Data validation failed:\n${e.message}`);
    process.exit(1);
  }
  console.error(`record-release: ${(e as Error).message}`);
  process.exit(1);
}
