/** Reads and checks the site configuration once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfigSchema, type SectionId, type SiteConfig } from '../schemas/site';
import { contentDir } from '../core/content-paths';

let cached: SiteConfig | undefined;

/** The site configuration from `content/site.json` (or `PORTAL_CONTENT_DIR`). */
export function siteConfig(): SiteConfig {
  if (cached) return cached;
  const file = join(contentDir(), 'site.json');
  const result = siteConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${file}, field ${i.path.join('.')}: ${i.message}`);
    throw new Error(lines.join('\n'));
  }
  cached = result.data;
  return cached;
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
