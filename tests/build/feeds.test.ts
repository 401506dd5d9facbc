/**
 * The feeds as built: every ward page links its Atom feed (rel="alternate" and a visible
 * "Follow this ward"), and each feed, the area's and the feed of releases are valid Atom
 * (RFC 4287) read back by an independent parser, with an entry per month whose offences,
 * month and year-before comparison agree with data/ added up here, a stable id (the page's
 * address and the month), a link to the page, and the date of the release its figures
 * stand from: with no earlier release recorded, this release's (dataUpdated). Also
 * /data/changes/ as committed: no earlier release to compare with.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { distFile, distFiles } from '../helpers/dist';
import { siteIndex } from '../helpers/site-index';
import { readAtom, type AtomRead } from '../helpers/atom';
import { allWards, currentWardSet } from '../../src/lib/wards';
import { WARDS_FEED, wardFileHref, wardPageHref } from '../../src/lib/wards/paths';
import { FEED_MONTHS } from '../../src/lib/wards/feed';
import type { WardSet } from '../../src/schemas/vocab/ward-sets';

const preview = process.env.PORTAL_PREVIEW_URL!;
const site = JSON.parse(readFileSync('content/site.json', 'utf8')) as { dataUpdated: string };
/** "2026-01" as "January 2026", by the platform's own calendar rather than the portal's. */
const monthWords = (m: string) =>
  new Date(`${m}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const CRIME_FILES = { '2002-2022': 'crime-monthly-2002-2022-wards.csv', '2022': 'crime-monthly-2022-wards.csv' };

/** Offences by ward and month (and every month of the set, first to last) from a ward crime file in data/. */
function counts(file: string): { months: string[]; byWard: Map<string, Map<string, number>> } {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join('data', 'wards', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const byWard = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = byWard.get(r.ward_code!) ?? new Map<string, number>();
    m.set(r.month!, (m.get(r.month!) ?? 0) + Number(r.count));
    byWard.set(r.ward_code!, m);
  }
  const seen = [...new Set(rows.map((r) => r.month!))].sort();
  const months: string[] = [];
  for (let m = seen[0]!; m <= seen.at(-1)!;) {
    months.push(m);
    const [y, mm] = m.split('-').map(Number) as [number, number];
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return { months, byWard };
}

/** The month of a year before. */
const yearBefore = (m: string) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`;

/**
 * Checks a feed's entries against monthly counts: one per month of the latest FEED_MONTHS, newest first, each
 * titled with the month, its offences and the same month a year before.
 */
function expectMonthEntries(feed: AtomRead, months: string[], count: (m: string) => number, page: string) {
  expect(feed.entries.map((e) => e.id)).toEqual(
    [...months]
      .reverse()
      .slice(0, FEED_MONTHS)
      .map((m) => `${page}#${m}`),
  );
  for (const e of feed.entries) {
    const month = e.id.split('#')[1]!;
    const title =
      /^(\w+ \d{4}): ([\d,]+) offences? in .+?(?:, (up|down|no change)(?: ([\d.,]+)(%?))? on (\w+ \d{4}))?$/.exec(
        e.title,
      );
    expect(title, e.title).not.toBeNull();
    const [, when, n, dir, size, pct, against] = title!;
    expect(when).toBe(monthWords(month));
    expect(Number(n!.replace(/,/g, ''))).toBe(count(month));
    expect(e.links.map((l) => l.href)).toEqual([page]);
    expect(e.updated).toBe(`${site.dataUpdated}T00:00:00.000Z`);
    const before = yearBefore(month);
    if (!months.includes(before)) {
      expect(dir, e.title).toBeUndefined();
      continue;
    }
    expect(against).toBe(monthWords(before));
    const diff = count(month) - count(before);
    expect(dir).toBe(diff > 0 ? 'up' : diff < 0 ? 'down' : 'no change');
    if (diff === 0) continue;
    // Under 10 offences a year before: the difference, not a percentage (as everywhere on the site).
    if (count(before) < 10) expect([pct, Number(size)]).toEqual(['', Math.abs(diff)]);
    else expect(Math.abs(Number(size) - (Math.abs(diff) / count(before)) * 100)).toBeLessThanOrEqual(0.5);
  }
}

describe('ward feeds', () => {
  // The current set's wards have feeds; a superseded ward's figures have ended, so it has none.
  const wards = allWards().filter((w) => w.set === currentWardSet());
  const superseded = allWards().filter((w) => w.set !== currentWardSet());
  const files = { '2002-2022': counts(CRIME_FILES['2002-2022']), '2022': counts(CRIME_FILES['2022']) };
  /** A set's counts: the published site's wards are London's two sets, each with its MPS file. */
  const data = (set: WardSet) => {
    if (set !== '2002-2022' && set !== '2022') throw new Error(`the published site has ${set} wards, with no MPS file`);
    return files[set];
  };

  it('no superseded ward has a feed, or offers to be followed', () => {
    expect(superseded.length).toBe(22);
    for (const w of superseded) {
      expect(distFiles().includes(wardFileHref(w.slug, 'feed', 'xml').slice(1)), w.slug).toBe(false);
      const html = distFile(`${wardPageHref(w).slice(1)}index.html`);
      expect(html, w.slug).not.toContain('application/atom+xml');
      expect(html, w.slug).not.toContain('Follow this ward');
    }
  });

  it('every current ward page links its feed, for feed readers and for people', () => {
    expect(wards.length).toBe(22);
    for (const w of wards) {
      const html = distFile(`${wardPageHref(w).slice(1)}index.html`);
      const href = wardFileHref(w.slug, 'feed', 'xml');
      expect(html, w.slug).toMatch(
        new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${href}"`),
      );
      expect(html, w.slug).toMatch(new RegExp(`<a href="${href}" type="application/atom\\+xml">Follow this ward</a>`));
    }
  });

  it('are valid Atom with an entry per month that agrees with data/', () => {
    for (const w of wards) {
      const page = new URL(wardPageHref(w), preview).href;
      const self = new URL(wardFileHref(w.slug, 'feed', 'xml'), preview).href;
      const { feed, problems } = readAtom(distFile(wardFileHref(w.slug, 'feed', 'xml').slice(1)));
      expect(problems, w.slug).toEqual([]);
      expect(feed!.id).toBe(self);
      expect(feed!.title).toContain(w.name);
      expect(feed!.links).toEqual(
        expect.arrayContaining([
          { rel: 'self', href: self },
          { rel: 'alternate', href: page },
        ]),
      );
      const { months, byWard } = data(w.set);
      expectMonthEntries(feed!, months, (m) => byWard.get(w.code)?.get(m) ?? 0, page);
    }
  });

  it("the area's feed adds up every ward of the current set, and /wards/ links it", () => {
    const { feed, problems } = readAtom(distFile(WARDS_FEED.slice(1)));
    expect(problems).toEqual([]);
    const { months, byWard } = data(currentWardSet());
    const total = (m: string) => [...byWard.values()].reduce((n, w) => n + (w.get(m) ?? 0), 0);
    expectMonthEntries(feed!, months, total, new URL('/wards/', preview).href);
    expect(distFile('wards/index.html')).toContain(`rel="alternate" type="application/atom+xml"`);
    expect(siteIndex().page('wards/index.html').links).toContain(WARDS_FEED);
  });
});

describe('what changed since the last release', () => {
  it('says there is no earlier release to compare with, as the committed record holds none', () => {
    expect(readFileSync('data/releases/previous.csv', 'utf8').trim().split('\n')).toHaveLength(1);
    const text = siteIndex().page('data/changes/index.html').text;
    expect(text).toContain('there is no earlier release to compare with');
    expect(text).toContain('None recorded yet.');
    expect(siteIndex().page('data/index.html').links).toContain('/data/changes/');
  });

  it('has a valid feed of releases, this one its only entry', () => {
    const { feed, problems } = readAtom(distFile('data/changes/feed.xml'));
    expect(problems).toEqual([]);
    const page = new URL('/data/changes/', preview).href;
    expect(feed!.entries.map((e) => [e.id, e.updated])).toEqual([
      [`${page}#release-${site.dataUpdated}`, `${site.dataUpdated}T00:00:00.000Z`],
    ]);
    expect(feed!.entries[0]!.title).toMatch(/: the first release recorded$/);
    expect(siteIndex().page('data/changes/index.html').links).toContain('/data/changes/feed.xml');
  });
});
