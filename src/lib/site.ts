/** Reads and checks the site configuration once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfigSchema, type SiteConfig } from '../schemas/site';
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
