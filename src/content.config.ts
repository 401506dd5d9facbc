/**
 * Content collections. Strategy documents are MDX files in content/strategies/ (or
 * PORTAL_CONTENT_DIR/strategies/, which tests use), validated against the frontmatter
 * schema in src/schemas/strategy.ts, the same schema `npm run validate` applies.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { strategySchema } from './schemas/strategy';
import { STRATEGY_GLOB, strategiesDir } from './core/content-paths';

const strategies = defineCollection({
  loader: glob({ pattern: STRATEGY_GLOB, base: strategiesDir() }),
  schema: strategySchema,
});

export const collections = { strategies };
