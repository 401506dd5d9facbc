/**
 * A ward page in a real browser: on a 360 × 800 phone the first screen shows the count, the
 * change with its verdict, the sparkline, the rate and the place, and the page stays under
 * 8,000 px (an indicator page under 10,000); printed to A4 by Chromium it is a briefing of
 * at most two pages, without navigation or controls, with the change table, the trend, the
 * map, the source lines and the page's address; and a chart's disclosure opens from the
 * keyboard onto its table, source, downloads and citation, and passes axe open.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser';

const WARD = '/wards/E05014002/';
const INDICATOR = '/indicators/violent-crime/';

const session = useBrowser();

/**
 * Pages in a PDF: its page objects, which must agree with the page tree's root, whose
 * /Count (the largest, as every other node counts part of it) is the number of pages.
 */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const objects = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const root = Math.max(0, ...[...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1])));
  expect(objects, 'page objects against the page tree').toBe(root);
  return objects;
}

/** Where each element is on the page, and its text, if it shows. */
function boxes(page: Page, selectors: Record<string, string>) {
  return page.evaluate((sels) => {
    const out: Record<string, { bottom: number; text: string } | null> = {};
    for (const [name, sel] of Object.entries(sels)) {
      const el = document.querySelector(sel);
      out[name] =
        el && el.checkVisibility()
          ? { bottom: el.getBoundingClientRect().bottom + window.scrollY, text: (el.textContent ?? '').trim() }
          : null;
    }
    return out;
  }, selectors);
}

describe('a ward page on a phone', () => {
  it('answers above the fold at 360 × 800: offences, change and verdict, sparkline, rate and place', async () => {
    const { page } = await session.open(WARD, { width: 360, height: 800 });
    const first = await boxes(page, {
      count: '.glance-count',
      verdict: '.glance-verdict strong',
      sparkline: '.glance-trend svg.sparkline',
      rate: '.glance-facts div:nth-child(1)',
      place: '.glance-facts div:nth-child(2)',
    });
    for (const [name, box] of Object.entries(first)) {
      expect(box, `${name} shows`).not.toBeNull();
      expect(box!.bottom, `${name} above 800 px`).toBeLessThanOrEqual(800);
    }
    expect(first.count!.text).toMatch(/^[\d,]+ offences in /);
    expect(first.verdict!.text).toMatch(/^All crime (up|down) .* on the year before: the (rise|fall) is /);
    expect(first.rate!.text).toMatch(/^Per 1,000 Census \d{4} residents\s*[\d.]+/);
    expect(first.place!.text).toMatch(/^Place among \d+ wards\s*(joint )?\d+(st|nd|rd|th) for offences/);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(8000);
  });

  it('keeps an indicator page under 10,000 px at 360 px', async () => {
    const { page } = await session.open(INDICATOR, { width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(10_000);
  });
});

describe('printing', () => {
  it('prints a ward page and an indicator page on at most two A4 pages', async () => {
    for (const path of [WARD, INDICATOR]) {
      const { page } = await session.open(path);
      const pages = pdfPages(await page.pdf({ format: 'A4' }));
      expect(pages, path).toBeGreaterThanOrEqual(1);
      expect(pages, path).toBeLessThanOrEqual(2);
    }
  });

  it('prints a briefing: the change table, trend, map, source lines and address, without navigation or controls', async () => {
    const { page } = await session.open(WARD);
    await page.emulateMedia({ media: 'print' });
    const shows = (sel: string) => page.$$eval(sel, (els) => els.length > 0 && els.every((e) => e.checkVisibility()));
    const hidden = (sel: string) => page.$$eval(sel, (els) => els.every((e) => !e.checkVisibility()));
    for (const sel of [
      '#change-table',
      '#trend .chart-image svg',
      '.ward-locator svg',
      '#change .source',
      '#trend .source',
    ])
      expect(await shows(sel), sel).toBe(true);
    for (const sel of ['.site-header', '.breadcrumbs', 'details > summary', '.downloads', 'form', '.follow', '#ranks'])
      expect(await hidden(sel), sel).toBe(true);
    const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
    expect(await page.locator('.print-only').textContent()).toBe(`This page: ${canonical}`);
    await page.emulateMedia({ media: 'screen' });
    expect(await hidden('.print-only')).toBe(true);
  });
});

describe("a chart's disclosure", () => {
  it('opens from the keyboard onto the table, source, downloads and citation', async () => {
    const { page } = await session.open(WARD);
    const details = page.locator('#trend details.chart-details');
    expect(await details.locator('#trend-table').isVisible()).toBe(false);
    let there = false;
    for (let i = 0; i < 80 && !there; i++) {
      await page.keyboard.press('Tab');
      there = await page.evaluate(
        () => document.activeElement?.matches('#trend details.chart-details > summary') ?? false,
      );
    }
    expect(there, 'the summary takes keyboard focus').toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
      /^Table, source, downloads, cite: All crime each month/,
    );
    await page.keyboard.press('Enter');
    expect(await details.getAttribute('open')).toBe('');
    for (const sel of [
      '#trend-table',
      '.source',
      'a[download][href$=".csv"]',
      'a[href="#trend"]',
      '.citation',
      'pre.snippet',
    ])
      expect(await details.locator(sel).first().isVisible(), sel).toBe(true);
    // The next Tab stop is in the disclosure: the table's scrolling region.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('details')?.closest('#trend') !== null)).toBe(
      true,
    );
  });

  it('passes axe with every disclosure open, on a ward page and an indicator page', async () => {
    for (const path of [WARD, INDICATOR]) {
      const { page } = await session.open(path);
      await page.$$eval('details', (ds) => ds.forEach((d) => d.setAttribute('open', '')));
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
