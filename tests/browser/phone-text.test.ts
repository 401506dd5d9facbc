/**
 * Readable on a phone, in Chromium at 360 px: every text in every chart and map template
 * renders at 12 CSS px or more (font size × the SVG's scale on screen), no two axis labels
 * overlap, legends are 12 px or more, and each table's defining columns are on screen
 * (at 360 px and at 1280 px), wide tables scrolling in a labelled, focusable region with
 * the first column fixed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';

const session = useBrowser();

/** One page of every chart template: home trend, an indicator, ward trend, small multiples, bar chart, maps, legends. */
const CHART_PAGES = [
  '/',
  '/indicators/property-crime/',
  '/wards/E05014002/',
  '/wards/E05000123/',
  '/wards/',
  '/wards/map/2022/burglary/latest-12-months/rate/',
  '/wards/map/2022/all-crime/latest-12-months/change/',
  '/wards/about/',
];

interface TextSize {
  text: string;
  px: number;
}

/** Rendered size of every visible SVG text in main: computed font size × the text's scale on screen. */
function textSizes(page: Page): Promise<TextSize[]> {
  return page.$$eval('main svg text', (els) =>
    els
      .filter((t) => (t as SVGTextElement).checkVisibility())
      .map((t) => {
        const el = t as SVGTextElement;
        const ctm = el.getScreenCTM()!;
        return { text: el.textContent ?? '', px: parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.a, ctm.b) };
      }),
  );
}

/** Pairs of labels within one axis group whose boxes overlap on screen. */
function axisOverlaps(page: Page): Promise<string[]> {
  return page.$$eval('main svg .axis', (axes) => {
    const out: string[] = [];
    for (const axis of axes) {
      const boxes = [...axis.querySelectorAll('text')]
        .filter((t) => t.checkVisibility() && !t.classList.contains('axis-title'))
        .map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r,
            b = boxes[j]!.r;
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
            out.push(`${boxes[i]!.t} × ${boxes[j]!.t}`);
        }
    }
    return out;
  });
}

describe('chart text on a 360 px phone', () => {
  for (const path of CHART_PAGES) {
    it(`${path}: every chart text at 12 px or more, no overlapping axis labels`, async () => {
      const { page } = await session.open(path, { width: 360, height: 800 });
      const sizes = await textSizes(page);
      const svgCount = await page.$$eval(
        'main .chart svg[role="img"], main .chart svg.ward-map-svg',
        (s) => s.filter((x) => (x as SVGElement).checkVisibility()).length,
      );
      expect(svgCount, `${path} shows charts`).toBeGreaterThan(0);
      const small = sizes.filter((s) => s.px < 11.95).map((s) => `${s.text}: ${s.px.toFixed(1)} px`);
      expect(small, path).toEqual([]);
      expect(await axisOverlaps(page), path).toEqual([]);
      const legend = await page.$$eval('main .legend li span', (els) =>
        els.map((e) => parseFloat(getComputedStyle(e).fontSize)),
      );
      for (const px of legend) expect(px).toBeGreaterThanOrEqual(12);
      // Nothing pushes the page sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }, 120_000);
  }

  it('the wide layout is what desktops see, at full size', async () => {
    const { page } = await session.open('/wards/E05014002/', { width: 1280 });
    const sizes = await textSizes(page);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => s.px < 11.95)).toEqual([]);
    expect(await axisOverlaps(page)).toEqual([]);
  });
});

/** Table templates and the headings of their defining columns (counts, rates, change). */
const TABLES: Array<{ path: string; table: string; columns: RegExp[] }> = [
  { path: '/', table: '#borough-trend-table', columns: [/^Offences$/] },
  { path: '/wards/E05014002/', table: '#change-table', columns: [/^% change$/] },
  { path: '/wards/E05014002/', table: '#ranks-table', columns: [/\(offences\)$/, /^Per 1,000 residents/] },
  { path: '/wards/E05014002/', table: '#trend-table', columns: [/^Penge/] },
  { path: '/wards/', table: '#ward-changes-table', columns: [/^% change$/] },
  { path: '/wards/', table: '#ward-map-table', columns: [/^Offences$/] },
  {
    path: '/wards/map/2022/burglary/latest-12-months/rate/',
    table: '#ward-map-table',
    columns: [/^Per 1,000 residents/, /^Offences$/],
  },
  { path: '/wards/map/2022/all-crime/latest-12-months/change/', table: '#ward-map-table', columns: [/^% change$/] },
];

describe('tables show their defining columns', () => {
  // Each page once at each width, with every table on it that is checked.
  const pages = [...new Set(TABLES.map((t) => t.path))];
  for (const width of [360, 1280]) {
    for (const path of pages) {
      const tables = TABLES.filter((t) => t.path === path);
      it(`${path} ${tables.map((t) => t.table).join(', ')} at ${width} px`, async () => {
        const { page } = await session.open(path, { width, height: 800 });
        for (const t of tables) {
          const table = page.locator(t.table).first();
          // A chart's table sits in its disclosure: open it as a reader would, and it must then show.
          const disclosure = table.locator('xpath=ancestor::details[1]');
          if ((await disclosure.count()) && (await disclosure.getAttribute('open')) === null)
            await disclosure.locator('summary').click();
          expect(await table.isVisible(), `${t.table} visible`).toBe(true);
          const heads = await table.locator('thead th').evaluateAll((ths) =>
            ths.map((th) => ({
              text: (th.textContent ?? '').trim(),
              left: th.getBoundingClientRect().left,
              right: th.getBoundingClientRect().right,
            })),
          );
          for (const pattern of t.columns) {
            const head = heads.find((h) => pattern.test(h.text));
            expect(head, `${t.table}: ${pattern} in ${heads.map((h) => h.text).join(' | ')}`).toBeDefined();
            expect(head!.right, `${t.table}: ${head!.text} on screen`).toBeLessThanOrEqual(width);
            expect(head!.left, t.table).toBeGreaterThanOrEqual(0);
          }
          // The table scrolls in its own labelled, focusable region, with its first column fixed.
          const region = await table.evaluate((el) => {
            const wrap = el.closest('.table-wrap')!;
            const first = el.querySelector('tbody tr > :first-child')!;
            return {
              role: wrap.getAttribute('role'),
              label: wrap.getAttribute('aria-label'),
              tabindex: wrap.getAttribute('tabindex'),
              overflow: getComputedStyle(wrap).overflowX,
              sticky: getComputedStyle(first).position,
            };
          });
          expect(region, t.table).toMatchObject({ role: 'region', tabindex: '0', overflow: 'auto', sticky: 'sticky' });
          expect(region.label, t.table).toBeTruthy();
        }
      });
    }
  }
});
