/**
 * A ward's Atom feed: an entry per month of its figures (src/lib/wards/feed.ts). Only the
 * current set's wards have one: the police no longer publish figures for superseded wards,
 * so such a feed would never have a new entry to follow.
 */
import type { APIRoute } from 'astro';
import { allWards, currentWardSet, type Ward } from '../../../lib/wards';
import { wardFeed } from '../../../lib/wards/feed';
import { atomFeed } from '../../../lib/feeds/atom';
import { sectionOn } from '../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return followedWards().map((ward) => ({
    params: { code: ward.slug, file: `${ward.slug}-feed` },
    props: { ward },
  }));
}

/** The wards with a feed: those of the current set. */
function followedWards(): Ward[] {
  return allWards().filter((w) => w.set === currentWardSet());
}

export const GET: APIRoute = ({ props }) =>
  new Response(atomFeed(wardFeed((props as { ward: Ward }).ward)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
