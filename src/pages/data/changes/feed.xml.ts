/** The Atom feed of data releases: what each release added and revised (src/lib/releases/feed.ts). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../../lib/feeds/atom';
import { releaseChanges, releaseHistory } from '../../../lib/releases';
import { releasesFeed } from '../../../lib/releases/feed';

export const GET: APIRoute = () =>
  new Response(atomFeed(releasesFeed(releaseChanges(), releaseHistory())), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
