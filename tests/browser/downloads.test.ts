/**
 * Chart image downloads in a real browser: the SVG is valid SVG, the PNG tool yields a real
 * PNG. (axe on the embed page and the dataset pages: tests/browser/accessibility.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { downloadBytes, useBrowser } from '../helpers/browser';

const session = useBrowser();

describe('chart image downloads', () => {
  it('"Download image (SVG)" gives a well-formed SVG with the source in it', async () => {
    const { page } = await session.open('/indicators/property-crime/');
    // The downloads are in the chart's disclosure, under the chart.
    await page.click('#long-run details.chart-details summary');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#long-run a:has-text("Download image (SVG)")'),
    ]);
    const text = (await downloadBytes(download)).toString('utf8');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName };
    }, text);
    expect(parsed).toEqual({ error: null, root: 'svg' });
    expect(text).toContain('Source: Metropolitan Police Service');
  });

  it('the embed page makes a PNG of the chart in the browser', async () => {
    const { page } = await session.open('/embed/indicators/property-crime/#long-run-png');
    // The embed page holds every chart of the indicator page; its address shows this one alone.
    expect(await page.locator('#long-run').isVisible()).toBe(true);
    expect(await page.locator('#breakdown').isVisible()).toBe(false);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Download image (PNG)', null, {
      timeout: 5000,
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const bytes = await downloadBytes(download);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(1400);
    expect(height).toBeGreaterThan(600);
    expect(download.suggestedFilename()).toBe('indicators-property-crime-long-run.png');
  });

  it('dataset pages read on a phone without sideways scrolling', async () => {
    const { page } = await session.open('/data/kpi-observations/', { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
