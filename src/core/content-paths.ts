/** Where the content lives (site configuration, strategy documents); shared by the content collection, the site config and the validator. */
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
