/**
 * Finding something as a youth worker would, in Chromium against the built site: the
 * mentoring / age 14 / home-borough journey, a list of the queries practitioners type with
 * the entries that must come first, advice when nothing matches, and Pagefind loading
 * only once someone reaches for the search.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';
import { directoryResults } from '../helpers/directory-search';
import { loadDirectory, type DirectoryEntry } from '../../src/lib/directory';
import { formatSearch } from '../../src/lib/directory/url';
import { siteConfig } from '../../src/lib/site';
import { slug } from '../../src/lib/directory/filters';

const entries = loadDirectory();
const byPath = new Map(entries.map((e) => [`/directory/${e.service.service_id}/`, e]));
const home = slug(siteConfig().area.name);
const session = useBrowser();

const results = directoryResults;

const entryAt = (path: string): DirectoryEntry => {
  const e = byPath.get(path);
  if (!e) throw new Error(`${path} is not a directory entry`);
  return e;
};
const named = (re: RegExp) => (e: DirectoryEntry) => re.test(`${e.service.name} ${e.service.alternate_name ?? ''}`);
const themed = (theme: string) => (e: DirectoryEntry) => (e.service.themes as string[]).includes(theme);
const isId = (id: string) => (e: DirectoryEntry) => e.service.service_id === id;
/** Says what the query asks for in its name or its description, whichever entry Pagefind ranks first among equals. */
const about = (re: RegExp) => (e: DirectoryEntry) =>
  re.test(`${e.service.name} ${e.service.alternate_name ?? ''} ${e.service.description ?? ''}`);

/**
 * The queries, each with what its first results must be: `first` checks the first n
 * results one by one; `most` and `all` say which entries must be among the results.
 */
const QUERIES: Array<{
  q: string;
  first: Array<(e: DirectoryEntry) => boolean>;
  all?: (e: DirectoryEntry) => boolean;
  max?: number;
  corrected?: string;
}> = [
  { q: 'gang', first: Array(5).fill(named(/gang/i)), max: entries.length / 2 },
  { q: 'gangs', first: Array(5).fill(named(/gang/i)), max: entries.length / 2 },
  { q: 'mentoring', first: Array(4).fill(named(/mentoring/i)), all: themed('mentoring') },
  { q: 'mentor', first: Array(4).fill(named(/mentoring/i)), all: themed('mentoring') },
  { q: 'mentorng', first: Array(4).fill(named(/mentoring/i)) },
  {
    q: 'knife',
    first: [named(/knife/i), ...Array(4).fill(themed('knife-and-gun-crime'))],
    all: themed('knife-and-gun-crime'),
  },
  { q: 'knife crime', first: [named(/knife crime/i), ...Array(4).fill(themed('knife-and-gun-crime'))] },
  {
    q: 'weapons',
    first: [named(/weapons/i), named(/weapons/i), ...Array(3).fill(themed('knife-and-gun-crime'))],
    all: themed('knife-and-gun-crime'),
  },
  { q: 'weapns', first: [named(/weapons/i), named(/weapons/i)], corrected: 'weapons' },
  { q: 'youth club', first: Array(5).fill(themed('arts-and-sport')) },
  {
    q: 'mediation',
    first: [named(/mediation/i), named(/mediation/i), ...Array(3).fill(themed('mediation'))],
    all: themed('mediation'),
  },
  { q: 'medation', first: [named(/mediation/i), named(/mediation/i)], corrected: 'mediation' },
  { q: 'mental health', first: Array(5).fill(themed('health-and-mental-health')) },
  { q: 'music', first: [named(/music/i), ...Array(3).fill(themed('arts-and-sport'))] },
  { q: 'football', first: [about(/football/i), about(/football/i)] },
  { q: 'parenting', first: [named(/parent/i), named(/parent/i)] },
  { q: 'triage', first: [isId('triage-service')] },
  { q: 'pupil referral', first: [isId('pupil-referral-unit')] },
  { q: 'housing', first: [named(/housing/i)] },
];

