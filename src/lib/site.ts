/** The site configuration, checked once (read through src/core/config.ts, as the imports and astro.config.mjs read it). */
import { siteConfigSchema, type SectionId, type SiteConfig } from '../schemas/site';
import { configPath, parseConfig } from '../core/config';
import type { TableData } from '../core/table-data';
import { PREVIEW_ENV, siteAddress } from './site-address';

/** The site configuration as a build uses it: `url` is the address pages carry. */
export interface Site extends SiteConfig {
  /** True when this is a local preview build (`PORTAL_PREVIEW_URL`): `url` is then a loopback address. */
  preview: boolean;
}

let configured: SiteConfig | undefined;
let cached: Site | undefined;

/** The path of the site configuration file in a content folder. */
export function siteConfigFile(dir?: string): string {
  return configPath('site', dir);
}

/**
 * Reads and checks the site configuration of a content folder, every time it is called:
 * the validator reads the one of the folder it is given.
 */
export function readSiteConfig(dir?: string): SiteConfig {
  return parseConfig('site', siteConfigSchema, { dir });
}

/** `content/site.json` (or `PORTAL_CONTENT_DIR`) exactly as configured, public address included; read once. */
export function configuredSiteConfig(): SiteConfig {
  return (configured ??= readSiteConfig());
}

/**
 * The site configuration for this build: as configured, except that a preview build
 * (`PORTAL_PREVIEW_URL` set) carries the local preview address instead of the public one.
 */
export function siteConfig(): Site {
  if (cached) return cached;
  const config = configuredSiteConfig();
  const address = siteAddress(config.url, process.env[PREVIEW_ENV]);
  cached = { ...config, url: address.url, preview: address.preview };
  return cached;
}

/** The area's code and name as leading CSV columns (see CONTEXT_COLUMNS): a downloaded file names its area. */
export function areaContext(): NonNullable<TableData['context']> {
  const { area } = siteConfig();
  return { area_code: area.code, area_name: area.name };
}

/** Whether a section is published (`sections` in content/site.json). */
export function sectionOn(section: SectionId): boolean {
  return siteConfig().sections[section];
}

/**
 * What a page of a switched-off section returns instead of rendering: a response
 * without a body, which the static build skips, so the page is never written.
 * 204, not 404: Astro answers a bodiless 404 with the site's 404 page, which would be
 * written in the page's place.
 */
export function notPublished(): Response {
  return new Response(null, { status: 204 });
}
