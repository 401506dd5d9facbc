/**
 * The Atom feed of releases: the current one and those in the history, each entry dated by
 * its release and identified by /data/changes/ and its date, so it never changes.
 */
import { longDate } from '../../core/citation';
import { siteFeed, type AtomEntry, type AtomFeedSpec } from '../feeds/atom';
import { siteConfig } from '../site';
import type { HistoryRow, ReleaseChanges } from './compare';
import { CHANGES_PATH, changeCounts, datasetTitle } from './words';

/** The feed of releases. */
export const CHANGES_FEED = '/data/changes/feed.xml';

/** The current release's entry. */
function currentEntry(changes: ReleaseChanges, page: string): AtomEntry {
  const title = `Release of ${longDate(changes.release)}`;
  if (changes.previous === null)
    return {
      id: `${page}#release-${changes.release}`,
      title: `${title}: the first release recorded`,
      link: page,
      updated: changes.release,
      summary: 'There is no earlier release to compare with, so no month is listed as added or revised.',
    };
  const total = (f: (d: ReleaseChanges['datasets'][number]) => number) =>
    changes.datasets.reduce((n, d) => n + f(d), 0);
  return {
    id: `${page}#release-${changes.release}`,
    title: `${title}: ${changeCounts(
      total((d) => d.added.length),
      total((d) => d.revised.length),
    )}`,
    link: page,
    updated: changes.release,
    summary: `Against the release of ${longDate(changes.previous)}. ${changes.datasets
      .map(
        (d) =>
          `${datasetTitle(d.dataset)}: ${d.isNew ? 'new in this release' : changeCounts(d.added.length, d.revised.length, d.dropped.length)}.`,
      )
      .join(' ')}`,
  };
}

/** An earlier release's entry, from its lines in the history. */
function historyEntry(release: string, rows: readonly HistoryRow[], page: string): AtomEntry {
  const added = rows.reduce((n, r) => n + r.months_added, 0);
  const revised = rows.reduce((n, r) => n + r.months_revised, 0);
  const previous = rows[0]!.previous_release;
  return {
    id: `${page}#release-${release}`,
    title: `Release of ${longDate(release)}: ${previous ? changeCounts(added, revised) : 'the first release recorded'}`,
    link: page,
    updated: release,
    summary: `${previous ? `Against the release of ${longDate(previous)}. ` : ''}${rows
      .map(
        (r) =>
          `${datasetTitle(r.dataset)}: ${r.months} months, ${r.first_month} to ${r.last_month}${previous ? `; ${changeCounts(r.months_added, r.months_revised, r.months_dropped)}` : ''}.`,
      )
      .join(' ')}`,
  };
}

/** The feed of releases, newest first. */
export function releasesFeed(changes: ReleaseChanges, history: readonly HistoryRow[]): AtomFeedSpec {
  const site = siteConfig();
  const page = new URL(CHANGES_PATH, site.url).href;
  const byRelease = new Map<string, HistoryRow[]>();
  for (const h of history) byRelease.set(h.release, [...(byRelease.get(h.release) ?? []), h]);
  const earlier = [...byRelease]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([release, rows]) => historyEntry(release, rows, page));
  return siteFeed({
    self: new URL(CHANGES_FEED, site.url).href,
    title: `${site.name}: data releases`,
    subtitle: `Each release of ${site.name}'s data: the months it adds and the earlier months whose figures it revises.`,
    page,
    entries: [currentEntry(changes, page), ...earlier],
  });
}
