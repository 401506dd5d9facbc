// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { figureManifest } from './src/lib/figure-manifest';
import { readConfigJson } from './src/core/config.ts';

// The public URL and identity live in the content folder's site.json (PORTAL_CONTENT_DIR, or
// content/), read by the same reader as the build and the imports, so another partnership
// can publish its own portal by changing data and configuration only. The build checks the
// whole file (src/lib/site.ts) before Astro runs; here only the address is needed.
const site = /** @type {{ url: string }} */ (readConfigJson('site', { required: true }));

// A build of another content or data folder (a test's variant site, built while other builds
// run) keeps Astro's generated files (.astro/) and its content cache in a folder of its own,
// PORTAL_ASTRO_ROOT, so no build reads or deletes another's. The code is still this project's.
// Astro names a component's scoped <style> after its path from the root, so a scoped style would
// differ between such a build and dist/ (tests/build/determinism.test.ts): styles go in
// src/styles/global.css.
const scratchRoot = process.env.PORTAL_ASTRO_ROOT;
/** A folder of this project, as an absolute path. @param {string} path */
const own = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  ...(scratchRoot && {
    root: scratchRoot,
    cacheDir: `${scratchRoot}/cache`,
    srcDir: own('./src/'),
    publicDir: own('./public/'),
  }),
  // A preview build (see src/lib/site-address.ts) carries its local address instead.
  site: process.env.PORTAL_PREVIEW_URL ?? site.url,
  // scripts/build.mjs builds into a scratch folder and swaps it into dist/ only when
  // every step has passed, so a failed build never leaves a partial site behind.
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Pages render while earlier pages are still being written: rendering one page at a time
  // left the build waiting on the disk for about a third of its time.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // Writes down the stylesheets embed pages link (see src/lib/figure-manifest.ts).
  integrations: [mdx(), figureManifest()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
