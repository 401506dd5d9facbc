/**
 * The published site built a second time, from the same data/ and content/, into a folder
 * of its own: tests/build/determinism.test.ts compares it with dist/ byte for byte.
 */
import { join } from 'node:path';
import type { VariantSite } from './site';

export const rebuild: VariantSite = {
  name: 'rebuild',
  projects: ['build'],
  async make({ dir, build }) {
    await build('build', { dist: join(dir, 'dist'), astro: join(dir, 'astro') });
  },
};
