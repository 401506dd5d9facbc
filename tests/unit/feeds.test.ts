/**
 * The feeds as written: valid Atom (RFC 4287) when read back by an independent parser,
 * the same bytes from the same input with no clock in them, and an entry per month whose
 * id is the page's address and the month (so a reader never sees it again as new), whose
 * title states the month against the same month a year before with the verdict words'
 * own rules (no percentage on fewer than 10), and whose date is the one the data gives.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atomFeed, latestDate, type AtomFeedSpec } from '../../src/lib/feeds/atom';
import { FEED_MONTHS, monthEntries } from '../../src/lib/wards/feed';
import { addMonths, monthLabel } from '../../src/core/periods';
import { readAtom } from '../helpers/atom';

const page = 'https://portal.example.org/wards/E05990001/';
const months = ['2025-01', '2025-02', '2025-03', '2026-01', '2026-02', '2026-03'];
const entries = monthEntries({
  months,
  counts: [140, 5, 1, 135, 9, 1],
  who: 'Alpha & Beta',
  page,
  updated: (m) => (m === '2026-03' ? '2026-04-20' : '2026-03-18'),
  more: 'the page tests the change over 12 months.',
});
const spec: AtomFeedSpec = {
  self: `${page}E05990001-feed.xml`,
  title: 'Alpha & Beta: recorded crime each month',
  subtitle: 'Offences recorded each month.',
  page,
  author: { name: 'A portal', uri: 'https://portal.example.org/' },
  rights: 'Contains public sector information licensed under the Open Government Licence v3.0.',
  updated: latestDate(
    entries.map((e) => e.updated),
    '2026-03-18',
  ),
  entries,
};

afterEach(() => {
  vi.useRealTimers();
});

describe('a month entry', () => {
  it('states the month against the same month a year before where there is one, newest first', () => {
    expect(entries.map((e) => e.title)).toEqual([
      'March 2026: 1 offence in Alpha & Beta, no change on March 2025',
      'February 2026: 9 offences in Alpha & Beta, up 4 on February 2025',
      'January 2026: 135 offences in Alpha & Beta, down 3.6% on January 2025',
      'March 2025: 1 offence in Alpha & Beta',
      'February 2025: 5 offences in Alpha & Beta',
      'January 2025: 140 offences in Alpha & Beta',
    ]);
  });

  it('gives a difference, not a percentage, against fewer than 10', () => {
    const e = monthEntries({
      months: ['2024-06', '2025-06'],
      counts: [4, 8],
      who: 'X',
      page,
      updated: () => '2026-01-01',
      more: '',
    });
    expect(e[0]!.title).toBe('June 2025: 8 offences in X, up 4 on June 2024');
    expect(e[0]!.summary).toContain('against 4 in June 2024');
  });

  it("is identified by the page's address and the month, and links to the page", () => {
    expect(entries.map((e) => e.id)).toEqual([...months].reverse().map((m) => `${page}#${m}`));
    expect(entries.every((e) => e.link === page)).toBe(true);
    expect(entries.map((e) => e.updated)).toEqual(['2026-04-20', ...Array(5).fill('2026-03-18')]);
  });
});

describe('an Atom feed', () => {
  it('is valid RFC 4287 Atom, read back by another parser', () => {
    const { feed, problems } = readAtom(atomFeed(spec));
    expect(problems).toEqual([]);
    expect(feed).toMatchObject({
      id: spec.self,
      title: 'Alpha & Beta: recorded crime each month',
      updated: '2026-04-20T00:00:00.000Z',
      authors: ['A portal'],
    });
    expect(feed!.links).toEqual(
      expect.arrayContaining([
        { rel: 'self', href: spec.self },
        { rel: 'alternate', href: page },
      ]),
    );
    expect(feed!.entries.map((e) => [e.id, e.title, e.updated])).toEqual(
      entries.map((e) => [e.id, e.title, `${e.updated}T00:00:00.000Z`]),
    );
  });

  it('is the same bytes at another time: its dates are the data’s, not the clock’s', () => {
    const first = atomFeed(spec);
    vi.useFakeTimers({ now: new Date('2031-07-04T12:00:00Z') });
    const again = atomFeed(spec);
    expect(again).toBe(first);
    expect(again).not.toMatch(/2031/);
  });

  it('fails the check when a required element is missing', () => {
    const xml = atomFeed(spec);
    expect(readAtom(xml.replace(/<updated>[^<]*<\/updated>/, '')).problems).toContain(
      'feed updated "" is not an RFC 3339 date-time',
    );
    expect(readAtom(xml.replace(/<author>[\s\S]*?<\/author>/, '')).problems).toContain(
      'neither the feed nor every entry has an author with a name',
    );
    const dup = xml.replace(`${page}#2026-02`, `${page}#2026-03`);
    expect(readAtom(dup).problems).toContain(`entry 2 (${page}#2026-03): id is not unique`);
    expect(readAtom(xml.replace('</feed>', '')).problems[0]).toMatch(/^not well-formed XML/);
  });
});

describe('a long series', () => {
  it(`holds the latest ${FEED_MONTHS} months, newest first, each still compared with the year before`, () => {
    const months = Array.from({ length: 40 }, (_, i) => addMonths('2022-10', i));
    const e = monthEntries({
      months,
      counts: months.map((_, i) => 100 + i),
      who: 'Anywhere',
      page: 'https://example.org/wards/E05990001/',
      updated: () => '2026-12-01',
      more: 'more.',
    });
    expect(e.map((x) => x.id.split('#')[1])).toEqual(months.slice(-FEED_MONTHS).reverse());
    expect(e.at(-1)!.title).toContain(`on ${monthLabel(addMonths(months.at(-FEED_MONTHS)!, -12))}`);
  });
});
