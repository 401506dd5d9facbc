/** Where the content lives (site configuration, strategy documents); shared by the content collection, the site config and the validator. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The content folder: `content/`, or `PORTAL_CONTENT_DIR` (tests point it at fixtures). */
export function contentDir(): string {
  return process.env.PORTAL_CONTENT_DIR ?? join(process.cwd(), 'content');
}

/** The folder strategy documents live in. */
export function strategiesDir(dir = contentDir()): string {
  return join(dir, 'strategies');
}

/**
 * Which files are documents: `.mdx` files whose names do not start with an underscore
 * (so an author can keep `_draft.mdx` aside without publishing it).
 */
export const STRATEGY_GLOB = '[!_]*.mdx';

/**
 * The sections switched off in `site.json` (`"sections": {"directory": false}` and the
 * like). Read here, below the schemas, because loading a table needs to know whether
 * it may be empty; `src/lib/site.ts` validates the whole file.
 */
export function switchedOffSections(dir = contentDir()): Set<string> {
  const file = join(dir, 'site.json');
  if (!existsSync(file)) return new Set();
  const sections = (JSON.parse(readFileSync(file, 'utf8')) as { sections?: Record<string, unknown> }).sections ?? {};
  return new Set(
    Object.entries(sections)
      .filter(([, on]) => on === false)
      .map(([id]) => id),
  );
}
