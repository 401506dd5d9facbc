/**
 * A journalist's copy and paste: the embed snippet and the citation a chart offers, pasted
 * into a plain HTML page served from another local port, show the chart whole: the frame
 * has no scroll bar, the image fills its width, and the citation's address leads back to
 * the chart. The first and last embed of every kind of chart, at a desktop and a phone width.
 *
 * The snippet carries the build's preview address; requests to it are answered from the
 * test's own server for dist/, so the test does not need that port free.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distFile } from '../helpers/dist';
import { siteIndex } from '../helpers/site-index';
import { unescapeHtml } from '../../scripts/lib/built-site';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { useBrowser } from '../helpers/browser';

const preview = process.env.PORTAL_PREVIEW_URL!;
/**
 * Each chart of an embed page, as the address a snippet frames: the embed page's path and
 * the chart's anchor (`embed/wards/E05014002/#trend`).
 */
const embedded = siteIndex()
  .pages.map((p) => p.path)
  .filter((p) => p.startsWith('embed/'))
  .flatMap((f) =>
    [...distFile(f).matchAll(/<figure class="chart" id="([^"]+)"/g)].map(
      (m) => `${f.replace(/index\.html$/, '')}#${m[1]}`,
    ),
  );
/** The kind of chart an embed shows: its address with ward codes, periods, ids and map choices generalised. */
function kindOf(embed: string): string {
  const parts = embed.split('/');
  if (parts[1] === 'wards' && parts[2] === 'map') return `wards/map/${parts[6]}`;
  if (parts[1] === 'indicators') return `indicators/:id/${embed.split('#')[1]}`;
  return embed.replace(/E\d{8}/g, ':ward');
}
const byTemplate = new Map<string, string[]>();
for (const e of embedded) byTemplate.set(kindOf(e), [...(byTemplate.get(kindOf(e)) ?? []), e]);
const embeds = [...byTemplate.values()].flatMap((list) => (list.length <= 2 ? list : [list[0]!, list.at(-1)!]));

/** The chart page and anchor an embedded chart points back to (its "Data and full chart" link). */
function chartOf(embed: string): { path: string; anchor: string } {
  const [file, anchor] = embed.split('#');
  const html = distFile(`${file}index.html`);
  const figure = html.slice(html.indexOf(`<figure class="chart" id="${anchor}"`));
  const back = new URL(unescapeHtml(/<a href="([^"]+)" target="_top">/.exec(figure)![1]!));
  return { path: back.pathname, anchor: back.hash.slice(1) };
}

const session = useBrowser();
// The newsroom's site: a server of its own, on another port, for the pages the snippets are pasted into.
let host: { url: string; close: () => Promise<void> };
let hostDir: string;
beforeAll(async () => {
  hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  host = await startStaticServer(hostDir);
});
afterAll(async () => {
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

/** A browser context in which the preview address is answered by the server for dist/. */
async function contextAt(width: number) {
  const context = await session.newContext({ viewport: { width, height: 900 } });
  await context.route(`${preview}/**`, async (route) => {
    const url = new URL(route.request().url());
    // A request still in flight when the test closes its context (an icon, say) is dropped.
    try {
      await route.fulfill({
        response: await route.fetch({ url: new URL(url.pathname + url.search, session.baseUrl).href }),
      });
    } catch (e) {
      if (!/disposed|closed/i.test(String(e))) throw e;
    }
  });
  return context;
}

describe('embeds copied into another site', () => {
  it('covers every embed template', () => {
    expect(byTemplate.size).toBeGreaterThanOrEqual(8);
  });

  it.each(embeds)('%s: the copied snippet and citation show the chart whole', async (embed) => {
    const { path, anchor } = chartOf(embed);
    const context = await contextAt(1280);
    const page = await context.newPage();
    await page.goto(new URL(path, session.baseUrl).href);
    const frame = page.locator(`#${anchor}`);
    // The anchor the citation must lead to is a chart on this page.
    expect((await frame.getAttribute('class'))?.split(' ')).toContain('chart');
    await frame.locator('details.chart-details summary').click();
    const snippet = (await frame.locator('pre.snippet code').textContent())!;
    const citation = (await frame.locator('.citation code').textContent())!;
    expect(snippet).toContain(`src="${preview}/${embed}"`);
    const file = `${embed.replace(/[/#]/g, '-')}.html`;
    writeFileSync(
      join(hostDir, file),
      `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>A newsroom page</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>\n<body><main><h1>Story</h1><p>Some reporting.</p>\n${snippet}\n<p>${citation.replace(/</g, '&lt;')}</p></main></body></html>\n`,
    );

    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(new URL(file, host.url).href);
      const iframe = page.locator('iframe');
      await iframe.scrollIntoViewIfNeeded();
      const inner = page.frameLocator('iframe');
      await inner.locator(':target img').evaluate(
        (img: HTMLImageElement) =>
          img.complete ||
          new Promise((ok) => {
            img.onload = ok;
          }),
      );
      const state = await inner.locator('html').evaluate(() => {
        // The chart the address names is the one shown (an embed page holds all of its page's charts).
        const img = document.querySelector(':target .chart-image img') as HTMLImageElement;
        const box = img.getBoundingClientRect();
        // object-fit: contain draws the image at this scale inside its box.
        const scale = Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight);
        const shown = (e: Element) => {
          const b = e.getBoundingClientRect();
          return e.checkVisibility() && b.width > 1 && b.height > 1;
        };
        const visible = [...document.querySelectorAll('body *')]
          .filter((e) => shown(e) && e.children.length === 0)
          .map((e) => e.textContent?.trim())
          .filter(Boolean);
        return {
          scrollsY: document.documentElement.scrollHeight > window.innerHeight + 1,
          scrollsX: document.documentElement.scrollWidth > window.innerWidth + 1,
          loaded: img.naturalWidth > 0,
          imageWidthShare: (img.naturalWidth * scale) / window.innerWidth,
          imageBottom: box.top + img.naturalHeight * scale,
          height: window.innerHeight,
          title: document.querySelector(':target h2')?.textContent ?? '',
          others: [...document.querySelectorAll('.chart:not(:target)')].filter((e) => e.checkVisibility()).length,
          visible,
        };
      });
      expect(state.loaded, `${embed} at ${width}px`).toBe(true);
      expect(state.others, `${embed}: other charts of the page shown`).toBe(0);
      expect(state.scrollsY, `${embed} at ${width}px scrolls`).toBe(false);
      expect(state.scrollsX, `${embed} at ${width}px scrolls sideways`).toBe(false);
      expect(state.imageBottom, `${embed} at ${width}px`).toBeLessThanOrEqual(state.height + 0.5);
      // The snippet's aspect ratio fits the content: the chart keeps (nearly) the frame's full
      // width; on a phone the line of links wraps and takes a little more of the height.
      expect(state.imageWidthShare, `${embed} at ${width}px`).toBeGreaterThan(width === 1280 ? 0.97 : 0.75);
      // The title is in the image once; the page's own heading is for screen readers only.
      expect(state.visible, embed).not.toContain(state.title);
      const hostWidth = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(hostWidth, `${embed}: the host page scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
    }

    // The citation's address leads back to the chart itself: the page loaded above, at the chart's anchor.
    const cited = /\. (http:\/\/\S+?#\S+?)\. /.exec(citation)?.[1];
    expect(cited, citation).toBeTruthy();
    expect(cited).toBe(`${preview}${path}#${anchor}`);
  });
});
