// `npm run screenshots -- /path/ …`: full-page PNGs of built pages at desktop and phone
// widths into .tmp/screenshots/, for looking at what the portal shows people.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startStaticServer } from './lib/static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.mjs';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/');
mkdirSync('.tmp/screenshots', { recursive: true });
const server = await startStaticServer(process.env.PORTAL_DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
for (const [label, width] of [
  ['desktop', 1280],
  ['phone', 360],
]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(new URL(path, server.url).href);
    const file = `.tmp/screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}.png`;
    // Long pages are cut into parts of at most 1,600px so each stays legible when viewed.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const part = 1600;
    for (let y = 0, i = 1; y < height; y += part, i++) {
      const name = height > part ? file.replace(/\.png$/, `-${i}.png`) : file;
      await page.screenshot({
        path: name,
        fullPage: true,
        clip: { x: 0, y, width, height: Math.min(part, height - y) },
      });
      console.log(name);
    }
  }
  await context.close();
}
await browser.close();
await server.close();
