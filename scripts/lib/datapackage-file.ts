/** The generated `data/datapackage.json` text, shared by the writer and the validator. */
import { buildDataPackage } from '../../src/lib/datapackage';
import { siteConfig } from '../../src/lib/site';
import { allTables, extraResources } from '../../src/schemas/index';
import { sourcesTable } from '../../src/schemas/sources';
import { loadTable } from '../../src/lib/load';

/** The exact text `data/datapackage.json` must hold. */
export function dataPackageText(): string {
  return `${JSON.stringify(buildDataPackage(siteConfig(), allTables, extraResources, loadTable(sourcesTable)), null, 2)}\n`;
}
