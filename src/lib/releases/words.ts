/**
 * Releases in words, for /data/changes/ and the feed of releases: a dataset's title as the
 * catalogue gives it, and what a release added and revised in a phrase.
 */
import { allTables } from '../../schemas';

/** The page of what changed since the last release. */
export const CHANGES_PATH = '/data/changes/';

/** A dataset's title as the catalogue gives it, or its name. */
export function datasetTitle(name: string): string {
  return allTables.find((t) => t.name === name)?.title ?? name;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "2 months added, 23 earlier months revised" (or "no month added or revised"). */
export function changeCounts(added: number, revised: number, dropped = 0): string {
  const parts = [
    added ? `${count(added, 'month')} added` : '',
    revised ? `${count(revised, 'earlier month')} revised` : '',
    dropped ? `${count(dropped, 'month')} no longer published` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no month added or revised';
}
