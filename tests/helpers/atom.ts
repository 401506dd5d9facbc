/**
 * Reading an Atom feed back with an independent parser (fast-xml-parser, not the library
 * that wrote it) and checking what RFC 4287 requires: a well-formed document whose root
 * is atom:feed in the Atom namespace; the feed's id (an absolute IRI), title and updated
 * (an RFC 3339 date-time), an author on the feed or on every entry, at most one
 * rel="self" and one rel="alternate" link; each entry's id, title and updated, with a link
 * (it has no content), and ids unique in the feed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface AtomEntryRead {
  id: string;
  title: string;
  updated: string;
  links: Array<{ href: string; rel: string }>;
  summary: string;
}

export interface AtomRead {
  id: string;
  title: string;
  updated: string;
  authors: string[];
  links: Array<{ href: string; rel: string }>;
  entries: AtomEntryRead[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ATOM_NS = 'http://www.w3.org/2005/Atom';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  isArray: (name) => ['entry', 'link', 'author'].includes(name),
});

/** The text an HTML-typed Atom text construct shows: its markup's entities decoded. */
const htmlText = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Text of an element, which may carry attributes: an HTML-typed one (type="html") as it reads. */
const text = (v: unknown): string => {
  if (typeof v !== 'object' || v === null) return String(v ?? '');
  const o = v as Record<string, unknown>;
  const raw = String(o['#text'] ?? '');
  return o.type === 'html' ? htmlText(raw) : raw;
};

const linksOf = (v: unknown): Array<{ href: string; rel: string }> =>
  ((v as Array<Record<string, string>>) ?? []).map((l) => ({ href: l.href ?? '', rel: l.rel ?? 'alternate' }));

/** The feed as read, and every way it falls short of RFC 4287 (none for a valid feed). */
export function readAtom(xml: string): { feed: AtomRead | null; problems: string[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { feed: null, problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`] };
  const doc = parser.parse(xml) as Record<string, Record<string, unknown>>;
  const f = doc.feed;
  if (!f) return { feed: null, problems: ['the root element is not feed'] };
  const problems: string[] = [];
  if (f.xmlns !== ATOM_NS) problems.push(`feed is not in the Atom namespace (${String(f.xmlns)})`);
  const entries = ((f.entry as Array<Record<string, unknown>>) ?? []).map((e) => ({
    id: text(e.id),
    title: text(e.title),
    updated: text(e.updated),
    links: linksOf(e.link),
    summary: text(e.summary),
    authors: ((e.author as Array<Record<string, unknown>>) ?? []).map((a) => text(a.name)),
  }));
  const feed: AtomRead = {
    id: text(f.id),
    title: text(f.title),
    updated: text(f.updated),
    authors: ((f.author as Array<Record<string, unknown>>) ?? []).map((a) => text(a.name)),
    links: linksOf(f.link),
    entries,
  };
  const absolute = (iri: string) => /^[a-z][a-z0-9+.-]*:/i.test(iri);
  if (!feed.id || !absolute(feed.id)) problems.push(`feed id "${feed.id}" is not an absolute IRI`);
  if (!feed.title) problems.push('feed has no title');
  if (!RFC3339.test(feed.updated)) problems.push(`feed updated "${feed.updated}" is not an RFC 3339 date-time`);
  if (feed.authors.filter(Boolean).length === 0 && !entries.every((e) => e.authors.some(Boolean)))
    problems.push('neither the feed nor every entry has an author with a name');
  for (const rel of ['self', 'alternate'])
    if (feed.links.filter((l) => l.rel === rel).length > 1) problems.push(`feed has more than one rel="${rel}" link`);
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    const where = `entry ${i + 1} (${e.id || 'no id'})`;
    if (!e.id || !absolute(e.id)) problems.push(`${where}: id is not an absolute IRI`);
    if (ids.has(e.id)) problems.push(`${where}: id is not unique`);
    ids.add(e.id);
    if (!e.title) problems.push(`${where}: no title`);
    if (!RFC3339.test(e.updated)) problems.push(`${where}: updated "${e.updated}" is not an RFC 3339 date-time`);
    if (!e.links.some((l) => l.rel === 'alternate' && absolute(l.href)))
      problems.push(`${where}: no alternate link to a page (it has no content)`);
  });
  return { feed, problems };
}
