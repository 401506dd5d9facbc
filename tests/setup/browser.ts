/**
 * Global setup of the browser project: one Chromium and one static server per site the
 * browser tests open (dist/ and the variant sites they read), shared by every test file.
 * Files run in workers of their own and connect to the browser by its address
 * (`useBrowser` in tests/helpers/browser.ts); each test's contexts are closed after it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.mjs';
import { SITES_DIR } from '../sites/site';

/** The sites the browser tests open, by name, and the folder each is served from. */
const BROWSER_SITES = {
  dist: 'dist',
  'new-document': join(SITES_DIR, 'new-document', 'dist'),
  'directory-markup': join(SITES_DIR, 'directory-markup', 'dist'),
  // The second build of tests/sites/borough-scale.ts: an area of two boroughs.
  'large-area': join(SITES_DIR, 'borough-scale', 'two', 'dist'),
} as const;
export type BrowserSite = keyof typeof BROWSER_SITES;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's address, for `chromium.connect`. */
    browserEndpoint: string;
    /** Each site's address on loopback; a site that was not built has none. */
    siteUrls: Partial<Record<BrowserSite, string>>;
  }
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join('dist', 'index.html')))
    throw new Error('dist/index.html not found: run `npm run build -- --preview` before the browser tests');
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      "Chromium not found: install Debian's chromium package or set CHROMIUM_PATH (npm test does this for you)",
    );
  const browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS });
  const servers = await Promise.all(
    Object.entries(BROWSER_SITES)
      .filter(([, dir]) => existsSync(join(dir, 'index.html')))
      .map(async ([name, dir]) => [name, await startStaticServer(dir)] as const),
  );
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('siteUrls', Object.fromEntries(servers.map(([name, s]) => [name, s.url])));
  return async () => {
    await browser.close();
    await Promise.all(servers.map(([, s]) => s.close()));
  };
}
