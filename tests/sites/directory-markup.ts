/**
 * A one-entry site (tests/fixtures/directory-markup-site) whose entry holds <script> and
 * <img onerror> in every field, rendered through the real directory components and search
 * script, then indexed by Pagefind. Read by tests/browser/directory-markup.test.ts.
 */
import { join, resolve } from 'node:path';
import type { VariantSite } from './site';

const DIRECTORY_MARKUP_ROOT = join('tests', 'fixtures', 'directory-markup-site');

export const directoryMarkup: VariantSite = {
  name: 'directory-markup',
  projects: ['browser'],
  async make({ dir, script }) {
    const out = resolve(dir, 'dist');
    const env = { FIXTURE_OUT: out, ASTRO_TELEMETRY_DISABLED: '1' };
    await script('astro build', 'node_modules/astro/bin/astro.mjs', env, [
      'build',
      '--root',
      DIRECTORY_MARKUP_ROOT,
      '--silent',
    ]);
    await script('pagefind', 'node_modules/pagefind/lib/runner/bin.cjs', env, ['--site', out, '--silent']);
  },
};
