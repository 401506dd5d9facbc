/** The generated `data/datapackage.json` text, shared by the writer and the validator. */
import { dataPackage, provenance } from '../../src/lib/catalogue';
import type { Provenance } from '../../src/lib/catalogue/datapackage';
import { configuredSiteConfig } from '../../src/lib/site';
import type { SiteConfig } from '../../src/schemas/site';

/**
 * The exact text `data/datapackage.json` must hold under a site configuration, given the
 * sources tables and the data folder (by default those of the build's own folders).
 */
export function dataPackageText(
  site: SiteConfig = configuredSiteConfig(),
  prov: Provenance = provenance(),
  data?: string,
): string {
  return `${JSON.stringify(dataPackage(site, prov, data), null, 2)}\n`;
}
