/**
 * The feeds that follow the wards: one per ward and one for all of the area's current
 * wards together, each with an entry per month of figures (the latest 24), newest first: "January 2026:
 * 135 offences in Penge & Cator, down 4.3% on January 2025". An entry's id is the page's
 * address and the month, so it never changes; its date is the release from which the
 * ward table's figures for that month have stood unchanged (src/lib/releases records a
 * table's total a month, not each ward's), so when a release revises a month, that month's
 * entry is marked updated in every ward's feed, and nothing else moves. A month against the same month a year before is a plain
 * difference, not a verdict: the page tests the change over 12 months.
 */
import { addMonths, monthLabel } from '../../core/periods';
import { ALL_CRIME } from '../../schemas/vocab/crime-categories';
import { WARD_SET_INFO, type WardSet } from '../../schemas/vocab/ward-sets';
import type { AtomEntry, AtomFeedSpec } from '../feeds/atom';
import { siteFeed } from '../feeds/atom';
import { monthPublishedSince } from '../releases';
import { siteConfig } from '../site';
import { percentChange } from '../verdicts/change';
import { changeHeadline } from '../verdicts/words';
import { monthsWithFigures, wardSetData, type Ward } from './';
import { WARDS_FEED, WARDS_PATH, wardFileHref, wardPageHref } from './paths';
import { monthlyCounts } from './year-change';

/**
 * How many months a feed holds: the latest 24, the span of one Metropolitan Police extract,
 * so every month a release can still revise is there. A feed reader keeps what it has
 * already fetched, and the ward's page and downloads hold every month, so a feed need not
 * grow by an entry a month for ever (679 of them do in a London portal).
 */
export const FEED_MONTHS = 24;

/** One entry per month of a monthly series, newest first, the latest FEED_MONTHS of them. `who` is whose figures ("Penge & Cator"). */
export function monthEntries(opts: {
  months: readonly string[];
  counts: readonly number[];
  who: string;
  page: string;
  /** When each month's figures last changed, YYYY-MM-DD. */
  updated: (month: string) => string;
  /** What the page offers beyond the month, said after it. */
  more: string;
}): AtomEntry[] {
  const { months, counts, who, page } = opts;
  const at = new Map(months.map((m, i) => [m, counts[i]!]));
  // Every month is read for the year-before comparison; entries are written for the latest only.
  return months
    .slice(-FEED_MONTHS)
    .map((month): AtomEntry => {
      const count = at.get(month)!;
      const lastYear = addMonths(month, -12);
      const before = at.get(lastYear);
      const n = (v: number) => v.toLocaleString('en-GB');
      const offences = `${n(count)} ${count === 1 ? 'offence' : 'offences'} in ${who}`;
      const against =
        before === undefined
          ? ''
          : `, ${changeHeadline({ difference: count - before, percent: percentChange(before, count) })} on ${monthLabel(lastYear)}`;
      return {
        id: `${page}#${month}`,
        title: `${monthLabel(month)}: ${offences}${against}`,
        link: page,
        updated: opts.updated(month),
        summary: `${monthLabel(month)}: ${offences}${before === undefined ? '' : `, against ${n(before)} in ${monthLabel(lastYear)}`}. One month's figure swings from month to month; ${opts.more}`,
      };
    })
    .reverse();
}

/** What a ward feed's entries and page say about where the figures come from. */
function recorded(set: WardSet): string {
  // The Metropolitan Police's ward files are re-extracted and revise earlier months; data.police.uk's are used as published.
  const revised =
    wardSetData(set).family === 'mps'
      ? 'the police revise earlier months between extracts'
      : "each month is data.police.uk's file for it, as published";
  return `Offences recorded by the ${siteConfig().area.policeForce} on the ${WARD_SET_INFO[set].short}; ${revised}.`;
}

/** A ward's feed: every month of its all-crime series. */
export function wardFeed(w: Ward): AtomFeedSpec {
  const site = siteConfig();
  const d = wardSetData(w.set);
  const page = new URL(wardPageHref(w), site.url).href;
  const updated = (m: string) => monthPublishedSince(d.dataset, m);
  // A month the source lacks has no entry: it would read as a month without crime.
  const months = monthsWithFigures(w.set);
  const entries = monthEntries({
    months,
    counts: monthlyCounts(w.set, w.code, ALL_CRIME.id, months),
    who: w.name,
    page,
    updated,
    more: `the ward's page gives the latest 12 months, the change on the year before and each crime category. ${recorded(w.set)}`,
  });
  return siteFeed({
    self: new URL(wardFileHref(w.slug, 'feed', 'xml'), site.url).href,
    title: `${w.name} (${WARD_SET_INFO[w.set].short}): recorded crime each month`,
    subtitle: `Offences recorded in ${w.name} ward (${w.code}) each month, from ${site.name}. ${recorded(w.set)}`,
    page,
    entries,
  });
}

/** The area's feed: every month of all the set's wards together. */
export function areaFeed(set: WardSet): AtomFeedSpec {
  const site = siteConfig();
  const d = wardSetData(set);
  const page = new URL(WARDS_PATH, site.url).href;
  const months = monthsWithFigures(set);
  const entries = monthEntries({
    months,
    counts: monthlyCounts(set, null, ALL_CRIME.id, months),
    who: `${site.area.name}'s ${d.wards.length} wards`,
    page,
    updated: (m) => monthPublishedSince(d.dataset, m),
    more: `the page gives the latest 12 months, the change on the year before and every ward. ${recorded(set)}`,
  });
  return siteFeed({
    self: new URL(WARDS_FEED, site.url).href,
    title: `${site.area.name}: recorded crime each month in its wards`,
    subtitle: `Offences recorded in the ${d.wards.length} ${WARD_SET_INFO[set].short} of ${site.area.longName} each month, from ${site.name}. ${recorded(set)}`,
    page,
    entries,
  });
}
