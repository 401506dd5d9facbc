/**
 * `npm run clear-sections`: empties (keeps the header row of) every hand-maintained table
 * of a section switched off in content/site.json, the first step of publishing for an
 * area that has no performance report, directory or strategy documents. Tables an import
 * writes are left to `npm run import`. Never run on its own accord: switching a section
 * off for a while must not throw away transcribed rows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allTables } from '../src/schemas';
import { dataDir } from '../src/core/load';
import { siteConfig } from '../src/lib/site';
import { sourceManifest } from './import/lib';
import { toCsv } from '../src/core/csv-format';

const sections = (siteConfig() as { sections?: Record<string, boolean> }).sections ?? {};
const { imports } = sourceManifest();
const imported = new Set(Object.values(imports).flatMap((i) => i.tables));
let emptied = 0;
for (const table of allTables) {
  const section = (table as { section?: string }).section;
  if (!section || sections[section] !== false || imported.has(table.path)) continue;
  writeFileSync(join(dataDir(), table.path), toCsv(table.columns, []));
  console.log(`emptied ${table.path} (section "${section}" is off)`);
  emptied++;
}
console.log(
  emptied ? `${emptied} tables emptied; now run npm run import` : 'no section is switched off: nothing emptied',
);
