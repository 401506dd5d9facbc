// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';
import { figureManifest } from './src/lib/figure-manifest';

// The public URL and identity live in content/site.json, so another partnership can
// publish its own portal by changing data and configuration only.
const site = JSON.parse(readFileSync(new URL('./content/site.json', import.meta.url), 'utf8'));

export default defineConfig({
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
