/**
 * Browser test plumbing: the project's one Chromium and static servers (started by
 * tests/setup/browser.ts) driven with playwright-core, and axe with the WCAG A/AA rules.
 * Never skips: a missing browser fails the test run with instructions (see scripts/test.mjs).
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Download,
  type Page,
} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { BrowserSite } from '../setup/browser';

export interface Session {
  /** This file's connection to the shared browser. */
  browser: Browser;
  /** The site's address, ending in a slash. */
  baseUrl: string;
  /** Opens a page in a fresh context (axe needs one), recording requests to other origins. */
  open: (
    path: string,
    options?: { width?: number; height?: number; javaScript?: boolean },
  ) => Promise<{ page: Page; context: BrowserContext; foreignRequests: string[] }>;
  /** A fresh context of this session (closed after the test like the others). */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

/**
 * The shared browser, for the tests of one file, opening pages of `site` (dist/ unless
 * named). Call it at the top of the file; every context a test opens is closed after it,
 * and one a `beforeAll` opens after the tests it serves.
 */
export function useBrowser(site: BrowserSite = 'dist'): Session {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const baseUrl = () => {
    const url = inject('siteUrls')[site];
    if (!url) throw new Error(`the ${site} site was not built in this run, so it is not served`);
    return url;
  };
  const session: Session = {
    get browser() {
      if (!browser) throw new Error('the browser is connected in beforeAll');
      return browser;
    },
    get baseUrl() {
      return baseUrl();
    },
    async newContext(options) {
      const context = await session.browser.newContext(options);
      contexts.push(context);
      return context;
    },
    async open(path, { width = 1280, height = 900, javaScript = true } = {}) {
      const context = await session.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript });
      const foreignRequests: string[] = [];
      const origin = new URL(baseUrl()).origin;
      context.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
      });
      const page = await context.newPage();
      const response = await page.goto(new URL(path, baseUrl()).href);
      if (!response || response.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
      return { page, context, foreignRequests };
    },
  };
  beforeAll(async () => {
    baseUrl();
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  // Contexts before this mark were opened by hooks that ran before the test began.
  let mark = 0;
  beforeEach(() => {
    mark = contexts.length;
  });
  afterEach(async () => {
    for (const c of contexts.splice(mark)) await c.close().catch(() => {});
  });
  afterAll(async () => {
    for (const c of contexts.splice(0)) await c.close().catch(() => {});
    // Disconnects this file; the browser itself is closed by the global teardown.
    await browser?.close();
  });
  return session;
}

/** Opens a page of the session's site with the browser's location set (or refused when `at` is null). */
export async function openAt(session: Session, path: string, at: { latitude: number; longitude: number } | null) {
  const context = await session.newContext(at ? { geolocation: at, permissions: ['geolocation'] } : {});
  const page = await context.newPage();
  await page.goto(new URL(path, session.baseUrl).href);
  return { page, context };
}

/**
 * Presses a ward map's "find my ward" and waits for its answer to link a ward: the answer's
 * words and link, and the reference of the ward the map outlines.
 */
export async function findMyWard(page: Page): Promise<{ text: string; href: string | null; located: string | null }> {
  await page.locator('.find-ward-button').click();
  await page.locator('.find-ward-result a').waitFor();
  return {
    text: (await page.locator('.find-ward-result').textContent()) ?? '',
    href: await page.locator('.find-ward-result a').getAttribute('href'),
    located: await page.locator('#ward-map .is-located').getAttribute('href'),
  };
}

/** The bytes of a download (the browser is remote, so its file is read through the connection). */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs axe with the WCAG 2.x A and AA rules; returns violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    // Violations in full; passes and the rest are not collected, which axe does faster.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}
