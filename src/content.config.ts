/**
 * Content collections. Strategy documents are MDX files in content/strategies/ (or
 * PORTAL_CONTENT_DIR/strategies/, which tests use), validated against the frontmatter
 * schema in src/schemas/strategy.ts, the same schema `npm run validate` applies.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { strategySchema } from './schemas/strategy';
import { STRATEGY_GLOB, strategiesDir } from './core/content-paths';

const strategies = defineCollection({
  // Absolute: Astro resolves a relative base against its root, which a test's build may move.
  loader: glob({ pattern: STRATEGY_GLOB, base: resolve(strategiesDir()) }),
  schema: strategySchema,
});

export const collections = { strategies };
