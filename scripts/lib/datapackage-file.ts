/** The generated `data/datapackage.json` text, shared by the writer and the validator. */
import { buildDataPackage } from '../../src/lib/datapackage';
import { siteConfig } from '../../src/lib/site';
import { allTables, extraResources } from '../../src/schemas/index';

/** The exact text `data/datapackage.json` must hold. */
export function dataPackageText(): string {
  return `${JSON.stringify(buildDataPackage(siteConfig(), allTables, extraResources), null, 2)}\n`;
}
