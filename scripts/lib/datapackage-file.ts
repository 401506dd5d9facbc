/** The generated `data/datapackage.json` text, shared by the writer and the validator. */
import { dataPackage } from '../../src/lib/catalogue';
import { configuredSiteConfig } from '../../src/lib/site';

/** The exact text `data/datapackage.json` must hold. */
export function dataPackageText(): string {
  return `${JSON.stringify(dataPackage(configuredSiteConfig()), null, 2)}\n`;
}
