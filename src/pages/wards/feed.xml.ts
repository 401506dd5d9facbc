/** The area's Atom feed: an entry per month of all its current wards' figures together (src/lib/wards/feed.ts). */
import type { APIRoute } from 'astro';
import { areaFeed } from '../../lib/wards/feed';
import { currentWardSet } from '../../lib/wards';
import { atomFeed } from '../../lib/feeds/atom';
import { sectionOn, notPublished } from '../../lib/site';

export const GET: APIRoute = () =>
  sectionOn('wards')
    ? new Response(atomFeed(areaFeed(currentWardSet())), {
        headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
      })
    : notPublished();
