/** Where the content lives (strategy documents) and which sections it switches off; shared by the content collection, the table loader and the validator. */
import { join } from 'node:path';
import { contentDir, readConfigJson } from './config';

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
  const site = readConfigJson('site', { dir }) as { sections?: Record<string, unknown> } | undefined;
  const sections = site?.sections ?? {};
  return new Set(
    Object.entries(sections)
      .filter(([, on]) => on === false)
      .map(([id]) => id),
  );
}
