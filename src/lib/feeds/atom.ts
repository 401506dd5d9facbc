/**
 * Atom feeds (RFC 4287), written with the `feed` library from what a page knows: the
 * feed's id, title and address, its author, and its entries, each with a stable id, a
 * title, a link and the date it last changed. Dates come from the data (release dates),
 * never from the clock, so the same data builds the same bytes.
 */
import { Feed } from 'feed';
import { esc } from '../../charts/svg';
import { siteConfig } from '../site';

export interface AtomEntry {
  /** Stable: a reader that has seen it never sees it again as new. */
  id: string;
  /** Plain text. */
  title: string;
  /** Absolute address of the page the entry is about. */
  link: string;
  /** YYYY-MM-DD: when the entry last changed. */
  updated: string;
  /** Plain text, one or more sentences. */
  summary: string;
}

export interface AtomFeedSpec {
  /** Absolute address of the feed itself: also its id. */
  self: string;
  title: string;
  subtitle: string;
  /** Absolute address of the page the feed follows. */
  page: string;
  /** The publisher: every entry's author. */
  author: { name: string; uri: string };
  /** The licence statement of the figures. */
  rights: string;
  /** YYYY-MM-DD: when the feed last changed. */
  updated: string;
  /** Newest first. */
  entries: readonly AtomEntry[];
}

/** A date of the data as an instant: its midnight in UTC. */
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The feed as Atom XML. Texts are given as HTML (the library's form), escaped here. */
export function atomFeed(spec: AtomFeedSpec): string {
  const feed = new Feed({
    id: spec.self,
    title: spec.title,
    description: spec.subtitle,
    link: spec.page,
    feedLinks: { atom: spec.self },
    author: { name: spec.author.name, link: spec.author.uri },
    copyright: spec.rights,
    updated: day(spec.updated),
    generator: false,
  });
  for (const e of spec.entries)
    feed.addItem({
      id: e.id,
      title: esc(e.title),
      link: e.link,
      date: day(e.updated),
      description: esc(e.summary),
    });
  return `${feed.atom1()}\n`;
}

/** The latest of some dates (YYYY-MM-DD), or `fallback` when there are none. */
export function latestDate(dates: readonly string[], fallback: string): string {
  return dates.reduce((a, b) => (b > a ? b : a), dates.length ? dates[0]! : fallback);
}

/** A feed of the site's own: published by the site's publisher under its licence, updated with its newest entry. */
export function siteFeed(feed: Pick<AtomFeedSpec, 'self' | 'title' | 'subtitle' | 'page' | 'entries'>): AtomFeedSpec {
  const site = siteConfig();
  return {
    ...feed,
    author: { name: site.publisher.name, uri: site.url },
    rights: site.licence.attribution,
    updated: latestDate(
      feed.entries.map((e) => e.updated),
      site.dataUpdated,
    ),
  };
}
