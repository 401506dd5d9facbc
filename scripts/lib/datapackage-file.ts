/** The generated `data/datapackage.json` text, shared by the writer and the validator. */
import { dataPackage } from '../../src/lib/catalogue';
import { siteConfig } from '../../src/lib/site';

/** The exact text `data/datapackage.json` must hold. */
export function dataPackageText(): string {
  return `${JSON.stringify(dataPackage(siteConfig()), null, 2)}\n`;
}