describe('the queries youth workers type', () => {
  // One page for every query, typed into the search box as a person would: Pagefind loads once.
  let page: Page;
  beforeAll(async () => {
    ({ page } = await session.open('/directory/'));
    await page.waitForSelector('#directory-search:not([hidden])');
  });

  it('has at least 15 queries', () => expect(QUERIES.length).toBeGreaterThanOrEqual(15));

  for (const { q, first, all, max, corrected } of QUERIES) {
    it(`"${q}" puts the right entries first`, async () => {
      await page.fill('#dir-q', q);
      await page.press('#dir-q', 'Enter');
      const found = await results(page, formatSearch({ q, filters: {} }));
      expect(found.length, q).toBeGreaterThanOrEqual(first.length);
      first.forEach((test, i) => expect(test(entryAt(found[i]!)), `${q}: result ${i + 1} is ${found[i]}`).toBe(true));
      if (all)
        for (const e of entries.filter(all))
          expect(found, `${q} finds ${e.service.service_id}`).toContain(`/directory/${e.service.service_id}/`);
      if (max !== undefined) expect(found.length, `${q} finds ${found.length} entries`).toBeLessThan(max);
      if (corrected) expect(await page.textContent('#dir-status')).toContain(`showing results for “${corrected}”`);
    });
  }
});

describe('a mentoring programme for a 14-year-old in the area', () => {
  it('finds entries, with the ones that state no age in their own labelled group', async () => {
    const { page } = await session.open('/directory/');
    await page.waitForSelector('#directory-search:not([hidden])');
    await page.fill('#dir-q', 'mentoring');
    await page.selectOption('#dir-f-age', '14');
    await page.selectOption('#dir-f-area', home);
    const found = await results(page);
    expect(new URL(page.url()).search).toBe(`?q=mentoring&age=14&area=${home}`);
    expect(found.length).toBeGreaterThan(0);
    const heading = page.locator('#dir-g-unknown-age');
    expect(await heading.textContent()).toMatch(/^Age not stated: check with the provider \(\d+\)$/);
    const unknownAge = await page.$$eval('#dir-results ol[data-group="unknown-age"] a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    // The area's own mentoring programme states no age: it is kept, in the not-stated group.
    const local = entries.filter(
      (e) =>
        themed('mentoring')(e) &&
        e.areas.some((a) => slug(a.area_name) === home) &&
        e.service.minimum_age === null &&
        e.service.maximum_age === null,
    );
    expect(local.length).toBeGreaterThan(0);
    for (const e of local) expect(unknownAge).toContain(`/directory/${e.service.service_id}/`);
    for (const p of unknownAge) expect(entryAt(p).service.minimum_age ?? entryAt(p).service.maximum_age).toBeNull();
    expect(await page.textContent('#dir-status')).toMatch(/more do(es)? not state an age/);
    // The options count what each choice would show, stated and not stated.
    expect(await page.textContent('#dir-f-age option[value="14"]')).toMatch(/^14 \(\d+ \+ \d+ not stated\)$/);
  });
});

describe('a search with no results', () => {
  it('says which filter or word to drop and how many entries that gives, and the advice holds', async () => {
    const { page } = await session.open('/directory/?q=mediation&type=enforcement');
    expect(await results(page)).toEqual([]);
    const status = await page.textContent('#dir-status');
    expect(status).toMatch(/^No entries match\. Try: /);
    const links = page.locator('#dir-advice a');
    expect(await links.count()).toBeGreaterThan(0);
    const texts = await links.allTextContents();
    expect(texts.join(' | ')).toMatch(/Remove the type of intervention filter \(\d+ entries\)/);
    expect(texts.join(' | ')).toMatch(/Remove the word “mediation” \(\d+ entries\)/);
    // Following the first suggestion gives exactly the number it promised.
    const promised = Number(/\((\d+) entr/.exec(texts[0]!)![1]);
    await Promise.all([page.waitForURL(/directory/), links.first().click()]);
    await page.waitForLoadState('load');
    expect(await results(page)).toHaveLength(promised);
  });
});

describe('loading', () => {
  it('requests nothing from /pagefind/ until someone uses the search, then loads it', async () => {
    // A context of the session's, closed after the test even when an expectation fails.
    const context = await session.newContext({ viewport: { width: 390, height: 800 } });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    await page.goto(new URL('/directory/', session.baseUrl).href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.isVisible('#directory-search')).toBe(true);
    await page.focus('#dir-q');
    await page.waitForFunction(
      () => /\(\d+\)$/.test(document.querySelector('#dir-f-theme option[value="mentoring"]')?.textContent ?? ''),
      undefined,
      { timeout: 60_000 },
    );
    expect(requests.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
  });
});
