/**
 * Browser test plumbing: serve dist/ on loopback, drive Debian's Chromium with
 * playwright-core, and run axe with the WCAG A/AA rules. Never skips: a missing
 * browser fails the test run with instructions (see scripts/test.mjs).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.mjs';

export interface Session {
  browser: Browser;
  baseUrl: string;
  /** Opens a page in a fresh context (axe needs one), recording requests to other origins. */
  open: (
    path: string,
    options?: { width?: number; height?: number; javaScript?: boolean },
  ) => Promise<{ page: Page; context: BrowserContext; foreignRequests: string[] }>;
  close: () => Promise<void>;
}

/** Starts the server and browser once per test file. */
export async function startSession(dist = 'dist'): Promise<Session> {
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`${dist}/index.html not found: run \`npm run build\` before the browser tests`);
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      "Chromium not found: install Debian's chromium package or set CHROMIUM_PATH (npm test does this for you)",
    );
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    baseUrl: server.url,
    async open(path, { width = 1280, height = 900, javaScript = true } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript });
      contexts.push(context);
      const foreignRequests: string[] = [];
      const origin = new URL(server.url).origin;
      context.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
      });
      const page = await context.newPage();
      const response = await page.goto(new URL(path, server.url).href);
      if (!response || response.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
      return { page, context, foreignRequests };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}

/** Runs axe with the WCAG 2.x A and AA rules; returns violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}
