/**
 * Every page template in a real browser: axe (WCAG 2.x A/AA) finds nothing, no request
 * goes to another origin, the page has one <h1>, a language, a skip link and landmarks,
 * and nothing overflows a phone-width screen. Up to three pages per template are checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distFiles } from '../helpers/dist';
import { axeViolations, startSession, type Session } from '../helpers/browser';
import { templateOf } from '../../scripts/lib/built-site';

const byTemplate = new Map<string, string[]>();
for (const file of distFiles('.html')) {
  const t = templateOf(file);
  byTemplate.set(t, [...(byTemplate.get(t) ?? []), file]);
}
const samples = [...byTemplate.entries()].flatMap(([t, files]) => {
  const picks = files.length <= 3 ? files : [files[0]!, files[Math.floor(files.length / 2)]!, files.at(-1)!];
  return picks.map((f) => [t, `/${f.replace(/index\.html$/, '')}`] as const);
});

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('every page template', () => {
  it('covers every template in the built site', () => {
    expect(byTemplate.size).toBeGreaterThanOrEqual(10);
  });

  it.each(samples)('%s (%s): axe, origins, structure, phone width', async (_template, path) => {
    const { page, context, foreignRequests } = await session.open(path);
    expect(await axeViolations(page), path).toEqual([]);
    const structure = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      lang: document.documentElement.lang,
      main: document.querySelectorAll('main').length,
      skip: document.querySelector('a[href="#main"]') !== null || document.body.classList.contains('embed'),
    }));
    expect(structure, path).toEqual({ h1: 1, lang: expect.stringMatching(/^en/), main: 1, skip: true });
    await page.setViewportSize({ width: 320, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      `${path} overflows at 320px`,
    ).toBeLessThanOrEqual(0);
    expect(foreignRequests, path).toEqual([]);
    await context.close();
  });
});
