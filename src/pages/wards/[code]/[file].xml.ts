/** A ward's Atom feed: an entry per month of its figures (src/lib/wards/feed.ts). */
import type { APIRoute } from 'astro';
import { allWards, type Ward } from '../../../lib/wards';
import { wardFeed } from '../../../lib/wards/feed';
import { atomFeed } from '../../../lib/feeds/atom';
import { sectionOn } from '../../../lib/site';

export function getStaticPaths() {
  if (!sectionOn('wards')) return [];
  return allWards().map((ward) => ({
    params: { code: ward.slug, file: `${ward.slug}-feed` },
    props: { ward },
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(atomFeed(wardFeed((props as { ward: Ward }).ward)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
